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
