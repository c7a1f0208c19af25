// HashMap / BTreeMap / HashSet / BTreeSet models: insert/get/remove/entry API, iteration and Debug.
// Keys compare with Rust equality (and ordering for BTree*); hash containers keep insertion order.
import type { Span } from '../syntax/span.ts';
import { type Value, type MapV, type EntryV, type Place, UNIT, usize, bool, some, none } from '../memory/value.ts';
import { methods, lookup, type MethodCall } from './method-table.ts';
import type { Interp } from '../semantics/interp.ts';
import { needsDrop } from '../semantics/interp.ts';
import { valueEq, valueCmp } from '../semantics/ops.ts';
import { derefAll } from '../semantics/place.ts';
import { moveOut } from '../semantics/pattern.ts';
import { dropValue } from '../semantics/drop.ts';
import { iterOf, toIter } from './iter.ts';
import { defaultFor } from './calls.ts';
import { defaultLike } from './method-helpers.ts';
import { reserveFor, withCapacity } from './map-capacity.ts';
import { indexedFind, indexedAdd, indexedSwapRemove } from './map-index.ts';
import { type Slot, emptyChunks, lowerBound, insertAt, removeAt, mapLen, takeEntries, firstSlot, lastSlot } from '../memory/map-chunks.ts';

export type MapKind = MapV['kind'];

export function newMap(kind: MapKind): MapV {
  return { k: 'map', kind, chunks: emptyChunks() };
}

const isSet = (m: MapV) => m.kind === 'HashSet' || m.kind === 'BTreeSet';
export const isSorted = (m: MapV) => m.kind === 'BTreeMap' || m.kind === 'BTreeSet';

/** Where `key` is in `m`, or null. */
export function findKey(ip: Interp, m: MapV, key: Value): Slot | null {
  if (isSorted(m)) {
    // BTree containers keep their keys sorted in chunks: binary searches, O(log n) comparisons.
    const s = lowerBound(m, key, (a, b) => valueCmp(ip, a, b));
    const ks = m.chunks[s.c].keys;
    return s.i < ks.length && valueCmp(ip, ks[s.i], key) === 0 ? s : null;
  }
  const eq = (a: Value, b: Value) => valueEq(ip, a, b);
  const hit = indexedFind(ip, m, key, eq);
  if (hit !== undefined) return hit < 0 ? null : { c: 0, i: hit };
  const ks = m.chunks[0].keys;
  for (let i = 0; i < ks.length; i++) if (valueEq(ip, ks[i], key)) return { c: 0, i };
  return null;
}

/** Where `key` is (`found`) or would be inserted. */
function locate(ip: Interp, m: MapV, key: Value): { s: Slot; found: boolean } {
  if (!isSorted(m)) {
    const s = findKey(ip, m, key);
    return s ? { s, found: true } : { s: { c: 0, i: m.chunks[0].keys.length }, found: false };
  }
  const s = lowerBound(m, key, (a, b) => valueCmp(ip, a, b));
  const ks = m.chunks[s.c].keys;
  return { s, found: s.i < ks.length && valueCmp(ip, ks[s.i], key) === 0 };
}

/** Insert at `s` (from `locate`, key absent); keeps BTree containers ordered. Returns the entry's slot. */
function place(ip: Interp, m: MapV, s: Slot, key: Value, val: Value): Slot {
  if (isSorted(m)) return insertAt(m, s, key, val);
  reserveFor(ip, m, 1, key, val);
  const ch = m.chunks[0];
  const i = ch.keys.length;
  ch.keys.push(key);
  ch.vals.push(val);
  indexedAdd(ip, m, key, i);
  return { c: 0, i };
}

/** Take the entry at `s` out of the map. */
export function takeAt(ip: Interp, m: MapV, s: Slot): [Value, Value] {
  return isSorted(m) ? removeAt(m, s) : indexedSwapRemove(ip, m, s.i);
}

export function mapInsert(ip: Interp, m: MapV, key: Value, val: Value): Value {
  const { s, found } = locate(ip, m, key);
  if (isSet(m)) {
    if (found) {
      if (needsDrop(key)) dropValue(ip, key, null);
      return bool(false);
    }
    place(ip, m, s, key, UNIT);
    return bool(true);
  }
  if (found) {
    const vals = m.chunks[s.c].vals;
    const old = vals[s.i];
    vals[s.i] = val;
    if (needsDrop(key)) dropValue(ip, key, null);
    return some(old);
  }
  place(ip, m, s, key, val);
  return none();
}

function ref(c: Value[], i: number, root: Place['root'], mut = false): Value {
  return { k: 'ref', mut, p: { c, i, root } };
}

/** `&key` / `&value` (or `&mut value`) of the entry at `s`. */
export function keyRef(m: MapV, s: Slot, root: Place['root']): Value {
  return ref(m.chunks[s.c].keys, s.i, root);
}
export function valRef(m: MapV, s: Slot, root: Place['root'], mut = false): Value {
  return ref(m.chunks[s.c].vals, s.i, root, mut);
}

/** A map built from an iterator's items (`collect`, `from`): std first reserves the iterator's lower size
 *  bound (`hint`), then inserts. */
export function mapFromPairs(ip: Interp, kind: MapKind, items: Value[], hint = items.length): MapV {
  const m = withCapacity(newMap(kind), hint);
  for (const it of items) {
    const t = derefAll(ip, it);
    if (isSet(m)) mapInsert(ip, m, t, UNIT);
    else insertPair(ip, m, t);
  }
  return m;
}

/** Insert a `(key, value)` item; rustc rejects any other item (E0308, E0277), so the run stops instead of
 *  inserting a key without a value. */
function insertPair(ip: Interp, m: MapV, t: Value): void {
  const [k, v] = pair(ip, t);
  mapInsert(ip, m, k, v);
}

function pair(ip: Interp, t: Value): [Value, Value] {
  if (t.k !== 'tuple' || t.f.length !== 2) return ip.unsupported(`맵에 넣을 항목이 (키, 값) 튜플이 아님 (${t.k === 'tuple' ? `원소 ${t.f.length}개인 튜플` : t.k})`, { start: ip.at, end: ip.at });
  return [t.f[0], t.f[1]];
}

export function mapIter(ip: Interp, m: MapV, root: Place['root'], mode: 'ref' | 'mut' | 'move'): import('../memory/value.ts').IterV {
  const set = isSet(m);
  if (mode === 'move') return ownedEntries(ip, m, m.kind, set ? 'key' : 'pair');
  const chunks = m.chunks;
  let c = 0, i = 0;
  return iterOf(m.kind, () => {
    while (c < chunks.length && i >= chunks[c].keys.length) { c++; i = 0; }
    if (c >= chunks.length) return null;
    const ch = chunks[c], j = i++;
    if (set) return ref(ch.keys, j, root);
    return { k: 'tuple', f: [ref(ch.keys, j, root), ref(ch.vals, j, root, mode === 'mut')] };
  });
}

/**
 * The map's entries taken out of it, yielded by value (`into_iter`, `into_keys`, `into_values`): the side not
 * yielded is dropped as its entry is passed, and what is left when the iterator is dropped early goes with it
 * (each entry's key, then its value), once.
 */
export function ownedEntries(ip: Interp, m: MapV, desc: string, yields: 'pair' | 'key' | 'value'): import('../memory/value.ts').IterV {
  const [keys, vals] = takeEntries(m);
  const set = isSet(m);
  let i = 0, end = keys.length;
  const take = (j: number): Value => {
    if (yields === 'pair') return { k: 'tuple', f: [keys[j], vals[j]] };
    if (yields === 'key') { if (!set) dropAll(ip, [vals[j]]); return keys[j]; }
    dropAll(ip, [keys[j]]);
    return vals[j];
  };
  const it = iterOf(desc, () => (i < end ? take(i++) : null), () => {
    for (; i < end; i++) dropAll(ip, set ? [keys[i]] : [keys[i], vals[i]]);
  });
  // From the back too (a BTreeMap's; rustc rejects it on a HashMap's): the same, at the other end.
  it.back = () => (i < end ? take(--end) : null);
  it.len = () => BigInt(end - i);
  it.fixed = true;
  return it;
}

/** An iterator over one side of the entries (`keys()`, `values()`, `values_mut()`). */
function sideIter(m: MapV, desc: string, side: 'keys' | 'vals', root: Place['root'], mut: boolean): import('../memory/value.ts').IterV {
  const chunks = m.chunks;
  let c = 0, i = 0;
  return iterOf(desc, () => {
    while (c < chunks.length && i >= chunks[c].keys.length) { c++; i = 0; }
    return c < chunks.length ? ref(chunks[c][side], i++, root, mut) : null;
  });
}

function dropAll(ip: Interp, xs: Value[]): void {
  for (const x of xs) if (needsDrop(x)) dropValue(ip, x, null);
}

export function mapMethod(ip: Interp, p: Place, m: MapV, name: string, args: Value[], span: Span): Value | null {
  const root = p.root;
  switch (name) {
    case 'insert': return mapInsert(ip, m, args[0], isSet(m) ? UNIT : args[1]);
    case 'get': { const s = findKey(ip, m, derefAll(ip, args[0])); return s ? some(isSet(m) ? keyRef(m, s, root) : valRef(m, s, root)) : none(); }
    case 'get_mut': { const s = findKey(ip, m, derefAll(ip, args[0])); return s ? some(valRef(m, s, root, true)) : none(); }
    case 'contains_key': case 'contains': return bool(findKey(ip, m, derefAll(ip, args[0])) !== null);
    case 'remove': {
      const s = findKey(ip, m, derefAll(ip, args[0]));
      if (!s) return isSet(m) ? bool(false) : none();
      const [k, v] = takeAt(ip, m, s);
      if (needsDrop(k)) dropValue(ip, k, null);
      return isSet(m) ? bool(true) : some(v);
    }
    case 'len': return usize(mapLen(m));
    case 'is_empty': return bool(mapLen(m) === 0);
    case 'clear': {
      const [ks, vs] = takeEntries(m);
      dropAll(ip, ks);
      dropAll(ip, vs);
      return UNIT;
    }
    case 'entry': return { k: 'entry', map: m, key: args[0], root };
    case 'keys': return sideIter(m, 'Keys', 'keys', root, false);
    case 'values': return sideIter(m, 'Values', 'vals', root, false);
    case 'values_mut': return sideIter(m, 'ValuesMut', 'vals', root, true);
    case 'iter': return mapIter(ip, m, root, 'ref');
    case 'iter_mut': return mapIter(ip, m, root, 'mut');
    // By value (a `&map` receiver was handled as a reference before reaching here): the map is moved into it.
    case 'into_iter': moveOut(ip, p); return mapIter(ip, m, root, 'move');
    case 'extend': {
      const it = toIter(ip, args[0], span);
      const xs: Value[] = [];
      for (let x = it.next(); x !== null; x = it.next()) xs.push(derefAll(ip, x));
      // std reserves the lower size bound first (half of it when the map already has entries).
      const hint = it.exact ? xs.length : 0;
      if (hint) { const [k, v] = isSet(m) ? [xs[0], UNIT] : pair(ip, xs[0]); reserveFor(ip, m, mapLen(m) ? (hint + 1) >> 1 : hint, k, v); }
      for (const t of xs) { if (isSet(m)) mapInsert(ip, m, t, UNIT); else insertPair(ip, m, t); }
      return UNIT;
    }
    case 'first_key_value': { const s = firstSlot(m); return s ? some({ k: 'tuple', f: [keyRef(m, s, root), valRef(m, s, root)] }) : none(); }
    case 'last_key_value': { const s = lastSlot(m); return s ? some({ k: 'tuple', f: [keyRef(m, s, root), valRef(m, s, root)] }) : none(); }
  }
  return null;
}

type EntryCall = MethodCall<EntryV>;

/** Find the entry's key: where it is (`found`) or would go. */
const where = (c: EntryCall) => locate(c.ip, c.v.map, c.v.key);
function insertWith(c: EntryCall, make: () => Value): Value {
  const m = c.v.map;
  let { s, found } = where(c);
  if (!found) s = place(c.ip, m, s, c.v.key, make());
  else if (needsDrop(c.v.key)) dropValue(c.ip, c.v.key, null);
  return valRef(m, s, c.v.root, true);
}
/** The slot of an occupied entry (an OccupiedEntry method on an entry whose key is gone: unsupported). */
function occupiedSlot(c: EntryCall, name: string): Slot {
  const s = findKey(c.ip, c.v.map, c.v.key);
  return s ?? c.ip.unsupported(`빈 항목의 \`.${name}()\``, c.span);
}

/** `Entry` (hash_map / btree_map) and, decided by whether the key is there, OccupiedEntry / VacantEntry. */
const ENTRY = methods<EntryV>('Entry', {
  or_insert: (c) => insertWith(c, () => c.args[0]),
  or_insert_with: (c) => insertWith(c, () => c.ip.callValue(c.args[0], [], c.span)),
  or_insert_with_key: (c) => insertWith(c, () => c.ip.callValue(c.args[0], [ref([c.v.key], 0, { to: 'temp' })], c.span)),
  or_default: (c) => insertWith(c, () => {
    const m = c.v.map;
    const declared = m.tys?.[1] ? defaultFor(c.ip, m.tys[1]) : null;
    if (declared) return declared;
    const i = m.chunks[0].vals.find((x) => x.k !== 'moved');
    return i ? defaultLike(c.ip, i, c.span) : defaultFor(c.ip, { n: 'i32', a: [] })!;
  }),
  and_modify: (c) => {
    const s = findKey(c.ip, c.v.map, c.v.key);
    if (s) c.ip.callValue(c.args[0], [valRef(c.v.map, s, c.v.root, true)], c.span);
    return c.v;
  },
  key: (c) => ref([c.v.key], 0, { to: 'temp' }),
  /** Set the value (occupied or not) and answer the now occupied entry. */
  insert_entry: (c) => {
    const m = c.v.map;
    const { s, found } = where(c);
    if (!found) { place(c.ip, m, s, c.v.key, c.args[0]); return c.v; }
    const vals = m.chunks[s.c].vals;
    if (needsDrop(vals[s.i])) dropValue(c.ip, vals[s.i], null);
    vals[s.i] = c.args[0];
    return c.v;
  },
  /** VacantEntry::insert → `&mut V`; OccupiedEntry::insert → the old value. */
  insert: (c) => {
    const m = c.v.map;
    const { s, found } = where(c);
    if (!found) return valRef(m, place(c.ip, m, s, c.v.key, c.args[0]), c.v.root, true);
    const vals = m.chunks[s.c].vals;
    const old = vals[s.i];
    vals[s.i] = c.args[0];
    return old;
  },
  get: (c) => valRef(c.v.map, occupiedSlot(c, 'get'), c.v.root),
  get_mut: (c) => valRef(c.v.map, occupiedSlot(c, 'get_mut'), c.v.root, true),
  into_mut: (c) => valRef(c.v.map, occupiedSlot(c, 'into_mut'), c.v.root, true),
  remove: (c) => { const [k, v] = takeAt(c.ip, c.v.map, occupiedSlot(c, 'remove')); return isSet(c.v.map) ? k : v; },
  remove_entry: (c) => { const [k, v] = takeAt(c.ip, c.v.map, occupiedSlot(c, 'remove_entry')); return { k: 'tuple', f: [k, v] }; },
});

export function entryMethod(ip: Interp, e: EntryV, name: string, args: Value[], span: Span): Value | null {
  return lookup(ENTRY, name)?.({ ip, p: { c: [e], i: 0, root: { to: 'temp' } }, v: e, args, span, generics: [] }) ?? null;
}

