// Stable ids for a page's runnable listings: 'listing-15-26' when the block came from an include under a
// `listing-NN-MM` folder, else '<page-stem>-<n>'; repeats on one page get '-2', '-3'…
/** 'ch15-06-reference-cycles.md' → 'ch15-06-reference-cycles'; 'sub/README.md' → 'sub-README'. */
export function pageStem(path: string): string {
  return path.replace(/\.md$/i, '').replace(/[\\/]+/g, '-');
}

export interface ListingIdAllocator {
  /** `fromInclude` is the id derived from the include path (null when not from a listing folder). */
  next(fromInclude: string | null): string;
}

export function createListingIds(stem: string): ListingIdAllocator {
  const used = new Set<string>();
  let n = 0;
  return {
    next(fromInclude) {
      n += 1;
      const base = fromInclude ?? `${stem}-${n}`;
      let id = base;
      for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
      used.add(id);
      return id;
    },
  };
}
