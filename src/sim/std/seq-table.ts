// Slice and Vec methods as tables (one entry per method): resize / fill / first_mut / chunks_exact /
// split_first / rotate / starts_with / binary_search_by / partition_point / dedup_by_key / retain_mut / ….
import { type Value, type Place, type VecV, type ArrayV, type SliceV, UNIT, usize, bool, some, none, ok, err } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { needsDrop } from '../semantics/interp.ts';
import { dropValue } from '../semantics/drop.ts';
import { cloneValue } from '../semantics/expr.ts';
import { derefAll } from '../semantics/place.ts';
import { valueEq, valueCmp } from '../semantics/ops.ts';
import { iterOf, toIter } from './iter.ts';
import { moveOut } from '../semantics/pattern.ts';
import { vecPush, vecReserve, newVec } from '../semantics/buffers.ts';
import { n, refTo, coerceElem, ordering } from './method-helpers.ts';
import { methods, lookup, type MethodCall } from './method-table.ts';
import type { Alloc } from '../memory/heap.ts';
import { indexOutOfBounds } from '../format/panic-message.ts';

type Seq = VecV | ArrayV | SliceV;

/** The elements a sequence value views: container, range, and the root references point into. */
interface View { base: Value[]; from: number; to: number; len: number; root: Place['root']; a: Alloc | null }
function view(c: MethodCall<Seq>): View {
  const v = c.v;
  const a = v.k === 'vec' ? c.ip.heap.get(v.id) : null;
  const base = a ? a.vals : v.k === 'array' ? v.f : (v as SliceV).c;
  const from = v.k === 'slice' ? v.from : 0;
  const to = v.k === 'slice' ? v.to : base.length;
  const root: Place['root'] = a ? { to: 'heap', id: a.id } : v.k === 'slice' ? v.root : c.p.root;
  return { base, from, to, len: to - from, root, a };
}
const slice = (w: View, from: number, to: number, mut = false): Value => ({ k: 'slice', c: w.base, from, to, root: w.root, mut });
const truthy = (v: Value) => v.k === 'bool' && v.v;
const items = (ip: Interp, v: Value): Value[] => {
  const d = derefAll(ip, v);
  if (d.k === 'vec') return ip.heap.get(d.id).vals;
  if (d.k === 'array') return d.f;
  if (d.k === 'slice') return d.c.slice(d.from, d.to);
  return [];
};

function chunked(w: View, size: number, exact: boolean, fromEnd: boolean, desc: string, ip: Interp, span: MethodCall['span']): Value {
  if (size === 0) return ip.panic('chunk size must be non-zero', span.start);
  let i = fromEnd ? w.to : w.from;
  const stop = exact ? (fromEnd ? w.from + (w.len % size) : w.to - (w.len % size)) : fromEnd ? w.from : w.to;
  return iterOf(desc, () => {
    if (fromEnd) { if (i <= stop) return null; const e = i; i = Math.max(stop, i - size); return slice(w, i, e); }
    if (i >= stop) return null;
    const s = i; i = Math.min(stop, i + size); return slice(w, s, i);
  });
}

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

/** `split` / `rsplit` / `splitn` / `split_inclusive` by a predicate on elements. */
function splitBy(c: MethodCall<Seq>, fromEnd: boolean, inclusive: boolean, limit: number, desc: string, predArg = 0): Value {
  const w = view(c);
  const parts: Array<[number, number]> = [];
  let start = w.from;
  for (let i = w.from; i < w.to; i++) {
    if (parts.length + 1 >= limit && !fromEnd) break;
    if (truthy(c.ip.callValue(c.args[predArg], [refTo(w.base, i, w.root)], c.span))) { parts.push([start, inclusive ? i + 1 : i]); start = i + 1; }
  }
  if (!inclusive || start < w.to) parts.push([start, w.to]);
  let out = parts;
  if (fromEnd) {
    out = [...parts].reverse();
    if (out.length > limit) { const keep = out.slice(0, limit - 1); keep.push([w.from, out[limit - 1][1]]); out = keep; }
  }
  if (limit === 0) out = [];
  let k = 0;
  return iterOf(desc, () => (k < out.length ? slice(w, out[k][0], out[k++][1]) : null));
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
  chunks_exact: (c) => chunked(view(c), n(c.args[0]), true, false, 'ChunksExact', c.ip, c.span),
  rchunks: (c) => chunked(view(c), n(c.args[0]), false, true, 'RChunks', c.ip, c.span),
  rchunks_exact: (c) => chunked(view(c), n(c.args[0]), true, true, 'RChunksExact', c.ip, c.span),
  chunks_mut: (c) => chunked(view(c), n(c.args[0]), false, false, 'ChunksMut', c.ip, c.span),
  fill: (c) => { const w = view(c); const x = derefAll(c.ip, c.args[0]); for (let i = w.from; i < w.to; i++) { const old = w.base[i]; w.base[i] = i === w.to - 1 ? x : cloneValue(c.ip, x); if (needsDrop(old)) dropValue(c.ip, old, null); } return UNIT; },
  fill_with: (c) => { const w = view(c); for (let i = w.from; i < w.to; i++) { const old = w.base[i]; w.base[i] = c.ip.callValue(c.args[0], [], c.span); if (needsDrop(old)) dropValue(c.ip, old, null); } return UNIT; },
  starts_with: (c) => { const w = view(c); const p = items(c.ip, c.args[0]); return bool(p.length <= w.len && p.every((x, i) => valueEq(c.ip, w.base[w.from + i], x))); },
  ends_with: (c) => { const w = view(c); const p = items(c.ip, c.args[0]); const s = w.to - p.length; return bool(p.length <= w.len && p.every((x, i) => valueEq(c.ip, w.base[s + i], x))); },
  rotate_left: (c) => { const w = view(c); const k = n(c.args[0]); const xs = w.base.slice(w.from, w.to); w.base.splice(w.from, w.len, ...xs.slice(k), ...xs.slice(0, k)); return UNIT; },
  rotate_right: (c) => { const w = view(c); const k = w.len - n(c.args[0]); const xs = w.base.slice(w.from, w.to); w.base.splice(w.from, w.len, ...xs.slice(k), ...xs.slice(0, k)); return UNIT; },
  is_sorted: (c) => { const w = view(c); for (let i = w.from + 1; i < w.to; i++) if (valueCmp(c.ip, w.base[i - 1], w.base[i]) > 0) return bool(false); return bool(true); },
  is_sorted_by_key: (c) => { const w = view(c); const k = (x: Value) => c.ip.callValue(c.args[0], [refTo([x], 0, w.root)], c.span); for (let i = w.from + 1; i < w.to; i++) if (valueCmp(c.ip, k(w.base[i - 1]), k(w.base[i])) > 0) return bool(false); return bool(true); },
  split: (c) => splitBy(c, false, false, Infinity, 'Split'),
  rsplit: (c) => splitBy(c, true, false, Infinity, 'RSplit'),
  splitn: (c) => splitBy(c, false, false, n(c.args[0]), 'SplitN', 1),
  rsplitn: (c) => splitBy(c, true, false, n(c.args[0]), 'RSplitN', 1),
  split_inclusive: (c) => splitBy(c, false, true, Infinity, 'SplitInclusive'),
  chunk_by: (c) => {
    const w = view(c);
    let i = w.from;
    return iterOf('ChunkBy', () => {
      if (i >= w.to) return null;
      const s = i++;
      while (i < w.to && truthy(c.ip.callValue(c.args[0], [refTo(w.base, i - 1, w.root), refTo(w.base, i, w.root)], c.span))) i++;
      return slice(w, s, i);
    });
  },
  sort_by_cached_key: (c) => {
    const w = view(c);
    const keyed = w.base.slice(w.from, w.to).map((x, i) => ({ x, k: c.ip.callValue(c.args[0], [refTo(w.base, w.from + i, w.root)], c.span), i }));
    keyed.sort((a, b) => valueCmp(c.ip, a.k, b.k) || a.i - b.i);
    w.base.splice(w.from, w.len, ...keyed.map((e) => e.x));
    return UNIT;
  },
  select_nth_unstable: (c) => {
    const w = view(c);
    const k = n(c.args[0]);
    if (k >= w.len) return c.ip.panic(`partition_at_index index ${k} greater than length of slice ${w.len}`, c.span.start);
    const xs = w.base.slice(w.from, w.to).sort((a, b) => valueCmp(c.ip, a, b));
    w.base.splice(w.from, w.len, ...xs);
    return { k: 'tuple', f: [slice(w, w.from, w.from + k, true), refTo(w.base, w.from + k, w.root, true), slice(w, w.from + k + 1, w.to, true)] };
  },
  copy_within: (c) => {
    const w = view(c);
    const r = derefAll(c.ip, c.args[0]) as { k: 'range'; lo: Value | null; hi: Value | null; incl: boolean };
    const lo = r.lo ? n(r.lo) : 0, hi = r.hi ? n(r.hi) + (r.incl ? 1 : 0) : w.len;
    const dest = n(c.args[1]);
    if (dest + (hi - lo) > w.len) return c.ip.panic('dest is out of bounds', c.span.start);
    const xs = w.base.slice(w.from + lo, w.from + hi);
    xs.forEach((x, i) => { w.base[w.from + dest + i] = x; });
    return UNIT;
  },
  split_at_checked: (c) => { const w = view(c); const m = n(c.args[0]); return m <= w.len ? some({ k: 'tuple', f: [slice(w, w.from, w.from + m), slice(w, w.from + m, w.to)] }) : none(); },
  split_at_mut: (c) => { const w = view(c); const m = n(c.args[0]); if (m > w.len) return c.ip.panic('mid > len', c.span.start); return { k: 'tuple', f: [slice(w, w.from, w.from + m, true), slice(w, w.from + m, w.to, true)] }; },
  is_ascii: (c) => { const w = view(c); return bool(w.base.slice(w.from, w.to).every((x) => n(x) < 128)); },
  make_ascii_uppercase: (c) => { const w = view(c); for (let i = w.from; i < w.to; i++) { const b = n(w.base[i]); if (b >= 97 && b <= 122) w.base[i] = { k: 'int', ty: 'u8', v: b - 32 }; } return UNIT; },
  make_ascii_lowercase: (c) => { const w = view(c); for (let i = w.from; i < w.to; i++) { const b = n(w.base[i]); if (b >= 65 && b <= 90) w.base[i] = { k: 'int', ty: 'u8', v: b + 32 }; } return UNIT; },
  eq_ignore_ascii_case: (c) => { const w = view(c); const o = items(c.ip, c.args[0]); const low = (b: number) => (b >= 65 && b <= 90 ? b + 32 : b); return bool(o.length === w.len && o.every((x, i) => low(n(x)) === low(n(w.base[w.from + i])))); },
  is_sorted_by: (c) => { const w = view(c); for (let i = w.from + 1; i < w.to; i++) if (!truthy(c.ip.callValue(c.args[0], [refTo(w.base, i - 1, w.root), refTo(w.base, i, w.root)], c.span))) return bool(false); return bool(true); },
  swap: (c) => {
    const w = view(c);
    const i = n(c.args[0]), j = n(c.args[1]);
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
  get_mut: (c) => { const w = view(c); const i = n(c.args[0]); return i >= 0 && i < w.len ? some(refTo(w.base, w.from + i, w.root, true)) : none(); },
  concat: (c) => joinSeqs(c, null),
  join: (c) => joinSeqs(c, c.args[0]),
  map: (c) => (c.v.k === 'array' ? { k: 'array', f: c.v.f.map((x) => c.ip.callValue(c.args[0], [x], c.span)) } : null),
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
  repeat: (c) => { const w = view(c); const k = n(c.args[0]); const out: Value[] = []; for (let r = 0; r < k; r++) for (let i = w.from; i < w.to; i++) { c.ip.spend(); out.push(cloneValue(c.ip, w.base[i])); } return newVec(c.ip, out, out.length, w.a?.ty); },
  copy_from_slice: (c) => { const w = view(c); const src = items(c.ip, c.args[0]); if (src.length !== w.len) return c.ip.panic(`copy_from_slice: source slice length (${src.length}) does not match destination slice length (${w.len})`, c.span.start); for (let i = 0; i < w.len; i++) w.base[w.from + i] = src[i]; return UNIT; },
  clone_from_slice: (c) => { const w = view(c); const src = items(c.ip, c.args[0]); if (src.length !== w.len) return c.ip.panic('destination and source slices have different lengths', c.span.start); for (let i = 0; i < w.len; i++) w.base[w.from + i] = cloneValue(c.ip, src[i]); return UNIT; },
});

const VEC = methods<VecV>('Vec', {
  resize: (c) => {
    const a = c.ip.heap.get(c.v.id);
    const len = n(c.args[0]);
    const x = derefAll(c.ip, c.args[1]);
    if (len < a.vals.length) { for (const y of a.vals.splice(len)) if (needsDrop(y)) dropValue(c.ip, y, null); return UNIT; }
    const add = len - a.vals.length;
    vecReserve(c.ip, a.id, add);
    for (let i = 0; i < add; i++) { c.ip.spend(); vecPush(c.ip, a.id, coerceElem(c.ip, a.vals, i === add - 1 ? x : cloneValue(c.ip, x))); }
    return UNIT;
  },
  resize_with: (c) => {
    const a = c.ip.heap.get(c.v.id);
    const len = n(c.args[0]);
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
  reserve: (c) => { vecReserve(c.ip, c.v.id, n(c.args[0])); return UNIT; },
  reserve_exact: (c) => { const a = c.ip.heap.get(c.v.id); const need = a.vals.length + n(c.args[0]); if (need > a.cap) a.cap = need; return UNIT; },
  shrink_to: (c) => { const a = c.ip.heap.get(c.v.id); a.cap = Math.max(a.vals.length, Math.min(a.cap, n(c.args[0]))); return UNIT; },
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
    const r = derefAll(c.ip, c.args[0]) as { k: 'range'; lo: Value | null; hi: Value | null; incl: boolean };
    const lo = r.lo ? n(r.lo) : 0, hi = r.hi ? n(r.hi) + (r.incl ? 1 : 0) : a.vals.length;
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
    const r = derefAll(c.ip, c.args[0]) as { k: 'range'; lo: Value | null; hi: Value | null; incl: boolean };
    const lo = r.lo ? n(r.lo) : 0, hi = r.hi ? n(r.hi) + (r.incl ? 1 : 0) : a.vals.length;
    const xs = a.vals.slice(lo, hi).map((x) => cloneValue(c.ip, x));
    vecReserve(c.ip, a.id, xs.length);
    for (const x of xs) vecPush(c.ip, a.id, x);
    return UNIT;
  },
});

export function seqTableMethod(c: MethodCall<Seq>, name: string): Value | null {
  if (c.v.k === 'vec') { const m = lookup(VEC, name); if (m) return m(c as MethodCall<VecV>); }
  return lookup(SLICE, name)?.(c) ?? null;
}
export function hasSeqMethod(name: string): boolean {
  return lookup(SLICE, name) !== undefined || lookup(VEC, name) !== undefined;
}
