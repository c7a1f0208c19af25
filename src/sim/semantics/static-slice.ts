// Whether an indexed expression is statically a slice (`args: &[String]` indexed as `args[1]`) although the
// simulator holds the `&Vec` it was coerced from: built-in slice indexing panics at the expression's start.
import type * as A from '../syntax/ast.ts';
import type { Interp } from './interp.ts';
import { R } from './resolve.ts';

export function declaredSlice(ip: Interp, e: A.Expr): boolean {
  if (e.kind !== 'PathExpr') return false;
  const slot = R(e).$slot;
  const f = ip.frame;
  if (slot === undefined || !f) return false;
  let t = f.layout.tys[slot];
  while (t && (t.n === '&' || t.n === '&mut')) t = t.a[0];
  return !!t && t.n === 'slice';
}
