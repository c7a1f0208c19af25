// The entry storage of a map value: keys and values in chunks (sorted chunked arrays for BTreeMap /
// BTreeSet, so inserting and removing cost O(log n + CHUNK_MAX), one unbounded chunk for HashMap / HashSet).
import type { MapChunk, MapV, Value } from './value.ts';

/** A sorted chunk splits in two when it grows past this many entries. */
export const CHUNK_MAX = 512;

/** Where an entry is (or would go): chunk number and index inside it. */
export interface Slot {
  c: number;
  i: number;
}

export function emptyChunks(): MapChunk[] {
  return [{ keys: [], vals: [] }];
}

/** Chunks holding the given (already ordered) entries. */
export function chunksOf(keys: Value[], vals: Value[], sorted: boolean): MapChunk[] {
  if (!sorted || keys.length <= CHUNK_MAX) return [{ keys, vals }];
  const out: MapChunk[] = [];
  const step = CHUNK_MAX >> 1;
  for (let i = 0; i < keys.length; i += step) out.push({ keys: keys.slice(i, i + step), vals: vals.slice(i, i + step) });
  return out;
}

export function mapLen(m: MapV): number {
  let n = 0;
  for (const ch of m.chunks) n += ch.keys.length;
  return n;
}

function flat(m: MapV, side: 'keys' | 'vals'): Value[] {
  if (m.chunks.length === 1) return m.chunks[0][side].slice();
  const out: Value[] = [];
  for (const ch of m.chunks) for (const x of ch[side]) out.push(x);
  return out;
}

/** Every key, in order (a fresh array: read it, don't take places in it). */
export function allKeys(m: MapV): Value[] {
  return flat(m, 'keys');
}

/** Every value, in key order (a fresh array). */
export function allVals(m: MapV): Value[] {
  return flat(m, 'vals');
}

/** A chunk's entries as `[k0, v0, k1, v1, …]` (a fresh array). */
export function interleaved(ch: MapChunk): Value[] {
  const out: Value[] = [];
  for (let i = 0; i < ch.keys.length; i++) out.push(ch.keys[i], ch.vals[i]);
  return out;
}

/** Empty the map and hand back its entries in order. */
export function takeEntries(m: MapV): [Value[], Value[]] {
  const ks = allKeys(m), vs = allVals(m);
  m.chunks = emptyChunks();
  return [ks, vs];
}

/** Replace the entries (kept in the given order). */
export function setEntries(m: MapV, keys: Value[], vals: Value[]): void {
  m.chunks = chunksOf(keys, vals, m.kind.startsWith('BTree'));
}

/** The first slot whose key is not less than `key` under `cmp` (sorted maps). */
export function lowerBound(m: MapV, key: Value, cmp: (a: Value, b: Value) => number): Slot {
  const chunks = m.chunks;
  let lo = 0, hi = chunks.length - 1;
  // First chunk whose last key is >= key (the last chunk when every key is smaller).
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const ks = chunks[mid].keys;
    if (cmp(ks[ks.length - 1], key) < 0) lo = mid + 1;
    else hi = mid;
  }
  const ks = chunks[lo].keys;
  let a = 0, b = ks.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (cmp(ks[mid], key) < 0) a = mid + 1;
    else b = mid;
  }
  return { c: lo, i: a };
}

/** Insert an entry at `s` in a sorted map, splitting a chunk that grows too big; returns where it is. */
export function insertAt(m: MapV, s: Slot, key: Value, val: Value): Slot {
  const ch = m.chunks[s.c];
  if (s.i === ch.keys.length) { ch.keys.push(key); ch.vals.push(val); }
  else { ch.keys.splice(s.i, 0, key); ch.vals.splice(s.i, 0, val); }
  if (ch.keys.length <= CHUNK_MAX) return s;
  const half = ch.keys.length >> 1;
  const next: MapChunk = { keys: ch.keys.splice(half), vals: ch.vals.splice(half) };
  m.chunks.splice(s.c + 1, 0, next);
  return s.i < half ? s : { c: s.c + 1, i: s.i - half };
}

/** Remove the entry at `s` in a sorted map (an emptied chunk goes, unless it is the only one). */
export function removeAt(m: MapV, s: Slot): [Value, Value] {
  const ch = m.chunks[s.c];
  const [k] = ch.keys.splice(s.i, 1);
  const [v] = ch.vals.splice(s.i, 1);
  if (!ch.keys.length && m.chunks.length > 1) m.chunks.splice(s.c, 1);
  return [k, v];
}

/** The first and last slots (null: empty map). */
export function firstSlot(m: MapV): Slot | null {
  return m.chunks[0].keys.length ? { c: 0, i: 0 } : null;
}
export function lastSlot(m: MapV): Slot | null {
  const c = m.chunks.length - 1;
  const n = m.chunks[c].keys.length;
  return n ? { c, i: n - 1 } : null;
}

/** The slot after `s` (null: past the end). */
export function nextSlot(m: MapV, s: Slot): Slot | null {
  if (s.i + 1 < m.chunks[s.c].keys.length) return { c: s.c, i: s.i + 1 };
  return s.c + 1 < m.chunks.length && m.chunks[s.c + 1].keys.length ? { c: s.c + 1, i: 0 } : null;
}

/** Visit every slot in order. */
export function forEachSlot(m: MapV, f: (ch: MapChunk, i: number) => void): void {
  for (const ch of m.chunks) for (let i = 0; i < ch.keys.length; i++) f(ch, i);
}
