// More `Option` / `Result` methods as tables (one entry per method): and / xor / zip / unzip / flatten /
// transpose, get_or_insert(_with / _default), insert, take_if, inspect(_err), is_none_or / is_err_and, map_or_else,
// as_deref, iter_mut, cloned / copied (keeping Ok).
import { type Value, type EnumV, some, none, ok, bool } from '../memory/value.ts';
import { cloneValue } from '../semantics/expr.ts';
import { dropDiscarded } from '../semantics/drop.ts';
import { moveOut } from '../semantics/pattern.ts';
import { derefAll } from '../semantics/place.ts';
import { iterOf } from './iter.ts';
import { refTo, derefSimple } from './method-helpers.ts';
import { methods, lookup, type MethodCall } from './method-table.ts';
import { defaultFor } from './calls.ts';
import { astTy } from '../semantics/types.ts';

type C = MethodCall<EnumV>;
const good = (v: EnumV) => v.variant === 'Some' || v.variant === 'Ok';
const take = (c: C) => moveOut(c.ip, c.p) as EnumV;
const call = (c: C, f: Value, ...xs: Value[]) => c.ip.callValue(f, xs, c.span);
const truthy = (v: Value) => v.k === 'bool' && v.v;
const wrapLike = (v: EnumV, x: Value) => (v.name === 'Option' ? some(x) : ok(x));
const deref = (c: C, i = 0) => derefAll(c.ip, c.args[i]) as EnumV;
/** What a by-value method discards (a payload, an unused argument or closure) is dropped here. */
const gone = (c: C, ...xs: Value[]): void => dropDiscarded(c.ip, ...xs);

const SHARED = {
  and: (c: C) => { const x = take(c); if (good(x)) { gone(c, x.f[0]); return c.args[0]; } gone(c, c.args[0]); return x; },
  inspect: (c: C) => { const x = take(c); if (good(x)) call(c, c.args[0], refTo(x.f, 0, { to: 'temp' })); return x; },
  map_or_else: (c: C) => { const x = take(c); return good(x) ? call(c, c.args[1], x.f[0]) : x.name === 'Option' ? call(c, c.args[0]) : call(c, c.args[0], x.f[0]); },
  cloned: (c: C) => (good(c.v) ? wrapLike(c.v, cloneValue(c.ip, derefSimple(c.v.f[0]))) : c.v),
  copied: (c: C) => (good(c.v) ? wrapLike(c.v, cloneValue(c.ip, derefSimple(c.v.f[0]))) : c.v),
  flatten: (c: C) => { const x = take(c); return good(x) ? (x.f[0] as EnumV) : x; },
  iter_mut: (c: C) => { let done = !good(c.v); return iterOf('IterMut', () => { if (done) return null; done = true; return refTo(c.v.f, 0, c.p.root, true); }); },
  as_deref: (c: C) => (c.v.f.length ? { k: 'enum', name: c.v.name, variant: c.v.variant, f: [refTo(c.v.f, 0, c.p.root)] } : c.v),
  as_deref_mut: (c: C) => (c.v.f.length ? { k: 'enum', name: c.v.name, variant: c.v.variant, f: [refTo(c.v.f, 0, c.p.root, true)] } : c.v),
} satisfies Record<string, (c: C) => Value>;

const OPTION = methods<EnumV>('Option', {
  ...SHARED,
  xor: (c) => { const x = take(c), y = deref(c); if (good(x) && !good(y)) return x; if (!good(x) && good(y)) return y; if (good(x)) gone(c, x.f[0], y.f[0]); return none(); },
  zip: (c) => { const x = take(c), y = deref(c); if (good(x) && good(y)) return some({ k: 'tuple', f: [x.f[0], y.f[0]] }); if (good(x)) gone(c, x.f[0]); if (good(y)) gone(c, y.f[0]); return none(); },
  unzip: (c) => { const x = take(c); if (!good(x)) return { k: 'tuple', f: [none(), none()] }; const t = derefAll(c.ip, x.f[0]); if (t.k !== 'tuple' || t.f.length !== 2) return c.ip.unsupported(`unzip의 값이 두 값의 튜플이 아님 (${t.k})`, c.span); return { k: 'tuple', f: [some(t.f[0]), some(t.f[1])] }; },
  insert: (c) => { c.p.c[c.p.i] = some(c.args[0]); return refTo((c.p.c[c.p.i] as EnumV).f, 0, c.p.root, true); },
  get_or_insert: (c) => { if (!good(c.v)) c.p.c[c.p.i] = some(c.args[0]); return refTo((c.p.c[c.p.i] as EnumV).f, 0, c.p.root, true); },
  get_or_insert_default: (c) => {
    if (!good(c.v)) {
      const d = c.generics[0] ? defaultFor(c.ip, astTy(c.generics[0])) : null;
      if (!d) return c.ip.unsupported('기본값의 타입을 알 수 없는 `get_or_insert_default`', c.span);
      c.p.c[c.p.i] = some(d);
    }
    return refTo((c.p.c[c.p.i] as EnumV).f, 0, c.p.root, true);
  },
  get_or_insert_with: (c) => { if (!good(c.v)) c.p.c[c.p.i] = some(call(c, c.args[0])); return refTo((c.p.c[c.p.i] as EnumV).f, 0, c.p.root, true); },
  take_if: (c) => { if (!good(c.v) || !truthy(call(c, c.args[0], refTo(c.v.f, 0, c.p.root, true)))) return none(); const old = c.p.c[c.p.i]; c.p.c[c.p.i] = none(); return old; },
  is_none_or: (c) => { const x = take(c); return bool(!good(x) || truthy(call(c, c.args[0], x.f[0]))); },
  transpose: (c) => { const x = take(c); if (!good(x)) return ok(none()); const r = x.f[0] as EnumV; return good(r) ? ok(some(r.f[0])) : r; },
  // A `Pin<&Option<T>>` is drawn as the reference it wraps: as_ref / as_mut of the Option.
  as_pin_ref: (c) => (c.v.f.length ? some(refTo(c.v.f, 0, c.p.root)) : c.v),
  as_pin_mut: (c) => (c.v.f.length ? some(refTo(c.v.f, 0, c.p.root, true)) : c.v),
  as_slice: (c) => ({ k: 'slice', c: c.v.f, from: 0, to: c.v.f.length, root: c.p.root, mut: false }),
  as_mut_slice: (c) => ({ k: 'slice', c: c.v.f, from: 0, to: c.v.f.length, root: c.p.root, mut: true }),
});

const RESULT = methods<EnumV>('Result', {
  ...SHARED,
  inspect_err: (c) => { const x = take(c); if (!good(x)) call(c, c.args[0], refTo(x.f, 0, { to: 'temp' })); return x; },
  is_err_and: (c) => { const x = take(c); if (!good(x)) return bool(truthy(call(c, c.args[0], x.f[0]))); gone(c, x.f[0], c.args[0]); return bool(false); },
  transpose: (c) => { const x = take(c); if (!good(x)) return some(x); const o = x.f[0] as EnumV; return good(o) ? some(ok(o.f[0])) : none(); },
  iter: (c) => { let done = !good(c.v); return iterOf('Iter', () => { if (done) return null; done = true; return refTo(c.v.f, 0, c.p.root); }); },
});

export function optionTableMethod(c: C, name: string): Value | null {
  return lookup(c.v.name === 'Option' ? OPTION : RESULT, name)?.(c) ?? null;
}
