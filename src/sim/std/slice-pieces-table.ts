// Slice methods that walk a slice in pieces, as a table: chunks / rchunks (± exact, ± mut), windows,
// array_windows, as_chunks / as_rchunks, chunk_by, and split / rsplit / splitn / rsplitn / split_inclusive (± mut).
import type { Value, IterV } from '../memory/value.ts';
import { iterOf } from './iter.ts';
import { refTo } from './method-helpers.ts';
import { methods, lookup, type MethodCall } from './method-table.ts';
import { type Seq, type View, view, sliceOf, truthy, constN, arrayRef, arraysSlice, u } from './seq-view.ts';

type Call = MethodCall<Seq>;

/** The elements `chunks_exact` / `rchunks_exact` (± mut) leave out: what `.remainder()` returns. */
const remainders = new WeakMap<IterV, Value>();
export function chunksRemainder(it: IterV): Value | null {
  return remainders.get(it) ?? null;
}

function chunked(c: Call, size: number, exact: boolean, fromEnd: boolean, mut: boolean, desc: string): Value {
  const w = view(c);
  if (size === 0) return c.ip.panic('chunk size must be non-zero', c.span.start);
  let i = fromEnd ? w.to : w.from;
  const stop = exact ? (fromEnd ? w.from + (w.len % size) : w.to - (w.len % size)) : fromEnd ? w.from : w.to;
  const it = iterOf(desc, () => {
    if (fromEnd) { if (i <= stop) return null; const e = i; i = Math.max(stop, i - size); return sliceOf(w, i, e, mut); }
    if (i >= stop) return null;
    const s = i; i = Math.min(stop, i + size); return sliceOf(w, s, i, mut);
  });
  if (exact) remainders.set(it, fromEnd ? sliceOf(w, w.from, stop, mut) : sliceOf(w, stop, w.to, mut));
  return it;
}

/** `split` / `rsplit` / `splitn` / `split_inclusive` (± `_mut`) by a predicate on elements. */
function splitBy(c: Call, fromEnd: boolean, inclusive: boolean, limit: number, desc: string, mut: boolean, predArg = 0): Value {
  const w = view(c);
  const parts: Array<[number, number]> = [];
  let start = w.from;
  if (limit === 0) return iterOf(desc, () => null);
  if (fromEnd) {
    let end = w.to;
    for (let i = w.to - 1; i >= w.from && parts.length + 1 < limit; i--) {
      if (truthy(c.ip.callValue(c.args[predArg], [refTo(w.base, i, w.root)], c.span))) { parts.push([i + 1, end]); end = i; }
    }
    parts.push([w.from, end]);
  } else {
    for (let i = w.from; i < w.to && parts.length + 1 < limit; i++) {
      if (truthy(c.ip.callValue(c.args[predArg], [refTo(w.base, i, w.root)], c.span))) { parts.push([start, inclusive ? i + 1 : i]); start = i + 1; }
    }
    if (!inclusive || start < w.to) parts.push([start, w.to]);
  }
  let k = 0;
  return iterOf(desc, () => (k < parts.length ? sliceOf(w, parts[k][0], parts[k++][1], mut) : null));
}

function windows(w: View, size: number, each: (from: number) => Value, desc: string): Value {
  let i = w.from;
  return iterOf(desc, () => (i + size <= w.to ? each(i++) : null));
}

function chunkBy(c: Call, mut: boolean, desc: string): Value {
  const w = view(c);
  let i = w.from;
  return iterOf(desc, () => {
    if (i >= w.to) return null;
    const s = i++;
    while (i < w.to && truthy(c.ip.callValue(c.args[0], [refTo(w.base, i - 1, w.root), refTo(w.base, i, w.root)], c.span))) i++;
    return sliceOf(w, s, i, mut);
  });
}

/** `as_chunks::<N>()` / `as_rchunks` (± mut): (`&[[T; N]]`, remainder) or (remainder, `&[[T; N]]`). */
function asChunks(c: Call, fromEnd: boolean, mut: boolean, what: string): Value {
  const w = view(c);
  const size = constN(c, what);
  if (size === 0) return c.ip.panic('chunk size must be non-zero', c.span.start);
  const count = Math.floor(w.len / size), rest = w.len % size;
  if (fromEnd) return { k: 'tuple', f: [sliceOf(w, w.from, w.from + rest, mut), arraysSlice(w, w.from + rest, size, count, mut)] };
  return { k: 'tuple', f: [arraysSlice(w, w.from, size, count, mut), sliceOf(w, w.from + count * size, w.to, mut)] };
}

const PIECES = methods<Seq>('slice', {
  chunks: (c) => chunked(c, u(c.args[0]), false, false, false, 'Chunks'),
  chunks_mut: (c) => chunked(c, u(c.args[0]), false, false, true, 'ChunksMut'),
  chunks_exact: (c) => chunked(c, u(c.args[0]), true, false, false, 'ChunksExact'),
  chunks_exact_mut: (c) => chunked(c, u(c.args[0]), true, false, true, 'ChunksExactMut'),
  rchunks: (c) => chunked(c, u(c.args[0]), false, true, false, 'RChunks'),
  rchunks_mut: (c) => chunked(c, u(c.args[0]), false, true, true, 'RChunksMut'),
  rchunks_exact: (c) => chunked(c, u(c.args[0]), true, true, false, 'RChunksExact'),
  rchunks_exact_mut: (c) => chunked(c, u(c.args[0]), true, true, true, 'RChunksExactMut'),
  windows: (c) => {
    const w = view(c), size = u(c.args[0]);
    if (size === 0) return c.ip.panic('window size must be non-zero', c.span.start);
    return windows(w, size, (i) => sliceOf(w, i, i + size), 'Windows');
  },
  array_windows: (c) => {
    const w = view(c), size = constN(c, 'array_windows');
    if (size === 0) return c.ip.panic('window size must be non-zero', c.span.start);
    return windows(w, size, (i) => arrayRef(w, i, size, false), 'ArrayWindows');
  },
  as_chunks: (c) => asChunks(c, false, false, 'as_chunks'),
  as_chunks_mut: (c) => asChunks(c, false, true, 'as_chunks_mut'),
  as_rchunks: (c) => asChunks(c, true, false, 'as_rchunks'),
  as_rchunks_mut: (c) => asChunks(c, true, true, 'as_rchunks_mut'),
  chunk_by: (c) => chunkBy(c, false, 'ChunkBy'),
  chunk_by_mut: (c) => chunkBy(c, true, 'ChunkByMut'),
  split: (c) => splitBy(c, false, false, Infinity, 'Split', false),
  split_mut: (c) => splitBy(c, false, false, Infinity, 'SplitMut', true),
  rsplit: (c) => splitBy(c, true, false, Infinity, 'RSplit', false),
  rsplit_mut: (c) => splitBy(c, true, false, Infinity, 'RSplitMut', true),
  splitn: (c) => splitBy(c, false, false, u(c.args[0]), 'SplitN', false, 1),
  splitn_mut: (c) => splitBy(c, false, false, u(c.args[0]), 'SplitNMut', true, 1),
  rsplitn: (c) => splitBy(c, true, false, u(c.args[0]), 'RSplitN', false, 1),
  rsplitn_mut: (c) => splitBy(c, true, false, u(c.args[0]), 'RSplitNMut', true, 1),
  split_inclusive: (c) => splitBy(c, false, true, Infinity, 'SplitInclusive', false),
  split_inclusive_mut: (c) => splitBy(c, false, true, Infinity, 'SplitInclusiveMut', true),
});

export function slicePiecesMethod(c: Call, name: string): Value | null {
  return lookup(PIECES, name)?.(c) ?? null;
}
export function hasSlicePiecesMethod(name: string): boolean {
  return lookup(PIECES, name) !== undefined;
}
