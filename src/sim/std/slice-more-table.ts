// Slice methods by position and on bytes, as a table: first_chunk / last_chunk / split_*_chunk (± mut),
// strip_prefix/suffix, split_off* (narrowing `&mut &[T]`), get_disjoint_mut, as_array, ASCII helpers, ….
import { type Value, type SliceV, UNIT, usize, some, none, ok, err, int } from '../memory/value.ts';
import { valueEq, valueCmp } from '../semantics/ops.ts';
import { derefAll } from '../semantics/place.ts';
import { newVec } from '../semantics/buffers.ts';
import { n, refTo, ordering } from './method-helpers.ts';
import { methods, lookup, type MethodCall } from './method-table.ts';
import { type Seq, type View, view, argView, sliceOf, items, constN, arrayRef, flatView, u } from './seq-view.ts';
import { libAssert, ROTATE_LEFT, ROTATE_RIGHT, PARTITION_AT_INDEX } from './seq-panics.ts';
import { libPanic } from './method-helpers.ts';
import { iterOf } from './iter.ts';
import { utf8ChunkBounds, utf8Chunk } from './utf8-chunks.ts';

type Call = MethodCall<Seq>;
const pair = (a: Value, b: Value): Value => ({ k: 'tuple', f: [a, b] });

/** `first_chunk::<N>()` and friends: Some(&[T; N]) (plus the rest) when the slice has N elements. */
function chunkAt(c: Call, fromEnd: boolean, split: boolean, mut: boolean, what: string): Value {
  const w = view(c);
  const size = constN(c, what);
  if (size > w.len) return none();
  const at = fromEnd ? w.to - size : w.from;
  const chunk = arrayRef(w, at, size, mut);
  if (!split) return some(chunk);
  return some(fromEnd ? pair(sliceOf(w, w.from, at, mut), chunk) : pair(chunk, sliceOf(w, at + size, w.to, mut)));
}

/** `strip_prefix(&[..])` / `strip_suffix`: the rest when the slice starts / ends with the elements. */
function strip(c: Call, fromEnd: boolean): Value {
  const w = view(c);
  const p = items(c.ip, c.args[0]);
  if (p.length > w.len) return none();
  const s = fromEnd ? w.to - p.length : w.from;
  if (!p.every((x, i) => valueEq(c.ip, w.base[s + i], x))) return none();
  return some(fromEnd ? sliceOf(w, w.from, s) : sliceOf(w, s + p.length, w.to));
}

/** `split_off_first(&mut self)` and friends narrow the slice variable (`self: &mut &[T]`) in place. */
function narrow(c: Call, from: number, to: number): void {
  const s = c.p.c[c.p.i];
  if (s.k === 'slice') c.p.c[c.p.i] = { ...s, from, to };
}
function splitOffEnd(c: Call, fromEnd: boolean, mut: boolean): Value {
  const w = view(c);
  if (!w.len) return none();
  const i = fromEnd ? w.to - 1 : w.from;
  narrow(c, fromEnd ? w.from : w.from + 1, fromEnd ? w.to - 1 : w.to);
  return some(refTo(w.base, i, w.root, mut));
}
/** `split_off(..k)` / `split_off(k..)`: None when k > len; else the split part, the slice keeps the rest. */
function splitOff(c: Call, mut: boolean): Value {
  const w = view(c);
  const r = derefAll(c.ip, c.args[0]);
  if (r.k !== 'range' || (r.lo && r.hi)) return c.ip.unsupported('`split_off`의 인자는 `..k`, `..=k` 또는 `k..` 범위여야 합니다', c.span);
  if (r.hi) {
    const k = n(r.hi) + (r.incl ? 1 : 0);
    if (k > w.len) return none();
    narrow(c, w.from + k, w.to);
    return some(sliceOf(w, w.from, w.from + k, mut));
  }
  const k = r.lo ? n(r.lo) : 0;
  if (k > w.len) return none();
  narrow(c, w.from, w.from + k);
  return some(sliceOf(w, w.from + k, w.to, mut));
}

/** `get_disjoint_mut([i, j])` / `([0..2, 2..4])`: checked like core (bounds first, then overlap with earlier). */
function getDisjointMut(c: Call): Value {
  const w = view(c);
  const idx = items(c.ip, c.args[0]).map((x) => derefAll(c.ip, x));
  const spans = idx.map((x) => {
    if (x.k !== 'range') { const i = n(x); return { lo: i, hi: i + 1, one: true, incl: false }; }
    return { lo: x.lo ? n(x.lo) : 0, hi: x.hi ? n(x.hi) + (x.incl ? 1 : 0) : w.len, one: false, incl: x.incl };
  });
  const error = (variant: string): Value => err({ k: 'enum', name: 'GetDisjointMutError', variant, f: [] });
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (!(s.lo <= s.hi && s.hi <= w.len)) return error('IndexOutOfBounds');
    for (let j = 0; j < i; j++) {
      const o = spans[j];
      const overlap = s.one ? s.lo === o.lo : s.incl ? s.lo <= o.hi - 1 && o.lo <= s.hi - 1 : s.lo < o.hi && o.lo < s.hi;
      if (overlap) return error('OverlappingIndices');
    }
  }
  return ok({ k: 'array', f: spans.map((s) => (s.one ? refTo(w.base, w.from + s.lo, w.root, true) : sliceOf(w, w.from + s.lo, w.from + s.hi, true))) });
}

/** `select_nth_unstable*`: core's special cases (index len-1: max to the end, 0: min to the front, len <= 16:
 *  insertion sort); longer slices are fully sorted here, so the order around the pivot may differ from Rust's. */
function selectNth(c: Call, isLess: (a: Value, b: Value) => boolean): Value {
  const w = view(c);
  const k = u(c.args[0]);
  if (k >= w.len) return libPanic(c.ip, `partition_at_index index ${k} greater than length of slice ${w.len}`, PARTITION_AT_INDEX, c.span);
  const xs = w.base;
  const swap = (i: number, j: number) => { const t = xs[w.from + i]; xs[w.from + i] = xs[w.from + j]; xs[w.from + j] = t; };
  if (k === w.len - 1) {
    let m = 0;
    for (let i = 1; i < w.len; i++) if (isLess(xs[w.from + m], xs[w.from + i])) m = i;
    swap(m, k);
  } else if (k === 0) {
    let m = 0;
    for (let i = 1; i < w.len; i++) if (isLess(xs[w.from + i], xs[w.from + m])) m = i;
    swap(m, k);
  } else if (w.len <= 16) {
    for (let i = w.from + 1; i < w.to; i++) {
      const cur = xs[i];
      let j = i;
      while (j > w.from && isLess(cur, xs[j - 1])) { xs[j] = xs[j - 1]; j--; }
      xs[j] = cur;
    }
  } else {
    const sorted = xs.slice(w.from, w.to).sort((a, b) => (isLess(a, b) ? -1 : isLess(b, a) ? 1 : 0));
    xs.splice(w.from, w.len, ...sorted);
  }
  return { k: 'tuple', f: [sliceOf(w, w.from, w.from + k, true), refTo(xs, w.from + k, w.root, true), sliceOf(w, w.from + k + 1, w.to, true)] };
}

const isWs = (b: number) => b === 32 || b === 9 || b === 10 || b === 12 || b === 13;
function trimAscii(c: Call, start: boolean, end: boolean): Value {
  const w = view(c);
  let lo = w.from, hi = w.to;
  while (start && lo < hi && isWs(n(w.base[lo]))) lo++;
  while (end && hi > lo && isWs(n(w.base[hi - 1]))) hi--;
  return sliceOf(w, lo, hi);
}
function escapeByte(b: number): string {
  switch (b) {
    case 9: return '\\t';
    case 10: return '\\n';
    case 13: return '\\r';
    case 34: return '\\"';
    case 39: return "\\'";
    case 92: return '\\\\';
  }
  return b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '\\x' + b.toString(16).padStart(2, '0');
}
const mapBytes = (c: Call, f: (b: number) => number): Value => {
  const w = view(c);
  const out = w.base.slice(w.from, w.to).map((x) => int('u8', f(n(x))));
  return newVec(c.ip, out, out.length, 'u8');
};

function swapWithSlice(c: Call): Value {
  const w = view(c);
  const o = argView(c.ip, c.args[0]);
  if (!o || o.len !== w.len) return c.ip.panic('destination and source slices have different lengths', c.span.start);
  for (let i = 0; i < w.len; i++) { const t = w.base[w.from + i]; w.base[w.from + i] = o.base[o.from + i]; o.base[o.from + i] = t; }
  return UNIT;
}

function flattened(w: View, mut: boolean): SliceV {
  const first = w.base[w.from];
  const size = first && first.k === 'array' ? first.f.length : 0;
  return { k: 'slice', c: flatView(w.base, w.from, w.len, size), from: 0, to: w.len * size, root: w.root, mut };
}

const MORE = methods<Seq>('slice', {
  first_chunk: (c) => chunkAt(c, false, false, false, 'first_chunk'),
  first_chunk_mut: (c) => chunkAt(c, false, false, true, 'first_chunk_mut'),
  last_chunk: (c) => chunkAt(c, true, false, false, 'last_chunk'),
  last_chunk_mut: (c) => chunkAt(c, true, false, true, 'last_chunk_mut'),
  split_first_chunk: (c) => chunkAt(c, false, true, false, 'split_first_chunk'),
  split_first_chunk_mut: (c) => chunkAt(c, false, true, true, 'split_first_chunk_mut'),
  split_last_chunk: (c) => chunkAt(c, true, true, false, 'split_last_chunk'),
  split_last_chunk_mut: (c) => chunkAt(c, true, true, true, 'split_last_chunk_mut'),
  as_array: (c) => { const w = view(c); const size = constN(c, 'as_array'); return size === w.len ? some(arrayRef(w, w.from, size, false)) : none(); },
  as_mut_array: (c) => { const w = view(c); const size = constN(c, 'as_mut_array'); return size === w.len ? some(arrayRef(w, w.from, size, true)) : none(); },
  strip_prefix: (c) => strip(c, false),
  strip_suffix: (c) => strip(c, true),
  split_at: (c) => { const w = view(c); const m = u(c.args[0]); if (m > w.len) return c.ip.panic('mid > len', c.span.start); return pair(sliceOf(w, w.from, w.from + m), sliceOf(w, w.from + m, w.to)); },
  split_at_mut: (c) => { const w = view(c); const m = u(c.args[0]); if (m > w.len) return c.ip.panic('mid > len', c.span.start); return pair(sliceOf(w, w.from, w.from + m, true), sliceOf(w, w.from + m, w.to, true)); },
  split_at_checked: (c) => { const w = view(c); const m = u(c.args[0]); return m <= w.len ? some(pair(sliceOf(w, w.from, w.from + m), sliceOf(w, w.from + m, w.to))) : none(); },
  split_at_mut_checked: (c) => { const w = view(c); const m = u(c.args[0]); return m <= w.len ? some(pair(sliceOf(w, w.from, w.from + m, true), sliceOf(w, w.from + m, w.to, true))) : none(); },
  split_off_first: (c) => splitOffEnd(c, false, false),
  split_off_first_mut: (c) => splitOffEnd(c, false, true),
  split_off_last: (c) => splitOffEnd(c, true, false),
  split_off_last_mut: (c) => splitOffEnd(c, true, true),
  split_off: (c) => (c.v.k === 'slice' ? splitOff(c, false) : null),
  split_off_mut: (c) => splitOff(c, true),
  get_disjoint_mut: (c) => getDisjointMut(c),
  element_offset: (c) => {
    const w = view(c);
    const r = c.args[0];
    if (r.k !== 'ref' || r.p.c !== w.base || r.p.i < w.from || r.p.i >= w.to) return none();
    return some(usize(r.p.i - w.from));
  },
  swap_with_slice: (c) => swapWithSlice(c),
  as_flattened: (c) => flattened(view(c), false),
  as_flattened_mut: (c) => flattened(view(c), true),
  select_nth_unstable: (c) => selectNth(c, (a, b) => valueCmp(c.ip, a, b) < 0),
  select_nth_unstable_by: (c) => selectNth(c, (a, b) => ordering(c.ip.callValue(c.args[1], [refTo([a], 0, view(c).root), refTo([b], 0, view(c).root)], c.span)) < 0),
  select_nth_unstable_by_key: (c) => {
    const key = (x: Value) => c.ip.callValue(c.args[1], [refTo([x], 0, view(c).root)], c.span);
    return selectNth(c, (a, b) => valueCmp(c.ip, key(a), key(b)) < 0);
  },
  trim_ascii: (c) => trimAscii(c, true, true),
  trim_ascii_start: (c) => trimAscii(c, true, false),
  trim_ascii_end: (c) => trimAscii(c, false, true),
  to_ascii_uppercase: (c) => mapBytes(c, (b) => (b >= 97 && b <= 122 ? b - 32 : b)),
  to_ascii_lowercase: (c) => mapBytes(c, (b) => (b >= 65 && b <= 90 ? b + 32 : b)),
  utf8_chunks: (c) => {
    const w = view(c);
    const bytes = w.base.slice(w.from, w.to).map((x) => n(x));
    const bounds = utf8ChunkBounds(bytes);
    let k = 0;
    return iterOf('Utf8Chunks', () => {
      if (k >= bounds.length) return null;
      const [s0, v1, i1] = bounds[k++];
      const text = new TextDecoder().decode(new Uint8Array(bytes.slice(s0, v1)));
      return utf8Chunk({ k: 'str', s: text, root: { to: 'temp' } }, sliceOf(w, w.from + v1, w.from + i1));
    });
  },
  escape_ascii: (c) => { const w = view(c); return { k: 'str', s: w.base.slice(w.from, w.to).map((x) => escapeByte(n(x))).join(''), root: { to: 'temp' } }; },
  rotate_left: (c) => {
    const w = view(c), k = u(c.args[0]);
    if (k > w.len) return libAssert(c, 'mid <= self.len()', ROTATE_LEFT);
    const xs = w.base.slice(w.from, w.to); w.base.splice(w.from, w.len, ...xs.slice(k), ...xs.slice(0, k)); return UNIT;
  },
  rotate_right: (c) => {
    const w = view(c), k0 = u(c.args[0]);
    if (k0 > w.len) return libAssert(c, 'k <= self.len()', ROTATE_RIGHT);
    const k = w.len - k0;
    const xs = w.base.slice(w.from, w.to); w.base.splice(w.from, w.len, ...xs.slice(k), ...xs.slice(0, k)); return UNIT;
  },
});

export function sliceMoreMethod(c: Call, name: string): Value | null {
  return lookup(MORE, name)?.(c) ?? null;
}
export function hasSliceMoreMethod(name: string): boolean {
  return lookup(MORE, name) !== undefined;
}
