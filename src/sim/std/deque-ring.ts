// Where a VecDeque's ring buffer starts (Rust's `head`): the elements stay in logical order in the buffer
// model, and the head moves exactly as std moves it, so `as_slices` and capacity growth split as in Rust.
import type { Alloc } from '../memory/heap.ts';
import { grownCap } from '../memory/heap.ts';

const heads = new WeakMap<Alloc, number>();

export const headOf = (a: Alloc): number => heads.get(a) ?? 0;
export function setHead(a: Alloc, h: number): void {
  heads.set(a, h);
}
const wrap = (i: number, cap: number): number => (cap === 0 ? 0 : ((i % cap) + cap) % cap);
/** Move the head by `d` (wrapping around the capacity). */
export function moveHead(a: Alloc, d: number): void {
  setHead(a, wrap(headOf(a) + d, a.cap));
}

/** The capacity became `newCap` (from `oldCap`, `len` elements): std's `handle_capacity_increase`. */
function capacityIncreased(a: Alloc, oldCap: number, len: number): void {
  const head = headOf(a), newCap = a.cap;
  if (head <= oldCap - len) return;
  const headLen = oldCap - head, tailLen = len - headLen;
  if (headLen > tailLen && newCap - oldCap >= tailLen) return;
  setHead(a, newCap - headLen);
}

/** Make room for `additional` more elements: amortized (`reserve`, pushes) or exact (`reserve_exact`). */
export function dequeReserve(a: Alloc, additional: number, exact = false): void {
  const len = a.vals.length, need = len + additional;
  if (need <= a.cap) return;
  const old = a.cap;
  a.cap = exact ? need : grownCap(old, need, a.elemSize || 1);
  capacityIncreased(a, old, len);
}

/** `as_slices`: the logical elements split where the ring buffer wraps, as [front length, back length]. */
export function sliceLens(a: Alloc): [number, number] {
  const len = a.vals.length, head = headOf(a);
  if (head + len <= a.cap) return [len, 0];
  const first = a.cap - head;
  return [first, len - first];
}

/** `make_contiguous`: where std puts the head once the elements are in one piece. */
export function makeContiguous(a: Alloc): void {
  const len = a.vals.length, cap = a.cap, head = headOf(a);
  if (head <= cap - len) return;
  const free = cap - len, headLen = cap - head, tailLen = len - headLen;
  if (free >= headLen) setHead(a, 0);
  else if (free >= tailLen) setHead(a, tailLen);
  else setHead(a, headLen > tailLen ? free : 0);
}

/** `shrink_to(min)`: std's relocation of the head before the buffer shrinks to `max(min, len)`. */
export function dequeShrinkTo(a: Alloc, min: number): void {
  const len = a.vals.length, cap = a.cap, target = Math.max(min, len), head = headOf(a);
  if (cap <= target) return;
  const end = head + len;
  const tailOutside = end >= target + 1 && end <= cap;
  if (len === 0) setHead(a, 0);
  else if (head >= target && tailOutside) setHead(a, 0);
  else if (head < target && tailOutside) { /* the wrapped part moves to the front; head stays */ }
  else if (!(head <= cap - len)) setHead(a, target - (cap - head));
  a.cap = target;
}

/** A drain of `drained` elements leaving `before` in front of the hole and `after` behind it. */
export function afterDrain(a: Alloc, before: number, drained: number, after: number): void {
  if (before + after === 0) setHead(a, 0);
  else if (after === 0 || after <= before) return;
  else moveHead(a, drained);
}
