// Copies the book's assets (images… listed in Book.assets, relative to srcDir) into the site at the same paths.
// Refuses paths that would leave either folder.
import { access, copyFile, mkdir } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize } from 'node:path';
import type { Book } from '../../book/model.ts';

function assetPath(asset: string): string {
  const rel = normalize(asset);
  if (isAbsolute(rel) || rel.startsWith('..')) throw new Error(`책 밖을 가리키는 자산 경로: '${asset}'`);
  return rel;
}

/** Fails fast, before rendering, when an asset is missing or unreadable. */
export async function checkAssets(book: Book): Promise<void> {
  const srcDir = join(book.root, book.config.srcDir);
  for (const asset of book.assets) {
    await access(join(srcDir, assetPath(asset))).catch(() => {
      throw new Error(`자산 파일을 읽을 수 없습니다: '${join(book.config.srcDir, asset)}'`);
    });
  }
}

export async function copyAssets(book: Book, outDir: string): Promise<number> {
  const srcDir = join(book.root, book.config.srcDir);
  for (const asset of book.assets) {
    const rel = assetPath(asset);
    const to = join(outDir, rel);
    await mkdir(dirname(to), { recursive: true });
    await copyFile(join(srcDir, rel), to);
  }
  return book.assets.length;
}
