// More HashMap / BTreeMap / HashSet / BTreeSet methods as tables (one entry per method): retain,
// get_key_value, remove_entry, drain, into_keys / into_values, pop_first / pop_last, first / last, range,
// and the set algebra (union, intersection, difference, symmetric_difference, is_subset / superset / disjoint).
import { type Value, type MapV, UNIT, some, none, bool } from '../memory/value.ts';
import { needsDrop } from '../semantics/interp.ts';
import { dropValue } from '../semantics/drop.ts';
import { derefAll } from '../semantics/place.ts';
import { valueCmp } from '../semantics/ops.ts';
import { iterOf } from './iter.ts';
import { findKey, mapInsert } from './maps.ts';
import { refTo } from './method-helpers.ts';
import { methods, lookup, type MethodCall } from './method-table.ts';

type C = MethodCall<MapV>;
const isSet = (m: MapV) => m.kind.endsWith('Set');
const truthy = (v: Value) => v.k === 'bool' && v.v;
const pair = (k: Value, v: Value): Value => ({ k: 'tuple', f: [k, v] });

/** Rebuild `m` from kept entries (indexes are rebuilt lazily by maps.ts). */
function keepOnly(m: MapV, keep: boolean[]): void {
  const ks: Value[] = [], vs: Value[] = [];
  keep.forEach((k, i) => { if (k) { ks.push(m.keys[i]); vs.push(m.vals[i]); } });
  m.keys.splice(0, m.keys.length, ...ks);
  m.vals.splice(0, m.vals.length, ...vs);
}
function takeAll(m: MapV): [Value[], Value[]] {
  return [m.keys.splice(0), m.vals.splice(0)];
}
function otherSet(c: C): MapV {
  return derefAll(c.ip, c.args[0]) as MapV;
}
function setOp(c: C, pick: (inA: boolean, inB: boolean) => boolean): Value {
  const a = c.v, b = otherSet(c);
  const out: Value[] = [];
  for (const k of a.keys) if (pick(true, findKey(c.ip, b, k) >= 0)) out.push({ k: 'ref', mut: false, p: { c: a.keys, i: a.keys.indexOf(k), root: c.p.root } });
  for (let i = 0; i < b.keys.length; i++) if (findKey(c.ip, a, b.keys[i]) < 0 && pick(false, true)) out.push({ k: 'ref', mut: false, p: { c: b.keys, i, root: c.p.root } });
  if (a.kind === 'BTreeSet') out.sort((x, y) => valueCmp(c.ip, x, y));
  let i = 0;
  return iterOf('SetOp', () => (i < out.length ? out[i++] : null));
}

const MAP = {
  retain: (c: C) => {
    const m = c.v;
    const keep = m.keys.map((_k, i) => truthy(isSet(m) ? c.ip.callValue(c.args[0], [refTo(m.keys, i, c.p.root)], c.span) : c.ip.callValue(c.args[0], [refTo(m.keys, i, c.p.root), refTo(m.vals, i, c.p.root, true)], c.span)));
    keep.forEach((k, i) => { if (!k) { if (needsDrop(m.keys[i])) dropValue(c.ip, m.keys[i], null); if (needsDrop(m.vals[i])) dropValue(c.ip, m.vals[i], null); } });
    keepOnly(m, keep);
    return UNIT;
  },
  drain: (c: C) => { const [ks, vs] = takeAll(c.v); let i = 0; return iterOf('Drain', () => (i < ks.length ? (isSet(c.v) ? ks[i++] : (i++, pair(ks[i - 1], vs[i - 1]))) : null)); },
  pop_first: (c: C) => { const m = c.v; if (!m.keys.length) return none(); const k = m.keys.shift()!, v = m.vals.shift()!; return some(isSet(m) ? k : pair(k, v)); },
  pop_last: (c: C) => { const m = c.v; if (!m.keys.length) return none(); const k = m.keys.pop()!, v = m.vals.pop()!; return some(isSet(m) ? k : pair(k, v)); },
} satisfies Record<string, (c: C) => Value>;

const HASHMAP_LIKE = {
  ...MAP,
  get_key_value: (c: C) => { const i = findKey(c.ip, c.v, derefAll(c.ip, c.args[0])); return i < 0 ? none() : some(pair(refTo(c.v.keys, i, c.p.root), refTo(c.v.vals, i, c.p.root))); },
  remove_entry: (c: C) => {
    const i = findKey(c.ip, c.v, derefAll(c.ip, c.args[0]));
    if (i < 0) return none();
    const keep = c.v.keys.map((_, j) => j !== i);
    const k = c.v.keys[i], v = c.v.vals[i];
    keepOnly(c.v, keep);
    return some(pair(k, v));
  },
  into_keys: (c: C) => { const [ks, vs] = takeAll(c.v); for (const v of vs) if (needsDrop(v)) dropValue(c.ip, v, null); let i = 0; return iterOf('IntoKeys', () => (i < ks.length ? ks[i++] : null)); },
  into_values: (c: C) => { const [ks, vs] = takeAll(c.v); for (const k of ks) if (needsDrop(k)) dropValue(c.ip, k, null); let i = 0; return iterOf('IntoValues', () => (i < vs.length ? vs[i++] : null)); },
  range: (c: C) => {
    const r = derefAll(c.ip, c.args[0]) as { k: 'range'; lo: Value | null; hi: Value | null; incl: boolean };
    const m = c.v;
    const idx: number[] = [];
    for (let i = 0; i < m.keys.length; i++) {
      const k = m.keys[i];
      if (r.lo && valueCmp(c.ip, k, r.lo) < 0) continue;
      if (r.hi && (r.incl ? valueCmp(c.ip, k, r.hi) > 0 : valueCmp(c.ip, k, r.hi) >= 0)) continue;
      idx.push(i);
    }
    let j = 0;
    return iterOf('Range', () => { if (j >= idx.length) return null; const i = idx[j++]; return isSet(m) ? refTo(m.keys, i, c.p.root) : pair(refTo(m.keys, i, c.p.root), refTo(m.vals, i, c.p.root)); });
  },
} satisfies Record<string, (c: C) => Value>;

const SET = {
  ...MAP,
  union: (c: C) => setOp(c, () => true),
  intersection: (c: C) => setOp(c, (a, b) => a && b),
  difference: (c: C) => setOp(c, (a, b) => a && !b),
  symmetric_difference: (c: C) => setOp(c, (a, b) => a !== b),
  is_subset: (c: C) => { const b = otherSet(c); return bool(c.v.keys.every((k) => findKey(c.ip, b, k) >= 0)); },
  is_superset: (c: C) => { const b = otherSet(c); return bool(b.keys.every((k) => findKey(c.ip, c.v, k) >= 0)); },
  is_disjoint: (c: C) => { const b = otherSet(c); return bool(c.v.keys.every((k) => findKey(c.ip, b, k) < 0)); },
  first: (c: C) => (c.v.keys.length ? some(refTo(c.v.keys, 0, c.p.root)) : none()),
  last: (c: C) => (c.v.keys.length ? some(refTo(c.v.keys, c.v.keys.length - 1, c.p.root)) : none()),
  take: (c: C) => HASHMAP_LIKE.remove_entry(c),
  replace: (c: C) => { const k = derefAll(c.ip, c.args[0]); const i = findKey(c.ip, c.v, k); if (i < 0) { mapInsert(c.ip, c.v, c.args[0], UNIT); return none(); } const old = c.v.keys[i]; c.v.keys[i] = c.args[0]; return some(old); },
  range: HASHMAP_LIKE.range,
} satisfies Record<string, (c: C) => Value>;

const TABLES = {
  HashMap: methods<MapV>('HashMap', { ...HASHMAP_LIKE }),
  BTreeMap: methods<MapV>('BTreeMap', { ...HASHMAP_LIKE }),
  HashSet: methods<MapV>('HashSet', { ...SET }),
  BTreeSet: methods<MapV>('BTreeSet', { ...SET }),
};

export function mapTableMethod(c: C, name: string): Value | null {
  const r = lookup(TABLES[c.v.kind], name)?.(c) ?? null;
  // Set `take` answers the key only.
  if (r && name === 'take' && isSet(c.v) && r.k === 'enum' && r.variant === 'Some') return some((r.f[0] as { f: Value[] }).f[0]);
  return r;
}
