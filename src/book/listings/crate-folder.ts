// Finds the cargo crate a listing's code comes from (the nearest folder above the included file holding a
// Cargo.toml, whatever its name: listing-04-01, no-listing-02-move…) and its `output.txt`, for the island and check.
import { posix } from 'node:path';
import { listingIdFromPath } from '../directives/listing-id.ts';

/** The `listing-NN-MM` folder a file lives in ('listings/ch15/listing-15-26/src/main.rs' → 'listings/ch15/listing-15-26'). */
export function listingFolder(path: string): string | null {
  const id = listingIdFromPath(path);
  if (!id) return null;
  const dirs = path.split('/').slice(0, -1);
  return dirs.slice(0, dirs.lastIndexOf(id) + 1).join('/');
}

/**
 * The crate folder a file belongs to (paths relative to the book root): the nearest enclosing folder holding a
 * `Cargo.toml`, else the `listing-NN-MM` folder, else null.
 */
export function crateFolder(path: string, isFile: (rel: string) => boolean): string | null {
  const dirs = path.split('/').slice(0, -1);
  for (let i = dirs.length; i > 0; i--) {
    const dir = dirs.slice(0, i).join('/');
    if (isFile(posix.join(dir, 'Cargo.toml'))) return dir;
  }
  return listingFolder(path);
}
