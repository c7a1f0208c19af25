// Reloading a book with a chapter cache (what heapbook dev does) re-renders only the chapters whose files changed:
// the chapter itself or any file it includes; everything else is reused, and the result equals a fresh load.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBookCache, loadBook } from '../../src/book/load-book.ts';

const FIXTURE = fileURLToPath(new URL('../check/fixtures/good/', import.meta.url));
let root: string;

beforeAll(() => {
  root = join(mkdtempSync(join(tmpdir(), 'heapbook-cache-')), 'book');
  cpSync(FIXTURE, root, { recursive: true });
});
afterAll(() => rmSync(join(root, '..'), { recursive: true, force: true }));

const htmlOf = (book: Awaited<ReturnType<typeof loadBook>>, path: string) =>
  book.pages.find((p) => p.path === path)!.segments.map((s) => s.html).join('');

describe('loadBook with a chapter cache', () => {
  it('re-renders only what changed, and agrees with a load from scratch', async () => {
    const cache = createBookCache();
    await loadBook(root, { cache });
    expect([cache.rendered, cache.reused]).toEqual([3, 0]);

    cache.resetStats();
    await loadBook(root, { cache });
    expect([cache.rendered, cache.reused]).toEqual([0, 3]);

    cache.resetStats();
    appendFileSync(join(root, 'src/intro.md'), '\n새로 쓴 문단\n');
    const afterChapter = await loadBook(root, { cache });
    expect([cache.rendered, cache.reused]).toEqual([1, 2]);
    expect(htmlOf(afterChapter, 'intro.md')).toContain('새로 쓴 문단');

    cache.resetStats();
    const listing = join(root, 'listings/ch01/listing-01-01/src/main.rs');
    writeFileSync(listing, readFileSync(listing, 'utf8') + '// 덧붙인 주석\n');
    const afterListing = await loadBook(root, { cache });
    expect([cache.rendered, cache.reused]).toEqual([1, 2]);
    expect(htmlOf(afterListing, 'ch01-boxes.md')).toContain('덧붙인 주석');

    const fresh = await loadBook(root);
    expect(afterListing.pages.map((p) => htmlOf(afterListing, p.path))).toEqual(fresh.pages.map((p) => htmlOf(fresh, p.path)));
  });
});

describe('loadBook for dev (chapterErrors: page)', () => {
  it('makes every other page when one chapter cannot be rendered, and reports the error at its place', async () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'heapbook-broken-')), 'book');
    cpSync(FIXTURE, broken, { recursive: true });
    appendFileSync(join(broken, 'src/ch01-01-sub.md'), '\n{{#include ../listings/nope.rs}}\n');
    try {
      await expect(loadBook(broken)).rejects.toThrow(/nope\.rs/);
      const book = await loadBook(broken, { chapterErrors: 'page' });
      expect(book.pages.map((p) => p.path)).toEqual(['intro.md', 'ch01-boxes.md', 'ch01-01-sub.md']);
      const page = book.pages[2].segments.map((s) => s.html).join('');
      expect(page).toContain('이 장을 만들 수 없습니다');
      expect(page).toContain('src/ch01-01-sub.md:');
      const errors = book.diagnostics.filter((d) => d.severity === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0].loc.file).toBe('src/ch01-01-sub.md');
      expect(errors[0].message).toContain('파일이 없습니다');
      expect(htmlOf(book, 'intro.md')).toContain('<h1');
    } finally {
      rmSync(join(broken, '..'), { recursive: true, force: true });
    }
  });
});

describe('listing crates', () => {
  it('names the crate a listing was included from and carries its output.txt for the island', async () => {
    const book = await loadBook(FIXTURE);
    const listings = book.pages.flatMap((p) => p.segments.flatMap((s) => (s.kind === 'listing' ? [s.listing] : [])));
    const first = listings.find((l) => l.id === 'listing-01-01')!;
    expect(first.sourceFile).toBe('listings/ch01/listing-01-01/src/main.rs');
    expect(first.cargo?.dir).toBe('listings/ch01/listing-01-01');
    expect(first.cargo?.outputTxt).toBe(readFileSync(join(FIXTURE, 'listings/ch01/listing-01-01/output.txt'), 'utf8'));
    expect(first.cargo?.outputTxt?.startsWith('$ cargo run')).toBe(true);
  });
});
