// Type inference for one fn body (closures included): walks the AST once, unifying with inference variables,
// then defaults literals. Output: side tables keyed by node — expression types, local bindings, method
// resolutions, auto-deref counts. Conservative: whatever it cannot tell is `Unknown`, never an error.
import type * as A from '../../syntax/ast.ts';
import type { Span } from '../../syntax/ast.ts';
import { adt, BOOL, CHAR, F64, ref, STR, STRING, UNIT, UNKNOWN, USIZE, type Ty } from './ty.ts';
import { Subst } from './unify.ts';
import type { FnBody, ItemEnv, MethodDef } from './items.ts';
import { lowerType, paramScope, type TyScope } from './lower-type.ts';
import { stdMethod, type RecvMode } from './std-methods.ts';
import { stdTakesSelf } from './std-receivers.ts';
import { RC_BY_VALUE, stdCall } from './std-calls.ts';
import { rcRefArgError } from './std-call-errors.ts';
import { iterCall, targetPairs, type IterCall } from './iter-methods.ts';
import { inlineFormatNames } from './format-names.ts';
import { clash, mismatchName } from './mismatch.ts';
import { withDeclaredLifetimes } from './declared-type.ts';
import { error, label, note, suggest, insert, replace, type CompileDiagnostic } from '../diagnostic.ts';
import { isKnown, knownOrLiteral, showTy } from './ty.ts';
import { stdArityError, stdMethodParams } from './std-arity.ts';
import { negativeIndexError, negativeLiteral, negIndexNeedsSigned, unsignedParam } from './negative-args.ts';
import { unsizedLocalError } from './sized.ts';
import { dynCastError, dynMethodError } from './dyn-methods.ts';
import { implIterator, iteratorIndexError, iteratorLenError } from './impl-iterator.ts';
import { refPatMutError, variantPatternError, type RefPatSite } from './pattern-mismatch.ts';
import { placeholders } from './format-specs.ts';
import { arithmeticError, supertraitCallError, compareRefError, formatTraitError, genericCompareError, missingMethodError, optionMethodError, questionInUnitFn, strIndexError, tupleArityError, tupleLenMismatch } from './trait-errors.ts';

export interface LocalVar {
  id: number;
  name: string;
  mut: boolean;
  ty: Ty;
  /** The binding's identifier (rustc points its "move occurs because" label here). */
  span: Span;
  kind: 'let' | 'param' | 'self' | 'pat' | 'closure-param' | 'for';
  /** How the binding holds its value: by value, or by reference (`ref x` / match ergonomics). */
  mode: 'value' | 'ref' | 'ref-mut';
  /** The closure whose parameter or body declares it (undefined: the fn body itself). */
  closure?: A.ClosureExpr;
}

export interface MethodRes {
  recv: RecvMode | 'unknown';
  /** Auto-derefs applied to the receiver before the method was found. */
  derefs: number;
  /** The receiver type at the step where the method was found. */
  selfTy: Ty;
  ret: Ty;
  user?: MethodDef;
}

export interface Typeck {
  env: ItemEnv;
  subst: Subst;
  exprTy: Map<A.Expr, Ty>;
  patLocal: Map<A.IdentPat, LocalVar>;
  pathLocal: Map<A.PathExpr, LocalVar>;
  methods: Map<A.MethodCallExpr, MethodRes>;
  /** Implicit derefs applied to a field/index/tuple-index object (auto-deref). */
  derefs: Map<A.Expr, number>;
  /** `{name}` arguments written inside format strings, resolved to locals. */
  fmtInline: Map<A.FormatArgs, Array<{ local: LocalVar; span: Span }>>;
  /** Closure parameters' types and return type, by closure. */
  closures: Map<A.ClosureExpr, Ty>;
  locals: LocalVar[];
  /** The fn's declared return type. */
  ret: Ty;
  /** Parameters (and `&self`) declared with a shared reference type: where `mut ` would go. */
  refParams: Map<number, A.Pos>;
  /** Parameters of reference type without a written lifetime: the type's span (rustc names its lifetime `'1`). */
  refParamAmp: Map<number, Span>;
  /** Initialisers of `let x = init;` bindings (no annotation), by local. */
  letInits: Map<number, A.Expr>;
  /** Type errors found while inferring (E0308, …), in discovery order. */
  diags: CompileDiagnostic[];
  /** Unsuffixed numeric literals whose type inference fixed before literal defaulting (never a defaulted i32/f64). */
  litTypes: Map<A.Literal, A.IntSuffix | A.FloatSuffix>;
  /** Resolved type of an expression (after defaulting); Unknown when not recorded. */
  typeOf(e: A.Expr): Ty;
}

/** Std structs (rustc words them `struct` in E0308 notes) the checker names. */
const STD_STRUCTS = new Set(['Vec', 'VecDeque', 'HashMap', 'HashSet', 'BTreeMap', 'BTreeSet', 'Box', 'Rc', 'Arc', 'RefCell', 'Cell', 'Mutex']);

/** The checker's iterator types (what `iter()`, `chars()`, ranges… give). */
const ITERATORS = new Set(['Iter', 'Range', 'RangeInclusive']);

export function typeckFn(body: FnBody, env: ItemEnv, file = 'src/main.rs'): Typeck {
  return new Infer(body, env, file).run();
}

class Infer {
  private readonly s = new Subst();
  private readonly scopes: Array<Map<string, LocalVar>> = [];
  private readonly tc: Typeck;
  private readonly tyScope: TyScope;
  private closureStack: A.ClosureExpr[] = [];
  private closureRet: Ty[] = [];
  private nextClosure = 0;
  private loopBreak: Array<{ label?: string; ty: Ty }> = [];

  constructor(private readonly body: FnBody, private readonly env: ItemEnv, private readonly file: string) {
    const implGen = body.impl?.generics ?? body.trait?.generics ?? [];
    const base = paramScope(implGen);
    if (body.impl) base.set('Self', lowerType(body.impl.selfTy, base, env));
    else if (body.trait) base.set('Self', { k: 'param', name: 'Self', bounds: [body.trait.name.name] });
    this.tyScope = paramScope(body.fn.generics, base);
    const subst = this.s;
    const exprTy = new Map<A.Expr, Ty>();
    this.tc = {
      env, subst: this.s, exprTy, patLocal: new Map(), pathLocal: new Map(), methods: new Map(), derefs: new Map(),
      fmtInline: new Map(), closures: new Map(), locals: [], refParams: new Map(), diags: [], litTypes: new Map(), letInits: new Map(), refParamAmp: new Map(), ret: body.fn.ret ? this.lower(body.fn.ret) : UNIT,
      typeOf: (e) => { const t = exprTy.get(e); return t ? subst.resolve(t) : UNKNOWN; },
    };
  }

  /** The program's own non-generic structs and enums: nominal types E0308 can tell apart. */
  private readonly userType = (name: string): boolean => {
    const item = this.env.structs.get(name) ?? this.env.enums.get(name);
    return item !== undefined && item.generics.length === 0 && !(this.env.structs.has(name) && this.env.enums.has(name));
  };

  run(): Typeck {
    const fn = this.body.fn;
    this.scopes.push(new Map());
    if (fn.receiver) {
      const selfTy = fn.receiver.ty ? this.lower(fn.receiver.ty) : this.tyScope.get('Self') ?? UNKNOWN;
      const ty = fn.receiver.ty ? selfTy : fn.receiver.mode === 'value' ? selfTy : ref(selfTy, fn.receiver.mode === 'ref-mut');
      const self = this.declare('self', { mut: fn.receiver.mut, ty, span: fn.receiver.span, kind: 'self', mode: 'value' });
      if (fn.receiver.mode === 'ref' && !fn.receiver.ty) {
        this.tc.refParams.set(self.id, { line: fn.receiver.span.start.line, col: fn.receiver.span.start.col + 1 });
      }
    }
    for (const p of fn.params) {
      const before = this.tc.locals.length;
      this.bindPat(p.pat, this.lower(p.ty), 'value', 'param');
      if (p.pat.kind === 'IdentPat' && p.ty.kind === 'RefType' && !p.ty.lifetime && this.tc.locals.length === before + 1) this.tc.refParamAmp.set(before, p.ty.span);
      if (p.pat.kind === 'IdentPat' && p.ty.kind === 'RefType' && !p.ty.mut && this.tc.locals.length === before + 1) {
        const lt = p.ty.lifetime ? p.ty.lifetime.length + 2 : 0;
        this.tc.refParams.set(before, { line: p.ty.span.start.line, col: p.ty.span.start.col + 1 + lt });
      }
    }
    const t = this.block(fn.body, this.tc.ret);
    this.returnCheck(fn, t);
    this.coerce(t, this.tc.ret);
    this.scopes.pop();
    this.relateTargets();
    this.unresolvedChannels();
    this.unresolvedParses();
    this.fixedLiterals();
    for (const n of this.negations) this.negCheck(n.e, n.t);
    for (const ty of this.tc.exprTy.values()) this.s.defaultLiterals(ty);
    for (const l of this.tc.locals) this.s.defaultLiterals(l.ty);
    for (const sp of this.spawns) this.sendCheck(sp.callee, sp.closure);
    for (const c of this.formatChecks) {
      const d = formatTraitError(this.s.resolve(this.tc.exprTy.get(c.expr) ?? UNKNOWN), c.trait, c.expr.span, c.placeholder, this.env);
      if (d) this.tc.diags.push(d);
    }
    for (const l of this.tc.locals) { this.s.defaultLiterals(l.ty); l.ty = this.s.resolve(l.ty); }
    return this.tc;
  }

  // ------------------------------------------------------------ helpers

  /** E0614 for `*x` where `x` is a number, `bool`, `char` or a user type with no `impl Deref`. */
  private derefCheck(t: Ty, e: A.UnaryExpr): void {
    const r = this.s.resolve(t);
    const scalar = r.k === 'int' || r.k === 'float' || r.k === 'bool' || r.k === 'char' || (r.k === 'var' && r.lit !== undefined);
    const user = r.k === 'adt' && (this.env.structs.has(r.name) || this.env.enums.has(r.name)) && !this.env.implsOf.get(r.name)?.has('Deref')
      && r.args.every((a) => knownOrLiteral(this.s.resolve(a)));
    if (!scalar && !user) return;
    this.tc.diags.push(error('E0614', `type \`${showTy(r)}\` cannot be dereferenced`, e.span, "can't be dereferenced"));
  }

  /** E0600 for `-x` where inference fixed `x`'s type to an unsigned integer (read before literal defaulting, which
   *  only gives signed types; an undecided type stays silent). rustc suggests `T::MAX` for the literal `-1`. */
  private negCheck(e: A.UnaryExpr, t: Ty): void {
    const r = this.s.resolve(t);
    if (r.k !== 'int' || !r.kind.startsWith('u')) return;
    const d = error('E0600', `cannot apply unary operator \`-\` to type \`${r.kind}\``, e.span, 'cannot apply unary operator `-`');
    d.children.push(note('unsigned values cannot be negated'));
    const o = e.operand;
    if (o.kind === 'Lit' && o.lit.kind === 'Int' && o.lit.value === 1n) {
      d.suggestions.push(suggest(`you may have meant the maximum value of \`${r.kind}\``, [replace(e.span, `${r.kind}::MAX`)], 'verbose'));
    }
    this.tc.diags.push(d);
  }

  /** Records the unsuffixed literals whose type the program fixed (read before defaulting: a default is a guess). */
  private fixedLiterals(): void {
    for (const [e, t] of this.tc.exprTy) {
      if (e.kind !== 'Lit' || (e.lit.kind !== 'Int' && e.lit.kind !== 'Float') || e.lit.suffix) continue;
      const r = this.s.resolve(t);
      if ((r.k === 'int' && e.lit.kind === 'Int') || (r.k === 'float' && e.lit.kind === 'Float')) this.tc.litTypes.set(e.lit, r.kind);
    }
  }

  /** E0308 for a struct field of type `Option<T>` given a `T` (rustc suggests wrapping it in `Some`). */
  private someWrap(expected: Ty, found: Ty, f: A.FieldInit): boolean {
    const e = this.s.resolve(expected);
    const v = this.s.resolve(found);
    if (e.k !== 'adt' || e.name !== 'Option' || e.args[0]?.k !== 'adt' || v.k !== 'adt' || v.name !== e.args[0].name || v.name === 'Option') return false;
    const kind = (t: Ty) => (t.k === 'adt' && (t.name === 'Option' || t.name === 'Result' || this.env.enums.has(t.name)) ? 'enum' : 'struct');
    const exp = `expected ${kind(e)}`;
    const fnd = `found ${kind(v)}`;
    const pad = ' '.repeat(Math.max(0, exp.length - fnd.length));
    const d = error('E0308', 'mismatched types', f.value.span, `expected \`${showTy(e)}\`, found \`${showTy(v)}\``);
    d.children.push({ level: 'note', message: `${exp} \`${showTy(e)}\`\n${pad}${fnd} \`${showTy(v)}\`` });
    const prefix = f.shorthand ? `${f.name.name}: Some(` : 'Some(';
    d.suggestions.push(suggest('try wrapping the expression in `Some`', [insert(f.value.span.start, prefix), insert(f.value.span.end, ')')], 'verbose'));
    this.tc.diags.push(d);
    return true;
  }

  /** E0277 for a spawned closure that captures an `Rc` (not `Send`). */
  private sendCheck(callee: Span, c: A.ClosureExpr): void {
    const inside = (l: LocalVar) => { for (let k: A.ClosureExpr | undefined = l.closure; k; k = undefined) if (k === c || spanWithin(k.span, c.span)) return true; return false; };
    let culprit: Ty | undefined;
    for (const [pe, l] of this.tc.pathLocal) {
      if (culprit || inside(l) || !spanWithin(pe.span, c.span)) continue;
      const t = this.s.resolve(l.ty);
      if (mentionsRc(t)) culprit = t;
    }
    if (!culprit) return;
    const header = closureHead(c);
    const name = `{closure@${this.file}:${header.start.line}:${header.start.col}: ${header.end.line}:${header.end.col}}`;
    const ts = showTy(culprit);
    const d = error('E0277', `\`${ts}\` cannot be sent between threads safely`, c.span, `\`${ts}\` cannot be sent between threads safely`);
    d.labels.push(label(callee, 'required by a bound introduced by this call'), label(header, `within this \`${name}\``));
    d.children.push({ level: 'help', message: `within \`${name}\`, the trait \`Send\` is not implemented for \`${ts}\`` });
    d.children.push({ level: 'note', message: "required because it's used within this closure", span: header });
    d.children.push({ level: 'note', message: 'required by a bound in `spawn`', file: '/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/thread/functions.rs', span: { start: { line: 125, col: 0 }, end: { line: 125, col: 0 } } });
    this.tc.diags.push(d);
  }

  /** E0282 for `let (tx, rx) = mpsc::channel();` when neither end is ever used (nothing can fix `T`). */
  private unresolvedChannels(): void {
    const used = new Set<number>();
    for (const l of this.tc.pathLocal.values()) used.add(l.id);
    for (const xs of this.tc.fmtInline.values()) for (const x of xs) used.add(x.local.id);
    for (const ch of this.channels.values()) {
      if (!ch.locals || ch.locals.some((id) => used.has(id)) || this.s.resolve(ch.elem).k !== 'var') continue;
      const d = error('E0282', 'type annotations needed', ch.callee, 'cannot infer type of the type parameter `T` declared on the function `channel`');
      d.suggestions.push(suggest('consider specifying the generic argument', [insert(ch.callee.end, '::<T>')], 'verbose'));
      this.tc.diags.push(d);
    }
  }

  /**
   * E0284 for `let x = s.parse().expect(…)` / `.unwrap()` when nothing can fix the target: `x` has no annotation and
   * is used nowhere but in format macros (which fix no type).
   */
  private unresolvedParses(): void {
    for (const [id, init] of this.tc.letInits) {
      if (init.kind !== 'MethodCall' || (init.method !== 'expect' && init.method !== 'unwrap')) continue;
      const parse = init.receiver;
      if (parse.kind !== 'MethodCall' || parse.method !== 'parse' || parse.generics.length > 0 || parse.args.length > 0) continue;
      const res = this.tc.methods.get(parse);
      if (!res || res.user) continue;
      const t = this.s.resolve(this.tc.exprTy.get(init) ?? UNKNOWN);
      const local = this.tc.locals[id];
      if (t.k !== 'var' || t.lit || !local || local.kind !== 'let') continue;
      if ([...this.tc.pathLocal].some(([pe, l]) => l.id === id && !this.fmtArgExprs.has(pe))) continue;
      const d = error('E0284', 'type annotations needed', local.span);
      d.labels.push(label(parse.methodSpan, 'type must be known at this point'));
      d.children.push(note('cannot satisfy `<_ as FromStr>::Err == _`'));
      d.suggestions.push(suggest(`consider giving \`${local.name}\` an explicit type`, [insert(local.span.end, ': /* Type */')], 'verbose'));
      this.tc.diags.push(d);
    }
  }

  /**
   * E0308 for a fn whose tail is a `for` loop (always `()`) but which returns a number, `bool`, `char` or a struct:
   * rustc's notes (`for` loops evaluate to `()`) and its "return a value here" help.
   */
  private forTailMismatch(ret: Ty, tail: A.ForExpr, retAst: A.Type): boolean {
    const r = this.s.resolve(ret);
    const scalar = r.k === 'int' || r.k === 'float' || r.k === 'bool' || r.k === 'char';
    const struct = r.k === 'adt' && isKnown(r) && r.name !== 'String' && !this.env.enums.has(r.name) && r.name !== 'Option' && r.name !== 'Result'
      && (this.env.structs.has(r.name) || STD_STRUCTS.has(r.name));
    if (!scalar && !struct) return false;
    const shown = showTy(r);
    const name = withDeclaredLifetimes(shown, retAst);
    const d = error('E0308', 'mismatched types', tail.span, `expected \`${shown}\`, found \`()\``);
    d.labels.push(label(retAst.span, `expected \`${name}\` because of return type`));
    if (struct) d.children.push(note(`expected struct \`${name}\`\nfound unit type \`()\``));
    d.children.push(note('`for` loops evaluate to unit type `()`'));
    const indent = ' '.repeat(Math.max(0, tail.span.start.col - 1));
    d.suggestions.push(suggest('consider returning a value here', [insert(tail.span.end, `\n${indent}/* \`${name}\` value */`)], 'verbose'));
    this.tc.diags.push(d);
    return true;
  }

  /** E0308 on a fn body's value: its tail against the return type, or a missing tail. */
  private returnCheck(fn: A.FnItem, bodyTy: Ty): void {
    const retAst = fn.ret;
    if (!retAst) return;
    const ret = this.tc.ret;
    const tail = fn.body.tail;
    if (tail) {
      const tt = this.tc.exprTy.get(tail) ?? UNKNOWN;
      if (tail.kind === 'For' && this.forTailMismatch(ret, tail, retAst)) return;
      this.mismatch(ret, tt, tail.span, (d) => {
        d.labels.push(label(retAst.span, `expected \`${withDeclaredLifetimes(showTy(this.s.resolve(ret)), retAst)}\` because of return type`));
        const r = this.s.resolve(ret);
        const f = this.s.resolve(tt);
        if (r.k === 'adt' && r.name === 'String' && f.k === 'ref' && f.inner.k === 'str') {
          d.suggestions.push(suggest('try using a conversion method', [insert(tail.span.end, '.to_string()')], 'verbose'));
        }
      });
      return;
    }
    if (this.r(bodyTy).k === 'never' || hasReturn(fn.body)) return;
    const last = fn.body.stmts[fn.body.stmts.length - 1];
    if (!clash(ret, UNIT, this.s, this.userType)) return;
    const d = error('E0308', 'mismatched types', retAst.span, `expected ${mismatchName(this.s.resolve(ret))}, found \`()\``);
    d.labels.push(label(fn.name.span, 'implicitly returns `()` as its body has no tail or `return` expression'));
    if (last?.kind === 'ExprStmt' && last.semi && !clash(ret, this.tc.exprTy.get(last.expr) ?? UNKNOWN, this.s, this.userType) && this.s.resolve(this.tc.exprTy.get(last.expr) ?? UNKNOWN).k !== 'unknown') {
      const semi: Span = { start: { line: last.span.end.line, col: last.span.end.col - 1 }, end: last.span.end };
      d.suggestions.push(suggest('remove this semicolon to return this value', [replace(semi, '')], 'hide-inline'));
    }
    this.tc.diags.push(d);
  }

  private lower(t: A.Type): Ty {
    return lowerType(t, this.tyScope, this.env);
  }

  private declare(name: string, l: Omit<LocalVar, 'id' | 'name'>): LocalVar {
    const v: LocalVar = { id: this.tc.locals.length, name, ...l, closure: l.closure ?? this.closureStack[this.closureStack.length - 1] };
    this.tc.locals.push(v);
    this.scopes[this.scopes.length - 1].set(name, v);
    return v;
  }

  private lookup(name: string): LocalVar | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const v = this.scopes[i].get(name);
      if (v) return v;
    }
    return undefined;
  }

  private r(t: Ty): Ty {
    return this.s.shallow(t);
  }

  /** Unify allowing rustc's coercions: `&mut T` → `&T`, deref coercion between references, `!` → anything. */
  private coerce(actual: Ty, expected: Ty): void {
    const a = this.r(actual);
    const e = this.r(expected);
    if (a.k === 'ref' && e.k === 'ref') {
      const ai = this.r(a.inner);
      const ei = this.r(e.inner);
      const sameHead = ai.k === ei.k && (ai.k !== 'adt' || (ei.k === 'adt' && ai.name === ei.name));
      if (sameHead || ai.k === 'var' || ei.k === 'var') this.s.unify(ai, ei);
      return;
    }
    if (e.k === 'opaque' || a.k === 'opaque') return;
    if (a.k === 'closure' && e.k === 'fn') {
      a.params.forEach((p, i) => { if (e.params[i]) this.s.unify(p, e.params[i]); });
      this.s.unify(a.ret, e.ret);
      return;
    }
    if (a.k === 'adt' && e.k === 'adt' && a.name === 'Box' && e.name === 'Box') {
      const ei = this.r(e.args[0] ?? UNKNOWN);
      if (ei.k === 'opaque') return;
    }
    this.s.unify(a, e);
  }

  /** Auto-deref steps of a type: T, *T, … through references, Box, Rc, String → str, Vec → slice. */
  private derefSteps(t: Ty): Ty[] {
    const out: Ty[] = [];
    let cur: Ty | undefined = this.s.resolve(t);
    for (let i = 0; cur && i < 8; i++) {
      out.push(cur);
      cur = derefOnce(cur);
    }
    return out;
  }

  // ------------------------------------------------------------ blocks and statements

  private block(b: A.Block, expected?: Ty): Ty {
    this.scopes.push(new Map());
    let diverges = false;
    for (const st of b.stmts) if (this.stmt(st)) diverges = true;
    let t: Ty = UNIT;
    if (b.tail) t = this.expr(b.tail, expected);
    else if (diverges) t = { k: 'never' };
    this.scopes.pop();
    return t;
  }

  /** Returns true when the statement always diverges (`return;`, `panic!()`, `loop {}` without break…). */
  private stmt(st: A.Stmt): boolean {
    switch (st.kind) {
      case 'LetStmt': {
        const declared = st.ty ? this.lower(st.ty) : this.s.fresh();
        if (st.init) {
          const t = this.expr(st.init, declared);
          const annot = st.ty;
          if (!annot || !this.mismatch(declared, t, st.init.span, (d) => d.labels.push(label(annot.span, 'expected due to this')))) this.coerce(t, declared);
          const unsized = !annot && st.pat.kind === 'IdentPat' ? unsizedLocalError(this.s.resolve(t), st.pat, st.init) : undefined;
          if (unsized) this.tc.diags.push(unsized);
        }
        if (st.else) this.block(st.else);
        const before = this.tc.locals.length;
        this.letInitSpan = st.init?.span;
        const first = this.tc.locals.length;
        if (st.init) this.refPatCheck(st.pat, declared, { k: 'let', init: st.init.span });
        this.bindPat(st.pat, declared, 'value', 'let');
        this.letInitSpan = undefined;
        const ch = st.init?.kind === 'Call' ? this.channels.get(st.init) : undefined;
        if (ch) ch.locals = this.tc.locals.slice(first).map((l) => l.id);
        if (st.init && !st.ty && st.pat.kind === 'IdentPat' && this.tc.locals.length === before + 1) {
          this.letInit.set(before, st.init.span);
          this.tc.letInits.set(before, st.init);
        }
        return false;
      }
      case 'ExprStmt': {
        const t = this.expr(st.expr);
        return this.r(t).k === 'never';
      }
      case 'ItemStmt': return false;
    }
  }

  // ------------------------------------------------------------ patterns

  /** Binds the names of `p` matched against a value of type `t`; `mode` is the default binding mode. */
  private bindPat(p: A.Pattern, t: Ty, mode: 'value' | 'ref' | 'ref-mut', kind: LocalVar['kind']): void {
    const peel = (): { inner: Ty; mode: 'value' | 'ref' | 'ref-mut' } => {
      let cur = this.r(t);
      let m = mode;
      while (cur.k === 'ref') {
        m = cur.mut && m !== 'ref' ? 'ref-mut' : 'ref';
        cur = this.r(cur.inner);
      }
      return { inner: cur, mode: m };
    };
    switch (p.kind) {
      case 'WildPat': case 'RestPat': case 'LitPat': case 'RangePat': case 'PathPat': return;
      case 'IdentPat': {
        if (!p.sub && this.isConstLike(p.name)) return;
        const bm: LocalVar['mode'] = p.byRef ? (p.mut ? 'ref-mut' : 'ref') : mode;
        const ty = bm === 'value' ? t : ref(t, bm === 'ref-mut');
        const v = this.declare(p.name, { mut: p.mut && !p.byRef, ty, span: p.span, kind, mode: bm });
        this.tc.patLocal.set(p, v);
        if (p.sub) this.bindPat(p.sub, t, mode, kind);
        return;
      }
      case 'RefPat': {
        const cur = this.r(t);
        const inner = cur.k === 'ref' ? cur.inner : this.s.fresh();
        if (cur.k !== 'ref') this.s.unify(cur, ref(inner, p.mut));
        this.bindPat(p.inner, inner, 'value', kind);
        return;
      }
      case 'TuplePat': {
        const { inner, mode: m } = peel();
        let items: Ty[];
        if (inner.k === 'tuple' && !p.items.some((i) => i.kind === 'RestPat') && inner.items.length !== p.items.length && kind === 'let') {
          const d = tupleArityError(p.span, p.items.length, this.s.resolve(inner), this.letInitSpan);
          if (d) this.tc.diags.push(d);
          items = inner.items;
        } else if (inner.k === 'tuple') items = inner.items;
        else {
          items = p.items.filter((i) => i.kind !== 'RestPat').map(() => this.s.fresh());
          if (!p.items.some((i) => i.kind === 'RestPat')) this.s.unify(inner, { k: 'tuple', items });
        }
        this.bindSeq(p.items, items, m, kind);
        return;
      }
      case 'TupleStructPat': {
        const { inner, mode: m } = peel();
        const fields = this.variantFields(p.path, inner, p.items.length);
        this.bindSeq(p.items, fields, m, kind);
        return;
      }
      case 'StructPat': {
        const { inner, mode: m } = peel();
        const named = this.namedFields(p.path, inner);
        for (const f of p.fields) this.bindPat(f.pat, named.get(f.name.name) ?? UNKNOWN, m, kind);
        return;
      }
      case 'OrPat': {
        const before = new Map(this.scopes[this.scopes.length - 1]);
        this.bindPat(p.alts[0], t, mode, kind);
        const bound = this.scopes[this.scopes.length - 1];
        for (const alt of p.alts.slice(1)) {
          // Later alternatives bind the same variables as the first.
          const names = new Map<string, LocalVar>();
          for (const [k, v] of bound) if (before.get(k) !== v) names.set(k, v);
          this.aliasPat(alt, names);
        }
        return;
      }
      case 'SlicePat': {
        const { inner, mode: m } = peel();
        const elem = inner.k === 'array' || inner.k === 'slice' ? inner.elem : UNKNOWN;
        for (const it of p.items) {
          if (it.kind === 'IdentPat' && it.sub?.kind === 'RestPat') {
            const v = this.declare(it.name, { mut: it.mut, ty: m === 'value' ? { k: 'slice', elem } : ref({ k: 'slice', elem }, m === 'ref-mut'), span: it.span, kind, mode: m });
            this.tc.patLocal.set(it, v);
          } else this.bindPat(it, elem, m, kind);
        }
        return;
      }
    }
  }

  private aliasPat(p: A.Pattern, names: Map<string, LocalVar>): void {
    switch (p.kind) {
      case 'IdentPat': { const v = names.get(p.name); if (v) this.tc.patLocal.set(p, v); if (p.sub) this.aliasPat(p.sub, names); return; }
      case 'RefPat': return this.aliasPat(p.inner, names);
      case 'TuplePat': case 'TupleStructPat': case 'SlicePat': p.items.forEach((i) => this.aliasPat(i, names)); return;
      case 'StructPat': p.fields.forEach((f) => this.aliasPat(f.pat, names)); return;
      case 'OrPat': p.alts.forEach((a) => this.aliasPat(a, names)); return;
      case 'WildPat': case 'RestPat': case 'LitPat': case 'RangePat': case 'PathPat': return;
    }
  }

  private bindSeq(pats: A.Pattern[], tys: Ty[], mode: 'value' | 'ref' | 'ref-mut', kind: LocalVar['kind']): void {
    const rest = pats.findIndex((x) => x.kind === 'RestPat');
    pats.forEach((pat, i) => {
      if (pat.kind === 'RestPat') return;
      const idx = rest >= 0 && i > rest ? tys.length - (pats.length - i) : i;
      this.bindPat(pat, tys[idx] ?? UNKNOWN, mode, kind);
    });
  }

  private isConstLike(name: string): boolean {
    if (this.lookup(name)) return false;
    return this.env.variantOwner.has(name) || this.env.consts.has(name) || name === 'None' || (this.env.structs.get(name)?.fields.kind === 'Unit');
  }

  /** Field types of a tuple variant / tuple struct named by `path`, matched against `scrut`. */
  private variantFields(path: A.Path, scrut: Ty, n: number): Ty[] {
    const last = path.segments[path.segments.length - 1].name;
    const sc = this.r(scrut);
    if (last === 'Some' || last === 'Ok' || last === 'Err') {
      const name = last === 'Some' ? 'Option' : 'Result';
      let args: Ty[];
      if (sc.k === 'adt' && sc.name === name) args = sc.args;
      else {
        args = name === 'Option' ? [this.s.fresh()] : [this.s.fresh(), this.s.fresh()];
        this.s.unify(sc, adt(name, ...args));
      }
      return [last === 'Err' ? (args[1] ?? UNKNOWN) : (args[0] ?? UNKNOWN)];
    }
    const owner = this.ownerOf(path);
    if (!owner) return new Array<Ty>(n).fill(UNKNOWN);
    const { fields, scope } = owner;
    if (owner.selfTy) this.s.unify(sc, owner.selfTy);
    if (fields?.kind !== 'Tuple') return new Array<Ty>(n).fill(UNKNOWN);
    return fields.fields.map((f) => lowerType(f.ty, scope, this.env));
  }

  private namedFields(path: A.Path, scrut: Ty): Map<string, Ty> {
    const out = new Map<string, Ty>();
    const owner = this.ownerOf(path);
    if (!owner) return out;
    if (owner.selfTy) this.s.unify(this.r(scrut), owner.selfTy);
    if (owner.fields?.kind === 'Named') for (const f of owner.fields.fields) out.set(f.name.name, lowerType(f.ty, owner.scope, this.env));
    return out;
  }

  /** The struct or enum variant a path names, with a fresh instantiation of its generics. */
  private ownerOf(path: A.Path): { fields?: A.Fields; scope: TyScope; selfTy?: Ty } | undefined {
    const segs = path.segments.map((s) => s.name);
    const last = segs[segs.length - 1];
    const inst = (item: A.StructItem | A.EnumItem) => {
      const scope: TyScope = new Map();
      const args: Ty[] = [];
      for (const g of item.generics) if (g.param === 'type') { const v = this.s.fresh(); scope.set(g.name, v); args.push(v); }
      return { scope, selfTy: adt(item.name.name, ...args) };
    };
    let typeName = segs.length >= 2 ? segs[segs.length - 2] : undefined;
    if (typeName === 'Self') {
      const st = this.tyScope.get('Self');
      typeName = st && st.k === 'adt' ? st.name : undefined;
    }
    if (segs.length === 1 || (segs.length === 1 && last === 'Self')) {
      const name = last === 'Self' ? (() => { const st = this.tyScope.get('Self'); return st?.k === 'adt' ? st.name : ''; })() : last;
      const st = this.env.structs.get(name);
      if (st) { const i = inst(st); return { fields: st.fields, ...i }; }
      const owner = this.env.variantOwner.get(last);
      if (owner) typeName = owner;
      else return undefined;
    }
    if (typeName) {
      const en = this.env.enums.get(typeName);
      if (en) {
        const v = en.variants.find((x) => x.name.name === last);
        if (!v) return undefined;
        const i = inst(en);
        return { fields: v.fields, ...i };
      }
      const st = this.env.structs.get(last);
      if (st) { const i = inst(st); return { fields: st.fields, ...i }; }
    }
    return undefined;
  }

  // ------------------------------------------------------------ expressions

  private expr(e: A.Expr, expected?: Ty): Ty {
    const t = this.exprInner(e, expected);
    this.tc.exprTy.set(e, t);
    return t;
  }

  private exprInner(e: A.Expr, expected?: Ty): Ty {
    switch (e.kind) {
      case 'Lit': return this.lit(e.lit, expected);
      case 'PathExpr': return this.path(e);
      case 'BlockExpr': return this.labelled(e.label, () => this.block(e.block, expected), false);
      case 'If': {
        this.cond(e.cond);
        const thenT = this.scoped(() => { if (e.cond.kind === 'Let') this.bindLet(e.cond); return this.block(e.then, expected); });
        if (!e.else) return UNIT;
        const elseT = this.expr(e.else, expected ?? thenT);
        const thenTail = e.then.tail;
        const elseTail = e.else.kind === 'BlockExpr' ? e.else.block.tail : undefined;
        // A known expected type (an annotation, a return type): rustc coerces each branch to it.
        if (expected && this.concrete(expected)) {
          const bad = [thenTail && this.mismatch(expected, thenT, thenTail.span), elseTail && this.mismatch(expected, elseT, elseTail.span)];
          if (bad.some(Boolean)) return expected;
        }
        if (this.r(thenT).k === 'never') return elseT;
        // Multi-line: rustc also labels the whole `if` (its `outer_span`).
        const outer = (d: CompileDiagnostic) => { if (e.span.start.line !== e.span.end.line) d.labels.push(label(e.span, '`if` and `else` have incompatible types')); };
        const boxing = (d: CompileDiagnostic) => { if (thenTail && elseTail && expected === this.tc.ret) this.boxedReturnHelp(d, [thenTail, elseTail]); };
        if (thenTail && elseTail && this.mismatch(thenT, elseT, elseTail.span, (d) => { d.labels.push(label(thenTail.span, 'expected because of this')); outer(d); boxing(d); }, '`if` and `else` have incompatible types')) return thenT;
        this.coerce(elseT, thenT);
        return thenT;
      }
      case 'Let': { this.expr(e.expr); return BOOL; }
      case 'While':
        this.labelled(e.label, () => {
          this.scoped(() => { this.cond(e.cond); if (e.cond.kind === 'Let') this.bindLet(e.cond); this.block(e.body); return UNIT; });
          return UNIT;
        }, true);
        return UNIT;
      case 'Loop': {
        const ty = this.s.fresh();
        this.loopBreak.push({ label: e.label?.name, ty });
        this.block(e.body);
        const entry = this.loopBreak.pop();
        return entry && entry.ty === ty && this.r(ty).k === 'var' && !this.breaksTo.has(ty) ? { k: 'never' } : ty;
      }
      case 'For': {
        const it = this.expr(e.iter);
        return this.labelled(e.label, () => this.scoped(() => {
          const item = this.iterItem(it);
          this.refPatCheck(e.pat, item, { k: 'for', iter: e.iter.span });
          this.bindPat(e.pat, item, 'value', 'for');
          this.block(e.body);
          return UNIT;
        }), true);
      }
      case 'Break': {
        const target = e.label ? [...this.loopBreak].reverse().find((l) => l.label === e.label?.name) : this.loopBreak[this.loopBreak.length - 1];
        if (target) this.breaksTo.add(target.ty);
        if (e.value) { const t = this.expr(e.value, target?.ty); if (target) this.coerce(t, target.ty); }
        else if (target && this.r(target.ty).k === 'var') this.s.unify(target.ty, UNIT);
        return { k: 'never' };
      }
      case 'Continue': return { k: 'never' };
      case 'Return': {
        const ret = this.closureRet.length ? this.closureRet[this.closureRet.length - 1] : this.tc.ret;
        if (e.value) this.coerce(this.expr(e.value, ret), ret);
        return { k: 'never' };
      }
      case 'Match': {
        const st = this.expr(e.scrutinee);
        let result: Ty | undefined = expected;
        let first: Ty | undefined;
        let firstBody: A.Expr | undefined;
        for (const arm of e.arms) {
          const t = this.scoped(() => {
            this.variantCheck(arm.pat, st, e.scrutinee.span);
            this.bindPat(arm.pat, st, 'value', 'pat');
            this.patTypes(arm.pat, st);
            if (arm.guard) this.expr(arm.guard, BOOL);
            return this.expr(arm.body, result);
          });
          if (this.r(t).k === 'never') continue;
          if (!first) { first = t; firstBody = arm.body; result = result ?? t; continue; }
          const fb = firstBody;
          const ft = first;
          if (fb && fb.kind !== 'BlockExpr' && arm.body.kind !== 'BlockExpr' && this.mismatch(ft, t, arm.body.span, (d) => {
            d.labels.push(label(fb.span, `this is found to be of type \`${showTy(this.s.resolve(ft))}\``));
            d.labels.push(label(e.span, '`match` arms have incompatible types'));
          }, '`match` arms have incompatible types')) continue;
          this.coerce(t, first);
        }
        return first ?? (e.arms.length ? { k: 'never' } : { k: 'never' });
      }
      case 'Assign': {
        const tt = this.expr(e.target);
        const vt = this.expr(e.value, tt);
        const target = e.target.kind === 'PathExpr' ? this.tc.pathLocal.get(e.target) : undefined;
        const init = target ? this.letInit.get(target.id) : undefined;
        if (!init || !this.mismatch(tt, vt, e.value.span, (d) => d.labels.push(label(init, 'expected due to this value')))) this.coerce(vt, tt);
        return UNIT;
      }
      case 'CompoundAssign': {
        const tt = this.expr(e.target);
        const vt = this.expr(e.value, e.op === '<<' || e.op === '>>' ? undefined : tt);
        if (e.op !== '<<' && e.op !== '>>' && isNumeric(this.r(tt)) && isNumeric(this.r(vt))) this.s.unify(tt, vt);
        return UNIT;
      }
      case 'Binary': return this.binary(e, expected);
      case 'Unary': {
        if (e.op === '*') {
          const t = this.r(this.expr(e.operand));
          const inner = derefOnce(this.s.resolve(t));
          if (!inner) this.derefCheck(t, e);
          return inner ?? UNKNOWN;
        }
        if (e.op === '!') return this.expr(e.operand, expected);
        const t = this.expr(e.operand, expected);
        this.negations.push({ e, t });
        return t;
      }
      case 'Borrow': {
        const exp = expected ? this.r(expected) : undefined;
        const inner = this.expr(e.operand, exp?.k === 'ref' ? exp.inner : undefined);
        return ref(inner, e.mut);
      }
      case 'Cast': { this.expr(e.expr); return this.lower(e.ty); }
      case 'Call': return this.call(e, expected);
      case 'MethodCall': return this.methodCall(e);
      case 'Field': {
        const ot = this.expr(e.object);
        const steps = this.derefSteps(ot);
        for (let i = 0; i < steps.length; i++) {
          const st = steps[i];
          if (st.k !== 'adt') continue;
          const item = this.env.structs.get(st.name);
          if (!item || item.fields.kind !== 'Named') continue;
          const f = item.fields.fields.find((x) => x.name.name === e.field);
          if (!f) continue;
          this.tc.derefs.set(e, i);
          const scope: TyScope = new Map();
          item.generics.filter((g) => g.param === 'type').forEach((g, j) => scope.set(g.name, st.args[j] ?? UNKNOWN));
          return lowerType(f.ty, scope, this.env);
        }
        return UNKNOWN;
      }
      case 'TupleIndex': {
        const ot = this.expr(e.object);
        const steps = this.derefSteps(ot);
        for (let i = 0; i < steps.length; i++) {
          const st = steps[i];
          if (st.k === 'tuple') { this.tc.derefs.set(e, i); return st.items[e.index] ?? UNKNOWN; }
          if (st.k === 'adt') {
            const item = this.env.structs.get(st.name);
            if (item?.fields.kind === 'Tuple') {
              const f = item.fields.fields[e.index];
              if (!f) return UNKNOWN;
              this.tc.derefs.set(e, i);
              const scope: TyScope = new Map();
              item.generics.filter((g) => g.param === 'type').forEach((g, j) => scope.set(g.name, st.args[j] ?? UNKNOWN));
              return lowerType(f.ty, scope, this.env);
            }
          }
        }
        return UNKNOWN;
      }
      case 'Index': {
        const ot = this.expr(e.object);
        const it = this.expr(e.index);
        const isRange = e.index.kind === 'Range';
        const steps = this.derefSteps(ot);
        for (let i = 0; i < steps.length; i++) {
          const st = steps[i];
          if (st.k === 'array' || st.k === 'slice' || (st.k === 'adt' && (st.name === 'Vec' || st.name === 'VecDeque'))) {
            this.tc.derefs.set(e, i);
            const elem = st.k === 'adt' ? st.args[0] ?? UNKNOWN : st.elem;
            const neg = isRange ? undefined : negativeLiteral(e.index);
            const negErr = neg && knownOrLiteral(st) && (st.k === 'adt' && st.name === 'VecDeque' ? negIndexNeedsSigned(neg) : negativeIndexError(st, e.object, neg));
            if (negErr) { this.tc.diags.push(negErr); return elem; }
            if (!isRange) { if (this.r(it).k === 'var') this.s.unify(it, USIZE); return elem; }
            return { k: 'slice', elem };
          }
          if (st.k === 'str' || (st.k === 'adt' && st.name === 'String')) {
            this.tc.derefs.set(e, i);
            const ir = this.s.resolve(it);
            if (!isRange && (ir.k === 'int' || (ir.k === 'var' && ir.lit === 'int'))) this.tc.diags.push(strIndexError(ir, e.index.span));
            return isRange ? STR : UNKNOWN;
          }
          if (st.k === 'adt' && st.name === 'HashMap') { this.tc.derefs.set(e, i); return st.args[1] ?? UNKNOWN; }
        }
        const iter = implIterator(this.s.resolve(ot));
        if (iter) this.tc.diags.push(iteratorIndexError(iter, e));
        return UNKNOWN;
      }
      case 'Range': {
        const exp = expected ? this.r(expected) : undefined;
        let elem: Ty = exp?.k === 'adt' && exp.name.startsWith('Range') ? exp.args[0] ?? this.s.fresh() : this.s.fresh();
        if (e.start) { const t = this.expr(e.start, elem); this.s.unify(t, elem); elem = t; }
        // Both ends have one type (`Range<Idx>`): `0..x` with an `f32` `x` is E0308 at the end.
        if (e.end) { const t = this.expr(e.end, elem); if (!(e.start && this.mismatch(elem, t, e.end.span))) this.s.unify(t, elem); }
        return adt(e.inclusive ? 'RangeInclusive' : 'Range', elem);
      }
      case 'Tuple': {
        const exp = expected ? this.r(expected) : undefined;
        return { k: 'tuple', items: e.items.map((x, i) => this.expr(x, exp?.k === 'tuple' ? exp.items[i] : undefined)) };
      }
      case 'Array': {
        const exp = expected ? this.r(expected) : undefined;
        const elem: Ty = exp?.k === 'array' ? exp.elem : this.s.fresh();
        this.elements(e.items, elem);
        return { k: 'array', elem, len: e.items.length };
      }
      case 'ArrayRepeat': {
        const exp = expected ? this.r(expected) : undefined;
        const elem = this.expr(e.value, exp?.k === 'array' ? exp.elem : undefined);
        this.s.unify(this.expr(e.count, USIZE), USIZE);
        return { k: 'array', elem, len: e.count.kind === 'Lit' && e.count.lit.kind === 'Int' ? Number(e.count.lit.value) : null };
      }
      case 'Struct': {
        const owner = this.ownerOf(e.path);
        const named = new Map<string, Ty>();
        if (owner?.fields?.kind === 'Named') for (const f of owner.fields.fields) named.set(f.name.name, lowerType(f.ty, owner.scope, this.env));
        for (const f of e.fields) {
          const ft = named.get(f.name.name);
          const t = this.expr(f.value, ft);
          if (ft && !this.mismatch(ft, t, f.value.span) && !this.someWrap(ft, t, f)) this.coerce(t, ft);
        }
        if (e.base) { const bt = this.expr(e.base, owner?.selfTy); if (owner?.selfTy) this.s.unify(bt, owner.selfTy); }
        return owner?.selfTy ?? UNKNOWN;
      }
      case 'Closure': return this.closure(e, expected);
      case 'Try': {
        const t = this.s.resolve(this.expr(e.expr));
        if (!this.closureStack.length && !this.body.fn.ret) {
          this.tc.diags.push(questionInUnitFn({ start: { line: e.span.end.line, col: e.span.end.col - 1 }, end: e.span.end }, this.body.fn));
        }
        if (t.k === 'adt' && (t.name === 'Option' || t.name === 'Result')) return t.args[0] ?? UNKNOWN;
        return UNKNOWN;
      }
      case 'FormatMacro': {
        if (e.format) this.formatArgs(e.format);
        if (e.macro === 'format') return STRING;
        if (e.macro === 'format_args') return UNKNOWN;
        if (e.macro === 'panic' || e.macro === 'unreachable' || e.macro === 'todo' || e.macro === 'unimplemented') return { k: 'never' };
        return UNIT;
      }
      case 'WriteMacro': { this.expr(e.dest); if (e.format) this.formatArgs(e.format); return adt('Result', UNIT, UNKNOWN); }
      case 'AssertMacro': { this.expr(e.cond, BOOL); if (e.message) this.formatArgs(e.message); return UNIT; }
      case 'AssertCmpMacro': {
        const l = this.expr(e.left);
        const rt = this.expr(e.right, l);
        if (isNumeric(this.r(l)) && isNumeric(this.r(rt))) this.s.unify(l, rt);
        else if (e.macro === 'assert_eq' || e.macro === 'assert_ne') {
          const d = compareRefError(this.s.resolve(l), this.s.resolve(rt), e.span);
          if (d) this.tc.diags.push(d);
        }
        if (e.message) this.formatArgs(e.message);
        return UNIT;
      }
      case 'VecMacro': {
        const exp = expected ? this.s.resolve(expected) : undefined;
        const elem: Ty = exp?.k === 'adt' && exp.name === 'Vec' && exp.args[0] ? exp.args[0] : this.s.fresh();
        this.elements(e.items, elem);
        return adt('Vec', elem);
      }
      case 'VecRepeatMacro': {
        const exp = expected ? this.s.resolve(expected) : undefined;
        const elem = this.expr(e.value, exp?.k === 'adt' && exp.name === 'Vec' ? exp.args[0] : undefined);
        this.s.unify(this.expr(e.count, USIZE), USIZE);
        return adt('Vec', elem);
      }
      case 'MatchesMacro': {
        const st = this.expr(e.expr);
        this.scoped(() => { this.bindPat(e.pat, st, 'value', 'pat'); if (e.guard) this.expr(e.guard, BOOL); return UNIT; });
        return BOOL;
      }
      case 'DbgMacro': {
        const ts = e.args.map((a) => this.expr(a));
        return ts.length === 1 ? ts[0] : { k: 'tuple', items: ts };
      }
    }
  }

  private readonly breaksTo = new Set<Ty>();
  private letInitSpan: Span | undefined;
  /** The first call of each closure-valued local (rustc's note on a later call with other argument types). */
  private readonly closureCalls = new Map<number, { callee: Span; args: Array<{ expr: A.Expr; span: Span }> }>();
  /** `thread::spawn(closure)` calls, checked for captured `Rc`s (not `Send`) once types are known. */
  private readonly spawns: Array<{ callee: Span; closure: A.ClosureExpr }> = [];
  /** Expressions written as format-macro arguments (a use there fixes no type). */
  private readonly fmtArgExprs = new Set<A.Expr>();
  /** `collect`/`sum`/`product` calls, related to their items when the body is done (`relateTargets`). */
  private targets: IterCall['target'][] = [];
  /** `mpsc::channel()` calls and their element type (E0282 when nothing ever fixes it). */
  private readonly channels = new Map<A.CallExpr, { callee: Span; elem: Ty; locals?: number[] }>();
  /** `-x` expressions, checked for an unsigned operand once the body's types are known (E0600). */
  private readonly negations: Array<{ e: A.UnaryExpr; t: Ty }> = [];
  /** `{}` / `{:?}` arguments to check for Display / Debug once the body's types are known. */
  private readonly formatChecks: Array<{ expr: A.Expr; trait: 'Display' | 'Debug'; placeholder: Span }> = [];
  /** Initialiser spans of `let x = init;` (no annotation), for "expected due to this value". */
  private readonly letInit = new Map<number, Span>();

  /** Reports E0308 when `found` can never be `expected`; true if it did (then the caller doesn't unify). */
  /** The elements of `[a, b]` / `vec![a, b]`, each of type `elem`; a tuple of another length is E0308 (rustc reports the first only). */
  private elements(items: A.Expr[], elem: Ty): void {
    let clashed = false;
    for (const x of items) {
      const t = this.expr(x, elem);
      const want = this.s.resolve(elem);
      if (x.kind === 'Tuple' && want.k === 'tuple' && want.items.length !== x.items.length) {
        if (!clashed) this.tc.diags.push(tupleLenMismatch(want, this.s.resolve(t), x.span));
        clashed = true;
        continue;
      }
      this.coerce(t, elem);
    }
  }

  private mismatch(expected: Ty, found: Ty, span: Span, decorate?: (d: CompileDiagnostic) => void, message = 'mismatched types'): boolean {
    if (!clash(expected, found, this.s, this.userType)) return false;
    const e = this.s.resolve(expected);
    const f = this.s.resolve(found);
    const d = error('E0308', message, span, `expected ${mismatchName(e)}, found ${mismatchName(f)}`);
    // A slice reference given a struct by value: no borrow fixes it, and rustc spells both types out.
    if (e.k === 'ref' && e.inner.k === 'slice' && f.k === 'adt' && !this.env.enums.has(f.name)) {
      d.children.push(note(`expected reference \`${showTy(e)}\`\n      found struct \`${showTy(f)}\``));
    }
    decorate?.(d);
    this.tc.diags.push(d);
    return true;
  }

  /**
   * Branches of a fn's tail returning `impl Trait` with two types: rustc's helps to return
   * `Box<dyn Trait>` instead and to box each returned value.
   */
  private boxedReturnHelp(d: CompileDiagnostic, values: A.Expr[]): void {
    const ret = this.body.fn.ret;
    if (!ret || ret.kind !== 'TraitObjectType' || ret.syntax !== 'impl' || !ret.text.startsWith('impl ')) return;
    d.suggestions.push(suggest('you could change the return type to be a boxed trait object', [replace(ret.span, `Box<dyn ${ret.text.slice('impl '.length)}>`)], 'verbose'));
    d.suggestions.push(suggest('if you change the return type to expect trait objects, box the returned expressions',
      values.flatMap((v) => [insert(v.span.start, 'Box::new('), insert(v.span.end, ')')]), 'verbose'));
  }

  /** A type rustc checks branches against (not an inference variable, an opaque `impl Trait` or unknown). */
  private concrete(t: Ty): boolean {
    const r = this.s.resolve(t);
    return r.k !== 'var' && r.k !== 'unknown' && r.k !== 'opaque' && r.k !== 'never' && isKnown(r);
  }

  private scoped<T>(f: () => T): T {
    this.scopes.push(new Map());
    try { return f(); } finally { this.scopes.pop(); }
  }

  private labelled(label: A.Label | undefined, f: () => Ty, isLoop: boolean): Ty {
    if (!isLoop && !label) return f();
    this.loopBreak.push({ label: label?.name, ty: isLoop ? UNIT : this.s.fresh() });
    try { return f(); } finally { this.loopBreak.pop(); }
  }

  private cond(c: A.Expr): void {
    if (c.kind === 'Let') this.expr(c.expr);
    else { const t = this.expr(c, BOOL); this.mismatch(BOOL, t, c.span); }
    if (c.kind === 'Let') this.tc.exprTy.set(c, BOOL);
  }

  private bindLet(c: A.LetExpr): void {
    const st = this.tc.exprTy.get(c.expr) ?? UNKNOWN;
    this.variantCheck(c.pat, st, c.expr.span);
    this.bindPat(c.pat, st, 'value', 'pat');
    this.patTypes(c.pat, st);
  }

  /** E0308 for `Some(_)` / `None` matched against a `Result` (or `Ok` / `Err` against an `Option`). */
  private variantCheck(p: A.Pattern, t: Ty, scrutinee: Span): void {
    const d = variantPatternError(p, this.s.resolve(t), scrutinee, (n) => this.env.variantOwner.has(n) || this.lookup(n) !== undefined);
    if (d) this.tc.diags.push(d);
  }

  /** E0308 for a `&x` pattern (a `let`, a `for` loop's or a closure's parameter) given a `&mut T`. */
  private refPatCheck(p: A.Pattern, t: Ty, site: RefPatSite): void {
    if (p.kind !== 'RefPat') return;
    const d = refPatMutError(p, this.s.resolve(t), site);
    if (d) this.tc.diags.push(d);
  }

  /** Unifies literal patterns with the scrutinee (`match x { 1 => … }` makes an unsuffixed `x` an integer). */
  private patTypes(p: A.Pattern, t: Ty): void {
    if (p.kind === 'LitPat') {
      const lt = this.lit(p.lit);
      const cur = this.r(t);
      if (cur.k === 'var' || cur.k === lt.k) this.s.unify(lt, cur);
    } else if (p.kind === 'OrPat') p.alts.forEach((a) => this.patTypes(a, t));
  }

  private lit(l: A.Literal, expected?: Ty): Ty {
    switch (l.kind) {
      case 'Int': {
        if (l.suffix) return { k: 'int', kind: l.suffix };
        const v = this.s.fresh('int');
        const exp = expected ? this.r(expected) : undefined;
        if (exp && (exp.k === 'int' || (exp.k === 'var' && exp.lit === 'int'))) this.s.unify(v, exp);
        return v;
      }
      case 'Float': {
        if (l.suffix) return { k: 'float', kind: l.suffix };
        const v = this.s.fresh('float');
        const exp = expected ? this.r(expected) : undefined;
        if (exp && (exp.k === 'float' || (exp.k === 'var' && exp.lit === 'float'))) this.s.unify(v, exp);
        return v;
      }
      case 'Bool': return BOOL;
      case 'Char': return CHAR;
      case 'Str': return ref(STR);
      case 'Byte': return { k: 'int', kind: 'u8' };
      case 'ByteStr': return ref({ k: 'array', elem: { k: 'int', kind: 'u8' }, len: l.value.length });
    }
  }

  private path(e: A.PathExpr): Ty {
    const segs = e.path.segments;
    if (segs.length === 1) {
      const name = segs[0].name;
      const v = this.lookup(name);
      if (v) { this.tc.pathLocal.set(e, v); return v.ty; }
      const fn = this.env.fns.get(name);
      if (fn) return this.fnType(fn, new Map(this.tyScope));
      const c = this.env.consts.get(name);
      if (c) return this.lower(c.ty);
      if (name === 'None') return adt('Option', this.s.fresh());
      const st = this.env.structs.get(name);
      if (st && st.fields.kind === 'Unit') return adt(name);
      const owner = this.env.variantOwner.get(name);
      if (owner) return this.variantValue(owner, name);
      return UNKNOWN;
    }
    const typeName = segs[segs.length - 2].name;
    const last = segs[segs.length - 1].name;
    const en = this.env.enums.get(typeName === 'Self' ? this.selfName() : typeName);
    if (en) return this.variantValue(en.name.name, last);
    if ((typeName === 'i32' || typeName.match(/^[iu](8|16|32|64|128|size)$/)) && (last === 'MAX' || last === 'MIN')) return { k: 'int', kind: typeName as A.IntSuffix };
    if (typeName === 'f64' || typeName === 'f32') return { k: 'float', kind: typeName };
    return UNKNOWN;
  }

  private selfName(): string {
    const st = this.tyScope.get('Self');
    return st?.k === 'adt' ? st.name : '';
  }

  private variantValue(enumName: string, variant: string): Ty {
    const en = this.env.enums.get(enumName);
    if (!en) return UNKNOWN;
    const v = en.variants.find((x) => x.name.name === variant);
    const scope: TyScope = new Map();
    const args: Ty[] = [];
    for (const g of en.generics) if (g.param === 'type') { const fv = this.s.fresh(); scope.set(g.name, fv); args.push(fv); }
    const self = adt(enumName, ...args);
    if (v?.fields.kind === 'Tuple') return { k: 'fn', params: v.fields.fields.map((f) => lowerType(f.ty, scope, this.env)), ret: self };
    return self;
  }

  /** A fn item's type with its generics freshly instantiated. */
  private fnType(fn: A.FnItem | A.TraitFn, base: TyScope, selfTy?: Ty): Ty {
    const scope: TyScope = new Map(base);
    for (const g of fn.generics) if (g.param === 'type') scope.set(g.name, this.s.fresh());
    const params = fn.params.map((p) => lowerType(p.ty, scope, this.env));
    if (fn.receiver && selfTy) {
      const rt = fn.receiver.ty ? lowerType(fn.receiver.ty, scope, this.env) : fn.receiver.mode === 'value' ? selfTy : ref(selfTy, fn.receiver.mode === 'ref-mut');
      params.unshift(rt);
    }
    return { k: 'fn', params, ret: fn.ret ? lowerType(fn.ret, scope, this.env) : UNIT };
  }

  private applyFn(ft: Ty, args: A.Expr[], expected?: Ty, onMismatch?: (d: CompileDiagnostic, i: number) => void): Ty {
    const f = this.r(ft);
    if (f.k === 'fn' || f.k === 'closure') {
      if (expected) this.coerce(f.ret, expected);
      args.forEach((a, i) => {
        const pt = f.params[i];
        const at = this.expr(a, pt);
        if (pt && onMismatch && args.length === f.params.length && this.mismatch(pt, at, a.span, (d) => onMismatch(d, i))) return;
        if (pt) this.coerce(at, pt);
      });
      return f.ret;
    }
    args.forEach((a) => this.expr(a));
    return UNKNOWN;
  }

  /** `Vec::from(x)` / `VecDeque::from(x)`: the element type is the one of an array, a `&[T]`/`&[T; N]` or a
   *  `Vec`/`VecDeque` argument (std's `From` impls); anything else (`&str`, `String`, `Box<[T]>`…) leaves it open. */
  private collectionFrom(ret: Ty & { k: 'adt' }, arg: A.Expr, expected?: Ty): Ty {
    if (expected) this.coerce(ret, expected);
    const at = this.r(this.expr(arg));
    const inner = at.k === 'ref' ? this.r(at.inner) : undefined;
    const elem = at.k === 'array' ? at.elem
      : inner && (inner.k === 'array' || inner.k === 'slice') ? inner.elem
      : at.k === 'adt' && (at.name === 'Vec' || at.name === 'VecDeque') && at.name !== ret.name && !this.env.structs.has(at.name) ? at.args[0]
      : undefined;
    if (elem && ret.args[0]) this.s.unify(ret.args[0], elem);
    return ret;
  }

  private call(e: A.CallExpr, expected?: Ty): Ty {
    const c = e.callee;
    if (c.kind === 'PathExpr') {
      const segs = c.path.segments;
      const text = c.path.text;
      const callee = segs.length === 1 ? this.lookup(segs[0].name) : undefined;
      if (callee) {
        const earlier = this.closureCalls.get(callee.id);
        const ret = this.applyFn(this.expr(c), e.args, expected, (d, i) => {
          d.labels.push(label(c.span, 'arguments to this function are incorrect'));
          const init = this.tc.letInits.get(callee.id);
          const prev = earlier?.args[i];
          if (!earlier || !prev || init?.kind !== 'Closure') return;
          const pt = showTy(this.s.resolve(this.tc.exprTy.get(prev.expr) ?? UNKNOWN));
          d.children.push({ level: 'note', message: `expected because the closure was earlier called with an argument of type \`${pt}\``, span: prev.span,
            label: `expected because this argument is of type \`${pt}\``, labels: [label(earlier.callee, 'in this closure call')] });
          const param = init.params[i];
          if (param) d.children.push({ level: 'note', message: 'closure parameter defined here', span: param.pat.span });
          if (pt === 'String') d.suggestions.push(suggest('try using a conversion method', [insert(e.args[i].span.end, '.to_string()')], 'verbose'));
        });
        if (!earlier) this.closureCalls.set(callee.id, { callee: c.span, args: e.args.map((a) => ({ expr: a, span: a.span })) });
        return ret;
      }
      if (text === 'Some' || text === 'Ok' || text === 'Err') {
        const exp = expected ? this.s.resolve(expected) : undefined;
        const name = text === 'Some' ? 'Option' : 'Result';
        const args = exp?.k === 'adt' && exp.name === name ? exp.args : name === 'Option' ? [this.s.fresh()] : [this.s.fresh(), this.s.fresh()];
        const slot = text === 'Err' ? args[1] : args[0];
        const at = this.expr(e.args[0] ?? c, slot);
        if (slot) this.coerce(at, slot);
        this.tc.exprTy.set(c, UNKNOWN);
        return adt(name, ...args);
      }
      if (segs.length === 1) {
        const fn = this.env.fns.get(segs[0].name);
        if (fn) {
          const ft = this.fnType(fn, new Map());
          this.tc.exprTy.set(c, ft);
          return this.applyFn(ft, e.args, expected, fn.generics.some((g) => g.param === 'type') ? undefined : (d, i) => {
            d.labels.push(label(c.span, 'arguments to this function are incorrect'));
            const p = fn.params[i];
            const n: CompileDiagnostic['children'][number] = { level: 'note', message: 'function defined here', span: fn.name.span, labels: p ? [label(p.span)] : [] };
            d.children.push(n);
          });
        }
        const st = this.env.structs.get(segs[0].name);
        if (st?.fields.kind === 'Tuple') {
          const owner = this.ownerOf(c.path);
          if (owner?.fields?.kind === 'Tuple') {
            const ft: Ty = { k: 'fn', params: owner.fields.fields.map((f) => lowerType(f.ty, owner.scope, this.env)), ret: owner.selfTy ?? UNKNOWN };
            return this.applyFn(ft, e.args, expected);
          }
        }
        const owner = this.env.variantOwner.get(segs[0].name);
        if (owner) return this.applyFn(this.variantValue(owner, segs[0].name), e.args, expected);
      }
      if (segs.length >= 2) {
        const typeName = segs[segs.length - 2].name === 'Self' ? this.selfName() : segs[segs.length - 2].name;
        const last = segs[segs.length - 1].name;
        if (this.env.enums.has(typeName)) return this.applyFn(this.variantValue(typeName, last), e.args, expected);
        const um = this.env.methods.get(typeName)?.get(last);
        if (um && (this.env.structs.has(typeName) || this.env.enums.has(typeName))) {
          const item = this.env.structs.get(typeName) ?? this.env.enums.get(typeName);
          const scope: TyScope = new Map();
          for (const g of um.implGenerics) if (g.param === 'type') scope.set(g.name, this.s.fresh());
          const selfTy = um.selfTy ? lowerType(um.selfTy, scope, this.env) : adt(typeName, ...(item?.generics.filter((g) => g.param === 'type').map(() => this.s.fresh()) ?? []));
          scope.set('Self', selfTy);
          const plain = !um.fn.receiver && um.implGenerics.length === 0 && !um.fn.generics.some((g) => g.param === 'type');
          return this.applyFn(this.fnType(um.fn, scope, selfTy), e.args, expected, plain ? (d, i) => {
            d.labels.push(label(c.span, 'arguments to this function are incorrect'));
            const p = um.fn.params[i];
            d.children.push({ level: 'note', message: 'associated function defined here', span: um.fn.name.span, labels: p ? [label(p.span)] : [] });
          } : undefined);
        }
      }
      if (/(^|::)thread::spawn$/.test(text) && e.args[0]?.kind === 'Closure') this.spawns.push({ callee: c.span, closure: e.args[0] });
      const std = stdCall(text, segs, this.s, expected, this.lower.bind(this));
      if (std) {
        if (/(^|::)mpsc::channel$/.test(text) && !segs.some((g) => g.generics.length) && std.k === 'fn' && std.ret.k === 'tuple' && std.ret.items[0]?.k === 'adt') {
          this.channels.set(e, { callee: c.span, elem: std.ret.items[0].args[0] ?? UNKNOWN });
        }
        if (/(^|::)(Vec|VecDeque)::from$/.test(text) && e.args.length === 1 && std.k === 'fn' && std.ret.k === 'adt') return this.collectionFrom(std.ret, e.args[0], expected);
        if (/^Box::new$/.test(text) && e.args.length === 1 && expected) {
          const ret = this.applyFn(std, e.args, undefined);
          const d = dynCastError(this.s.resolve(expected), this.s.resolve(this.tc.exprTy.get(e.args[0]) ?? UNKNOWN), e, this.env);
          if (d) this.tc.diags.push(d);
          return ret;
        }
        const owner = segs[segs.length - 2]?.name ?? '';
        const last = segs[segs.length - 1].name;
        if ((owner === 'Rc' || owner === 'Arc') && RC_BY_VALUE.has(last) && e.args.length === 1 && std.k === 'fn' && !this.env.structs.has(owner)) {
          const at = this.expr(e.args[0]);
          const d = rcRefArgError(owner, last, e.args[0], this.s.resolve(at), c.span);
          if (d) { this.tc.diags.push(d); return std.ret; }
          this.coerce(at, std.params[0]);
          if (expected) this.coerce(std.ret, expected);
          return std.ret;
        }
        return this.applyFn(std, e.args, expected);
      }
    }
    const ct = this.expr(c);
    return this.applyFn(ct, e.args, expected);
  }

  private methodCall(e: A.MethodCallExpr): Ty {
    const rt = this.expr(e.receiver);
    const steps = this.derefSteps(rt);
    const arity = stdArityError(steps, e, this.env, (t) => this.s.resolve(t));
    if (arity) this.tc.diags.push(arity);
    for (let i = 0; i < steps.length; i++) {
      const st = steps[i];
      if (st.k === 'var' || st.k === 'unknown') break;
      // `r.into_iter()` on `r: &Vec<T>` (or `&mut`, a slice, a map…): std's `IntoIterator for &C` takes the reference
      // itself, so it reborrows `*r` as `(*r).iter()` / `iter_mut()` would, and moves nothing.
      const byRef = this.refIntoIter(st, steps[i + 1], e);
      const adapter = byRef ? undefined : this.iterAdapter(st, e);
      const found: { recv: RecvMode | 'unknown'; ret: Ty; params?: Ty[]; user?: MethodDef } | undefined = byRef ?? adapter ?? this.findMethod(st, e.method) ?? this.parseMethod(st, e) ?? this.downcastMethod(st, e);
      if (found) {
        const res: MethodRes = byRef ? { recv: found.recv, derefs: i + 1, selfTy: steps[i + 1], ret: found.ret } : { recv: found.recv, derefs: i, selfTy: st, ret: found.ret, user: found.user };
        this.tc.methods.set(e, res);
        e.args.forEach((a, j) => {
          const pt = found.params?.[j];
          const at = this.expr(a, pt);
          if (pt) this.coerce(at, pt);
        });
        if (adapter?.target) this.targets.push(adapter.target);
        this.negativeArgs(steps, e);
        return found.ret;
      }
    }
    const first = steps[0];
    // A std method taking `self` the checker doesn't model: its result is unknown, but it moves the receiver.
    // Through one reference (`r.into_boxed_slice()` with `r: &Vec<_>`) it moves out of `*r`: E0507.
    const own = first?.k === 'ref' ? 1 : 0;
    if (steps[own] && stdTakesSelf(steps[own], e.method, this.env)) this.tc.methods.set(e, { recv: 'value', derefs: own, selfTy: steps[own], ret: UNKNOWN });
    // `clone` / `to_string` / `to_owned` on any type the checker knows.
    if (first && e.method === 'clone') {
      const base = first.k === 'ref' ? first.inner : first;
      const cloneable = this.cloneable(base);
      if (cloneable) {
        this.tc.methods.set(e, { recv: 'ref', derefs: first.k === 'ref' ? 1 : 0, selfTy: base, ret: base });
        return base;
      }
    }
    e.args.forEach((a) => this.expr(a));
    this.negativeArgs(steps, e);
    const dyn = dynMethodError(steps, e, this.env) ?? this.iteratorLen(first, e);
    if (dyn) this.tc.diags.push(dyn);
    else if (first && first.k === 'adt') {
      const d = missingMethodError(first, e, this.env) ?? optionMethodError(first, e, this.env, (t, m) => this.hasMethod(t, m))
        ?? supertraitCallError(this.s.resolve(first), e, this.env);
      if (d) this.tc.diags.push(d);
    }
    if (e.method === 'to_string') return STRING;
    // `x.try_into()` (std's blanket `TryInto` from `TryFrom`): a `Result<T, E>` whose T the context gives.
    if (e.method === 'try_into' && e.args.length === 0 && first && first.k !== 'var' && first.k !== 'unknown' && first.k !== 'param') {
      return { k: 'adt', name: 'Result', args: [this.s.fresh(), this.s.fresh()] };
    }
    return UNKNOWN;
  }

  /** `-1` given to a std method's unsigned parameter: the literal takes the parameter's type (E0600 once the body is
   *  checked), or E0277 for `get(-1)` / `get(-1..)` whose index only `usize` can be. */
  private negativeArgs(steps: Ty[], e: A.MethodCallExpr): void {
    const m = stdMethodParams(steps, e, this.env);
    if (!m) return;
    e.args.forEach((a, j) => {
      const written = m.params[j]?.[1];
      if (!written) return;
      const generic = written === 'I' && (e.method === 'get' || e.method === 'get_mut') && (m.group === 'slice' || m.group === 'str');
      const neg = negativeLiteral(a) ?? (generic && a.kind === 'Range' && a.start ? negativeLiteral(a.start) : undefined);
      if (!neg) return;
      const unsigned = unsignedParam(written, m.group);
      if (unsigned) this.s.unify(this.tc.exprTy.get(neg) ?? UNKNOWN, unsigned);
      else if (generic) this.tc.diags.push(negIndexNeedsSigned(neg));
    });
  }

  /** E0599 for `.len()` on a parameter of this fn written `impl Iterator<Item = T>` (no `ExactSizeIterator`). */
  private iteratorLen(first: Ty | undefined, e: A.MethodCallExpr): CompileDiagnostic | undefined {
    const text = first && e.method === 'len' && e.args.length === 0 && !this.env.traitMethods.has('len') ? implIterator(first) : undefined;
    const local = text && e.receiver.kind === 'PathExpr' ? this.tc.pathLocal.get(e.receiver) : undefined;
    if (!text || !local || local.kind !== 'param' || local.closure) return undefined;
    const param = this.body.fn.params.find((p) => p.pat.kind === 'IdentPat' && p.pat.name === local.name);
    return param && param.ty.kind === 'TraitObjectType' ? iteratorLenError(text, param.ty, e) : undefined;
  }

  /** Whether a method of this name is found on `t` (for rustc's "the method exists on the type" note). */
  private hasMethod(t: Ty, name: string): boolean {
    return this.derefSteps(t).some((st) => this.findMethod(st, name) !== undefined);
  }

  private cloneable(t: Ty): boolean {
    const r = this.s.resolve(t);
    if (r.k === 'adt') return this.env.implsOf.get(r.name)?.has('Clone') ?? false;
    if (r.k === 'param') return r.bounds.includes('Clone') || r.bounds.includes('Copy');
    return false;
  }

  /** Iterator adapters and consumers on the checker's iterator types (`Iter<T>`, ranges): closures typed by the item. */
  private iterAdapter(st: Ty, e: A.MethodCallExpr): IterCall | undefined {
    if (st.k !== 'adt' || !ITERATORS.has(st.name) || st.args.length !== 1 || this.env.structs.has(st.name) || this.env.enums.has(st.name)) return undefined;
    if (e.generics.length > 1) return undefined;
    const turbofish = e.generics[0] ? this.lower(e.generics[0]) : undefined;
    return iterCall(st.args[0], st, e.method, turbofish, () => this.s.fresh());
  }

  /** Relates each `collect`/`sum`/`product` target to its items once known (repeated: one may fix another). */
  private relateTargets(): void {
    for (let round = 0; round < 4 && this.targets.length; round++) {
      const left: IterCall['target'][] = [];
      for (const t of this.targets) {
        if (!t) continue;
        const r = this.s.resolve(t.ty);
        const pairs = targetPairs(t.kind, r, t.item, (x) => this.s.resolve(x));
        if (pairs.length === 0 && (r.k === 'var' || (r.k === 'adt' && r.args.some((a) => this.r(a).k === 'var')))) { left.push(t); continue; }
        for (const [a, b] of pairs) this.s.unify(a, b);
      }
      if (left.length === this.targets.length) break;
      this.targets = left;
    }
  }

  /** `str::parse::<F>()`: `Result<F, F::Err>`, `F` from the turbofish or inferred from how the result is used. */
  private parseMethod(st: Ty, e: A.MethodCallExpr): { recv: RecvMode; ret: Ty; params?: Ty[]; user?: MethodDef } | undefined {
    if (e.method !== 'parse' || !(st.k === 'str' || (st.k === 'adt' && st.name === 'String'))) return undefined;
    const target = e.generics[0] ? this.lower(e.generics[0]) : this.s.fresh();
    return { recv: 'ref', ret: adt('Result', target, UNKNOWN) };
  }

  /** `Box<dyn Any>::downcast::<T>()` (and `Rc`'s): `Result<Box<T>, Box<dyn Any>>`, taking the box by value. */
  private downcastMethod(st: Ty, e: A.MethodCallExpr): { recv: RecvMode; ret: Ty } | undefined {
    if (e.method !== 'downcast' || e.generics.length !== 1 || e.args.length !== 0 || st.k !== 'adt' || (st.name !== 'Box' && st.name !== 'Rc')) return undefined;
    if (this.env.structs.has(st.name) || this.env.methods.get(st.name)?.has('downcast') || this.env.traitMethods.has('downcast')) return undefined;
    const inner = this.r(st.args[0] ?? UNKNOWN);
    if (inner.k !== 'opaque' || inner.syntax !== 'dyn' || !/^dyn\s+(std::any::)?Any$/.test(inner.text)) return undefined;
    const any: Ty = { k: 'opaque', text: 'dyn Any', syntax: 'dyn' };
    return { recv: 'value', ret: adt('Result', adt(st.name, this.lower(e.generics[0])), adt(st.name, any)) };
  }

  /** `into_iter()` through a reference to a std collection: its `iter()` (`iter_mut()` for `&mut`), on the collection. */
  private refIntoIter(st: Ty, inner: Ty | undefined, e: A.MethodCallExpr): { recv: RecvMode; ret: Ty } | undefined {
    if (e.method !== 'into_iter' || e.args.length !== 0 || st.k !== 'ref' || inner === undefined) return undefined;
    const own = inner.k === 'slice' || inner.k === 'array' || (inner.k === 'adt' && !this.env.structs.has(inner.name) && !this.env.enums.has(inner.name));
    if (!own || this.env.traitMethods.has('into_iter')) return undefined;
    const by = this.findMethod(inner, st.mut ? 'iter_mut' : 'iter');
    return by && by.recv !== 'unknown' && !by.user ? { recv: by.recv, ret: by.ret } : undefined;
  }

  private findMethod(st: Ty, name: string): { recv: RecvMode | 'unknown'; ret: Ty; params?: Ty[]; user?: MethodDef } | undefined {
    if (st.k === 'adt') {
      const um = this.env.methods.get(st.name)?.get(name);
      if (um && um.fn.receiver && um.traitName !== 'Drop') {
        const item = this.env.structs.get(st.name) ?? this.env.enums.get(st.name);
        const scope: TyScope = new Map();
        for (const g of um.implGenerics) if (g.param === 'type') scope.set(g.name, this.s.fresh());
        let selfTy: Ty = st;
        if (um.selfTy) { selfTy = lowerType(um.selfTy, scope, this.env); this.s.unify(selfTy, st); }
        else if (item) selfTy = st;
        scope.set('Self', selfTy);
        const ft = this.fnType(um.fn, scope, selfTy);
        if (ft.k !== 'fn') return undefined;
        return { recv: um.fn.receiver.ty ? 'unknown' : um.fn.receiver.mode, ret: ft.ret, params: ft.params.slice(1), user: um };
      }
    }
    if (st.k === 'param' || st.k === 'opaque') {
      const tm = this.env.traitMethods.get(name);
      if (tm?.fn.receiver) {
        const scope: TyScope = new Map([['Self', st]]);
        const ft = this.fnType(tm.fn, scope, st);
        if (ft.k === 'fn') return { recv: tm.fn.receiver.ty ? 'unknown' : tm.fn.receiver.mode, ret: ft.ret, params: ft.params.slice(1), user: tm };
      }
      return undefined;
    }
    const sm = stdMethod(st, name);
    if (sm) return { recv: sm.recv, ret: sm.ret, params: sm.params };
    return undefined;
  }

  private closure(e: A.ClosureExpr, expected?: Ty): Ty {
    const exp = expected ? this.r(expected) : undefined;
    const params = e.params.map((p, i) => (p.ty ? this.lower(p.ty) : exp?.k === 'fn' ? exp.params[i] ?? this.s.fresh() : this.s.fresh()));
    const ret = e.ret ? this.lower(e.ret) : this.s.fresh();
    const t: Ty = { k: 'closure', id: this.nextClosure++, params, ret, move: e.move };
    this.tc.closures.set(e, t);
    this.closureStack.push(e);
    this.closureRet.push(ret);
    const savedLoops = this.loopBreak;
    this.loopBreak = [];
    this.scoped(() => {
      e.params.forEach((p, i) => { this.refPatCheck(p.pat, params[i], { k: 'closure-param' }); this.bindPat(p.pat, params[i], 'value', 'closure-param'); });
      const bt = this.expr(e.body, ret);
      this.coerce(bt, ret);
      return UNIT;
    });
    this.loopBreak = savedLoops;
    this.closureRet.pop();
    this.closureStack.pop();
    return t;
  }

  private binary(e: A.BinaryExpr, expected?: Ty): Ty {
    const op = e.op;
    if (op === '&&' || op === '||') { this.expr(e.left, BOOL); this.expr(e.right, BOOL); return BOOL; }
    const cmp = op === '==' || op === '!=' || op === '<' || op === '<=' || op === '>' || op === '>=';
    const shift = op === '<<' || op === '>>';
    const l = this.expr(e.left, cmp || shift ? (shift ? expected : undefined) : expected);
    const lr = this.r(l);
    const rt = this.expr(e.right, shift ? undefined : isNumeric(lr) ? l : undefined);
    const rr = this.r(rt);
    if (cmp) {
      if (isNumeric(lr) && isNumeric(rr)) this.s.unify(l, rt);
      const d = genericCompareError(op, this.s.resolve(l), this.s.resolve(rt), e, this.body.fn.generics);
      if (d) this.tc.diags.push(d);
      return BOOL;
    }
    if (shift) return l;
    if (isNumeric(lr) && isNumeric(rr)) { this.s.unify(l, rt); return l; }
    if (lr.k === 'adt' && lr.name === 'String' && op === '+') return STRING;
    const ae = arithmeticError(op, this.s.resolve(l), this.s.resolve(rt), e);
    if (ae) this.tc.diags.push(ae);
    if (isNumeric(lr) && rr.k === 'ref' && isNumeric(this.r(rr.inner))) { this.s.unify(l, rr.inner); return l; }
    return UNKNOWN;
  }

  /** The item type a `for` loop over a value of type `t` yields. */
  private iterItem(t: Ty): Ty {
    const x = this.s.resolve(t);
    if (x.k === 'adt') {
      switch (x.name) {
        case 'Range': case 'RangeInclusive': case 'Iter': return x.args[0] ?? UNKNOWN;
        case 'Vec': case 'VecDeque': return x.args[0] ?? UNKNOWN;
        case 'Receiver': return x.args[0] ?? UNKNOWN;
        case 'HashMap': return { k: 'tuple', items: [x.args[0] ?? UNKNOWN, x.args[1] ?? UNKNOWN] };
      }
      return UNKNOWN;
    }
    if (x.k === 'array') return x.elem;
    if (x.k === 'ref') {
      const inner = x.inner;
      if (inner.k === 'adt' && (inner.name === 'Vec' || inner.name === 'VecDeque')) return ref(inner.args[0] ?? UNKNOWN, x.mut);
      if (inner.k === 'array' || inner.k === 'slice') return ref(inner.elem, x.mut);
      if (inner.k === 'adt' && inner.name === 'HashMap') return { k: 'tuple', items: [ref(inner.args[0] ?? UNKNOWN), ref(inner.args[1] ?? UNKNOWN, x.mut)] };
      if (inner.k === 'adt' && inner.name === 'Iter' && x.mut) return inner.args[0] ?? UNKNOWN;
    }
    return UNKNOWN;
  }

  private formatArgs(f: A.FormatArgs): void {
    for (const a of f.args) { this.expr(a.expr); this.fmtArgExprs.add(a.expr); }
    const positional = f.args.filter((a) => !a.name);
    for (const ph of placeholders(f)) {
      if (ph.trait === 'other') continue;
      const arg = typeof ph.arg === 'number' ? positional[ph.arg] : f.args.find((a) => a.name === ph.arg);
      if (arg) this.formatChecks.push({ expr: arg.expr, trait: ph.trait, placeholder: ph.span });
    }
    const inl: Array<{ local: LocalVar; span: Span }> = [];
    for (const n of inlineFormatNames(f)) {
      const v = this.lookup(n.name);
      if (v) inl.push({ local: v, span: n.span });
    }
    if (inl.length) this.tc.fmtInline.set(f, inl);
  }
}

function isNumeric(t: Ty): boolean {
  return t.k === 'int' || t.k === 'float' || (t.k === 'var' && t.lit !== undefined);
}

/** One step of built-in or std deref: `&T`/`Box<T>`/`Rc<T>`/… → `T`, `String` → `str`, `Vec<T>` → `[T]`. */
export function derefOnce(t: Ty): Ty | undefined {
  if (t.k === 'ref') return t.inner;
  if (t.k === 'adt') {
    switch (t.name) {
      case 'Box': case 'Rc': case 'Arc': case 'Ref': case 'RefMut': case 'MutexGuard': return t.args[0];
      case 'String': return STR;
      case 'Vec': return t.args[0] ? { k: 'slice', elem: t.args[0] } : undefined;
    }
  }
  return undefined;
}

export { F64 };

/** Whether a block contains a `return` (outside closures). */
function hasReturn(b: A.Block): boolean {
  let found = false;
  const visit = (x: unknown): void => {
    if (found || !x || typeof x !== 'object') return;
    const k = (x as { kind?: string }).kind;
    if (k === 'Return') { found = true; return; }
    if (k === 'Closure' || k === 'Fn' || k === 'ItemStmt') return;
    for (const v of Object.values(x as object)) {
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === 'object' && 'kind' in v) visit(v);
    }
  };
  visit(b);
  return found;
}

function spanWithin(a: Span, b: Span): boolean {
  const le = (x: A.Pos, y: A.Pos) => x.line < y.line || (x.line === y.line && x.col <= y.col);
  return le(b.start, a.start) && le(a.end, b.end);
}

function mentionsRc(t: Ty): boolean {
  switch (t.k) {
    case 'adt': return t.name === 'Rc' || t.args.some(mentionsRc);
    case 'tuple': return t.items.some(mentionsRc);
    case 'array': case 'slice': return mentionsRc(t.elem);
    case 'ref': case 'int': case 'float': case 'bool': case 'char': case 'str': case 'never': case 'fn': case 'closure': case 'param': case 'opaque': case 'var': case 'unknown':
      return false;
  }
}

/** `|x|`, `||`, `move ||`: the closure's head, where rustc names the closure. */
function closureHead(c: A.ClosureExpr): Span {
  const t = c.text;
  const first = t.indexOf('|');
  let end = t[first + 1] === '|' ? first + 2 : t.indexOf('|', first + 1) + 1;
  const nl = t.slice(0, end).indexOf('\n');
  if (nl >= 0 || end <= 0) end = first + 1;
  return { start: c.span.start, end: { line: c.span.start.line, col: c.span.start.col + end } };
}
