// loadBook: reads an mdBook-layout folder (book.toml, SUMMARY.md, chapters, listings) into the Book model:
// pages in reading order with mdBook URLs, prev/next, segments and listings, assets, warnings.
import { resolve, posix } from 'node:path';
import { BookError, type Book, type BookDiagnostic, type Page } from './model.ts';
import { parseBookToml } from './config.ts';
import { parseSummary, flattenChapters, type ChapterWithPath } from './summary/index.ts';
import { expandDirectives } from './directives/expand.ts';
import { bookFileReader, readSourceFile } from './read-source.ts';
import { renderChapter, type RenderedChapter } from './markdown/render-chapter.ts';
import { expandedContext } from './markdown/expanded-context.ts';
import { pageUrl, navLink } from './navigation.ts';
import { listAssets } from './assets.ts';
import { prerunListings } from './listings/prerun.ts';

export { renderChapter } from './markdown/render-chapter.ts';

export interface LoadBookOptions {
  /** Run each runnable listing in the simulator to precompute its output. Default false. */
  prerun?: boolean;
}

interface ChapterResult {
  page: Omit<Page, 'prev' | 'next'>;
  diagnostics: BookDiagnostic[];
  rendered: RenderedChapter;
}

function mustRead(abs: string, file: string, loc: { file: string; line: number }, what: string): string {
  const text = readSourceFile(abs, file);
  if (text === null) throw new BookError(loc, `${what}이(가) 없습니다: ${file}`);
  return text;
}

async function loadChapter(root: string, srcDir: string, item: ChapterWithPath): Promise<ChapterResult> {
  const file = posix.join(srcDir, item.path);
  const markdown = mustRead(resolve(root, file), file, item.loc, '장 파일');
  const expanded = expandDirectives(markdown, { file, bookRoot: root, readFile: bookFileReader(root) });
  const rendered = await renderChapter(expanded.text, expandedContext(item.path, file, expanded, root));
  return {
    page: {
      path: item.path,
      url: pageUrl(item.path),
      title: expanded.title ?? rendered.firstHeading ?? item.title,
      number: item.number,
      segments: rendered.segments,
      toc: rendered.toc,
    },
    diagnostics: [...expanded.warnings, ...rendered.diagnostics],
    rendered,
  };
}

export async function loadBook(root: string, opts: LoadBookOptions = {}): Promise<Book> {
  const rootAbs = resolve(root);
  const config = parseBookToml(mustRead(resolve(rootAbs, 'book.toml'), 'book.toml', { file: 'book.toml', line: 1 }, '설정 파일'));
  const summaryFile = posix.join(config.srcDir, 'SUMMARY.md');
  const summary = parseSummary(mustRead(resolve(rootAbs, summaryFile), summaryFile, { file: 'book.toml', line: 1 }, '목차 파일'), summaryFile);
  const chapters = flattenChapters(summary);
  const results = await Promise.all(chapters.map((item) => loadChapter(rootAbs, config.srcDir, item)));

  const diagnostics = results.flatMap((r) => r.diagnostics);
  if (opts.prerun) diagnostics.push(...(await prerunListings(results.flatMap((r) => r.rendered.listings))));

  const pages: Page[] = results.map((r, i) => ({
    ...r.page,
    prev: i > 0 ? navLink(chapters[i - 1]) : null,
    next: i + 1 < chapters.length ? navLink(chapters[i + 1]) : null,
  }));
  return {
    root: rootAbs,
    config,
    summary,
    pages,
    assets: await listAssets(resolve(rootAbs, config.srcDir)),
    diagnostics,
  };
}
