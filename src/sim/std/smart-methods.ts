// Methods of Box / Rc / Arc as tables: `downcast::<T>()` of a `Box<dyn Any>` / `Rc<dyn Any>`, and the
// `dyn Any` / `dyn Error` queries `is::<T>()`, `downcast_ref::<T>()`, `downcast_mut::<T>()` on any value.
import type * as A from '../syntax/ast.ts';
import { type Value, type BoxV, type RcV, bool, ok, err, some, none } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { tyOf, astTy } from '../semantics/types.ts';
import type { Ty } from '../memory/ty.ts';
import { moveOut } from '../semantics/pattern.ts';
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
  is: (c) => bool(!!isA(c.ip, c.v, c.generics[0])),
  downcast_ref: (c) => (isA(c.ip, c.v, c.generics[0]) ? some({ k: 'ref', mut: false, p: c.p }) : none()),
  downcast_mut: (c) => (isA(c.ip, c.v, c.generics[0]) ? some({ k: 'ref', mut: true, p: c.p }) : none()),
});

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
