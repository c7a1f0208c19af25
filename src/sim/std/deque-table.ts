// `VecDeque` as a table (one entry per method) over the Vec buffer model: push/pop at both ends,
// front/back, Option-returning insert/remove, swap_remove_back/front, make_contiguous; plus its constructors.
import { type Value, type VecV, UNIT, some, none, usize } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { derefAll } from '../semantics/place.ts';
import { vecPush, vecReserve, newVec } from '../semantics/buffers.ts';
import { toIter } from './iter.ts';
import { n, refTo, coerceElem, derefCopy } from './method-helpers.ts';
import { methods, lookup, type MethodCall } from './method-table.ts';

const buf = (c: MethodCall<VecV>) => c.ip.heap.get(c.v.id);
const root = (c: MethodCall<VecV>) => ({ to: 'heap' as const, id: c.v.id });

const DEQUE = methods<VecV>('VecDeque', {
  push_back: (c) => { vecPush(c.ip, c.v.id, coerceElem(c.ip, buf(c).vals, c.args[0])); return UNIT; },
  push_front: (c) => { const a = buf(c); vecReserve(c.ip, a.id, 1); if (a.ty === '_' || a.ty.includes('_')) { vecPush(c.ip, a.id, c.args[0]); a.vals.unshift(a.vals.pop()!); } else a.vals.unshift(coerceElem(c.ip, a.vals, c.args[0])); return UNIT; },
  pop_back: (c) => { const x = buf(c).vals.pop(); return x === undefined ? none() : some(x); },
  pop_front: (c) => { const x = buf(c).vals.shift(); return x === undefined ? none() : some(x); },
  front: (c) => (buf(c).vals.length ? some(refTo(buf(c).vals, 0, root(c))) : none()),
  back: (c) => { const a = buf(c); return a.vals.length ? some(refTo(a.vals, a.vals.length - 1, root(c))) : none(); },
  front_mut: (c) => (buf(c).vals.length ? some(refTo(buf(c).vals, 0, root(c), true)) : none()),
  back_mut: (c) => { const a = buf(c); return a.vals.length ? some(refTo(a.vals, a.vals.length - 1, root(c), true)) : none(); },
  remove: (c) => { const a = buf(c); const i = n(c.args[0]); return i < a.vals.length ? some(a.vals.splice(i, 1)[0]) : none(); },
  insert: (c) => {
    const a = buf(c); const i = n(c.args[0]);
    if (i > a.vals.length) return c.ip.panic('index out of bounds', c.span.start);
    vecReserve(c.ip, a.id, 1); a.vals.splice(i, 0, coerceElem(c.ip, a.vals, c.args[1])); return UNIT;
  },
  swap_remove_back: (c) => { const a = buf(c); const i = n(c.args[0]); if (i >= a.vals.length) return none(); const x = a.vals[i]; a.vals[i] = a.vals[a.vals.length - 1]; a.vals.pop(); return some(x); },
  swap_remove_front: (c) => { const a = buf(c); const i = n(c.args[0]); if (i >= a.vals.length) return none(); const x = a.vals[i]; a.vals[i] = a.vals[0]; a.vals.shift(); return some(x); },
  make_contiguous: (c) => ({ k: 'slice', c: buf(c).vals, from: 0, to: buf(c).vals.length, root: root(c), mut: true }),
  as_slices: (c) => ({ k: 'tuple', f: [{ k: 'slice', c: buf(c).vals, from: 0, to: buf(c).vals.length, root: root(c), mut: false }, { k: 'slice', c: [], from: 0, to: 0, root: root(c), mut: false }] }),
  range: (c) => {
    const a = buf(c);
    const r = derefAll(c.ip, c.args[0]) as { k: 'range'; lo: Value | null; hi: Value | null; incl: boolean };
    const lo = r.lo ? n(r.lo) : 0, hi = r.hi ? n(r.hi) + (r.incl ? 1 : 0) : a.vals.length;
    let i = lo;
    return { k: 'iter', desc: 'Iter', next: () => (i < hi ? refTo(a.vals, i++, root(c)) : null) };
  },
  len: (c) => usize(buf(c).vals.length),
});

/** `VecDeque::new()` / `with_capacity` / `from` (a fresh deque buffer). */
export function newDeque(ip: Interp, items: Value[], cap: number): VecV {
  const v = newVec(ip, items, cap, undefined);
  v.deque = true;
  return v;
}

export const DEQUE_FNS: Record<string, (ip: Interp, args: Value[], span: MethodCall['span']) => Value> = {
  'VecDeque::new': (ip) => newDeque(ip, [], 0),
  'VecDeque::with_capacity': (ip, [c]) => newDeque(ip, [], n(derefAll(ip, c))),
  'VecDeque::from': (ip, [v], span) => {
    const d = derefAll(ip, v);
    if (d.k === 'vec') { d.deque = true; return d; }
    const xs: Value[] = [];
    const it = toIter(ip, d, span);
    for (let x = it.next(); x !== null; x = it.next()) xs.push(derefCopy(ip, x));
    return newDeque(ip, xs, xs.length);
  },
};

export function dequeMethod(c: MethodCall<VecV>, name: string): Value | null {
  return lookup(DEQUE, name)?.(c) ?? null;
}
export function hasDequeMethod(name: string): boolean {
  return lookup(DEQUE, name) !== undefined;
}
