// Methods of Box / Rc / Arc as tables: `downcast::<T>()` of a `Box<dyn Any>` / `Rc<dyn Any>`; on any value
// the `dyn Any` / `dyn Error` queries `is` / `downcast_ref` / `downcast_mut::<T>()` and `try_into::<T>()`.
import type * as A from '../syntax/ast.ts';
import { type Value, type BoxV, type RcV, UNIT, bool, ok, err, some, none } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { tyOf, astTy } from '../semantics/types.ts';
import type { Ty } from '../memory/ty.ts';
import { moveOut } from '../semantics/pattern.ts';
import { cloneValue } from '../semantics/expr.ts';
import { isIntTy } from '../memory/int.ts';
import { tyName } from '../memory/ty.ts';
import { stdCall } from './calls.ts';
import { methods, lookup, type MethodCall } from './method-table.ts';

/** The runtime value's type agrees with the written `T` (unknown parts on either side agree). */
function sameTy(a: Ty, b: Ty): boolean {
  if (a.n === '_' || b.n === '_') return true;
  if (a.n !== b.n) return false;
  return a.a.every((x, i) => !b.a[i] || sameTy(x, b.a[i]));
}

function isA(ip: Interp, v: Value, t: A.Type | undefined): boolean | null {
  return t ? sameTy(tyOf(v, ip.heap), astTy(t)) : null;
}

const inBox = (c: MethodCall<BoxV>, mut: boolean): Value => { const a = c.ip.heap.get(c.v.id); return { k: 'ref', mut, p: { c: a.vals, i: 0, root: { to: 'heap', id: a.id } } }; };

const BOX = methods<BoxV>('Box', {
  // `impl AsRef<T> for Box<T>` / AsMut: `e.as_ref()` of a `Box<dyn Error>` is a `&dyn Error`.
  as_ref: (c) => inBox(c, false),
  as_mut: (c) => inBox(c, true),
  downcast: (c) => {
    const m = isA(c.ip, c.ip.heap.get(c.v.id).vals[0], c.generics[0]);
    return m === null ? c.ip.unsupported('타입 인자 없는 `downcast`', c.span) : m ? ok(moveOut(c.ip, c.p)) : err(moveOut(c.ip, c.p));
  },
});

const RC = methods<RcV>('Rc', {
  downcast: (c) => {
    const m = isA(c.ip, c.ip.heap.get(c.v.id).vals[0], c.generics[0]);
    return m === null ? c.ip.unsupported('타입 인자 없는 `downcast`', c.span) : m ? ok(moveOut(c.ip, c.p)) : err(moveOut(c.ip, c.p));
  },
});

/** `dyn Any` / `dyn Error` methods on the value the pointers lead to (`Box<dyn Error>`, `&dyn Any`). */
const ANY = methods<Value>('Any', {
  // `x.try_into()` with the target the checker inferred (../check/types/evaluator-hints.ts): T::try_from(x).
  try_into: (c) => tryInto(c, astTy(c.generics[0])),
  is: (c) => bool(!!isA(c.ip, c.v, c.generics[0])),
  downcast_ref: (c) => (isA(c.ip, c.v, c.generics[0]) ? some({ k: 'ref', mut: false, p: c.p }) : none()),
  downcast_mut: (c) => (isA(c.ip, c.v, c.generics[0]) ? some({ k: 'ref', mut: true, p: c.p }) : none()),
});

function tryInto(c: MethodCall, t: Ty): Value {
  const user = c.ip.index.method(t.n, 'try_from');
  if (user) return c.ip.callMethod(user, [moveOut(c.ip, c.p)], c.span);
  if (isIntTy(t.n) && c.v.k === 'int') return stdCall(c.ip, [t.n, 'try_from'], null, null, [c.v], c.span);
  if (t.n === 'array' && (c.v.k === 'vec' || c.v.k === 'slice')) {
    const items = c.v.k === 'vec' ? c.ip.heap.get(c.v.id).vals : c.v.c.slice(c.v.from, c.v.to);
    if (items.length !== t.len) return err(c.v.k === 'vec' ? moveOut(c.ip, c.p) : { k: 'struct', name: 'TryFromSliceError', f: [UNIT], tuple: true });
    if (c.v.k === 'vec') { moveOut(c.ip, c.p); const a = c.ip.heap.get(c.v.id); const f = a.vals.slice(); c.ip.heap.free(a.id); return ok({ k: 'array', f }); }
    return ok({ k: 'array', f: items.map((x) => cloneValue(c.ip, x)) });
  }
  return c.ip.unsupported(`\`${tyName(t)}\`로의 \`try_into\``, c.span);
}

export function boxTableMethod(c: MethodCall<BoxV>, name: string): Value | null {
  return lookup(BOX, name)?.(c) ?? null;
}
export function rcTableMethod(c: MethodCall<RcV>, name: string): Value | null {
  return lookup(RC, name)?.(c) ?? null;
}
/** Only with a turbofish and no arguments (`e.is::<T>()`), so a user's own `is` / `downcast_ref` is untouched. */
export function anyTableMethod(c: MethodCall, name: string): Value | null {
  if (c.generics.length !== 1 || c.args.length !== 0 || c.v.k === 'ref' || c.v.k === 'box' || c.v.k === 'rc') return null;
  return lookup(ANY, name)?.(c) ?? null;
}
