// What the evaluator takes from the type checker instead of guessing at run time: the target type of a
// `str::parse()` written without a turbofish (`let n: u64 = s.parse().unwrap()`), and the `T` whose
// default `unwrap_or_default` / `get_or_insert_default` make. Pure; reads typeck's tables.
import type * as A from '../../syntax/ast.ts';
import type { Span } from '../../syntax/span.ts';
import { typeckProgram } from './index.ts';
import type { Ty } from './ty.ts';

/** `s.parse()` calls whose target the checker inferred → that type's name ('u64', 'f32', 'bool', 'String'…). */
export function parseTargets(program: A.Program): Map<A.MethodCallExpr, string> {
  const out = new Map<A.MethodCallExpr, string>();
  for (const b of typeckProgram(program).bodies) {
    const tc = b.tc;
    if (!tc) continue;
    for (const [e, ty] of tc.exprTy) {
      if (e.kind !== 'MethodCall' || e.method !== 'parse' || e.generics.length > 0 || tc.methods.get(e)?.user) continue;
      const r = tc.subst.resolve(ty);
      if (r.k !== 'adt' || r.name !== 'Result' || !r.args[0]) continue;
      const t = tc.subst.resolve(r.args[0]);
      // A named target (`String`, `IpAddr`, a user `FromStr` type) goes over too: the evaluator parses what it
      // models and says plainly what it does not, instead of parsing as an i32.
      const name = t.k === 'int' || t.k === 'float' ? t.kind : t.k === 'bool' || t.k === 'char' ? t.k : t.k === 'adt' && t.args.length === 0 ? t.name : undefined;
      if (name) out.set(e, name);
    }
  }
  return out;
}

/** Writes each inferred target as the call's turbofish (`s.parse()` → `s.parse::<u64>()`) for the evaluator. */
export function applyParseTargets(program: A.Program): void {
  for (const [call, name] of parseTargets(program)) {
    const span = call.methodSpan;
    call.generics = [{ kind: 'PathType', segments: [{ name, args: [], bindings: [], span }], name, text: name, span }];
  }
}

/** A fully known checker type as a written type (for the evaluator's `astTy`); undefined if not known. */
function writtenType(t: Ty, span: Span, resolve: (t: Ty) => Ty, depth = 0): A.Type | undefined {
  if (depth > 12) return undefined;
  const path = (name: string, args: A.Type[]): A.Type => ({ kind: 'PathType', segments: [{ name, args, bindings: [], span }], name, text: name, span } as A.Type);
  const sub = (x: Ty) => writtenType(resolve(x), span, resolve, depth + 1);
  switch (t.k) {
    case 'int': case 'float': return path(t.kind, []);
    case 'bool': case 'char': case 'str': return path(t.k, []);
    case 'ref': { const inner = sub(t.inner); return inner && ({ kind: 'RefType', mut: t.mut, inner, text: '&', span } as A.Type); }
    case 'tuple': { const items = t.items.map(sub); return items.every((x) => x) ? ({ kind: 'TupleType', items: items as A.Type[], text: '()', span } as A.Type) : undefined; }
    case 'adt': { const args = t.args.map(sub); return args.every((x) => x) ? path(t.name, args as A.Type[]) : undefined; }
    case 'array': {
      const elem = sub(t.elem);
      if (!elem || t.len === null) return undefined;
      return { kind: 'ArrayType', elem, len: { kind: 'Lit', lit: { kind: 'Int', value: String(t.len) }, span } as unknown as A.Expr, text: '[]', span } as A.Type;
    }
    case 'slice': case 'never': case 'fn': case 'closure': case 'param': case 'opaque': case 'var': case 'unknown': return undefined;
  }
}

const DEFAULT_METHODS = new Set(['unwrap_or_default', 'get_or_insert_default', 'try_into']);

/** `o.unwrap_or_default()` / `o.get_or_insert_default()` on `Option<T>` / `Result<T, E>`: T as the call's
 *  turbofish, so a `None` still makes the right `T::default()`; `x.try_into()`: the T of its `Result<T, E>`. */
export function applyDefaultTargets(program: A.Program): void {
  for (const b of typeckProgram(program).bodies) {
    const tc = b.tc;
    if (!tc) continue;
    for (const [e, ty] of tc.exprTy) {
      if (e.kind !== 'MethodCall' || !DEFAULT_METHODS.has(e.method) || e.generics.length > 0 || tc.methods.get(e)?.user) continue;
      let r = tc.subst.resolve(ty);
      if (e.method === 'get_or_insert_default') r = r.k === 'ref' ? tc.subst.resolve(r.inner) : r;
      if (e.method === 'try_into') r = r.k === 'adt' && r.name === 'Result' && r.args[0] ? tc.subst.resolve(r.args[0]) : { k: 'unknown' };
      const w = writtenType(r, e.methodSpan, (x) => tc.subst.resolve(x));
      if (w) e.generics = [w];
    }
    for (const [e, ty] of [...tc.exprTy]) {
      // `try_fold` / `try_rfold` over nothing: `Ok(init)` or `Some(init)` — which one, the checker knows.
      if (e.kind !== 'MethodCall' || (e.method !== 'try_fold' && e.method !== 'try_rfold') || e.generics.length > 0 || tc.methods.get(e)?.user) continue;
      let r = tc.subst.resolve(ty);
      const f = e.args[1] ? tc.exprTy.get(e.args[1]) : undefined;
      const fr = f ? tc.subst.resolve(f) : undefined;
      if (r.k !== 'adt' && fr && (fr.k === 'closure' || fr.k === 'fn')) r = tc.subst.resolve(fr.ret);
      if (r.k === 'adt' && (r.name === 'Result' || r.name === 'Option')) e.generics = [{ kind: 'PathType', segments: [{ name: r.name, args: [], bindings: [], span: e.methodSpan }], name: r.name, text: r.name, span: e.methodSpan } as A.Type];
    }
  }
}
