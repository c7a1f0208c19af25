// HashMap / HashSet capacity as hashbrown (std's table) sizes it: bucket counts from `with_capacity`,
// growth on insert, `reserve`, `shrink_to`; a removal frees its slot (std's usual case for small tables).
import { type Value, type MapV, UNIT, usize, ok } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { derefAll } from '../semantics/place.ts';
import { tyOf } from '../semantics/types.ts';
import { layoutOf } from '../memory/layout.ts';
import { mapLen } from '../memory/map-chunks.ts';
import { n } from './method-helpers.ts';
import type { MethodCall } from './method-table.ts';

type C = MethodCall<MapV>;

/** hashbrown's `capacity_to_buckets` (x86-64, 16-byte groups): small tables round up to a whole allocation. */
export function bucketsFor(cap: number, entrySize: number): number {
  if (cap === 0) return 0;
  if (cap < 15) {
    const min = entrySize <= 1 ? 14 : entrySize <= 3 ? 7 : 3;
    const c = Math.max(min, cap);
    return c < 4 ? 4 : c < 8 ? 8 : 16;
  }
  let b = 1;
  const adjusted = Math.floor((cap * 8) / 7);
  while (b < adjusted) b *= 2;
  return b;
}

/** hashbrown's `bucket_mask_to_capacity`: how many entries `buckets` hold (7/8 load, one free slot when small). */
export function capacityOf(buckets: number): number {
  if (buckets === 0) return 0;
  return buckets < 8 ? buckets - 1 : (buckets / 8) * 7;
}

/** Size of one stored entry: `(K, V)` for a map, `T` for a set (from the declared types or a stored entry). */
function entrySize(ip: Interp, m: MapV, key?: Value, val?: Value): number {
  const set = m.kind.endsWith('Set');
  const ch = m.chunks[0];
  const k = m.tys?.[0] ?? (key ? tyOf(key, ip.heap) : ch.keys.length ? tyOf(ch.keys[0], ip.heap) : null);
  const v = set ? { n: '()', a: [] } : m.tys?.[1] ?? (val ? tyOf(val, ip.heap) : ch.vals.length ? tyOf(ch.vals[0], ip.heap) : null);
  if (!k || !v || k.n === '_' || v.n === '_') return 8;
  return layoutOf({ n: 'tuple', a: [k, v] }, ip.index).size;
}

/** The bucket count, sizing a `with_capacity` request now that the entry type is known. */
function buckets(ip: Interp, m: MapV, key?: Value, val?: Value): number {
  if (m.requested !== undefined) {
    m.buckets = bucketsFor(m.requested, entrySize(ip, m, key, val));
    delete m.requested;
  }
  return m.buckets ?? 0;
}

/** Make room for `additional` more entries, as `reserve` does (a no-op for BTree containers). */
export function reserveFor(ip: Interp, m: MapV, additional: number, key?: Value, val?: Value): void {
  if (!m.kind.startsWith('Hash')) return;
  const len = mapLen(m);
  // A pending request holds at least `requested` entries whatever the entry size: size it later.
  if (m.requested !== undefined && len + additional <= m.requested) return;
  const cap = capacityOf(buckets(ip, m, key, val));
  if (additional <= cap - len) return;
  m.buckets = bucketsFor(Math.max(len + additional, cap + 1), entrySize(ip, m, key, val));
}

/** `with_capacity(n)` (and the reserve of `collect` / `from`): sized once the entry type is known — the
 *  `let` annotation, or an insert past the request. */
export function withCapacity(m: MapV, cap: number): MapV {
  if (cap > 0 && m.kind.startsWith('Hash')) m.requested = Math.max(cap, m.requested ?? 0);
  return m;
}

function shrinkTo(c: C, min: number): Value {
  const m = c.v;
  const size = Math.max(mapLen(m), min);
  if (size === 0) { m.buckets = 0; delete m.requested; return UNIT; }
  const b = bucketsFor(size, entrySize(c.ip, m));
  if (b < buckets(c.ip, m)) m.buckets = b;
  return UNIT;
}

export const CAPACITY = {
  capacity: (c: C) => usize(capacityOf(buckets(c.ip, c.v))),
  reserve: (c: C) => { reserveFor(c.ip, c.v, n(derefAll(c.ip, c.args[0]))); return UNIT; },
  try_reserve: (c: C) => { reserveFor(c.ip, c.v, n(derefAll(c.ip, c.args[0]))); return ok(UNIT); },
  shrink_to_fit: (c: C) => shrinkTo(c, 0),
  shrink_to: (c: C) => shrinkTo(c, n(derefAll(c.ip, c.args[0]))),
} satisfies Record<string, (c: C) => Value>;
