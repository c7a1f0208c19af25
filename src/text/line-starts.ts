// Line-start tables for text: where each line begins, and which line an offset falls on (binary search).
// Pure and dependency-free, shared by the book's directive expander and the simulator's position mapping.

/** Offsets (UTF-16 code units) at which each line of `text` starts; lines end at '\n'. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 0-based index of the line containing `offset`, given `lineStarts(text)`. */
export function lineIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
