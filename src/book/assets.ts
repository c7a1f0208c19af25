// Lists the files under srcDir that the site copies verbatim (images, SVGs…): every file that is not
// markdown, relative to srcDir, forward slashes, sorted.
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export async function listAssets(srcDirAbs: string): Promise<string[]> {
  const entries = await readdir(srcDirAbs, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !/\.md$/i.test(e.name))
    .map((e) => relative(srcDirAbs, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}
