// More HashMap / BTreeMap / HashSet / BTreeSet methods as tables (one entry per method): retain, extract_if,
// get_key_value, remove_entry, drain, into_keys / into_values, pop_first / pop_last, first / last, range(_mut),
// split_off, append, first_entry / last_entry, get_disjoint_mut, capacity, and the set algebra.
import { type Value, type MapV, type MapChunk, UNIT, some, none, bool } from '../memory/value.ts';
import { needsDrop } from '../semantics/interp.ts';
import { dropValue } from '../semantics/drop.ts';
import { derefAll } from '../semantics/place.ts';
import { moveOut } from '../semantics/pattern.ts';
import { valueCmp, valueEq } from '../semantics/ops.ts';
import { iterOf } from './iter.ts';
import { findKey, mapInsert, takeAt, keyRef, valRef, isSorted, ownedEntries } from './maps.ts';
import { type Slot, allKeys, takeEntries, setEntries, lowerBound, firstSlot, lastSlot, emptyChunks } from '../memory/map-chunks.ts';
import { refTo, libPanic } from './method-helpers.ts';
import { methods, lookup, type MethodCall } from './method-table.ts';
import { CAPACITY } from './map-capacity.ts';
import { hasherOf } from './hash-state.ts';

type C = MethodCall<MapV>;
const isSet = (m: MapV) => m.kind.endsWith('Set');
const truthy = (v: Value) => v.k === 'bool' && v.v;
const pair = (k: Value, v: Value): Value => ({ k: 'tuple', f: [k, v] });
const cmpOf = (c: C) => (a: Value, b: Value) => valueCmp(c.ip, a, b);

function dropIt(c: C, v: Value): void {
  if (needsDrop(v)) dropValue(c.ip, v, null);
}
function otherMap(c: C): MapV {
  return derefAll(c.ip, c.args[0]) as MapV;
}
function emptyLike(m: MapV): MapV {
  return { k: 'map', kind: m.kind, chunks: emptyChunks(), ...(m.tys ? { tys: m.tys } : {}) };
}

/** The predicate's answer for the entry at `s` (`|k| …` for sets, `|k, v| …` with `&mut V` for maps). */
function ask(c: C, f: Value, m: MapV, s: Slot): boolean {
  const ch = m.chunks[s.c];
  const args = isSet(m) ? [refTo(ch.keys, s.i, c.p.root)] : [refTo(ch.keys, s.i, c.p.root), refTo(ch.vals, s.i, c.p.root, true)];
  return truthy(c.ip.callValue(f, args, c.span));
}

/** Skip past exhausted chunks; null at the end. */
function settle(m: MapV, s: Slot): Slot | null {
  while (s.c < m.chunks.length && s.i >= m.chunks[s.c].keys.length) s = { c: s.c + 1, i: 0 };
  return s.c < m.chunks.length ? s : null;
}

/** Where std (rustc 1.95, not #[track_caller]) reports these panics. */
const RUSTC_SRC = '/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/alloc/src/collections/btree/search.rs';
const RANGE_PANIC: Record<MapV['kind'], { file: string; line: number; col: number }> = {
  BTreeMap: { file: RUSTC_SRC, line: 121, col: 21 },
  BTreeSet: { file: RUSTC_SRC, line: 119, col: 21 },
  HashMap: { file: RUSTC_SRC, line: 121, col: 21 },
  HashSet: { file: RUSTC_SRC, line: 119, col: 21 },
};
const DISJOINT_PANIC = { file: '/rust/deps/hashbrown-0.16.1/src/raw/mod.rs', line: 1323, col: 21 };

type RangeArg = { lo: Value | null; hi: Value | null; incl: boolean };
function rangeArg(c: C, v: Value): RangeArg {
  const r = derefAll(c.ip, v);
  return r.k === 'range' ? r : { lo: null, hi: null, incl: false };
}

/** Slots of the keys inside `r`, in order; panics as std does on an inverted range. */
function rangeSlots(c: C, m: MapV, r: RangeArg): { from: Slot | null; inside: (k: Value) => boolean } {
  const cmp = cmpOf(c);
  // (`a..a` is merely empty; std's "equal and excluded" panic needs explicit `Bound`s.)
  if (r.lo && r.hi && cmp(r.lo, r.hi) > 0) libPanic(c.ip, `range start is greater than range end in ${m.kind}`, RANGE_PANIC[m.kind], c.span);
  const from = settle(m, r.lo ? lowerBound(m, r.lo, cmp) : { c: 0, i: 0 });
  const inside = (k: Value) => !r.hi || (r.incl ? cmp(k, r.hi) <= 0 : cmp(k, r.hi) < 0);
  return { from, inside };
}

function rangeIter(c: C, mut: boolean): Value {
  const m = c.v;
  const { from, inside } = rangeSlots(c, m, rangeArg(c, c.args[0]));
  let s = from;
  return iterOf(mut ? 'RangeMut' : 'Range', () => {
    if (!s) return null;
    const ch = m.chunks[s.c];
    if (!inside(ch.keys[s.i])) { s = null; return null; }
    const here = s;
    s = settle(m, { c: s.c, i: s.i + 1 });
    return isSet(m) ? keyRef(m, here, c.p.root) : pair(keyRef(m, here, c.p.root), valRef(m, here, c.p.root, mut));
  });
}

/** `extract_if`: a lazy iterator taking out the entries the predicate accepts (inside `range` for BTree*). */
function extractIf(c: C, f: Value, r: RangeArg | null): Value {
  const m = c.v;
  let s: Slot | null;
  let inside = (_k: Value) => true;
  if (r) ({ from: s, inside } = rangeSlots(c, m, r));
  else s = settle(m, { c: 0, i: 0 });
  return iterOf('ExtractIf', () => {
    while (s && inside(m.chunks[s.c].keys[s.i])) {
      if (ask(c, f, m, s)) {
        const [k, v] = takeAt(c.ip, m, s);
        s = settle(m, s);
        return isSet(m) ? k : pair(k, v);
      }
      s = settle(m, { c: s.c, i: s.i + 1 });
    }
    s = null;
    return null;
  });
}

/** The entries of both sets a set operation yields (in order for BTreeSet). */
function setOp(c: C, pick: (inA: boolean, inB: boolean) => boolean): Value {
  const a = c.v, b = otherMap(c);
  const out: Value[] = [];
  const visit = (m: MapV, other: MapV, first: boolean) => {
    m.chunks.forEach((ch) => ch.keys.forEach((k, i) => {
      const inOther = findKey(c.ip, other, k) !== null;
      if (first ? pick(true, inOther) : !inOther && pick(false, true)) out.push(refTo(ch.keys, i, c.p.root));
    }));
  };
  visit(a, b, true);
  visit(b, a, false);
  if (a.kind === 'BTreeSet') out.sort(cmpOf(c));
  let i = 0;
  return iterOf('SetOp', () => (i < out.length ? out[i++] : null));
}

/** An occupied entry at `s` (`first_entry` / `last_entry`). */
function occupied(c: C, s: Slot | null): Value {
  return s ? some({ k: 'entry', map: c.v, key: c.v.chunks[s.c].keys[s.i], root: c.p.root }) : none();
}

function popAt(c: C, s: Slot | null): Value {
  if (!s) return none();
  const [k, v] = takeAt(c.ip, c.v, s);
  return some(isSet(c.v) ? k : pair(k, v));
}

/** Every map and set. */
const ALL = {
  retain: (c: C) => {
    const m = c.v;
    const ks: Value[] = [], vs: Value[] = [];
    m.chunks.forEach((ch, ci) => ch.keys.forEach((k, i) => {
      if (ask(c, c.args[0], m, { c: ci, i })) { ks.push(k); vs.push(ch.vals[i]); }
      else { dropIt(c, k); dropIt(c, ch.vals[i]); }
    }));
    setEntries(m, ks, vs);
    return UNIT;
  },
  extract_if: (c: C) => (isSorted(c.v) ? extractIf(c, c.args[1], rangeArg(c, c.args[0])) : extractIf(c, c.args[0], null)),
} satisfies Record<string, (c: C) => Value>;

/** HashMap and HashSet. */
const HASH = {
  ...ALL,
  drain: (c: C) => { const [ks, vs] = takeEntries(c.v); let i = 0; return iterOf('Drain', () => (i < ks.length ? (isSet(c.v) ? ks[i++] : (i++, pair(ks[i - 1], vs[i - 1]))) : null)); },
  ...CAPACITY,
  hasher: (c: C) => refTo(hasherOf(c.v), 0, c.p.root),
} satisfies Record<string, (c: C) => Value>;

/** BTreeMap and BTreeSet. */
const BTREE = {
  ...ALL,
  pop_first: (c: C) => popAt(c, firstSlot(c.v)),
  pop_last: (c: C) => popAt(c, lastSlot(c.v)),
  range: (c: C) => rangeIter(c, false),
  /** Moves every entry of `other` in (an equal key's entry from `other` replaces this one's). */
  append: (c: C) => {
    const m = c.v, o = otherMap(c);
    const [ak, av] = takeEntries(m), [bk, bv] = takeEntries(o);
    const ks: Value[] = [], vs: Value[] = [];
    let i = 0, j = 0;
    while (i < ak.length || j < bk.length) {
      const d = i >= ak.length ? 1 : j >= bk.length ? -1 : valueCmp(c.ip, ak[i], bk[j]);
      if (d < 0) { ks.push(ak[i]); vs.push(av[i++]); continue; }
      if (d === 0) { dropIt(c, ak[i]); dropIt(c, av[i++]); }
      ks.push(bk[j]); vs.push(bv[j++]);
    }
    setEntries(m, ks, vs);
    return UNIT;
  },
  /** Everything from `key` on moves to a new map. */
  split_off: (c: C) => {
    const m = c.v, out = emptyLike(m);
    const s = lowerBound(m, derefAll(c.ip, c.args[0]), cmpOf(c));
    const ch = m.chunks[s.c];
    const tail: MapChunk = { keys: ch.keys.splice(s.i), vals: ch.vals.splice(s.i) };
    const moved = [tail, ...m.chunks.splice(s.c + 1)].filter((x) => x.keys.length);
    if (moved.length) out.chunks = moved;
    if (!m.chunks[s.c].keys.length && m.chunks.length > 1) m.chunks.splice(s.c, 1);
    return out;
  },
} satisfies Record<string, (c: C) => Value>;

/** HashMap and BTreeMap. */
const MAPS = {
  get_key_value: (c: C) => { const s = findKey(c.ip, c.v, derefAll(c.ip, c.args[0])); return s ? some(pair(keyRef(c.v, s, c.p.root), valRef(c.v, s, c.p.root))) : none(); },
  remove_entry: (c: C) => {
    const s = findKey(c.ip, c.v, derefAll(c.ip, c.args[0]));
    if (!s) return none();
    const [k, v] = takeAt(c.ip, c.v, s);
    return some(pair(k, v));
  },
  into_keys: (c: C) => { moveOut(c.ip, c.p); return ownedEntries(c.ip, c.v, 'IntoKeys', 'key'); },
  into_values: (c: C) => { moveOut(c.ip, c.p); return ownedEntries(c.ip, c.v, 'IntoValues', 'value'); },
} satisfies Record<string, (c: C) => Value>;

/** HashSet and BTreeSet. */
const SETS = {
  union: (c: C) => setOp(c, () => true),
  intersection: (c: C) => setOp(c, (a, b) => a && b),
  difference: (c: C) => setOp(c, (a, b) => a && !b),
  symmetric_difference: (c: C) => setOp(c, (a, b) => a !== b),
  is_subset: (c: C) => { const b = otherMap(c); return bool(allKeys(c.v).every((k) => findKey(c.ip, b, k) !== null)); },
  is_superset: (c: C) => { const b = otherMap(c); return bool(allKeys(b).every((k) => findKey(c.ip, c.v, k) !== null)); },
  is_disjoint: (c: C) => { const b = otherMap(c); return bool(allKeys(c.v).every((k) => findKey(c.ip, b, k) === null)); },
  take: (c: C) => { const s = findKey(c.ip, c.v, derefAll(c.ip, c.args[0])); return s ? some(takeAt(c.ip, c.v, s)[0]) : none(); },
  replace: (c: C) => {
    const s = findKey(c.ip, c.v, derefAll(c.ip, c.args[0]));
    if (!s) { mapInsert(c.ip, c.v, c.args[0], UNIT); return none(); }
    const ks = c.v.chunks[s.c].keys;
    const old = ks[s.i];
    ks[s.i] = c.args[0];
    return some(old);
  },
} satisfies Record<string, (c: C) => Value>;

const TABLES = {
  HashMap: methods<MapV>('HashMap', {
    ...HASH,
    ...MAPS,
    /** `[Option<&mut V>; N]`; std panics when two of the keys are equal. */
    get_disjoint_mut: (c: C) => {
      const arr = derefAll(c.ip, c.args[0]);
      const keys = arr.k === 'array' ? arr.f.map((k) => derefAll(c.ip, k)) : [];
      keys.forEach((k, i) => {
        for (let j = 0; j < i; j++) if (valueEq(c.ip, keys[j], k)) libPanic(c.ip, 'duplicate keys found', DISJOINT_PANIC, c.span);
      });
      return { k: 'array', f: keys.map((k) => { const s = findKey(c.ip, c.v, k); return s ? some(valRef(c.v, s, c.p.root, true)) : none(); }) };
    },
  }),
  BTreeMap: methods<MapV>('BTreeMap', {
    ...BTREE,
    ...MAPS,
    range_mut: (c: C) => rangeIter(c, true),
    first_entry: (c: C) => occupied(c, firstSlot(c.v)),
    last_entry: (c: C) => occupied(c, lastSlot(c.v)),
  }),
  HashSet: methods<MapV>('HashSet', { ...HASH, ...SETS }),
  BTreeSet: methods<MapV>('BTreeSet', {
    ...BTREE,
    ...SETS,
    first: (c: C) => { const s = firstSlot(c.v); return s ? some(keyRef(c.v, s, c.p.root)) : none(); },
    last: (c: C) => { const s = lastSlot(c.v); return s ? some(keyRef(c.v, s, c.p.root)) : none(); },
  }),
};

export function mapTableMethod(c: C, name: string): Value | null {
  return lookup(TABLES[c.v.kind], name)?.(c) ?? null;
}

