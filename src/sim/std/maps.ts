// HashMap / BTreeMap / HashSet / BTreeSet models: insert/get/remove/entry API, iteration and Debug.
// Keys compare with Rust equality (and ordering for BTree*); hash containers keep insertion order.
import type { Span } from '../syntax/span.ts';
import { type Value, type MapV, type Place, UNIT, usize, bool, some, none } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { needsDrop } from '../semantics/interp.ts';
import { valueEq, valueCmp } from '../semantics/ops.ts';
import { derefAll } from '../semantics/place.ts';
import { dropValue } from '../semantics/drop.ts';
import { iterOf, toIter } from './iter.ts';
import { defaultFor } from './calls.ts';
import { indexedFind, indexedAdd, indexedSwapRemove } from './map-index.ts';

export type MapKind = MapV['kind'];

export function newMap(kind: MapKind): MapV {
  return { k: 'map', kind, keys: [], vals: [] };
}

const isSet = (m: MapV) => m.kind === 'HashSet' || m.kind === 'BTreeSet';
const sorted = (m: MapV) => m.kind === 'BTreeMap' || m.kind === 'BTreeSet';

export function findKey(ip: Interp, m: MapV, key: Value): number {
  if (sorted(m)) {
    // BTree containers keep their keys sorted: binary search, O(log n) comparisons.
    const i = lowerBound(ip, m, key);
    return i < m.keys.length && valueCmp(ip, m.keys[i], key) === 0 ? i : -1;
  }
  const eq = (a: Value, b: Value) => valueEq(ip, a, b);
  const hit = indexedFind(ip, m, key, eq);
  if (hit !== undefined) return hit;
  for (let i = 0; i < m.keys.length; i++) if (valueEq(ip, m.keys[i], key)) return i;
  return -1;
}

/** First position whose key is not less than `key` (BTree containers). */
function lowerBound(ip: Interp, m: MapV, key: Value): number {
  let lo = 0, hi = m.keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (valueCmp(ip, m.keys[mid], key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Insert without looking for an existing key; keeps BTree containers ordered. Returns the index. */
function place(ip: Interp, m: MapV, key: Value, val: Value): number {
  if (sorted(m)) {
    const i = lowerBound(ip, m, key);
    if (i === m.keys.length) { m.keys.push(key); m.vals.push(val); }
    else { m.keys.splice(i, 0, key); m.vals.splice(i, 0, val); }
    return i;
  }
  const i = m.keys.length;
  m.keys.push(key);
  m.vals.push(val);
  indexedAdd(ip, m, key, i);
  return i;
}

/** Take entry `i` out of the map. */
function takeAt(ip: Interp, m: MapV, i: number): [Value, Value] {
  if (!sorted(m)) return indexedSwapRemove(ip, m, i);
  const [k] = m.keys.splice(i, 1);
  const [v] = m.vals.splice(i, 1);
  return [k, v];
}

export function mapInsert(ip: Interp, m: MapV, key: Value, val: Value): Value {
  const i = findKey(ip, m, key);
  if (isSet(m)) {
    if (i >= 0) {
      if (needsDrop(key)) dropValue(ip, key, null);
      return bool(false);
    }
    place(ip, m, key, UNIT);
    return bool(true);
  }
  if (i >= 0) {
    const old = m.vals[i];
    m.vals[i] = val;
    if (needsDrop(key)) dropValue(ip, key, null);
    return some(old);
  }
  place(ip, m, key, val);
  return none();
}

function ref(c: Value[], i: number, root: Place['root'], mut = false): Value {
  return { k: 'ref', mut, p: { c, i, root } };
}

export function mapFromPairs(ip: Interp, kind: MapKind, items: Value[]): MapV {
  const m = newMap(kind);
  for (const it of items) {
    const t = derefAll(ip, it);
    if (isSet(m)) mapInsert(ip, m, t, UNIT);
    else if (t.k === 'tuple') mapInsert(ip, m, t.f[0], t.f[1]);
  }
  return m;
}

export function mapIter(_ip: Interp, m: MapV, root: Place['root'], mode: 'ref' | 'mut' | 'move'): import('../memory/value.ts').IterV {
  let i = 0;
  const keys = mode === 'move' ? m.keys.splice(0) : m.keys;
  const vals = mode === 'move' ? m.vals.splice(0) : m.vals;
  return iterOf(m.kind, () => {
    if (i >= keys.length) return null;
    const j = i++;
    if (isSet(m)) return mode === 'move' ? keys[j] : ref(keys, j, root);
    if (mode === 'move') return { k: 'tuple', f: [keys[j], vals[j]] };
    return { k: 'tuple', f: [ref(keys, j, root), ref(vals, j, root, mode === 'mut')] };
  });
}

export function mapMethod(ip: Interp, p: Place, m: MapV, name: string, args: Value[], span: Span): Value | null {
  const root = p.root;
  switch (name) {
    case 'insert': return mapInsert(ip, m, args[0], isSet(m) ? UNIT : args[1]);
    case 'get': { const i = findKey(ip, m, derefAll(ip, args[0])); return i < 0 ? none() : some(ref(isSet(m) ? m.keys : m.vals, i, root)); }
    case 'get_mut': { const i = findKey(ip, m, derefAll(ip, args[0])); return i < 0 ? none() : some(ref(m.vals, i, root, true)); }
    case 'contains_key': case 'contains': return bool(findKey(ip, m, derefAll(ip, args[0])) >= 0);
    case 'remove': {
      const i = findKey(ip, m, derefAll(ip, args[0]));
      if (i < 0) return isSet(m) ? bool(false) : none();
      const [k, v] = takeAt(ip, m, i);
      if (needsDrop(k)) dropValue(ip, k, null);
      return isSet(m) ? bool(true) : some(v);
    }
    case 'len': return usize(m.keys.length);
    case 'is_empty': return bool(m.keys.length === 0);
    case 'clear': {
      for (const x of [...m.keys, ...m.vals]) if (needsDrop(x)) dropValue(ip, x, null);
      m.keys.length = 0;
      m.vals.length = 0;
      return UNIT;
    }
    case 'entry': return { k: 'entry', map: m, key: args[0], root };
    case 'keys': { let i = 0; return iterOf('Keys', () => (i < m.keys.length ? ref(m.keys, i++, root) : null)); }
    case 'values': { let i = 0; return iterOf('Values', () => (i < m.vals.length ? ref(m.vals, i++, root) : null)); }
    case 'values_mut': { let i = 0; return iterOf('ValuesMut', () => (i < m.vals.length ? ref(m.vals, i++, root, true) : null)); }
    case 'iter': return mapIter(ip, m, root, 'ref');
    case 'iter_mut': return mapIter(ip, m, root, 'mut');
    case 'into_iter': return mapIter(ip, m, root, root.to === 'temp' ? 'move' : 'ref');
    case 'extend': { const it = toIter(ip, args[0], span); for (let x = it.next(); x !== null; x = it.next()) { const t = derefAll(ip, x); if (isSet(m)) mapInsert(ip, m, t, UNIT); else if (t.k === 'tuple') mapInsert(ip, m, t.f[0], t.f[1]); } return UNIT; }
    case 'first_key_value': return m.keys.length ? some({ k: 'tuple', f: [ref(m.keys, 0, root), ref(m.vals, 0, root)] }) : none();
    case 'last_key_value': { const n = m.keys.length; return n ? some({ k: 'tuple', f: [ref(m.keys, n - 1, root), ref(m.vals, n - 1, root)] }) : none(); }
  }
  return null;
}

export function entryMethod(ip: Interp, e: Value & { k: 'entry' }, name: string, args: Value[], span: Span): Value | null {
  const m = e.map;
  const existing = () => findKey(ip, m, e.key);
  const insertWith = (make: () => Value): Value => {
    let i = existing();
    if (i < 0) i = place(ip, m, e.key, make());
    else if (needsDrop(e.key)) dropValue(ip, e.key, null);
    return ref(m.vals, i, e.root, true);
  };
  switch (name) {
    case 'or_insert': return insertWith(() => args[0]);
    case 'or_insert_with': return insertWith(() => ip.callValue(args[0], [], span));
    case 'or_insert_with_key': return insertWith(() => ip.callValue(args[0], [ref([e.key], 0, { to: 'temp' })], span));
    case 'or_default': return insertWith(() => {
      const declared = m.tys?.[1] ? defaultFor(ip, m.tys[1]) : null;
      if (declared) return declared;
      const i = m.vals.find((x) => x.k !== 'moved');
      return (i ? defaultLike(ip, i) : null) ?? defaultFor(ip, { n: 'i32', a: [] })!;
    });
    case 'and_modify': {
      const i = existing();
      if (i >= 0) ip.callValue(args[0], [ref(m.vals, i, e.root, true)], span);
      return e;
    }
    case 'key': return ref([e.key], 0, { to: 'temp' });
  }
  return null;
}

function defaultLike(ip: Interp, v: Value): Value | null {
  const d = derefAll(ip, v);
  if (d.k === 'int') return { k: 'int', ty: d.ty, v: 0 };
  if (d.k === 'float') return { k: 'float', ty: d.ty, v: 0 };
  if (d.k === 'vec') return defaultFor(ip, { n: 'Vec', a: [] });
  if (d.k === 'string') return defaultFor(ip, { n: 'String', a: [] });
  if (d.k === 'bool') return bool(false);
  return null;
}
