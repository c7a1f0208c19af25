// Finds the cargo crate a listing's included file belongs to and packs what the island needs to run it
// as the book does: the crate's other files and the run settings of its output.txt. Node I/O at the edge.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { ListingCrate } from '../model.ts';
import { runConfigOf } from '../run-config.ts';
import { readCrateFolder } from './crate-folder.ts';

/** Files that are records of a run, not part of the crate. */
const NOT_CRATE = new Set(['output.txt', 'Cargo.lock']);
/** A crate bigger than this is not shipped to the page (the listing then runs as a single file). */
const MAX_CRATE_BYTES = 256 * 1024;

/**
 * `bookRoot`-relative `file` (listings/ch12/listing-12-14/src/lib.rs) → its crate, when running the listing
 * needs more than its own text: other source or data files, arguments, env, `cargo test`, or `-p`.
 */
export function listingCrate(bookRoot: string, file: string): ListingCrate | undefined {
  const abs = resolve(bookRoot, file);
  const listings = resolve(bookRoot, 'listings');
  if (!abs.startsWith(listings + sep) || !/\.rs$/.test(abs)) return undefined;
  // The nearest Cargo.toml above the file, then up through enclosing workspaces.
  let root = dirname(abs);
  while (!existsSync(join(root, 'Cargo.toml'))) {
    if (root === listings || !root.startsWith(listings)) return undefined;
    root = dirname(root);
  }
  while (root.startsWith(listings + sep) && existsSync(join(dirname(root), 'Cargo.toml'))) root = dirname(root);
  const outputTxt = [join(root, 'output.txt'), join(dirname(root), 'output.txt')].find((p) => existsSync(p));
  const run = runConfigOf(outputTxt ? readFileSync(outputTxt, 'utf8') : undefined);
  const files = readCrateFolder(root, NOT_CRATE);
  const own = relative(root, abs).split(sep).join('/');
  const others = Object.keys(files).filter((f) => f !== own && f !== 'Cargo.toml');
  const plain = run.mode === 'run' && run.args.length === 0 && Object.keys(run.env).length === 0 && !run.package && own === 'src/main.rs';
  if (plain && others.length === 0) return undefined;
  const size = Object.values(files).reduce((n, t) => n + t.length, 0);
  if (size > MAX_CRATE_BYTES) return undefined;
  return { files, file: own, run };
}
