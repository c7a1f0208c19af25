// The sorted chunk storage of BTreeMap / BTreeSet (memory/map-chunks.ts): order, chunk bounds, lookup slots,
// removal, and that a map rebuilt from entries keeps them; plain i32 keys compared numerically.
import { describe, expect, it } from 'vitest';
import { CHUNK_MAX, allKeys, allVals, chunksOf, emptyChunks, firstSlot, insertAt, lastSlot, lowerBound, mapLen, nextSlot, removeAt, setEntries } from '../../../src/sim/memory/map-chunks.ts';
import type { MapV, Value } from '../../../src/sim/memory/value.ts';

const int = (v: number): Value => ({ k: 'int', ty: 'i32', v });
const num = (v: Value) => (v.k === 'int' ? Number(v.v) : NaN);
const cmp = (a: Value, b: Value) => num(a) - num(b);
const newMap = (): MapV => ({ k: 'map', kind: 'BTreeMap', chunks: emptyChunks() });

function insert(m: MapV, k: number): void {
  const s = lowerBound(m, int(k), cmp);
  const ks = m.chunks[s.c].keys;
  if (s.i < ks.length && num(ks[s.i]) === k) return;
  insertAt(m, s, int(k), int(k * 10));
}

/** 0..n in a fixed scrambled order (7919 is prime, so i * 7919 % n visits every number once). */
const scrambled = (n: number) => Array.from({ length: n }, (_, i) => (i * 7919) % n);

describe('map chunks', () => {
  it('keeps shuffled keys sorted, values beside their keys, and every chunk within CHUNK_MAX', () => {
    const m = newMap();
    for (const k of scrambled(5000)) insert(m, k);
    expect(mapLen(m)).toBe(5000);
    expect(allKeys(m).map(num)).toEqual(Array.from({ length: 5000 }, (_, i) => i));
    expect(allVals(m).map(num)).toEqual(Array.from({ length: 5000 }, (_, i) => i * 10));
    expect(m.chunks.length).toBeGreaterThan(5000 / CHUNK_MAX);
    for (const ch of m.chunks) {
      expect(ch.keys.length).toBeGreaterThan(0);
      expect(ch.keys.length).toBeLessThanOrEqual(CHUNK_MAX);
      expect(ch.vals.length).toBe(ch.keys.length);
    }
  });

  it('finds the first key not less than a probe, across chunk boundaries', () => {
    const m = newMap();
    for (const k of scrambled(3000)) insert(m, k * 2);
    for (const probe of [-1, 0, 1, 1023, 1024, 2999, 5998, 5999]) {
      const s = lowerBound(m, int(probe), cmp);
      const ks = m.chunks[s.c].keys;
      const expected = probe <= 0 ? 0 : probe > 5998 ? null : probe % 2 ? probe + 1 : probe;
      expect(s.i < ks.length ? num(ks[s.i]) : null).toBe(expected);
    }
  });

  it('removes entries, dropping emptied chunks, and walks first → last', () => {
    const m = newMap();
    for (const k of scrambled(2000)) insert(m, k);
    for (let k = 0; k < 2000; k += 3) removeAt(m, lowerBound(m, int(k), cmp));
    const left = Array.from({ length: 2000 }, (_, i) => i).filter((i) => i % 3 !== 0);
    expect(allKeys(m).map(num)).toEqual(left);
    const walked: number[] = [];
    for (let s = firstSlot(m); s; s = nextSlot(m, s)) walked.push(num(m.chunks[s.c].keys[s.i]));
    expect(walked).toEqual(left);
    const last = lastSlot(m)!;
    expect(num(m.chunks[last.c].keys[last.i])).toBe(1999);
    while (firstSlot(m)) removeAt(m, firstSlot(m)!);
    expect(m.chunks).toEqual(emptyChunks());
    expect(firstSlot(m)).toBeNull();
  });

  it('rebuilds sorted entries into chunks and leaves hash maps in one chunk', () => {
    const ks = Array.from({ length: 1500 }, (_, i) => int(i));
    const vs = ks.map((k) => int(num(k) + 1));
    expect(chunksOf(ks, vs, false)).toHaveLength(1);
    const m = newMap();
    setEntries(m, ks, vs);
    expect(m.chunks.length).toBeGreaterThan(1);
    expect(allKeys(m)).toEqual(ks);
    expect(allVals(m)).toEqual(vs);
  });
});
