// loadBook on small fixture books: reading order, mdBook URLs and numbers, prev/next, titles, segments,
// listing ids, hidden-line maps, captions, heading ids, link rewriting, assets; and on the real content/.
import { describe, it, expect, beforeAll } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBook } from '../../src/book/load-book.ts';
import { writeBenchBook } from '../../src/book/bench-fixture.ts';
import { BookError, type Book, type Page, type Segment } from '../../src/book/model.ts';

const MINI = join(import.meta.dirname, 'fixtures/books/mini');
const CONTENT = join(import.meta.dirname, '../../content');

const html = (page: Page) => page.segments.map((s) => s.html).join('');
const listings = (page: Page) => page.segments.filter((s): s is Extract<Segment, { kind: 'listing' }> => s.kind === 'listing');
const byPath = (book: Book, path: string) => {
  const page = book.pages.find((p) => p.path === path);
  if (!page) throw new Error(`no page ${path}`);
  return page;
};

describe('loadBook(mini)', () => {
  let book: Book;
  beforeAll(async () => {
    book = await loadBook(MINI);
  });

  it('reads the config', () => {
    expect(book.config.title).toBe('작은 책');
    expect(book.config.srcDir).toBe('src');
  });

  it('lists pages in reading order with mdBook URLs and numbers (draft skipped)', () => {
    expect(book.pages.map((p) => [p.path, p.url, p.number])).toEqual([
      ['README.md', 'index.html', null],
      ['ch01-00-getting-started.md', 'ch01-00-getting-started.html', '1.'],
      ['ch01-01-installation.md', 'ch01-01-installation.html', '1.1.'],
      ['ch15-00-smart-pointers.md', 'ch15-00-smart-pointers.html', '2.'],
      ['appendix.md', 'appendix.html', '3.'],
      ['afterword.md', 'afterword.html', null],
    ]);
  });

  it('links prev/next in reading order', () => {
    const [first, second, third, fourth] = book.pages;
    expect(first.prev).toBeNull();
    expect(first.next).toEqual({ url: 'ch01-00-getting-started.html', title: '시작하기', number: '1.' });
    expect(third.prev?.url).toBe('ch01-00-getting-started.html');
    expect(third.next?.url).toBe('ch15-00-smart-pointers.html');
    expect(fourth.prev?.title).toBe('설치');
    expect(second.prev?.url).toBe('index.html');
    expect(book.pages.at(-1)!.next).toBeNull();
  });

  it('titles pages by {{#title}}, else the first heading', () => {
    expect(byPath(book, 'README.md').title).toBe('들어가며');
    expect(byPath(book, 'ch01-01-installation.md').title).toBe('설치 — 작은 책');
    expect(byPath(book, 'ch15-00-smart-pointers.md').title).toBe('스마트 포인터');
  });

  it('gives headings mdBook ids (Korean, duplicates) and a TOC', () => {
    const page = byPath(book, 'ch01-00-getting-started.md');
    expect(page.toc).toEqual([
      { depth: 2, id: '설치', text: '설치' },
      { depth: 2, id: '설치-1', text: '설치' },
    ]);
    expect(html(page)).toContain('<h2 id="설치-1"><a href="#설치-1" class="header">설치</a></h2>');
    expect(byPath(book, 'ch01-01-installation.md').toc).toEqual([{ depth: 3, id: 'rustup-설치하기', text: 'rustup 설치하기' }]);
  });

  it('rewrites .md links, README → index, and leaves external links alone', () => {
    const page = byPath(book, 'ch01-00-getting-started.md');
    expect(html(page)).toContain('href="ch01-01-installation.html#rustup-설치하기"');
    expect(html(page)).toContain('href="https://doc.rust-lang.org/book/"');
    expect(html(byPath(book, 'ch01-01-installation.md'))).toContain('href="index.html"');
    expect(html(byPath(book, 'README.md'))).toContain('href="ch01-00-getting-started.html"');
  });

  it('splits pages into html and listing segments', () => {
    const page = byPath(book, 'ch01-00-getting-started.md');
    expect(page.segments.map((s) => s.kind)).toEqual(['html', 'listing', 'listing', 'html']);
    const [a, b] = listings(page);
    expect(a.listing.id).toBe('ch01-00-getting-started-1');
    expect(a.listing.loc).toEqual({ file: 'src/ch01-00-getting-started.md', line: 10 });
    expect(b.listing.id).toBe('ch01-00-getting-started-2');
    expect(b.listing.source).toBe('fn helper() -> i32 { 41 }\nfn main() {\n    println!("{}", helper() + 1);\n}');
    expect(b.listing.visible).toEqual([false, true, true, true]);
    expect(b.html).toContain('<span class="line hidden">');
    expect(b.html).toContain('aria-label="숨겨진 줄 보기"');
    expect(a.html).not.toContain('숨겨진 줄 보기');
    expect(a.html).toContain('aria-label="코드 복사"');
    expect(html(page)).toContain('language-console');
  });

  it('keeps ignore and does_not_compile blocks static, with the Ferris badge', () => {
    const page = byPath(book, 'ch01-01-installation.md');
    expect(listings(page)).toEqual([]);
    expect(html(page)).toContain('title="이 코드는 컴파일되지 않습니다!"');
  });

  it('names included listings after their folder, with hidden lines outside the anchor', () => {
    const page = byPath(book, 'ch15-00-smart-pointers.md');
    const [whole, boxed, demo, panics] = listings(page);
    expect(whole.listing.id).toBe('listing-15-01-2');
    expect(whole.listing.visible.every((v) => v)).toBe(true);
    expect(whole.listing.caption).toBeUndefined();
    expect(boxed.listing.id).toBe('listing-15-01');
    expect(boxed.listing.loc).toEqual({ file: 'src/ch15-00-smart-pointers.md', line: 11 });
    expect(boxed.listing.source).toContain('struct Wrapper(i32);');
    expect(boxed.listing.visible).toEqual([false, false, false, true, true, true, true]);
    expect(boxed.listing.caption).toBe('예제 15-1: Box<T>를 이용하여 힙에 i32 값 저장하기');
    expect(demo.listing.id).toBe('ch15-00-smart-pointers-3');
    expect(demo.listing.caption).toBeUndefined();
    expect(panics.listing.id).toBe('ch15-00-smart-pointers-4');
    expect(panics.listing.attrs.panics).toBe(true);
    expect(panics.html).toContain('이 코드는 패닉을 일으킵니다!');
  });

  it('gives captions ids and marks what they caption', () => {
    const text = html(byPath(book, 'ch15-00-smart-pointers.md'));
    expect(text).toContain('<span class="caption heapbook-caption" id="listing-15-1">');
    expect(text).toContain('<span class="caption heapbook-caption" id="figure-15-1">');
    expect(text).toContain('src="img/box.svg"');
    expect(text).toContain('aria-describedby="figure-15-1"');
    expect(text).toContain('<span class="filename">파일명: src/main.rs</span>');
    expect(listings(byPath(book, 'ch15-00-smart-pointers.md'))[1].html).toContain('aria-describedby="listing-15-1"');
  });

  it('lists non-markdown files as assets', () => {
    expect(book.assets).toEqual(['img/box.svg']);
  });

  it('pre-running never fails the build', async () => {
    const prerun = await loadBook(MINI, { prerun: true });
    const all = prerun.pages.flatMap(listings).map((s) => s.listing);
    expect(all.length).toBe(6);
    const simulatorMissing = prerun.diagnostics.some((d) => d.message.includes('시뮬레이터를 불러올 수 없어'));
    for (const l of all) expect(simulatorMissing || l.precomputed !== undefined).toBe(true);
    expect(prerun.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });
});

describe('bench fixture', () => {
  it('writes a book loadBook reads without warnings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'heapbook-bench-'));
    try {
      writeBenchBook(dir, { chapters: 3, listingsPerChapter: 2 });
      const book = await loadBook(dir);
      expect(book.pages.map((p) => p.url)).toEqual(['index.html', 'ch01-00.html', 'ch02-00.html', 'ch03-00.html']);
      expect(book.diagnostics).toEqual([]);
      const ids = book.pages[2].segments.flatMap((s) => (s.kind === 'listing' ? [s.listing.id] : []));
      expect(ids).toEqual(['listing-02-01', 'ch02-00-2', 'listing-02-02', 'ch02-00-4']);
      const anchored = book.pages[2].segments.find((s) => s.kind === 'listing' && s.listing.id === 'listing-02-02');
      expect(anchored?.kind === 'listing' && anchored.listing.visible.filter((v) => !v).length).toBe(5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('loadBook errors', () => {
  it('a chapter file missing from disk fails at its SUMMARY line', async () => {
    const err = await loadBook(join(import.meta.dirname, 'fixtures/books/missing-chapter')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BookError);
    expect((err as BookError).loc).toMatchObject({ file: 'src/SUMMARY.md', line: 4 });
    expect((err as BookError).message).toContain('not-here.md');
  });
});

describe.runIf(existsSync(join(CONTENT, 'book.toml')))('loadBook(content)', () => {
  it('has both seed chapters and listing 15-26 as an island with only fn main visible', async () => {
    const book = await loadBook(CONTENT);
    const paths = book.pages.map((p) => p.path);
    expect(paths).toContain('memory-management.md');
    expect(paths).toContain('ch15-06-reference-cycles.md');
    const seg = book.pages.flatMap(listings).find((s) => s.listing.id === 'listing-15-26');
    expect(seg).toBeDefined();
    const { source, visible } = seg!.listing;
    expect(source).toContain('enum List');
    const shown = source.split('\n').filter((_, i) => visible[i]);
    expect(shown[0]).toBe('fn main() {');
    expect(shown.at(-1)).toBe('}');
    expect(shown.join('\n')).not.toContain('enum List');
    expect(seg!.listing.caption).toMatch(/^예제 15-26: /);
  });

  it('names the captioned block listing-15-27 when the folder is included twice', async () => {
    const book = await loadBook(CONTENT);
    const page = book.pages.find((p) => p.path === 'ch15-06-reference-cycles.md')!;
    const ids = listings(page).map((s) => s.listing.id);
    expect(new Set(ids).size).toBe(ids.length);
    const l27 = listings(page).find((s) => s.listing.id === 'listing-15-27');
    expect(l27?.listing.caption).toMatch(/^예제 15-27: /);
  });
});
