// Pre-pass over each function body: gives every local binding a slot index in its frame and resolves
// single-name paths to those slots, so the evaluator never looks names up by string at run time.
import type * as A from '../syntax/ast.ts';
import type { Ty } from '../memory/ty.ts';
import { astTy } from './types.ts';

/** Per-function slot table, stored on the FnItem / ClosureExpr as `$layout`. */
export interface FnLayout {
  names: string[];
  lines: number[];
  tys: Array<Ty | undefined>;
  /** Slots for the parameters, in order (receiver `self` first when present). */
  params: number[];
  /** Where each parameter's slots end in `params` (receiver first): a pattern parameter binds several, or none. */
  paramEnds: number[];
  /** Parameter types (after the receiver) and return type, converted once. */
  paramTys: Array<Ty | undefined>;
  retTy: Ty | undefined;
  /** Initial slot contents of a new frame (copied per call). */
  blankVals: import('../memory/value.ts').Value[];
  blankState: number[];
  /** Slot of each argument (receiver first), or -1 when the parameter is a pattern. */
  argSlots: number[];
  /** Argument i goes to slot i for every argument: a caller may evaluate the arguments straight into a frame's slots. */
  argsInPlace: boolean;
  /** Bytes one call's frame takes on the thread's stack (locals' layouts plus call overhead, like rustc's debug frames). */
  frameBytes: number;
}

// Annotations the resolver writes onto AST nodes (read by the evaluator).
export interface Resolved {
  $slot?: number; // IdentPat binding slot, or PathExpr local slot
  $decls?: number[]; // Block / MatchArm / Let / For / closure: slots declared here, in order
  $paramEnds?: number[]; // closure: where each parameter's slots end in `$decls`
  $layout?: FnLayout;
  $captures?: number[]; // Closure: outer slots its body mentions
  $capturePaths?: Map<number, string[][] | null>; // Closure: per captured slot, the field paths it uses (null: whole)
  $inner?: [number, number]; // Closure: the slots declared inside it (parameters and body), as [from, to)
}

export function R<T>(node: T): T & Resolved {
  return node as T & Resolved;
}

class Scope {
  names = new Map<string, number>();
  constructor(public parent: Scope | null) {}
  lookup(n: string): number | undefined {
    for (let s: Scope | null = this; s; s = s.parent) {
      const v = s.names.get(n);
      if (v !== undefined) return v;
    }
    return undefined;
  }
}

/** Names that patterns must treat as constants/variants rather than new bindings. */
export type IsConstName = (name: string) => boolean;

export function resolveFn(fn: A.FnItem, isConst: IsConstName): FnLayout {
  const r = new Resolver(isConst);
  const scope = new Scope(null);
  if (fn.receiver) {
    r.layout.params.push(r.declare(scope, 'self', fn.receiver.span.start.line, undefined));
    r.layout.paramEnds.push(1);
  }
  for (const p of fn.params) {
    const before = r.layout.names.length;
    r.pattern(p.pat, scope, astTy(p.ty));
    for (let i = before; i < r.layout.names.length; i++) r.layout.params.push(i);
    r.layout.paramEnds.push(r.layout.params.length);
  }
  r.block(fn.body, scope);
  R(fn).$layout = r.layout;
  return r.layout;
}

class Resolver {
  layout: FnLayout = { names: [], lines: [], tys: [], params: [], paramEnds: [], paramTys: [], retTy: undefined, blankVals: [], blankState: [], argSlots: [], argsInPlace: false, frameBytes: 0 };
  private decls: number[][] = [];
  private closures: Array<{ start: number; caps: Set<number>; paths: Map<number, string[][] | null> }> = [];
  /** The fields a path expression being resolved is the base of (`p.a.b` → ['a', 'b']), for closure captures. */
  private chain: string[] | undefined;
  constructor(private isConst: IsConstName) {}

  declare(scope: Scope, name: string, line: number, t: Ty | undefined): number {
    const i = this.layout.names.length;
    this.layout.names.push(name);
    this.layout.lines.push(line);
    this.layout.tys.push(t);
    scope.names.set(name, i);
    this.decls[this.decls.length - 1]?.push(i);
    return i;
  }

  withDecls<T>(node: T, f: () => void): void {
    this.decls.push([]);
    f();
    R(node).$decls = this.decls.pop();
  }

  block(b: A.Block, parent: Scope): void {
    const scope = new Scope(parent);
    this.withDecls(b, () => {
      for (const s of b.stmts) this.stmt(s, scope);
      if (b.tail) this.expr(b.tail, scope);
    });
  }

  stmt(s: A.Stmt, scope: Scope): void {
    switch (s.kind) {
      case 'LetStmt':
        if (s.init) this.expr(s.init, scope);
        if (s.else) this.block(s.else, scope);
        this.pattern(s.pat, scope, s.ty ? astTy(s.ty) : undefined);
        break;
      case 'ExprStmt': this.expr(s.expr, scope); break;
      case 'ItemStmt': break;
    }
  }

  pattern(p: A.Pattern, scope: Scope, t: Ty | undefined): void {
    switch (p.kind) {
      case 'IdentPat':
        if (!p.sub && !p.byRef && !p.mut && this.isConst(p.name)) return;
        if (p.sub) this.pattern(p.sub, scope, undefined);
        R(p).$slot = this.declare(scope, p.name, p.span.start.line, t);
        return;
      case 'TuplePat': p.items.forEach((x, i) => this.pattern(x, scope, t && t.n === 'tuple' ? t.a[i] : undefined)); return;
      case 'TupleStructPat': p.items.forEach((x) => this.pattern(x, scope, undefined)); return;
      case 'StructPat': p.fields.forEach((f) => this.pattern(f.pat, scope, undefined)); return;
      case 'RefPat': this.pattern(p.inner, scope, t && (t.n === '&' || t.n === '&mut') ? t.a[0] : undefined); return;
      case 'OrPat': {
        // Every alternative binds the same names: bind them once, let the others reuse the slots.
        const first = p.alts[0];
        this.pattern(first, scope, t);
        for (const alt of p.alts.slice(1)) this.reuse(alt, scope);
        return;
      }
      case 'SlicePat': p.items.forEach((x) => this.pattern(x, scope, undefined)); return;
      case 'WildPat': case 'RestPat': case 'LitPat': case 'RangePat': case 'PathPat': return;
    }
  }

  private reuse(p: A.Pattern, scope: Scope): void {
    if (p.kind === 'IdentPat') {
      const s = scope.lookup(p.name);
      if (s !== undefined) R(p).$slot = s;
      if (p.sub) this.reuse(p.sub, scope);
      return;
    }
    const kids: A.Pattern[] =
      p.kind === 'TuplePat' || p.kind === 'TupleStructPat' || p.kind === 'SlicePat' ? p.items
        : p.kind === 'StructPat' ? p.fields.map((f) => f.pat) : p.kind === 'RefPat' ? [p.inner] : p.kind === 'OrPat' ? p.alts : [];
    kids.forEach((k) => this.reuse(k, scope));
  }

  /** An `if`/`while` condition; `let PAT = EXPR` binds into a new scope (returned) for the body. */
  private condition(cond: A.Expr, scope: Scope): Scope {
    const inner = new Scope(scope);
    if (cond.kind === 'Let') {
      this.expr(cond.expr, scope);
      this.withDecls(cond, () => this.pattern(cond.pat, inner, undefined));
    } else this.expr(cond, scope);
    return inner;
  }

  exprs(es: A.Expr[], scope: Scope): void {
    for (const e of es) this.expr(e, scope);
  }

  fmt(f: A.FormatArgs | null, scope: Scope): void {
    if (!f) return;
    for (const a of f.args) this.expr(a.expr, scope);
    // Inline captured names `{x}` are resolved by the evaluator through `$captures`.
    const caps: Record<string, number> = {};
    const re = /\{([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?\}/g;
    const template = f.template.replace(/\{\{|\}\}/g, '');
    let m: RegExpExecArray | null;
    while ((m = re.exec(template))) {
      const s = scope.lookup(m[1]);
      if (s !== undefined) caps[m[1]] = s;
      // Width/precision captures `{:>width$}`.
    }
    const re2 = /\$|([A-Za-z_][A-Za-z0-9_]*)\$/g;
    while ((m = re2.exec(template))) if (m[1]) { const s = scope.lookup(m[1]); if (s !== undefined) caps[m[1]] = s; }
    (f as A.FormatArgs & { $captures?: Record<string, number> }).$captures = caps;
  }

  expr(e: A.Expr, scope: Scope): void {
    switch (e.kind) {
      case 'Lit': return;
      case 'PathExpr':
        if (e.path.segments.length === 1) {
          const s = scope.lookup(e.path.segments[0].name);
          if (s !== undefined) {
            R(e).$slot = s;
            const chain = this.chain;
            this.chain = undefined;
            for (const c of this.closures) {
              if (s >= c.start) continue;
              c.caps.add(s);
              // A bare use captures the variable whole; a field chain only that place (edition 2021).
              const had = c.paths.get(s);
              if (had === null) continue;
              if (!chain) c.paths.set(s, null);
              else c.paths.set(s, [...(had ?? []), chain]);
            }
          }
        }
        return;
      case 'BlockExpr': this.block(e.block, scope); return;
      case 'If': {
        this.block(e.then, this.condition(e.cond, scope));
        if (e.else) this.expr(e.else, scope);
        return;
      }
      case 'Let': {
        this.expr(e.expr, scope);
        this.withDecls(e, () => this.pattern(e.pat, scope, undefined));
        return;
      }
      case 'While': this.block(e.body, this.condition(e.cond, scope)); return;
      case 'Loop': this.block(e.body, scope); return;
      case 'For': {
        this.expr(e.iter, scope);
        const s = new Scope(scope);
        this.withDecls(e, () => this.pattern(e.pat, s, undefined));
        this.block(e.body, s);
        return;
      }
      case 'Break': if (e.value) this.expr(e.value, scope); return;
      case 'Continue': return;
      case 'Return': if (e.value) this.expr(e.value, scope); return;
      case 'Match':
        this.expr(e.scrutinee, scope);
        for (const arm of e.arms) {
          const s = new Scope(scope);
          this.withDecls(arm, () => this.pattern(arm.pat, s, undefined));
          if (arm.guard) this.expr(arm.guard, s);
          this.expr(arm.body, s);
        }
        return;
      case 'Assign': case 'CompoundAssign': this.expr(e.target, scope); this.expr(e.value, scope); return;
      case 'Binary': this.expr(e.left, scope); this.expr(e.right, scope); return;
      case 'Unary': this.expr(e.operand, scope); return;
      case 'Borrow': this.expr(e.operand, scope); return;
      case 'Cast': this.expr(e.expr, scope); return;
      case 'Call': this.expr(e.callee, scope); this.exprs(e.args, scope); return;
      case 'MethodCall': this.expr(e.receiver, scope); this.exprs(e.args, scope); return;
      case 'Field': case 'TupleIndex': {
        // The fields above a local (`p.a.b`) go with it to the capture list.
        const names: string[] = [];
        let b: A.Expr = e;
        while (b.kind === 'Field' || b.kind === 'TupleIndex') { names.unshift(b.kind === 'Field' ? b.field : String(b.index)); b = b.object; }
        if (b.kind === 'PathExpr') this.chain = names;
        this.expr(b, scope);
        this.chain = undefined;
        return;
      }
      case 'Index': this.expr(e.object, scope); this.expr(e.index, scope); return;
      case 'Range': if (e.start) this.expr(e.start, scope); if (e.end) this.expr(e.end, scope); return;
      case 'Tuple': this.exprs(e.items, scope); return;
      case 'Array': this.exprs(e.items, scope); return;
      case 'ArrayRepeat': this.expr(e.value, scope); this.expr(e.count, scope); return;
      case 'Struct': for (const f of e.fields) this.expr(f.value, scope); if (e.base) this.expr(e.base, scope); return;
      case 'Closure': {
        const ctx = { start: this.layout.names.length, caps: new Set<number>(), paths: new Map<number, string[][] | null>() };
        this.closures.push(ctx);
        const s = new Scope(scope);
        const ends: number[] = [];
        this.withDecls(e, () => e.params.forEach((p) => {
          this.pattern(p.pat, s, p.ty ? astTy(p.ty) : undefined);
          ends.push(this.decls[this.decls.length - 1].length);
        }));
        R(e).$paramEnds = ends;
        this.expr(e.body, s);
        this.closures.pop();
        R(e).$captures = [...ctx.caps].sort((a, b) => a - b);
        R(e).$capturePaths = ctx.paths;
        R(e).$inner = [ctx.start, this.layout.names.length];
        return;
      }
      case 'Try': this.expr(e.expr, scope); return;
      case 'FormatMacro': this.fmt(e.format, scope); return;
      case 'WriteMacro': this.expr(e.dest, scope); this.fmt(e.format, scope); return;
      case 'AssertMacro': this.expr(e.cond, scope); this.fmt(e.message, scope); return;
      case 'AssertCmpMacro': this.expr(e.left, scope); this.expr(e.right, scope); this.fmt(e.message, scope); return;
      case 'VecMacro': this.exprs(e.items, scope); return;
      case 'VecRepeatMacro': this.expr(e.value, scope); this.expr(e.count, scope); return;
      case 'MatchesMacro': {
        this.expr(e.expr, scope);
        const s = new Scope(scope);
        this.withDecls(e, () => this.pattern(e.pat, s, undefined));
        if (e.guard) this.expr(e.guard, s);
        return;
      }
      case 'DbgMacro': this.exprs(e.args, scope); return;
    }
  }
}
