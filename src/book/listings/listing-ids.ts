// Stable ids for a page's runnable listings: 'listing-15-26' when the block came from an include under a
// `listing-NN-MM` folder, else '<page-stem>-<n>' (n = its place among the page's listings, from 1).
/** 'ch15-06-reference-cycles.md' → 'ch15-06-reference-cycles'; 'sub/README.md' → 'sub-README'. */
export function pageStem(path: string): string {
  return path.replace(/\.md$/i, '').replace(/[\\/]+/g, '-');
}

export interface ListingIdInput {
  /** Id derived from the include's listing folder, or null when the code is not from one. */
  fromInclude: string | null;
  /** Id of the caption that follows the block ('listing-15-27' for '예제 15-27: …'), if any. */
  captionId: string | null;
}

/** 'listing-15-01' and 'listing-15-1' name the same listing (folders are zero-padded, captions not). */
export function sameListingNumber(a: string, b: string): boolean {
  const num = (id: string) => /^listing-(\d+)-(\d+)/.exec(id)?.slice(1).map(Number).join('-') ?? null;
  const na = num(a);
  return na !== null && na === num(b);
}

/**
 * One id per listing, unique on the page. When a listing folder is included more than once (TRPL shows
 * part of a file, then the rest), the block whose caption names that listing keeps the plain id, so
 * `#listing-15-27` means the captioned one; the other blocks get '-2', '-3'… in document order.
 */
export function assignListingIds(stem: string, listings: ListingIdInput[]): string[] {
  const owner = new Map<string, number>();
  listings.forEach(({ fromInclude, captionId }, i) => {
    if (fromInclude === null) return;
    const current = owner.get(fromInclude);
    const names = (c: string | null) => c !== null && sameListingNumber(c, fromInclude);
    if (current === undefined || (!names(listings[current].captionId) && names(captionId))) owner.set(fromInclude, i);
  });
  const used = new Set<string>(owner.keys());
  return listings.map(({ fromInclude }, i) => {
    const base = fromInclude ?? `${stem}-${i + 1}`;
    if (fromInclude !== null && owner.get(fromInclude) === i) return base;
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    return id;
  });
}
