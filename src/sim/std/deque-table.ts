// `VecDeque` as a table (one entry per method) over the Vec buffer model plus a ring-buffer head
// (deque-ring.ts): push/pop at both ends (± `_mut`, `_if`), insert/remove, rotate, as_slices, capacity; constructors.
import { type Value, type VecV, type SliceV, UNIT, some, none, usize, ok, err } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import type { Alloc } from '../memory/heap.ts';
import { needsDrop } from '../semantics/interp.ts';
import { dropValue } from '../semantics/drop.ts';
import { cloneValue } from '../semantics/expr.ts';
import { derefAll } from '../semantics/place.ts';
import { tyNameOf } from '../semantics/types.ts';
import { newVec, elemSizeOf } from '../semantics/buffers.ts';
import { toIter, iterOf, ownedIter } from './iter.ts';
import { n, refTo, coerceElem, derefCopy, libPanic, rangeArg } from './method-helpers.ts';
import { methods, lookup, type MethodCall } from './method-table.ts';
import { u } from './seq-view.ts';
import { isRing, ringArray } from './ring-array.ts';
import { headOf, setHead, moveHead, dequeReserve, sliceLens, makeContiguous, dequeShrinkTo, afterDrain } from './deque-ring.ts';
import {
  DEQUE_INSERT, DEQUE_SWAP_I, DEQUE_SWAP_J, DEQUE_ROTATE_LEFT, DEQUE_ROTATE_RIGHT, DEQUE_SPLIT_OFF, DEQUE_RESERVE,
  DEQUE_RESERVE_EXACT, libAssert, capacityOverflow, capacityOverflows,
} from './seq-panics.ts';

type Call = MethodCall<VecV>;
const buf = (c: Call) => c.ip.heap.get(c.v.id);
const root = (c: Call) => ({ to: 'heap' as const, id: c.v.id });
const truthy = (v: Value) => v.k === 'bool' && v.v;

/** The element as stored: its type fixes the buffer's element type the first time (`VecDeque::new()`). */
function elem(c: Call, x: Value): Value {
  const a = buf(c);
  if (a.ty === '_' || a.ty.includes('_')) { a.ty = tyNameOf(x, c.ip.heap); a.elemSize = elemSizeOf(c.ip, a.ty); return x; }
  return coerceElem(c.ip, a.vals, x);
}

function pushBack(c: Call, x: Value): number {
  const a = buf(c), v = elem(c, x);
  dequeReserve(a, 1);
  a.vals.push(v);
  return a.vals.length - 1;
}
/** The buffer's element list as a ring array (O(1) shift / unshift), converted on first use at the front. */
function ring(a: Alloc): Value[] {
  if (!isRing(a.vals)) a.vals = ringArray(a.vals);
  return a.vals;
}

function pushFront(c: Call, x: Value): void {
  const a = buf(c), v = elem(c, x);
  ring(a);
  dequeReserve(a, 1);
  moveHead(a, -1);
  a.vals.unshift(v);
}
function popFront(a: Alloc): Value | undefined {
  if (!a.vals.length) return undefined;
  ring(a);
  moveHead(a, 1);
  return a.vals.shift();
}

/** `insert(i, x)`: std shifts whichever side of `i` is shorter (the front side moves the head). */
function insertAt(c: Call, x: Value): number {
  const a = buf(c), i = u(c.args[0]);
  if (i > a.vals.length) return libPanic(c.ip, 'index out of bounds', DEQUE_INSERT, c.span);
  const v = elem(c, x);
  dequeReserve(a, 1);
  if (!(a.vals.length - i < i)) moveHead(a, -1);
  a.vals.splice(i, 0, v);
  return i;
}

function removeAt(a: Alloc, i: number): Value {
  if (i >= a.vals.length) return none();
  if (!(a.vals.length - i - 1 < i)) moveHead(a, 1);
  return some(a.vals.splice(i, 1)[0]);
}

function dropAll(ip: Interp, xs: Value[]): void {
  for (const x of xs) if (needsDrop(x)) dropValue(ip, x, null);
}

/** `extend` / `resize`: a source of known length reserves once, any other grows per element. */
function extendWith(c: Call, xs: Value[], exact: boolean): void {
  const a = buf(c);
  if (exact && xs.length) { dequeReserve(a, xs.length); for (const x of xs) a.vals.push(elem(c, x)); return; }
  for (const x of xs) pushBack(c, x);
}

function slices(c: Call, mut: boolean): Value {
  const a = buf(c), [front] = sliceLens(a);
  const s = (from: number, to: number): SliceV => ({ k: 'slice', c: a.vals, from, to, root: root(c), mut });
  return { k: 'tuple', f: [s(0, front), s(front, a.vals.length)] };
}

function rotate(c: Call, left: boolean): Value {
  const a = buf(c), k = u(c.args[0]), len = a.vals.length;
  if (k > len) return libAssert(c, 'n <= self.len()', left ? DEQUE_ROTATE_LEFT : DEQUE_ROTATE_RIGHT);
  const by = left ? k : len - k;
  // std moves the head by the shorter way round; the logical order is the same either way.
  const rest = len - k;
  moveHead(a, left ? (k <= rest ? k : -rest) : (k <= rest ? -k : rest));
  a.vals.push(...a.vals.splice(0, by));
  return UNIT;
}

function reserve(c: Call, exact: boolean, fallible: boolean): Value {
  const a = buf(c), add = u(c.args[0]);
  if (capacityOverflows(a.vals.length, add, a.elemSize)) {
    if (fallible) return err(capacityOverflow());
    return libPanic(c.ip, 'capacity overflow', exact ? DEQUE_RESERVE_EXACT : DEQUE_RESERVE, c.span);
  }
  dequeReserve(a, add, exact);
  return fallible ? ok(UNIT) : UNIT;
}

const DEQUE = methods<VecV>('VecDeque', {
  push_back: (c) => { pushBack(c, c.args[0]); return UNIT; },
  push_back_mut: (c) => refTo(buf(c).vals, pushBack(c, c.args[0]), root(c), true),
  push_front: (c) => { pushFront(c, c.args[0]); return UNIT; },
  push_front_mut: (c) => { pushFront(c, c.args[0]); return refTo(buf(c).vals, 0, root(c), true); },
  pop_back: (c) => { const x = buf(c).vals.pop(); return x === undefined ? none() : some(x); },
  pop_front: (c) => { const x = popFront(buf(c)); return x === undefined ? none() : some(x); },
  pop_back_if: (c) => {
    const a = buf(c);
    if (!a.vals.length || !truthy(c.ip.callValue(c.args[0], [refTo(a.vals, a.vals.length - 1, root(c), true)], c.span))) return none();
    return some(a.vals.pop()!);
  },
  pop_front_if: (c) => {
    const a = buf(c);
    if (!a.vals.length || !truthy(c.ip.callValue(c.args[0], [refTo(a.vals, 0, root(c), true)], c.span))) return none();
    return some(popFront(a)!);
  },
  front: (c) => (buf(c).vals.length ? some(refTo(buf(c).vals, 0, root(c))) : none()),
  back: (c) => { const a = buf(c); return a.vals.length ? some(refTo(a.vals, a.vals.length - 1, root(c))) : none(); },
  front_mut: (c) => (buf(c).vals.length ? some(refTo(buf(c).vals, 0, root(c), true)) : none()),
  back_mut: (c) => { const a = buf(c); return a.vals.length ? some(refTo(a.vals, a.vals.length - 1, root(c), true)) : none(); },
  remove: (c) => removeAt(buf(c), u(c.args[0])),
  insert: (c) => { insertAt(c, c.args[1]); return UNIT; },
  insert_mut: (c) => refTo(buf(c).vals, insertAt(c, c.args[1]), root(c), true),
  swap: (c) => {
    const a = buf(c), i = u(c.args[0]), j = u(c.args[1]);
    if (i >= a.vals.length) return libAssert(c, 'i < self.len()', DEQUE_SWAP_I);
    if (j >= a.vals.length) return libAssert(c, 'j < self.len()', DEQUE_SWAP_J);
    const t = a.vals[i]; a.vals[i] = a.vals[j]; a.vals[j] = t;
    return UNIT;
  },
  swap_remove_back: (c) => {
    const a = buf(c), i = u(c.args[0]);
    if (i >= a.vals.length) return none();
    const x = a.vals[i]; a.vals[i] = a.vals[a.vals.length - 1]; a.vals.pop();
    return some(x);
  },
  swap_remove_front: (c) => {
    const a = buf(c), i = u(c.args[0]);
    if (i >= a.vals.length) return none();
    const x = a.vals[i]; a.vals[i] = a.vals[0]; popFront(a);
    return some(x);
  },
  rotate_left: (c) => rotate(c, true),
  rotate_right: (c) => rotate(c, false),
  make_contiguous: (c) => { const a = buf(c); makeContiguous(a); return { k: 'slice', c: a.vals, from: 0, to: a.vals.length, root: root(c), mut: true }; },
  as_slices: (c) => slices(c, false),
  as_mut_slices: (c) => slices(c, true),
  range: (c) => { const a = buf(c); const [lo, hi] = rangeArg(c.ip, c.args[0], a.vals.length, c.span); let i = lo; return iterOf('Iter', () => (i < hi ? refTo(a.vals, i++, root(c)) : null)); },
  range_mut: (c) => { const a = buf(c); const [lo, hi] = rangeArg(c.ip, c.args[0], a.vals.length, c.span); let i = lo; return iterOf('IterMut', () => (i < hi ? refTo(a.vals, i++, root(c), true) : null)); },
  len: (c) => usize(buf(c).vals.length),
  clear: (c) => { const a = buf(c); dropAll(c.ip, a.vals.splice(0)); setHead(a, 0); return UNIT; },
  drain: (c) => {
    const a = buf(c);
    const len = a.vals.length;
    const [lo, hi] = c.args.length ? rangeArg(c.ip, c.args[0], len, c.span) : [0, len];
    const xs = a.vals.splice(lo, hi - lo);
    afterDrain(a, lo, hi - lo, len - hi);
    return ownedIter(c.ip, 'Drain', xs);
  },
  extend: (c) => {
    const it = toIter(c.ip, c.args[0], c.span);
    const xs: Value[] = [];
    for (let x = it.next(); x !== null; x = it.next()) xs.push(derefCopy(c.ip, x));
    extendWith(c, xs, it.exact === true);
    return UNIT;
  },
  append: (c) => {
    const o = derefAll(c.ip, c.args[0]);
    if (o.k !== 'vec') return null;
    const b = c.ip.heap.get(o.id);
    const xs = b.vals.splice(0);
    setHead(b, 0);
    if (xs.length) { dequeReserve(buf(c), xs.length); for (const x of xs) buf(c).vals.push(x); }
    return UNIT;
  },
  split_off: (c) => {
    const a = buf(c), at = u(c.args[0]);
    if (at > a.vals.length) return libPanic(c.ip, '`at` out of bounds', DEQUE_SPLIT_OFF, c.span);
    const rest = a.vals.splice(at);
    return newDeque(c.ip, rest, rest.length, a.ty);
  },
  resize: (c) => {
    const a = buf(c), len = u(c.args[0]);
    if (len <= a.vals.length) { dropAll(c.ip, a.vals.splice(len)); return UNIT; }
    const x = derefAll(c.ip, c.args[1]);
    const k = len - a.vals.length;
    extendWith(c, Array.from({ length: k }, (_, i) => (i === k - 1 ? x : cloneValue(c.ip, x))), true);
    return UNIT;
  },
  resize_with: (c) => {
    const a = buf(c), len = u(c.args[0]);
    if (len <= a.vals.length) { dropAll(c.ip, a.vals.splice(len)); return UNIT; }
    const k = len - a.vals.length;
    dequeReserve(a, k);
    for (let i = 0; i < k; i++) { c.ip.spend(); a.vals.push(elem(c, c.ip.callValue(c.args[1], [], c.span))); }
    return UNIT;
  },
  reserve: (c) => reserve(c, false, false),
  reserve_exact: (c) => reserve(c, true, false),
  try_reserve: (c) => reserve(c, false, true),
  try_reserve_exact: (c) => reserve(c, true, true),
  shrink_to: (c) => { dequeShrinkTo(buf(c), u(c.args[0])); return UNIT; },
  shrink_to_fit: (c) => { dequeShrinkTo(buf(c), 0); return UNIT; },
});

/** `VecDeque::new()` / `with_capacity` / `from` (a fresh deque buffer, head at 0). */
export function newDeque(ip: Interp, items: Value[], cap: number, ty?: string): VecV {
  const v = newVec(ip, items, cap, ty);
  v.deque = true;
  return v;
}

export const DEQUE_FNS: Record<string, (ip: Interp, args: Value[], span: MethodCall['span']) => Value> = {
  'VecDeque::new': (ip) => newDeque(ip, [], 0),
  'VecDeque::with_capacity': (ip, [c]) => newDeque(ip, [], n(derefAll(ip, c))),
  'VecDeque::from': (ip, [v], span) => {
    const d = derefAll(ip, v);
    if (d.k === 'vec') { d.deque = true; setHead(ip.heap.get(d.id), 0); return d; }
    const xs: Value[] = [];
    const it = toIter(ip, d, span);
    for (let x = it.next(); x !== null; x = it.next()) xs.push(derefCopy(ip, x));
    return newDeque(ip, xs, xs.length);
  },
};

export function dequeMethod(c: Call, name: string): Value | null {
  return lookup(DEQUE, name)?.(c) ?? null;
}
export function hasDequeMethod(name: string): boolean {
  return lookup(DEQUE, name) !== undefined;
}
/** Where the deque's ring buffer starts (for tests and the memory view). */
export { headOf };
