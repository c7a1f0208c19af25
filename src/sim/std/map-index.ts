// O(1) key lookup for HashMap / HashSet: a canonical text per key (the structural `Hash` of derived and
// std types) → position in the map's key array. Keys with a user `eq` or no canonical form fall back to a scan.
import type { Value, MapV, MapChunk } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';

/** The canonical text of a key (equal keys ⇔ equal texts), or null when equality is not structural. */
export function hashKey(ip: Interp, v: Value, depth = 0): string | null {
  if (depth > 32) return null;
  while (v.k === 'ref') v = v.p.c[v.p.i];
  switch (v.k) {
    case 'int': return 'i' + String(v.v);
    case 'bool': return v.v ? 't' : 'f';
    case 'char': return 'c' + v.v;
    case 'unit': return 'u';
    case 'str': return 's' + JSON.stringify(v.s);
    case 'string': return 's' + JSON.stringify(ip.heap.get(v.id).text);
    case 'box': case 'rc': return hashKey(ip, ip.heap.get(v.id).vals[0], depth + 1);
    case 'tuple': return seqKey(ip, 'T', v.f, depth);
    case 'array': return seqKey(ip, 'A', v.f, depth);
    case 'slice': return seqKey(ip, 'A', v.c.slice(v.from, v.to), depth);
    case 'vec': return seqKey(ip, 'A', ip.heap.get(v.id).vals, depth);
    case 'struct': return ip.index.method(v.name, 'eq') ? null : seqKey(ip, 'S' + v.name, v.f, depth);
    case 'enum':
      if (v.name !== 'Option' && v.name !== 'Result' && ip.index.method(v.name, 'eq')) return null;
      return seqKey(ip, 'E' + v.name + '::' + v.variant, v.f, depth);
    case 'float': case 'weak': case 'refcell': case 'cell': case 'guard': case 'fn': case 'closure': case 'iter':
    case 'range': case 'moved': case 'uninit': case 'formatter': case 'map': case 'entry':
      return null;
  }
}

function seqKey(ip: Interp, tag: string, xs: Value[], depth: number): string | null {
  const parts: string[] = [];
  for (const x of xs) {
    const k = hashKey(ip, x, depth + 1);
    if (k === null) return null;
    parts.push(k);
  }
  return tag + '(' + parts.join(',') + ')';
}

/** Per-map index, kept beside the map's one chunk (the map value itself stays plain data for clone / drop / drawing). */
const indexes = new WeakMap<MapChunk, Map<string, number>>();

/** The index of `m`, rebuilt when the key array changed behind it (size mismatch), or null when a key has
 *  no canonical text. */
function indexOf(ip: Interp, m: MapChunk): Map<string, number> | null {
  let idx = indexes.get(m);
  if (idx && idx.size === m.keys.length) return idx;
  idx = new Map();
  for (let i = 0; i < m.keys.length; i++) {
    const k = hashKey(ip, m.keys[i]);
    if (k === null) { indexes.delete(m); return null; }
    idx.set(k, i);
  }
  indexes.set(m, idx);
  return idx;
}

/** Position of `key` in `m` via the index: a number (-1: absent), or undefined when the index can't answer. */
export function indexedFind(ip: Interp, map: MapV, key: Value, eq: (a: Value, b: Value) => boolean): number | undefined {
  const m = map.chunks[0];
  const k = hashKey(ip, key);
  if (k === null) return undefined;
  const idx = indexOf(ip, m);
  if (!idx) return undefined;
  const i = idx.get(k);
  if (i === undefined) return -1;
  if (i < m.keys.length && eq(m.keys[i], key)) return i;
  indexes.delete(m);
  return undefined;
}

/** Record that `key` was appended at position `i`. */
export function indexedAdd(ip: Interp, map: MapV, key: Value, i: number): void {
  const m = map.chunks[0];
  const idx = indexes.get(m);
  if (!idx) return;
  const k = hashKey(ip, key);
  if (k === null || idx.size !== i) { indexes.delete(m); return; }
  idx.set(k, i);
}

/** Remove position `i` by moving the last entry into it (O(1); a hash map's order is unspecified). */
export function indexedSwapRemove(ip: Interp, map: MapV, i: number): [Value, Value] {
  const m = map.chunks[0];
  const idx = indexes.get(m);
  const last = m.keys.length - 1;
  const k = m.keys[i], v = m.vals[i];
  if (i !== last) { m.keys[i] = m.keys[last]; m.vals[i] = m.vals[last]; }
  m.keys.pop();
  m.vals.pop();
  if (idx) {
    const hk = hashKey(ip, k);
    if (hk !== null) idx.delete(hk);
    if (i !== last) { const mk = hashKey(ip, m.keys[i]); if (mk !== null) idx.set(mk, i); else indexes.delete(m); }
  }
  return [k, v];
}
