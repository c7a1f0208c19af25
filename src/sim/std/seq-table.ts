// Slice and Vec methods as tables (one entry per method): resize / fill / first_mut / chunks_exact /
// split_first / rotate / starts_with / binary_search_by / partition_point / dedup_by_key / retain_mut / ….
import { type Value, type VecV, UNIT, usize, bool, some, none, ok, err, int } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { needsDrop } from '../semantics/interp.ts';
import { dropValue } from '../semantics/drop.ts';
import { cloneValue } from '../semantics/expr.ts';
import { isCopy } from '../semantics/copy.ts';
import { derefAll } from '../semantics/place.ts';
import { valueEq, valueCmp, strText } from '../semantics/ops.ts';
import { iterOf, toIter } from './iter.ts';
import { moveOut } from '../semantics/pattern.ts';
import { vecPush, vecReserve, newVec, utf8 } from '../semantics/buffers.ts';
import { n, refTo, coerceElem, ordering } from './method-helpers.ts';
import { methods, lookup, type MethodCall } from './method-table.ts';
import { type Seq, type View, view, sliceOf as slice, truthy, items, u } from './seq-view.ts';
import { slicePiecesMethod, hasSlicePiecesMethod } from './slice-pieces-table.ts';
import { sliceMoreMethod, hasSliceMoreMethod } from './slice-more-table.ts';
import { indexOutOfBounds, vecInsertIndex, vecSwapRemoveIndex, vecSplitOffIndex, SWAP_REMOVE_LOCATION } from '../format/panic-message.ts';
import { libPanic, rangeArg } from './method-helpers.ts';
import { CAPACITY_OVERFLOW, capacityOverflow } from './seq-panics.ts';

/** `[[1, 2], [3]].concat()` / `.join(&0)`: a Vec of the inner elements (null for str pieces: the str model). */
function joinSeqs(c: MethodCall<Seq>, sep: Value | null): Value | null {
  const w = view(c);
  const parts = w.base.slice(w.from, w.to).map((x) => derefAll(c.ip, x));
  if (!parts.length || !parts.every((x) => x.k === 'vec' || x.k === 'array' || x.k === 'slice')) return null;
  const sepItems = sep === null ? [] : (() => { const d = derefAll(c.ip, sep); return d.k === 'vec' || d.k === 'array' || d.k === 'slice' ? items(c.ip, d) : [d]; })();
  const out: Value[] = [];
  parts.forEach((p, i) => {
    if (i > 0) for (const x of sepItems) out.push(cloneValue(c.ip, x));
    for (const x of items(c.ip, p)) out.push(cloneValue(c.ip, x));
  });
  return newVec(c.ip, out, out.length, undefined);
}

function search(_ip: Interp, w: View, cmp: (x: Value) => number): Value {
  let lo = 0, hi = w.len;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = cmp(w.base[w.from + mid]);
    if (c === 0) return ok(usize(mid));
    if (c < 0) lo = mid + 1; else hi = mid;
  }
  return err(usize(lo));
}

const SLICE = methods<Seq>('slice', {
  first_mut: (c) => { const w = view(c); return w.len ? some(refTo(w.base, w.from, w.root, true)) : none(); },
  last_mut: (c) => { const w = view(c); return w.len ? some(refTo(w.base, w.to - 1, w.root, true)) : none(); },
  split_first: (c) => { const w = view(c); return w.len ? some({ k: 'tuple', f: [refTo(w.base, w.from, w.root), slice(w, w.from + 1, w.to)] }) : none(); },
  split_last: (c) => { const w = view(c); return w.len ? some({ k: 'tuple', f: [refTo(w.base, w.to - 1, w.root), slice(w, w.from, w.to - 1)] }) : none(); },
  split_first_mut: (c) => { const w = view(c); return w.len ? some({ k: 'tuple', f: [refTo(w.base, w.from, w.root, true), slice(w, w.from + 1, w.to, true)] }) : none(); },
  split_last_mut: (c) => { const w = view(c); return w.len ? some({ k: 'tuple', f: [refTo(w.base, w.to - 1, w.root, true), slice(w, w.from, w.to - 1, true)] }) : none(); },
  fill: (c) => { const w = view(c); const x = derefAll(c.ip, c.args[0]); for (let i = w.from; i < w.to; i++) { const old = w.base[i]; w.base[i] = i === w.to - 1 ? x : cloneValue(c.ip, x); if (needsDrop(old)) dropValue(c.ip, old, null); } return UNIT; },
  fill_with: (c) => { const w = view(c); for (let i = w.from; i < w.to; i++) { const old = w.base[i]; w.base[i] = c.ip.callValue(c.args[0], [], c.span); if (needsDrop(old)) dropValue(c.ip, old, null); } return UNIT; },
  starts_with: (c) => { const w = view(c); const p = items(c.ip, c.args[0]); return bool(p.length <= w.len && p.every((x, i) => valueEq(c.ip, w.base[w.from + i], x))); },
  ends_with: (c) => { const w = view(c); const p = items(c.ip, c.args[0]); const s = w.to - p.length; return bool(p.length <= w.len && p.every((x, i) => valueEq(c.ip, w.base[s + i], x))); },
  is_sorted: (c) => { const w = view(c); for (let i = w.from + 1; i < w.to; i++) if (valueCmp(c.ip, w.base[i - 1], w.base[i]) > 0) return bool(false); return bool(true); },
  is_sorted_by_key: (c) => { const w = view(c); const k = (x: Value) => c.ip.callValue(c.args[0], [refTo([x], 0, w.root)], c.span); for (let i = w.from + 1; i < w.to; i++) if (valueCmp(c.ip, k(w.base[i - 1]), k(w.base[i])) > 0) return bool(false); return bool(true); },
  sort_by_cached_key: (c) => {
    const w = view(c);
    const keyed = w.base.slice(w.from, w.to).map((x, i) => ({ x, k: c.ip.callValue(c.args[0], [refTo(w.base, w.from + i, w.root)], c.span), i }));
    keyed.sort((a, b) => valueCmp(c.ip, a.k, b.k) || a.i - b.i);
    w.base.splice(w.from, w.len, ...keyed.map((e) => e.x));
    return UNIT;
  },
  copy_within: (c) => {
    const w = view(c);
    const [lo, hi] = rangeArg(c.ip, c.args[0], w.len, c.span);
    const dest = u(c.args[1]);
    if (dest + (hi - lo) > w.len) return c.ip.panic('dest is out of bounds', c.span.start);
    const xs = w.base.slice(w.from + lo, w.from + hi);
    xs.forEach((x, i) => { w.base[w.from + dest + i] = x; });
    return UNIT;
  },
  is_ascii: (c) => { const w = view(c); return bool(w.base.slice(w.from, w.to).every((x) => n(x) < 128)); },
  make_ascii_uppercase: (c) => { const w = view(c); for (let i = w.from; i < w.to; i++) { const b = n(w.base[i]); if (b >= 97 && b <= 122) w.base[i] = { k: 'int', ty: 'u8', v: b - 32 }; } return UNIT; },
  make_ascii_lowercase: (c) => { const w = view(c); for (let i = w.from; i < w.to; i++) { const b = n(w.base[i]); if (b >= 65 && b <= 90) w.base[i] = { k: 'int', ty: 'u8', v: b + 32 }; } return UNIT; },
  eq_ignore_ascii_case: (c) => { const w = view(c); const o = items(c.ip, c.args[0]); const low = (b: number) => (b >= 65 && b <= 90 ? b + 32 : b); return bool(o.length === w.len && o.every((x, i) => low(n(x)) === low(n(w.base[w.from + i])))); },
  is_sorted_by: (c) => { const w = view(c); for (let i = w.from + 1; i < w.to; i++) if (!truthy(c.ip.callValue(c.args[0], [refTo(w.base, i - 1, w.root), refTo(w.base, i, w.root)], c.span))) return bool(false); return bool(true); },
  swap: (c) => {
    const w = view(c);
    const i = u(c.args[0]), j = u(c.args[1]);
    for (const k of [i, j]) if (k >= w.len || k < 0) return c.ip.panic(indexOutOfBounds(w.len, k), c.span.start);
    const t = w.base[w.from + i]; w.base[w.from + i] = w.base[w.from + j]; w.base[w.from + j] = t;
    return UNIT;
  },
  get: (c) => {
    const w = view(c);
    const a = derefAll(c.ip, c.args[0]);
    if (a.k === 'range') {
      const lo = a.lo ? n(a.lo) : 0, hi = a.hi ? n(a.hi) + (a.incl ? 1 : 0) : w.len;
      return lo <= hi && hi <= w.len ? some(slice(w, w.from + lo, w.from + hi)) : none();
    }
    const i = n(a);
    return i >= 0 && i < w.len ? some(refTo(w.base, w.from + i, w.root)) : none();
  },
  get_mut: (c) => { const w = view(c); const i = u(c.args[0]); return i >= 0 && i < w.len ? some(refTo(w.base, w.from + i, w.root, true)) : none(); },
  concat: (c) => joinSeqs(c, null),
  join: (c) => joinSeqs(c, c.args[0]),
  map: (c) => (c.v.k === 'array' ? { k: 'array', f: c.v.f.map((x) => c.ip.callValue(c.args[0], [x], c.span)) } : null),
  /** `[T]::to_owned` is `to_vec`; a Vec or an array is Clone, so its `to_owned` is a clone. */
  to_owned: (c) => {
    if (c.v.k !== 'slice') return cloneValue(c.ip, c.v);
    const w = view(c);
    const xs = w.base.slice(w.from, w.to).map((x) => cloneValue(c.ip, x));
    return newVec(c.ip, xs, xs.length, undefined);
  },
  as_mut_slice: (c) => { if (c.v.k !== 'array') return null; const w = view(c); return slice(w, w.from, w.to, true); },
  each_ref: (c) => { const w = view(c); return c.v.k === 'array' ? { k: 'array', f: w.base.map((_, i) => refTo(w.base, i, w.root)) } : null; },
  each_mut: (c) => { const w = view(c); return c.v.k === 'array' ? { k: 'array', f: w.base.map((_, i) => refTo(w.base, i, w.root, true)) } : null; },
  binary_search_by: (c) => { const w = view(c); return search(c.ip, w, (x) => ordering(c.ip.callValue(c.args[0], [refTo([x], 0, w.root)], c.span))); },
  binary_search_by_key: (c) => { const w = view(c); const key = c.args[0]; return search(c.ip, w, (x) => valueCmp(c.ip, c.ip.callValue(c.args[1], [refTo([x], 0, w.root)], c.span), key)); },
  partition_point: (c) => {
    const w = view(c);
    let lo = 0, hi = w.len;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (truthy(c.ip.callValue(c.args[0], [refTo(w.base, w.from + mid, w.root)], c.span))) lo = mid + 1; else hi = mid; }
    return usize(lo);
  },
  repeat: (c) => { const w = view(c); const k = u(c.args[0]); const out: Value[] = []; for (let r = 0; r < k; r++) for (let i = w.from; i < w.to; i++) { c.ip.spend(); out.push(cloneValue(c.ip, w.base[i])); } return newVec(c.ip, out, out.length, w.a?.ty); },
  copy_from_slice: (c) => { const w = view(c); const src = items(c.ip, c.args[0]); if (src.length !== w.len) return c.ip.panic(`copy_from_slice: source slice length (${src.length}) does not match destination slice length (${w.len})`, c.span.start); for (let i = 0; i < w.len; i++) w.base[w.from + i] = src[i]; return UNIT; },
  clone_from_slice: (c) => { const w = view(c); const src = items(c.ip, c.args[0]); if (src.length !== w.len) { const e = src[0] ?? w.base[w.from]; return c.ip.panic(e && isCopy(c.ip, e) ? `copy_from_slice: source slice length (${src.length}) does not match destination slice length (${w.len})` : 'destination and source slices have different lengths', c.span.start); } for (let i = 0; i < w.len; i++) w.base[w.from + i] = cloneValue(c.ip, src[i]); return UNIT; },
});

const VEC = methods<VecV>('Vec', {
  resize: (c) => {
    const a = c.ip.heap.get(c.v.id);
    const len = u(c.args[0]);
    const x = derefAll(c.ip, c.args[1]);
    if (len < a.vals.length) { for (const y of a.vals.splice(len)) if (needsDrop(y)) dropValue(c.ip, y, null); return UNIT; }
    const add = len - a.vals.length;
    vecReserve(c.ip, a.id, add);
    for (let i = 0; i < add; i++) { c.ip.spend(); vecPush(c.ip, a.id, coerceElem(c.ip, a.vals, i === add - 1 ? x : cloneValue(c.ip, x))); }
    return UNIT;
  },
  resize_with: (c) => {
    const a = c.ip.heap.get(c.v.id);
    const len = u(c.args[0]);
    if (len < a.vals.length) { for (const y of a.vals.splice(len)) if (needsDrop(y)) dropValue(c.ip, y, null); return UNIT; }
    const add = len - a.vals.length;
    vecReserve(c.ip, a.id, add);
    for (let i = 0; i < add; i++) { c.ip.spend(); vecPush(c.ip, a.id, c.ip.callValue(c.args[1], [], c.span)); }
    return UNIT;
  },
  dedup_by_key: (c) => {
    const a = c.ip.heap.get(c.v.id);
    const key = (x: Value) => c.ip.callValue(c.args[0], [refTo([x], 0, { to: 'heap', id: a.id }, true)], c.span);
    const out: Value[] = [];
    let last: Value | null = null;
    for (const x of a.vals) { const k = key(x); if (last !== null && valueEq(c.ip, last, k)) { if (needsDrop(x)) dropValue(c.ip, x, null); continue; } out.push(x); last = k; }
    a.vals.splice(0, a.vals.length, ...out);
    return UNIT;
  },
  dedup_by: (c) => {
    const a = c.ip.heap.get(c.v.id);
    const out: Value[] = [];
    for (const x of a.vals) {
      if (out.length && truthy(c.ip.callValue(c.args[0], [refTo([x], 0, { to: 'heap', id: a.id }, true), refTo(out, out.length - 1, { to: 'heap', id: a.id }, true)], c.span))) { if (needsDrop(x)) dropValue(c.ip, x, null); continue; }
      out.push(x);
    }
    a.vals.splice(0, a.vals.length, ...out);
    return UNIT;
  },
  retain_mut: (c) => {
    const a = c.ip.heap.get(c.v.id);
    const keep: Value[] = [];
    for (let i = 0; i < a.vals.length; i++) { const r = c.ip.callValue(c.args[0], [refTo(a.vals, i, { to: 'heap', id: a.id }, true)], c.span); if (truthy(r)) keep.push(a.vals[i]); else if (needsDrop(a.vals[i])) dropValue(c.ip, a.vals[i], null); }
    a.vals.splice(0, a.vals.length, ...keep);
    return UNIT;
  },
  reserve: (c) => { if (overflows(c, u(c.args[0]))) return libPanic(c.ip, 'capacity overflow', CAPACITY_OVERFLOW, c.span); vecReserve(c.ip, c.v.id, u(c.args[0])); return UNIT; },
  reserve_exact: (c) => { if (overflows(c, u(c.args[0]))) return libPanic(c.ip, 'capacity overflow', CAPACITY_OVERFLOW, c.span); reserveExact(c, u(c.args[0])); return UNIT; },
  try_reserve: (c) => { if (overflows(c, u(c.args[0]))) return err(capacityOverflow()); vecReserve(c.ip, c.v.id, u(c.args[0])); return ok(UNIT); },
  try_reserve_exact: (c) => { if (overflows(c, u(c.args[0]))) return err(capacityOverflow()); reserveExact(c, u(c.args[0])); return ok(UNIT); },
  push_mut: (c) => { const a = c.ip.heap.get(c.v.id); vecPush(c.ip, a.id, coerceElem(c.ip, a.vals, c.args[0])); return refTo(a.vals, a.vals.length - 1, { to: 'heap', id: a.id }, true); },
  insert_mut: (c) => {
    const a = c.ip.heap.get(c.v.id);
    const i = u(c.args[0]);
    if (i > a.vals.length) return c.ip.panic(vecInsertIndex(i, a.vals.length), c.span.start);
    vecReserve(c.ip, a.id, 1);
    a.vals.splice(i, 0, coerceElem(c.ip, a.vals, c.args[1]));
    return refTo(a.vals, i, { to: 'heap', id: a.id }, true);
  },
  into_flattened: (c) => {
    const v = moveOut(c.ip, c.p);
    if (v.k !== 'vec') return null;
    const a = c.ip.heap.get(v.id);
    const m = /^\[(.*);\s*(\d+)\]$/.exec(a.ty);
    const size = a.vals[0]?.k === 'array' ? a.vals[0].f.length : m ? Number(m[2]) : 0;
    const flat = a.vals.flatMap((x) => (x.k === 'array' ? x.f : [x]));
    a.vals.splice(0, a.vals.length, ...flat);
    a.cap *= size;
    if (m) a.ty = m[1].trim();
    if (size) a.elemSize = a.elemSize / size;
    return v;
  },
  append: (c) => {
    const o = derefAll(c.ip, c.args[0]);
    if (o.k !== 'vec') return null;
    const b = c.ip.heap.get(o.id);
    vecReserve(c.ip, c.v.id, b.vals.length);
    for (const x of b.vals.splice(0)) vecPush(c.ip, c.v.id, x);
    return UNIT;
  },
  swap_remove: (c) => {
    const a = c.ip.heap.get(c.v.id), i = u(c.args[0]);
    if (i >= a.vals.length) return libPanic(c.ip, vecSwapRemoveIndex(i, a.vals.length), SWAP_REMOVE_LOCATION, c.span);
    const x = a.vals[i]; a.vals[i] = a.vals[a.vals.length - 1]; a.vals.pop();
    return x;
  },
  split_off: (c) => {
    const a = c.ip.heap.get(c.v.id), at = u(c.args[0]);
    if (at > a.vals.length) return c.ip.panic(vecSplitOffIndex(at, a.vals.length), c.span.start);
    const rest = a.vals.splice(at);
    return newVec(c.ip, rest, rest.length, a.ty);
  },
  /** `Box<[T]>::into_vec` (a boxed slice is modelled as its Vec buffer). */
  into_vec: (c) => moveOut(c.ip, c.p),
  leak: (c) => { const v = moveOut(c.ip, c.p); if (v.k !== 'vec') return null; const a = c.ip.heap.get(v.id); return { k: 'slice', c: a.vals, from: 0, to: a.vals.length, root: { to: 'heap', id: a.id }, mut: true }; },
  shrink_to: (c) => { const a = c.ip.heap.get(c.v.id); a.cap = Math.max(a.vals.length, Math.min(a.cap, u(c.args[0]))); return UNIT; },
  pop_if: (c) => { const a = c.ip.heap.get(c.v.id); if (!a.vals.length || !truthy(c.ip.callValue(c.args[0], [refTo(a.vals, a.vals.length - 1, { to: 'heap', id: a.id }, true)], c.span))) return none(); return some(a.vals.pop()!); },
  as_mut_slice: (c) => { const a = c.ip.heap.get(c.v.id); return { k: 'slice', c: a.vals, from: 0, to: a.vals.length, root: { to: 'heap', id: a.id }, mut: true }; },
  into_boxed_slice: (c) => { const a = c.ip.heap.get(c.v.id); a.cap = a.vals.length; return moveOut(c.ip, c.p); },
  extract_if: (c) => {
    const a = c.ip.heap.get(c.v.id);
    const r = derefAll(c.ip, c.args[0]) as { k: 'range'; lo: Value | null; hi: Value | null; incl: boolean };
    let i = r.lo ? n(r.lo) : 0;
    let end = r.hi ? n(r.hi) + (r.incl ? 1 : 0) : a.vals.length;
    return iterOf('ExtractIf', () => {
      while (i < end) {
        if (truthy(c.ip.callValue(c.args[1], [refTo(a.vals, i, { to: 'heap', id: a.id }, true)], c.span))) { end--; return a.vals.splice(i, 1)[0]; }
        i++;
      }
      return null;
    });
  },
  splice: (c) => {
    const a = c.ip.heap.get(c.v.id);
    const [lo, hi] = rangeArg(c.ip, c.args[0], a.vals.length, c.span);
    const src: Value[] = [];
    const it = toIter(c.ip, c.args[1], c.span);
    for (let x = it.next(); x !== null; x = it.next()) src.push(x);
    const removed = a.vals.splice(lo, hi - lo, ...src);
    vecReserve(c.ip, a.id, 0);
    if (a.vals.length > a.cap) a.cap = Math.max(a.cap * 2, a.vals.length);
    let k = 0;
    return iterOf('Splice', () => (k < removed.length ? removed[k++] : null));
  },
  extend_from_within: (c) => {
    const a = c.ip.heap.get(c.v.id);
    const [lo, hi] = rangeArg(c.ip, c.args[0], a.vals.length, c.span);
    const xs = a.vals.slice(lo, hi).map((x) => cloneValue(c.ip, x));
    vecReserve(c.ip, a.id, xs.length);
    for (const x of xs) vecPush(c.ip, a.id, x);
    return UNIT;
  },
});

/** Would `len + additional` elements exceed isize::MAX bytes (RawVec's capacity overflow)? */
function overflows(c: MethodCall<VecV>, additional: number): boolean {
  const a = c.ip.heap.get(c.v.id);
  return (a.vals.length + additional) * Math.max(1, a.elemSize) > 2 ** 63 - 1;
}
function reserveExact(c: MethodCall<VecV>, additional: number): void {
  const a = c.ip.heap.get(c.v.id);
  const need = a.vals.length + additional;
  if (need > a.cap) a.cap = need;
}
/** `Vec::from(x)`: an array or Vec / VecDeque / BinaryHeap by value keeps its elements (and buffer); a
 *  borrowed array or slice is cloned; a `&str` / `String` gives its UTF-8 bytes. */
export function vecFrom(ip: Interp, v0: Value, span: MethodCall['span']): Value {
  const borrowed = v0.k === 'ref';
  const v = derefAll(ip, v0);
  const copy = (xs: Value[]) => { const out = xs.map((x) => cloneValue(ip, x)); return newVec(ip, out, out.length, undefined); };
  switch (v.k) {
    case 'array': return borrowed ? copy(v.f) : newVec(ip, v.f, v.f.length, undefined);
    case 'slice': return copy(v.c.slice(v.from, v.to));
    case 'vec': return borrowed ? copy(ip.heap.get(v.id).vals) : ({ k: 'vec', id: v.id } satisfies VecV);
    case 'str': case 'string': {
      const bytes = [...utf8(strText(ip, v) ?? '')].map((b) => int('u8', b));
      return newVec(ip, bytes, v.k === 'string' && !borrowed ? Math.max(bytes.length, ip.heap.get(v.id).cap) : bytes.length, 'u8');
    }
    case 'int': case 'float': case 'bool': case 'char': case 'unit': case 'box': case 'rc': case 'weak': case 'struct':
    case 'enum': case 'tuple': case 'ref': case 'refcell': case 'cell': case 'guard': case 'fn': case 'closure': case 'iter':
    case 'range': case 'moved': case 'uninit': case 'formatter': case 'map': case 'entry':
      return ip.unsupported('`Vec::from`의 인자', span);
  }
}

export function seqTableMethod(c: MethodCall<Seq>, name: string): Value | null {
  if (c.v.k === 'vec') { const m = lookup(VEC, name); if (m) return m(c as MethodCall<VecV>); }
  if (hasSlicePiecesMethod(name)) return slicePiecesMethod(c, name);
  if (hasSliceMoreMethod(name)) return sliceMoreMethod(c, name);
  return lookup(SLICE, name)?.(c) ?? null;
}
export function hasSeqMethod(name: string): boolean {
  return lookup(SLICE, name) !== undefined || lookup(VEC, name) !== undefined || hasSlicePiecesMethod(name) || hasSliceMoreMethod(name);
}
