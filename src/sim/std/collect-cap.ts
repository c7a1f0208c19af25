// Capacity of `Vec::from_iter` for an iterator without an exact length: room for the first item (at
// least RawVec's minimum non-zero capacity), then amortized doubling.
export function collectCap(n: number, elemSize: number): number {
  if (n === 0) return 0;
  let cap = elemSize === 1 ? 8 : elemSize <= 1024 ? 4 : 1;
  while (cap < n) cap *= 2;
  return cap;
}
