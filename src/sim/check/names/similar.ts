// rustc's typo matching (`rustc_span::edit_distance`): Damerau-Levenshtein with a limit, and
// `find_best_match_for_name` (case-insensitive match, then closest within len/3, then sorted words).

export function editDistance(a0: string, b0: string, limit: number): number | undefined {
  let a = Array.from(a0);
  let b = Array.from(b0);
  if (a.length < b.length) [a, b] = [b, a];
  const minDist = a.length - b.length;
  if (minDist > limit) return undefined;
  while (a.length > 0 && b.length > 0 && a[0] === b[0]) {
    a = a.slice(1);
    b = b.slice(1);
  }
  while (a.length > 0 && b.length > 0 && a[a.length - 1] === b[b.length - 1]) {
    a = a.slice(0, -1);
    b = b.slice(0, -1);
  }
  if (b.length === 0) return minDist <= limit ? minDist : undefined;
  let prevPrev: number[] = new Array<number>(b.length + 1).fill(Number.MAX_SAFE_INTEGER);
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, i) => i);
  let current: number[] = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(prev[j] + 1, current[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], prevPrev[j - 2] + 1);
    }
    [prevPrev, prev, current] = [prev, current, prevPrev];
  }
  const d = prev[b.length];
  return d <= limit ? d : undefined;
}

function sortedWords(s: string): string {
  return s.split('_').sort().join('_');
}

/** The candidate rustc would suggest for `lookup`, or undefined. Candidates in rustc's order. */
export function bestMatch(candidates: readonly string[], lookup: string, dist?: number): string | undefined {
  const upper = lookup.toUpperCase();
  const exact = candidates.find((c) => c.toUpperCase() === upper);
  if (exact !== undefined) return exact;
  let limit = dist ?? Math.floor(Math.max(Array.from(lookup).length, 3) / 3);
  let best: string | undefined;
  for (const c of candidates) {
    const d = editDistance(lookup, c, limit);
    if (d === undefined) continue;
    if (d === 0) return c;
    limit = d - 1;
    best = c;
  }
  if (best !== undefined) return best;
  const sorted = sortedWords(lookup);
  return candidates.find((c) => sortedWords(c) === sorted);
}
