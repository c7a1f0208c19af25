// Builds a book folder into a static site: load the book, render with Astro, copy assets, index with Pagefind,
// then swap the result into place. Every step writes into a temporary folder; only success touches `outDir`.
import { resolve } from 'node:path';
import { rm } from 'node:fs/promises';
import type { Book } from '../../book/model.ts';
import { handOverBook } from '../../site/book-handoff.ts';
import { astroBuild } from './astro-build.ts';
import { checkAssets, copyAssets } from './copy-assets.ts';
import { writeSearchIndex } from './search-index.ts';
import { relativizeSite } from './relativize-site.ts';
import { writeSiteFiles } from './site-files.ts';
import { writeRunAssets } from './run-assets.ts';
import { swapInto, tempDirBeside } from './swap-dir.ts';
import type { BuildSummary } from './report.ts';

export type BookLoader = (root: string) => Promise<Book>;

export interface BuildOptions {
  bookDir: string;
  outDir: string;
  /** How to read the book; the CLI uses loadBook with prerun. Tests may hand in a fixture loader. */
  load?: BookLoader;
  verbose?: boolean;
  /** Called with the loaded book before rendering (the CLI prints its warnings). */
  onBook?: (book: Book) => void;
}

const defaultLoader: BookLoader = async (root) => {
  const { loadBook } = await import('../../book/load-book.ts');
  return loadBook(root, { prerun: true });
};

export function countListings(book: Book): number {
  return book.pages.reduce((n, p) => n + p.segments.filter((s) => s.kind === 'listing').length, 0);
}

/** Throws BookError for content errors (nothing written), other errors for build failures (old output kept). */
export async function buildSite(opts: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  const bookDir = resolve(opts.bookDir);
  const outDir = resolve(opts.outDir);
  process.env.HEAPBOOK_BOOK = bookDir;
  const book = await (opts.load ?? defaultLoader)(bookDir);
  opts.onBook?.(book);
  await checkAssets(book);
  const tmp = await tempDirBeside(outDir);
  try {
    handOverBook(book);
    await astroBuild(tmp, { verbose: opts.verbose });
    const assets = await copyAssets(book, tmp);
    await writeRunAssets(book, tmp);
    await relativizeSite(tmp, book.config.html?.siteUrl);
    await writeSiteFiles(book, tmp);
    const search = await writeSearchIndex(tmp);
    await swapInto(tmp, outDir);
    return {
      pages: book.pages.length,
      listings: countListings(book),
      assets,
      searchPages: search.pages,
      ms: performance.now() - started,
      outDir,
    };
  } finally {
    handOverBook(undefined);
    await rm(tmp, { recursive: true, force: true });
  }
}
