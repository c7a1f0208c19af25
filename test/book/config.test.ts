// book.toml → BookConfig: mdBook's [book] keys and defaults; bad TOML and wrong types carry a line.
import { describe, expect, it } from 'vitest';
import { parseBookToml, readBookToml } from '../../src/book/config.ts';
import { DEFAULT_HTML } from '../../src/book/html-config.ts';
import { BookError } from '../../src/book/model.ts';

function error(text: string): BookError {
  try {
    parseBookToml(text);
  } catch (e) {
    if (e instanceof BookError) return e;
    throw e;
  }
  throw new Error('expected a BookError');
}

describe('parseBookToml', () => {
  it('reads the [book] table', () => {
    const toml = [
      '[book]',
      'title = "러스트 프로그래밍 언어"',
      'authors = ["Steve Klabnik", "Carol Nichols"]',
      'language = "ko"',
      'description = "메모리까지 보이는 러스트 교과서"',
      'src = "./src/"',
      '',
      '[output.html]',
      'additional-css = ["ferris.css"]',
    ].join('\n');
    expect(parseBookToml(toml, 'book.toml')).toEqual({
      title: '러스트 프로그래밍 언어',
      authors: ['Steve Klabnik', 'Carol Nichols'],
      language: 'ko',
      description: '메모리까지 보이는 러스트 교과서',
      srcDir: 'src',
      html: { ...DEFAULT_HTML, additionalCss: ['ferris.css'] },
      strict: false,
    });
  });

  it('uses mdBook defaults for what is missing', () => {
    expect(parseBookToml('')).toEqual({ title: '', authors: [], language: 'en', srcDir: 'src', html: DEFAULT_HTML, strict: false });
    expect(parseBookToml('[book]\ntitle = "T"\nsrc = "book-src"')).toMatchObject({
      title: 'T',
      authors: [],
      language: 'en',
      srcDir: 'book-src',
    });
  });

  it('reports TOML syntax errors with line and column', () => {
    const e = error('[book]\ntitle = "unterminated\n');
    expect(e.loc).toMatchObject({ file: 'book.toml', line: 2 });
    expect(e.message).toMatch(/^book\.toml:2:\d+: book\.toml을 읽을 수 없습니다: /);
  });

  it('reports wrong types at the key', () => {
    expect(error('[book]\ntitle = "x"\nauthors = "me"\n').message).toBe(
      'book.toml:3: [book] authors은(는) 문자열 배열이어야 합니다',
    );
    expect(error('[book]\ntitle = 3\n').message).toBe('book.toml:2: [book] title은(는) 문자열이어야 합니다');
    expect(error('book = 1\n').message).toBe('book.toml:1: [book]은 표(table)여야 합니다');
  });

  it('keeps src inside the book folder', () => {
    expect(error('[book]\nsrc = "../elsewhere"\n').message).toBe(
      'book.toml:2: [book] src는 책 폴더 안의 상대 경로여야 합니다 (../elsewhere)',
    );
    expect(error('[book]\nsrc = "/abs"\n').loc.line).toBe(2);
  });
});

describe('[output.html] and [output.heapbook]', () => {
  const toml = [
    '[book]',
    'title = "T"',
    '',
    '[output.html]',
    'site-url = "/book/"',
    'git-repository-url = "https://example.org/me/book"',
    'edit-url-template = "https://example.org/me/book/edit/main/{path}"',
    'additional-css = ["a.css", "theme/b.css"]',
    'additional-js = ["c.js"]',
    'default-theme = "light"',
    'preferred-dark-theme = "navy"',
    'no-section-label = true',
    'input-404 = "not-found.md"',
    'cname = "book.example.org"',
    'mathjax-support = false',
    'colour = "blue"',
    '',
    '[output.html.fold]',
    'enable = true',
    'level = 1',
    '',
    '[output.html.redirect]',
    '"/old.html" = "new.html"',
    '',
    '[output.heapbook]',
    'strict = true',
    'speed = 3',
  ].join('\n');

  it('reads the keys mdBook reads', () => {
    const { config } = readBookToml(toml);
    expect(config.html).toEqual({
      siteUrl: '/book/',
      gitRepositoryUrl: 'https://example.org/me/book',
      editUrlTemplate: 'https://example.org/me/book/edit/main/{path}',
      additionalCss: ['a.css', 'theme/b.css'],
      additionalJs: ['c.js'],
      defaultTheme: 'light',
      preferredDarkTheme: 'navy',
      redirect: { '/old.html': 'new.html' },
      noSectionLabel: true,
      fold: { enable: true, level: 1 },
      input404: 'not-found.md',
      cname: 'book.example.org',
    });
    expect(config.strict).toBe(true);
  });

  it('warns about unknown keys at their line, and about wrong types', () => {
    const { warnings } = readBookToml(toml);
    expect(warnings.map((w) => `${w.loc.file}:${w.loc.line}: ${w.severity}: ${w.message}`)).toEqual([
      "book.toml:16: warning: [output.html]의 알 수 없는 설정 'colour'입니다. 무시합니다 (mdBook도 받지 않습니다)",
      "book.toml:27: warning: [output.heapbook]의 알 수 없는 설정 'speed'입니다. 무시합니다",
    ]);
    expect(readBookToml('[book]\ntitle = "T"\ntitel = "오타"\n').warnings.map((w) => [w.loc.line, w.message])).toEqual([
      [3, "[book]의 알 수 없는 설정 'titel'입니다. 무시합니다 (mdBook도 받지 않습니다)"],
    ]);
    const bad = readBookToml('[output.html]\nadditional-css = "a.css"\n').warnings;
    expect(bad.map((w) => [w.loc.line, w.message])).toEqual([[2, '[output.html] additional-css은(는) 문자열 배열이어야 합니다. 무시합니다']]);
  });
});
