// Heading ids exactly as mdBook makes them: `id_from_content` (keep letters/digits incl. Korean, `-`, `_`;
// whitespace → `-`; ASCII-only lowercase) plus a per-page counter that suffixes duplicates `-1`, `-2`…
const KEEP = /[\p{Alphabetic}\p{N}_-]/u;
const SPACE = /\p{White_Space}/u;

/** mdBook's `id_from_content`: the id for a heading whose plain text is `text`. */
export function idFromContent(text: string): string {
  let out = '';
  for (const ch of text.replace(/^\p{White_Space}+|\p{White_Space}+$/gu, '')) {
    if (KEEP.test(ch)) out += ch.length === 1 && ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch;
    else if (SPACE.test(ch)) out += '-';
  }
  return out;
}

/** A per-page id allocator: the first `x` stays `x`, later ones become `x-1`, `x-2`… (mdBook `unique_id`). */
export function createUniqueIds(): (id: string) => string {
  const counts = new Map<string, number>();
  return (id) => {
    const n = counts.get(id) ?? 0;
    counts.set(id, n + 1);
    return n === 0 ? id : `${id}-${n}`;
  };
}
