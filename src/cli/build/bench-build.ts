// Book-build benchmark: times `heapbook build` (load + prerun + Astro + Pagefind) on the book in content/
// and on a synthetic N-chapter mdBook book, each built into a throwaway folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBenchBook } from '../../book/bench-fixture.ts';
import { buildSite } from './build-site.ts';
import type { Cell } from '../../sim/bench/table.ts';

export const BUILD_BENCH_HEADER = ['책', '페이지', '예제', '빌드 (초)', '쪽당 (ms)'];

async function timeBuild(label: string, bookDir: string): Promise<Cell[]> {
  const out = mkdtempSync(join(tmpdir(), 'heapbook-bench-out-'));
  try {
    const s = await buildSite({ bookDir, outDir: join(out, 'site') });
    return [label, s.pages, s.listings, s.ms / 1000, s.ms / s.pages];
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** One row per book: content/ and a synthetic book of `chapters` chapters × 5 listings. */
export async function benchBuilds(contentDir: string, chapters: number): Promise<Cell[][]> {
  const synth = mkdtempSync(join(tmpdir(), 'heapbook-bench-book-'));
  try {
    writeBenchBook(synth, { chapters, listingsPerChapter: 5 });
    return [await timeBuild('content/', contentDir), await timeBuild(`합성 ${chapters}장`, synth)];
  } finally {
    rmSync(synth, { recursive: true, force: true });
  }
}
