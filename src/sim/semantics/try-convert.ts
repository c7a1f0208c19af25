// The `?` operator's error conversion: `Err(e)` leaves the function as `Err(From::from(e))` for the error
// type its signature declares — the user's `impl From<X> for E` whose X is e's type, or `Box<dyn Error>`.
import type * as A from '../syntax/ast.ts';
import type { Span } from '../syntax/span.ts';
import type { Value, EnumV } from '../memory/value.ts';
import type { Interp } from './interp.ts';
import { astTy, tyOf } from './types.ts';
import { tyName } from '../memory/ty.ts';
import { layoutOf } from '../memory/layout.ts';

const targets = new WeakMap<A.Program, WeakMap<A.TryExpr, A.Type>>();

/** Each `?` → the return type of the fn or closure (with a written `-> T`) it returns from. */
function walk(node: unknown, ret: A.Type | undefined, out: WeakMap<A.TryExpr, A.Type>, seen: Set<object>): void {
  if (!node || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) { for (const x of node) walk(x, ret, out, seen); return; }
  const n = node as { kind?: string };
  if (n.kind === 'Fn') ret = (node as A.FnItem).ret;
  else if (n.kind === 'Closure') ret = (node as A.ClosureExpr).ret;
  else if (n.kind === 'Try' && ret) out.set(node as A.TryExpr, ret);
  for (const k in node) if (k !== 'span' && !k.startsWith('$')) walk((node as Record<string, unknown>)[k], ret, out, seen);
}

function targetOf(program: A.Program, e: A.TryExpr): A.Type | undefined {
  let m = targets.get(program);
  if (!m) {
    m = new WeakMap();
    walk(program, undefined, m, new Set());
    targets.set(program, m);
  }
  return m.get(e);
}

/** The `Err` a `?` returns, its payload converted to the declared error type when that differs. */
export function tryErr(ip: Interp, e: A.TryExpr, v: EnumV, span: Span): Value {
  if (v.variant !== 'Err') return v;
  const ret = targetOf(ip.program, e);
  if (!ret || ret.kind !== 'PathType') return v;
  let seg = ret.segments[ret.segments.length - 1];
  // `type Result<T> = std::result::Result<T, AppError>;`: the alias names the error type.
  const alias = ret.segments.length === 1 ? ip.index.aliases.get(seg.name) : undefined;
  if (alias?.kind === 'PathType') seg = alias.segments[alias.segments.length - 1];
  const errTy = seg.name === 'Result' ? seg.args[1] : undefined;
  if (!errTy || errTy.kind !== 'PathType') return v;
  const target = astTy(errTy);
  const payload = v.f[0];
  const have = tyOf(payload, ip.heap);
  if (target.n === 'Box') {
    if (payload.k === 'box') return v;
    const a = ip.heap.alloc('Box', tyName(have), [payload], layoutOf(have, ip.index).size);
    return { ...v, f: [{ k: 'box', id: a.id }] };
  }
  if (have.n === target.n) return v;
  const impls = ip.index.fromImpls.get(target.n);
  if (!impls?.length) return v;
  const def = impls.length === 1 ? impls[0] : impls.find((d) => d.fn.params[0] && astTy(d.fn.params[0].ty).n === have.n);
  if (!def) return v;
  return { ...v, f: [ip.callMethod(def, [payload], span)] };
}
