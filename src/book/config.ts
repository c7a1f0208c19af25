// Reads book.toml into BookConfig the way mdBook does: the `[book]` table (title, authors,
// description, language, src) with mdBook's defaults, bad TOML or wrong types are BookErrors; `[output.*]` via html-config.ts.

import { parse, TomlError } from 'smol-toml';
import { BookError, type BookConfig, type BookDiagnostic, type SourceLoc } from './model.ts';
import { readOutputTables, tomlPlace } from './html-config.ts';

/** mdBook's defaults: no title, no authors, language "en", sources in "src". */
export const DEFAULT_CONFIG: BookConfig = { title: '', authors: [], language: 'en', srcDir: 'src' };

function lineOf(text: string, key: string): SourceLoc['line'] {
  const lines = text.split('\n');
  const book = lines.findIndex((l) => /^\s*\[book\]\s*(#.*)?$/.test(l));
  const re = new RegExp(`^\\s*["']?${key}["']?\\s*=`);
  const at = lines.findIndex((l, i) => i > book && re.test(l));
  return at >= 0 ? at + 1 : Math.max(book + 1, 1);
}

/** The keys mdBook's BookConfig accepts. */
const KNOWN_BOOK_KEYS = new Set(['title', 'authors', 'description', 'src', 'language', 'text-direction', 'multilingual']);

export function parseBookToml(text: string, file = 'book.toml'): BookConfig {
  return readBookToml(text, file).config;
}

/** The config and the warnings about it (unknown `[output.html]` keys, wrong types there), each at book.toml:line. */
export function readBookToml(text: string, file = 'book.toml'): { config: BookConfig; warnings: BookDiagnostic[] } {
  let doc: Record<string, unknown>;
  try {
    doc = parse(text) as Record<string, unknown>;
  } catch (e) {
    if (e instanceof TomlError) {
      const reason = e.message.replace(/^Invalid TOML document: /, '').split('\n')[0];
      throw new BookError({ file, line: e.line, col: e.column }, `book.toml을 읽을 수 없습니다: ${reason}`);
    }
    throw e;
  }
  const book = doc.book ?? {};
  if (typeof book !== 'object' || book === null || Array.isArray(book)) {
    throw new BookError({ file, line: 1 }, '[book]은 표(table)여야 합니다');
  }
  const table = book as Record<string, unknown>;
  const wrongType = (key: string, expected: string): never => {
    throw new BookError({ file, line: lineOf(text, key) }, `[book] ${key}은(는) ${expected}이어야 합니다`);
  };
  const str = (key: string): string | undefined => {
    const v = table[key];
    if (v === undefined) return undefined;
    return typeof v === 'string' ? v : wrongType(key, '문자열');
  };

  const authors = table.authors;
  if (authors !== undefined && !(Array.isArray(authors) && authors.every((a) => typeof a === 'string'))) {
    wrongType('authors', '문자열 배열');
  }
  const srcDir = (str('src') ?? DEFAULT_CONFIG.srcDir).replace(/\\/g, '/').replace(/^\.\/+/, '').replace(/\/+$/, '');
  if (srcDir === '' || srcDir.startsWith('/') || srcDir.split('/').includes('..')) {
    throw new BookError({ file, line: lineOf(text, 'src') }, `[book] src는 책 폴더 안의 상대 경로여야 합니다 (${str('src')})`);
  }
  const description = str('description');
  const place = tomlPlace(text, file);
  const output = readOutputTables(doc.output, place);
  for (const key of Object.keys(table)) {
    if (!KNOWN_BOOK_KEYS.has(key)) {
      output.warnings.unshift({
        severity: 'warning',
        loc: { file, line: place.lineOf('book', key), col: 1 },
        message: `[book]의 알 수 없는 설정 '${key}'입니다. 무시합니다 (mdBook도 받지 않습니다)`,
      });
    }
  }
  const config: BookConfig = {
    title: str('title') ?? DEFAULT_CONFIG.title,
    authors: (authors as string[] | undefined) ?? [],
    language: str('language') ?? DEFAULT_CONFIG.language,
    ...(description !== undefined ? { description } : {}),
    srcDir,
    html: output.html,
    strict: output.strict,
  };
  return { config, warnings: output.warnings };
}
