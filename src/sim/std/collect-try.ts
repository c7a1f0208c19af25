// `FromIterator` for `Result<C, E>` and `Option<C>`: items are unwrapped into the collection C until the
// first `Err` / `None`, which becomes the whole result (the items already collected are dropped).
import type { Value, EnumV } from '../memory/value.ts';
import { ok, some, none, err } from '../memory/value.ts';
import type { Ty } from '../memory/ty.ts';
import type { Interp } from '../semantics/interp.ts';
import { needsDrop } from '../semantics/interp.ts';
import { dropValue } from '../semantics/drop.ts';
import { coerce } from '../semantics/types.ts';
import { newVec } from '../semantics/buffers.ts';
import { collectCap } from './collect-cap.ts';

function deref(v: Value): Value {
  while (v.k === 'ref') v = v.p.c[v.p.i];
  return v;
}

/** Is `x` the failure variant of the wrapper `kind` (Err for Result, None for Option)? */
function isFailure(x: EnumV, kind: 'Result' | 'Option'): boolean {
  return kind === 'Result' ? x.variant === 'Err' : x.variant === 'None';
}

/** Collects what `next` yields into `t` = `Result<C, E>` / `Option<C>`, pulling no item after the first
 *  failure. Null when an item is not of that wrapper (nothing has been pulled past it then). */
export function collectTry(ip: Interp, next: () => Value | null, t: Ty): Value | null {
  const kind = t.n === 'Result' ? 'Result' : t.n === 'Option' ? 'Option' : null;
  if (!kind) return null;
  const inner: Value[] = [];
  for (let item = next(); item !== null; item = next()) {
    const x = deref(item);
    if (x.k !== 'enum' || x.name !== kind) return null;
    if (isFailure(x, kind)) {
      for (const y of inner) if (needsDrop(y)) dropValue(ip, y, null);
      return kind === 'Result' ? err(x.f[0]) : none();
    }
    inner.push(x.f[0]);
  }
  // GenericShunt has no exact size hint: the Vec grows like a plain `collect` of a filtered iterator.
  const v = newVec(ip, inner, 0, undefined);
  const a = ip.heap.get(v.id);
  a.cap = collectCap(inner.length, a.elemSize);
  const c = t.a[0] && t.a[0].n !== '_' ? coerce(v, t.a[0], ip.heap) : v;
  return kind === 'Result' ? ok(c) : some(c);
}

/** `let r: Result<Vec<_>, _> = iter.collect()`: the Vec the untyped `collect` built, re-collected into `t`. */
export function vecIntoTry(ip: Interp, vecId: number, t: Ty): Value | null {
  const a = ip.heap.get(vecId);
  if (!a.vals.every((x) => { const y = deref(x); return y.k === 'enum' && y.name === t.n; })) return null;
  const items = a.vals;
  a.vals = [];
  ip.heap.free(vecId);
  let i = 0;
  const r = collectTry(ip, () => (i < items.length ? items[i++] : null), t)!;
  for (const y of items.slice(i)) if (needsDrop(y)) dropValue(ip, y, null);
  return r;
}
