// Writes the precomputed run results (book.runAssets, src/book/listings/run-asset.ts) into the site's script
// folder, where the island fetches them from (relative to its own script: components/run/precomputed-run.ts).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Book } from '../../book/model.ts';

/** Astro's folder of built scripts (its default `build.assets`), where the islands' chunks are. */
export const SCRIPT_DIR = '_astro';

export async function writeRunAssets(book: Book, outDir: string): Promise<{ files: number; bytes: number }> {
  const assets = book.runAssets ?? [];
  if (assets.length === 0) return { files: 0, bytes: 0 };
  const dir = join(outDir, SCRIPT_DIR);
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (const a of assets) {
    await writeFile(join(dir, a.file), a.json);
    bytes += Buffer.byteLength(a.json);
  }
  return { files: assets.length, bytes };
}
