// What the evaluator takes from the type checker instead of guessing at run time: the type of every unsuffixed
// numeric literal inference fixed, and the targets of `parse`/`collect`/`sum`/`product`/`Default::default()` written
// without one, and the `T` of `unwrap_or_default` / `get_or_insert_default` / `try_into` / `try_fold`. Pure; reads
// typeck's tables and writes what it found into the AST the evaluator reads.
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

/** Std types the evaluator builds by name (what `collect` / `Default::default()` may be asked for). */
const BUILT_BY_NAME = new Set(['Vec', 'VecDeque', 'HashSet', 'BTreeSet', 'BinaryHeap', 'HashMap', 'BTreeMap', 'String', 'Result', 'Option']);

/** A written type for an inferred one: primitives, std types by name, references, tuples; `_` where unknown. */
export function writtenType(t: Ty, span: A.Span, depth = 0): A.Type {
  const path = (name: string, args: A.Type[]): A.Type => ({
    kind: 'PathType', segments: [{ name, args, bindings: [], span }], name, span,
    text: args.length ? `${name}<${args.map((a) => a.text).join(', ')}>` : name,
  });
  const infer: A.Type = { kind: 'InferType', text: '_', span } as A.Type;
  if (depth > 8) return infer;
  const sub = (x: Ty) => writtenType(x, span, depth + 1);
  switch (t.k) {
    case 'int': case 'float': return path(t.kind, []);
    case 'bool': case 'char': case 'str': return path(t.k, []);
    case 'adt': return BUILT_BY_NAME.has(t.name) || t.args.length === 0 ? path(t.name, t.args.map(sub)) : infer;
    case 'ref': { const inner = sub(t.inner); return { kind: 'RefType', mut: t.mut, inner, text: `&${t.mut ? 'mut ' : ''}${inner.text}`, span }; }
    case 'tuple': { const items = t.items.map(sub); return { kind: 'TupleType', items, text: `(${items.map((i) => i.text).join(', ')})`, span }; }
    case 'array': case 'slice': case 'never': case 'fn': case 'closure': case 'param': case 'opaque': case 'var': case 'unknown':
      return infer;
  }
}

/** Primitive, std and plain user types: the `Default::default()` calls the evaluator can build as `T::default()`. */
function defaultOwner(t: Ty): string | undefined {
  if (t.k === 'int' || t.k === 'float') return t.kind;
  if (t.k === 'bool' || t.k === 'char') return t.k;
  if (t.k === 'adt' && BUILT_BY_NAME.has(t.name) && t.name !== 'Result') return t.name;
  // A user type without type arguments: `T::default()` is its derive or its `impl Default`.
  if (t.k === 'adt' && t.args.length === 0 && !BUILT_BY_NAME.has(t.name)) return t.name;
  return undefined;
}

/**
 * Targets of `collect()` (a std collection by name), `sum()` / `product()` (a number) and `Default::default()` (a
 * primitive or std type) that inference fixed, written where the evaluator reads them: as the call's turbofish
 * (`collect::<HashSet<u32>>()`), or as the owner of `default` (`u8::default()`).
 */
export function applyTargets(program: A.Program): void {
  for (const b of typeckProgram(program).bodies) {
    const tc = b.tc;
    if (!tc) continue;
    for (const [e, ty] of tc.exprTy) {
      const t = tc.subst.resolve(ty);
      if (e.kind === 'MethodCall' && e.generics.length === 0 && e.args.length === 0 && !tc.methods.get(e)?.user) {
        const collect = e.method === 'collect' && t.k === 'adt' && BUILT_BY_NAME.has(t.name);
        // A user type with no type arguments: the evaluator calls its `impl Sum` / `impl Product`.
        const sum = (e.method === 'sum' || e.method === 'product') && (t.k === 'int' || t.k === 'float' || (t.k === 'adt' && t.args.length === 0 && !BUILT_BY_NAME.has(t.name)));
        if (collect || sum) e.generics = [writtenType(t, e.methodSpan)];
      } else if (e.kind === 'Call' && e.args.length === 0 && e.callee.kind === 'PathExpr' && e.callee.path.text === 'Default::default') {
        const owner = defaultOwner(t);
        const p = e.callee.path;
        if (!owner || p.segments.length !== 2) continue;
        const args = t.k === 'adt' ? t.args.map((a) => writtenType(a, p.span)) : [];
        p.segments = [{ name: owner, generics: args, span: p.segments[0].span }, p.segments[1]];
        p.text = `${owner}::default`;
      }
    }
  }
}


/** A fully known checker type as a written type (for the evaluator's `astTy`); undefined if any part is unknown. */
function knownType(t: Ty, span: Span, resolve: (t: Ty) => Ty, depth = 0): A.Type | undefined {
  if (depth > 12) return undefined;
  const path = (name: string, args: A.Type[]): A.Type => ({ kind: 'PathType', segments: [{ name, args, bindings: [], span }], name, text: name, span } as A.Type);
  const sub = (x: Ty) => knownType(resolve(x), span, resolve, depth + 1);
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
      const w = knownType(r, e.methodSpan, (x) => tc.subst.resolve(x));
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

/** Everything above, for a program the checker accepted (run before evaluating it). */
export function applyTypeHints(program: A.Program): void {
  applyParseTargets(program);
  applyTargets(program);
  applyDefaultTargets(program);
  applyLiteralTypes(program);
}
