// `From::from(x)` and `x.into()` whose target type is known only from where the value goes
// (`let m: Meters = x.into();`, a fn's return type): dispatched to the target's `from` (user impl or std).
import type * as A from '../syntax/ast.ts';
import type { Span } from '../syntax/span.ts';
import type { Value } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { astTy } from '../semantics/types.ts';
import { expectedTypeOf } from './expected-types.ts';

/** The `from` to call for a conversion into the type `e`'s value flows into, or null when unknown. */
export function convertInto(ip: Interp, e: A.Expr, arg: Value, span: Span, std: (segs: string[], args: Value[]) => Value): Value | null {
  const t = expectedTypeOf(ip.program, e);
  if (!t) return null;
  const ty = astTy(t);
  if (ty.n === '_') return null;
  const def = ip.index.method(ty.n, 'from');
  if (def) return ip.callMethod(def, [arg], span);
  return std([ty.n, 'from'], [arg]);
}
