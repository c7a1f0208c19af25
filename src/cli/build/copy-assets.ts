// Copies the book's assets (images… listed in Book.assets, relative to srcDir) into the site at the same paths.
// Refuses paths that would leave either folder.
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize } from 'node:path';
import type { Book } from '../../book/model.ts';

export async function copyAssets(book: Book, outDir: string): Promise<number> {
  const srcDir = join(book.root, book.config.srcDir);
  for (const asset of book.assets) {
    const rel = normalize(asset);
    if (isAbsolute(rel) || rel.startsWith('..')) throw new Error(`책 밖을 가리키는 자산 경로: '${asset}'`);
    const to = join(outDir, rel);
    await mkdir(dirname(to), { recursive: true });
    await copyFile(join(srcDir, rel), to);
  }
  return book.assets.length;
}
