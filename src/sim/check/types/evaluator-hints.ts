// What the evaluator takes from the type checker instead of guessing at run time: the target type of a
// `str::parse()` written without a turbofish (`let n: u64 = s.parse().unwrap()`). Pure; reads typeck's tables.
import type * as A from '../../syntax/ast.ts';
import { typeckProgram } from './index.ts';

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
