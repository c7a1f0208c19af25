// `BinaryHeap` as a table (one entry per method) over the Vec buffer model, with std's own sift
// algorithms (hole technique) so the buffer order — what `{:?}` and `iter()` show — matches Rust's.
import { type Value, type VecV, UNIT, some, none, usize, bool, ok } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { needsDrop } from '../semantics/interp.ts';
import { dropValue } from '../semantics/drop.ts';
import { derefAll } from '../semantics/place.ts';
import { moveOut } from '../semantics/pattern.ts';
import { valueCmp } from '../semantics/ops.ts';
import { iterOf, toIter } from './iter.ts';
import { newVec, vecPush, vecReserve } from '../semantics/buffers.ts';
import { refTo, derefCopy, n } from './method-helpers.ts';
import { methods, lookup, type MethodCall } from './method-table.ts';

type C = MethodCall<VecV>;
const le = (ip: Interp, a: Value, b: Value) => valueCmp(ip, a, b) <= 0;

function siftUp(ip: Interp, d: Value[], start: number, pos: number): number {
  const elem = d[pos];
  while (pos > start) {
    const parent = (pos - 1) >> 1;
    if (le(ip, elem, d[parent])) break;
    d[pos] = d[parent];
    pos = parent;
  }
  d[pos] = elem;
  return pos;
}

function siftDownRange(ip: Interp, d: Value[], pos: number, end: number): void {
  const elem = d[pos];
  let child = 2 * pos + 1;
  while (child <= end - 2) {
    if (le(ip, d[child], d[child + 1])) child++;
    if (valueCmp(ip, elem, d[child]) >= 0) { d[pos] = elem; return; }
    d[pos] = d[child];
    pos = child;
    child = 2 * pos + 1;
  }
  if (child === end - 1 && valueCmp(ip, elem, d[child]) < 0) { d[pos] = d[child]; pos = child; }
  d[pos] = elem;
}

function siftDownToBottom(ip: Interp, d: Value[], pos: number): void {
  const end = d.length, start = pos;
  const elem = d[pos];
  let child = 2 * pos + 1;
  while (child <= end - 2) {
    if (le(ip, d[child], d[child + 1])) child++;
    d[pos] = d[child];
    pos = child;
    child = 2 * pos + 1;
  }
  if (child === end - 1) { d[pos] = d[child]; pos = child; }
  d[pos] = elem;
  siftUp(ip, d, start, pos);
}

/** `BinaryHeap::from(vec)`: std's bottom-up rebuild. */
export function rebuild(ip: Interp, d: Value[]): void {
  let k = d.length >> 1;
  while (k > 0) { k--; siftDownRange(ip, d, k, d.length); }
}

/** std's `rebuild_tail`: restore the heap after entries were added from `start` on (append, extend,
 *  retain), by a full rebuild or sifting the tail up, whichever std estimates cheaper. */
function rebuildTail(ip: Interp, d: Value[], start: number): void {
  const len = d.length;
  if (start === len) return;
  const tail = len - start;
  const log2 = (x: number) => 31 - Math.clz32(x);
  const better = start < tail ? true : len <= 2048 ? 2 * len < tail * log2(start) : 2 * len < tail * 11;
  if (better) rebuild(ip, d);
  else for (let i = start; i < len; i++) siftUp(ip, d, 0, i);
}

export function newBinaryHeap(ip: Interp, items: Value[], cap: number): VecV {
  rebuild(ip, items);
  const v = newVec(ip, items, cap, undefined);
  v.binheap = true;
  return v;
}

const buf = (c: C) => c.ip.heap.get(c.v.id);
/** The heap's buffer as a plain Vec, moved out of the receiver (`into_vec` / `into_sorted_vec` take self). */
function plainVec(c: C): VecV {
  moveOut(c.ip, c.p);
  return { k: 'vec', id: c.v.id };
}

const HEAP = methods<VecV>('BinaryHeap', {
  push: (c) => { const a = buf(c); vecPush(c.ip, a.id, c.args[0]); siftUp(c.ip, a.vals, 0, a.vals.length - 1); return UNIT; },
  pop: (c) => {
    const d = buf(c).vals;
    let item = d.pop();
    if (item === undefined) return none();
    if (d.length) { const top = d[0]; d[0] = item; item = top; siftDownToBottom(c.ip, d, 0); }
    return some(item);
  },
  peek: (c) => (buf(c).vals.length ? some(refTo(buf(c).vals, 0, { to: 'heap', id: c.v.id })) : none()),
  len: (c) => usize(buf(c).vals.length),
  is_empty: (c) => bool(buf(c).vals.length === 0),
  into_sorted_vec: (c) => {
    const a = buf(c);
    const d = a.vals;
    let end = d.length;
    while (end > 1) { end--; const t = d[0]; d[0] = d[end]; d[end] = t; siftDownRange(c.ip, d, 0, end); }
    return plainVec(c);
  },
  into_vec: (c) => plainVec(c),
  as_slice: (c) => ({ k: 'slice', c: buf(c).vals, from: 0, to: buf(c).vals.length, root: { to: 'heap', id: c.v.id }, mut: false }),
  clear: (c) => { for (const x of buf(c).vals.splice(0)) if (needsDrop(x)) dropValue(c.ip, x, null); return UNIT; },
  drain: (c) => { const xs = buf(c).vals.splice(0); let i = 0; return iterOf('Drain', () => (i < xs.length ? xs[i++] : null)); },
  /** Moves `other`'s entries in; std first swaps the two heaps when `other` is the bigger one. */
  append: (c) => {
    const o = derefAll(c.ip, c.args[0]);
    if (o.k !== 'vec') return UNIT;
    const a = buf(c), b = c.ip.heap.get(o.id);
    if (a.vals.length < b.vals.length) {
      const [av, ac] = [a.vals.splice(0), a.cap];
      a.vals.push(...b.vals.splice(0)); a.cap = b.cap;
      b.vals.push(...av); b.cap = ac;
    }
    const start = a.vals.length;
    for (const x of b.vals.splice(0)) vecPush(c.ip, a.id, x);
    rebuildTail(c.ip, a.vals, start);
    return UNIT;
  },
  extend: (c) => {
    const it = toIter(c.ip, c.args[0], c.span);
    const a = buf(c);
    const start = a.vals.length;
    const xs: Value[] = [];
    for (let x = it.next(); x !== null; x = it.next()) xs.push(derefCopy(c.ip, x));
    if (it.exact) vecReserve(c.ip, a.id, xs.length);
    for (const x of xs) vecPush(c.ip, a.id, x);
    rebuildTail(c.ip, a.vals, start);
    return UNIT;
  },
  /** Keeps what `f` accepts, then rebuilds from the first removed position (std's `retain`). */
  retain: (c) => {
    const a = buf(c);
    const kept: Value[] = [];
    let first = a.vals.length;
    a.vals.forEach((x, i) => {
      if (truthy(c.ip.callValue(c.args[0], [refTo(a.vals, i, { to: 'heap', id: a.id })], c.span))) kept.push(x);
      else { if (i < first) first = i; if (needsDrop(x)) dropValue(c.ip, x, null); }
    });
    a.vals.splice(0, a.vals.length, ...kept);
    rebuildTail(c.ip, a.vals, Math.min(first, a.vals.length));
    return UNIT;
  },
  iter: (c) => { const a = buf(c); let i = 0; return { ...iterOf('Iter', () => (i < a.vals.length ? refTo(a.vals, i++, { to: 'heap', id: a.id }) : null)), exact: true }; },
  capacity: (c) => usize(buf(c).cap),
  reserve: (c) => { vecReserve(c.ip, c.v.id, n(c.args[0])); return UNIT; },
  reserve_exact: (c) => { reserveExact(c, n(c.args[0])); return UNIT; },
  try_reserve: (c) => { vecReserve(c.ip, c.v.id, n(c.args[0])); return ok(UNIT); },
  try_reserve_exact: (c) => { reserveExact(c, n(c.args[0])); return ok(UNIT); },
  shrink_to_fit: (c) => { const a = buf(c); a.cap = a.vals.length; return UNIT; },
  shrink_to: (c) => { const a = buf(c); a.cap = Math.max(a.vals.length, Math.min(a.cap, n(c.args[0]))); return UNIT; },
});

function reserveExact(c: C, additional: number): void {
  const a = buf(c);
  if (a.vals.length + additional > a.cap) a.cap = a.vals.length + additional;
}
const truthy = (v: Value) => v.k === 'bool' && v.v;

export const HEAP_FNS: Record<string, (ip: Interp, args: Value[], span: MethodCall['span']) => Value> = {
  'BinaryHeap::new': (ip) => newBinaryHeap(ip, [], 0),
  'BinaryHeap::with_capacity': (ip, [c]) => newBinaryHeap(ip, [], n(derefAll(ip, c))),
  'BinaryHeap::from': (ip, [v], span) => {
    const d = derefAll(ip, v);
    if (d.k === 'vec') { rebuild(ip, ip.heap.get(d.id).vals); d.binheap = true; return d; }
    const xs: Value[] = [];
    const it = toIter(ip, d, span);
    for (let x = it.next(); x !== null; x = it.next()) xs.push(derefCopy(ip, x));
    return newBinaryHeap(ip, xs, xs.length);
  },
  'Reverse': (_ip, [x]) => ({ k: 'struct', name: 'Reverse', f: [x], tuple: true }),
  'cmp::Reverse': (_ip, [x]) => ({ k: 'struct', name: 'Reverse', f: [x], tuple: true }),
};

export function binaryHeapMethod(c: C, name: string): Value | null {
  return lookup(HEAP, name)?.(c) ?? null;
}
export function hasBinaryHeapMethod(name: string): boolean {
  return lookup(HEAP, name) !== undefined;
}
