// `FromIterator` for `Result<C, E>` and `Option<C>`: items are unwrapped into the collection C until the
// first `Err` / `None`, which becomes the whole result (the items already collected are dropped).
import type { Value, EnumV } from '../memory/value.ts';
import { ok, some, none, err } from '../memory/value.ts';
import type { Ty } from '../memory/ty.ts';
import type { Interp } from '../semantics/interp.ts';
import { needsDrop } from '../semantics/interp.ts';
import { dropValue } from '../semantics/drop.ts';
import { coerce } from '../semantics/types.ts';
import { newVec } from './collections.ts';
import { collectCap } from './collect-cap.ts';

function deref(v: Value): Value {
  while (v.k === 'ref') v = v.p.c[v.p.i];
  return v;
}

/** Is `x` the failure variant of the wrapper `kind` (Err for Result, None for Option)? */
function isFailure(x: EnumV, kind: 'Result' | 'Option'): boolean {
  return kind === 'Result' ? x.variant === 'Err' : x.variant === 'None';
}

/** Collects `items` (already produced, in order) into `t` = `Result<C, E>` / `Option<C>`. Null when the
 *  items are not of that wrapper (the caller keeps its value). */
export function collectTry(ip: Interp, items: Value[], t: Ty): Value | null {
  const kind = t.n === 'Result' ? 'Result' : t.n === 'Option' ? 'Option' : null;
  if (!kind) return null;
  const inner: Value[] = [];
  for (let i = 0; i < items.length; i++) {
    const x = deref(items[i]);
    if (x.k !== 'enum' || x.name !== kind) return null;
    if (isFailure(x, kind)) {
      for (const y of inner) if (needsDrop(y)) dropValue(ip, y, null);
      for (const y of items.slice(i + 1)) if (needsDrop(y)) dropValue(ip, y, null);
      return kind === 'Result' ? err(x.f[0]) : none();
    }
    inner.push(x.f[0]);
  }
  // GenericShunt has no exact size hint: the Vec grows like a plain `collect` of a filtered iterator.
  const v = newVec(ip, inner, 0, undefined);
  const a = ip.heap.get(v.id);
  a.cap = collectCap(inner.length, a.elemSize);
  const c = coerce(v, t.a[0], ip.heap);
  return kind === 'Result' ? ok(c) : some(c);
}

/** `let r: Result<Vec<_>, _> = iter.collect()`: the Vec the untyped `collect` built, re-collected into `t`. */
export function vecIntoTry(ip: Interp, vecId: number, t: Ty): Value | null {
  const a = ip.heap.get(vecId);
  const r = collectTry(ip, a.vals, t);
  if (r === null) return null;
  a.vals = [];
  ip.heap.free(vecId);
  return r;
}
