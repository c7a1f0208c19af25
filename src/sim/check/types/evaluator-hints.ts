// What the evaluator takes from the type checker instead of guessing at run time: the type of every unsuffixed
// numeric literal inference fixed, and the target of a `str::parse()` written without a turbofish. Pure; reads typeck's tables.
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

const BITS: Record<A.IntSuffix, [number, boolean]> = {
  i8: [8, true], i16: [16, true], i32: [32, true], i64: [64, true], i128: [128, true], isize: [64, true],
  u8: [8, false], u16: [16, false], u32: [32, false], u64: [64, false], u128: [128, false], usize: [64, false],
};

/** Whether a literal's magnitude can be written in the type (a signed type's `-MIN` is allowed: `-128` as i8). */
function fits(value: bigint, ty: A.IntSuffix): boolean {
  const [bits, signed] = BITS[ty];
  return value <= (signed ? 1n << BigInt(bits - 1) : (1n << BigInt(bits)) - 1n);
}

/** Unsuffixed numeric literals whose type inference fixed (a literal only defaulted to i32/f64 is left out). */
export function literalTypes(program: A.Program): Map<A.Literal, A.IntSuffix | A.FloatSuffix> {
  const out = new Map<A.Literal, A.IntSuffix | A.FloatSuffix>();
  for (const b of typeckProgram(program).bodies) {
    for (const [lit, ty] of b.tc?.litTypes ?? []) {
      // Two bodies never disagree on one literal; if they did (a shared node), the evaluator keeps guessing.
      const seen = out.get(lit);
      if (seen !== undefined && seen !== ty) { out.delete(lit); continue; }
      if (lit.kind === 'Int' && ty !== 'f32' && ty !== 'f64' && fits(lit.value, ty)) out.set(lit, ty);
      else if (lit.kind === 'Float' && (ty === 'f32' || ty === 'f64')) out.set(lit, ty);
    }
  }
  return out;
}

/** Writes each fixed literal type as the literal's suffix (`200` → `200u8`), which the evaluator honours. */
export function applyLiteralTypes(program: A.Program): void {
  for (const [lit, ty] of literalTypes(program)) {
    if (lit.kind === 'Int' && ty !== 'f32' && ty !== 'f64') lit.suffix = ty;
    else if (lit.kind === 'Float' && (ty === 'f32' || ty === 'f64')) lit.suffix = ty;
  }
}

/** Everything above, for a program the checker accepted (run before evaluating it). */
export function applyTypeHints(program: A.Program): void {
  applyParseTargets(program);
  applyLiteralTypes(program);
}
