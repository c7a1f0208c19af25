// Crate folders of a book: the crate a listing's file belongs to (nearest folder above it with a Cargo.toml,
// whatever its name: listing-04-01, no-listing-02-move…), and reading one into the map the crate API takes.
import { join } from 'node:path';
import { listingIdFromPath } from '../directives/listing-id.ts';
import { posix } from 'node:path';
import { readdirSync, readFileSync, statSync } from 'node:fs';

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

const SKIP_DIRS = new Set(['target', 'node_modules']);
/** Largest single file read into the simulated file system (bigger files are left out). */
const MAX_FILE_BYTES = 4 * 1024 * 1024;

export function readCrateFolder(root: string, skipFiles: ReadonlySet<string> = new Set()): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string, rel: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      const st = statSync(full);
      const r = rel ? rel + '/' + name : name;
      if (st.isDirectory()) {
        if (!SKIP_DIRS.has(name)) walk(full, r);
      } else if (st.isFile() && st.size <= MAX_FILE_BYTES && !skipFiles.has(name)) {
        const bytes = readFileSync(full);
        if (!bytes.includes(0)) out[r] = bytes.toString('utf8');
      }
    }
  };
  walk(root, '');
  return out;
}
