// The dev book session over a temp copy of a fixture book with the real loader: a good book is handed over,
// a broken edit keeps the last good book (stale) with the error's file:line, a fix clears it, bursts coalesce.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBook } from '../../src/book/load-book.ts';
import type { Book } from '../../src/book/model.ts';
import { BookSession } from '../../src/dev/book-session.ts';
import { checkBookReferences } from '../../src/check/book-references.ts';
import { checkBook } from '../../src/check/check-book.ts';

const GOOD = fileURLToPath(new URL('../check/fixtures/good/', import.meta.url));
let dir: string;
let handed: Book[];
let loads: number;

function session(): BookSession {
  return new BookSession(dir, {
    load: (root) => {
      loads++;
      return loadBook(root);
    },
    handOver: (book) => handed.push(book),
    references: (book) => checkBookReferences(book),
    fullCheck: async (root) => (await checkBook(root, { runListings: false })).diagnostics,
  });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'heapbook-session-'));
  cpSync(GOOD, dir, { recursive: true });
  handed = [];
  loads = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('BookSession', () => {
  it('hands over a good book and reports no errors', async () => {
    const s = session();
    const { status, reloadPages } = await s.reload();
    expect(reloadPages).toBe(true);
    expect(status).toMatchObject({ version: 1, loaded: true, stale: false, empty: false, errors: [] });
    expect(handed).toHaveLength(1);
    expect(s.book?.pages.map((p) => p.path)).toEqual(['intro.md', 'ch01-boxes.md', 'ch01-01-sub.md']);
  });

  it('keeps the last good book while a chapter is broken, and recovers when it is fixed', async () => {
    const s = session();
    await s.reload();
    const chapter = join(dir, 'src', 'intro.md');
    const original = readFileSync(chapter, 'utf8');
    appendFileSync(chapter, '\n{{#include ../listings/none.rs}}\n');
    const broken = await s.reload();
    expect(broken.reloadPages).toBe(false);
    expect(broken.status).toMatchObject({ loaded: false, stale: true, empty: false });
    expect(broken.status.errors.map((e) => `${e.loc.file}:${e.loc.line}`)).toEqual(['src/intro.md:14']);
    expect(handed).toHaveLength(1);

    writeFileSync(chapter, original.replace('[하위 절]', '[없는 절]').replace('ch01-01-sub.html#하위-절', 'ch01-01-sub.html#없는-절'));
    const fixed = await s.reload();
    expect(fixed.status.loaded).toBe(true);
    // the book loads again, and the cheap checks still name the broken fragment
    expect(fixed.status.errors.map((e) => `${e.loc.file}:${e.loc.line}`)).toEqual(['src/intro.md:5']);
    expect(fixed.status.errors[0].message).toContain('#없는-절');
    expect(handed).toHaveLength(2);
  });

  it('lists every error of a broken book after refine()', async () => {
    const s = session();
    appendFileSync(join(dir, 'src', 'intro.md'), '\n{{#include a.rs}}\n\n{{#include b.rs}}\n\n![x](img/none.png)\n');
    const first = await s.reload();
    expect(first.status).toMatchObject({ loaded: false, stale: false, empty: true });
    expect(first.status.errors).toHaveLength(1);
    const refined = await s.refine();
    expect(refined?.errors.map((e) => e.loc.line)).toEqual([14, 16, 18]);
  });

  it('coalesces a burst of reload requests', async () => {
    const s = session();
    await Promise.all([s.reload(), s.reload(), s.reload(), s.reload()]);
    expect(loads).toBeLessThanOrEqual(2);
    expect(s.status.loaded).toBe(true);
  });
});
