// Names a listing after the folder it lives in, as the Rust book lays listings out:
// `listings/ch15-smart-pointers/listing-15-26/src/main.rs` → `listing-15-26`.

/** A folder name like `listing-15-26`, `listing-08-01-alt` or `listing-20-07b`. */
const LISTING_DIR = /^listing-\d+-\d+[a-z]?(?:-[A-Za-z0-9]+)*$/;

/** The nearest enclosing folder (deepest first) named like a listing, or null. */
export function listingIdFromPath(path: string): string | null {
  const dirs = path.split(/[\\/]/).slice(0, -1);
  for (let i = dirs.length - 1; i >= 0; i--) {
    if (LISTING_DIR.test(dirs[i])) return dirs[i];
  }
  return null;
}
