// AST of one body → the borrow checker's control-flow graph (./cfg.ts): evaluation order, places, loans
// (explicit `&`/`&mut`, method auto-refs, closure captures), flows of loans into locals, scope ends, loops.
// Mutability errors that need no dataflow (E0596, E0507) are found here, while the places are at hand.
import type * as A from '../../syntax/ast.ts';
import { isPlaceShaped } from '../../syntax/ast.ts';
import type { Span } from '../../syntax/ast.ts';
import type { Typeck, LocalVar } from '../types/infer.ts';
import { isCopy } from '../types/copy.ts';
import { isKnown, UNKNOWN, type Ty } from '../types/ty.ts';
import type { Access, AccessKind, Cfg, CfgNode, Ev, Loan, LoopCtx, MoveCause } from './cfg.ts';
import { STD_METHOD_RECEIVERS } from '../types/std-method-params.ts';
import { describe, placeKey, type Place, type Proj } from './places.ts';
import { capturePaths, type CaptureMode } from './capture-paths.ts';
import { assignError, closureOutlivesError, forLoopMoveOut, dropMoveError, dropPatternError, fnMutMoveError, mutabilityError, moveOutError, refPatternError, tempMoveOutError, type BuildDiag } from './build-errors.ts';

/** What an evaluated expression carries: loans it created and locals whose loans flow into it. */
interface Val {
  loans: number[];
  from: number[];
}

const EMPTY: Val = { loans: [], from: [] };

interface PlaceX {
  place: Place;
  ty: Ty;
  /** Types before each projection (index i: the type projection i applies to). */
  tys: Ty[];
  expr: A.Expr;
}

interface LoopFrame {
  label?: string;
  head: number;
  exit: number;
  ctx: LoopCtx;
  result: number;
}

export interface ClosureBody {
  closure: A.ClosureExpr;
  cfg: Cfg;
  /** Captured locals of the enclosing body, in order of first use, with that use's span. */
  upvars: Array<{ local: number; span: Span }>;
}

export interface Built {
  cfg: Cfg;
  closures: ClosureBody[];
  diags: BuildDiag[];
}

export function buildFnCfg(fn: A.FnItem, tc: Typeck, traitSelf?: A.Pos): Built {
  const b = new Builder(tc, undefined, traitSelf);
  return b.buildFn(fn);
}

class Builder {
  private readonly nodes: CfgNode[] = [];
  private cur = -1;
  private readonly loans: Loan[] = [];
  private readonly loops: LoopFrame[] = [];
  private nextLocal: number;
  private readonly ret: number;
  private readonly exit: number;
  private readonly returns: Array<{ node: number; span: Span }> = [];
  private readonly backEdges = new Set<string>();
  private readonly temporaries = new Set<number>();
  /** Temporaries of the expression statement being built (dropped at its `;`). */
  private stmtTemps: number[] | undefined;
  /** Set while evaluating the closure argument of a std method that takes `FnMut` (`sort_by_key`, `map`…). */
  private fnMutArg: string | undefined;
  /** Start of the statement being built (where rustc's "clone before the closure" suggestion goes). */
  private stmtStart: A.Pos | undefined;
  private readonly scopes: number[][] = [];
  readonly closures: ClosureBody[] = [];
  readonly diags: BuildDiag[] = [];
  /** The call argument being evaluated (a move out of a `Drop` type there gets no `&` suggestion). */
  private callArg: A.Expr | undefined;
  /** The fn's returned expressions (its body's tail, `return` values): where rustc offers no `&` for a move. */
  private readonly returned = new Set<A.Expr>();
  /** Upvars of a closure body being built: local → first use span. */
  private readonly upvars = new Map<number, Span>();
  private readonly inner = new Set<number>();

  /** `traitSelf`: for a trait method's impl, the trait declaration's `&self` (see mutabilityError). */
  constructor(private readonly tc: Typeck, private readonly closure: A.ClosureExpr | undefined, private readonly traitSelf?: A.Pos) {
    this.nextLocal = tc.locals.length;
    this.ret = this.nextLocal++;
    this.exit = this.newNode(null);
    this.cur = this.newNode(null);
  }

  buildFn(fn: A.FnItem): Built {
    const entry = this.cur;
    const self = fn.receiver ? this.tc.locals.find((l) => l.kind === 'self' && !l.closure) : undefined;
    if (self) this.init(self.id, fn.receiver?.span ?? fn.span);
    for (const p of fn.params) this.bindPattern(p.pat, { val: EMPTY }, p.span);
    if (fn.body.tail) this.returned.add(fn.body.tail);
    const v = this.block(fn.body, true);
    if (this.cur >= 0) {
      this.emit({ k: 'flow', dest: this.ret, loans: v.loans, from: v.from, whole: true, span: fn.body.tail?.span ?? fn.body.span });
      if (fn.body.tail) this.returns.push({ node: this.cur, span: fn.body.tail.span });
      this.goto(this.exit);
    }
    return { cfg: this.finish(entry), closures: this.closures, diags: this.diags };
  }

  buildClosure(c: A.ClosureExpr): Built {
    const entry = this.cur;
    for (const inner of closureLocals(c, this.tc)) this.inner.add(inner);
    for (const p of c.params) this.bindPattern(p.pat, { val: EMPTY }, p.span);
    const v = this.val(c.body);
    if (this.cur >= 0) {
      this.emit({ k: 'flow', dest: this.ret, loans: v.loans, from: v.from, whole: true, span: c.body.span });
      this.goto(this.exit);
    }
    return { cfg: this.finish(entry), closures: this.closures, diags: this.diags };
  }

  upvarList(): Array<{ local: number; span: Span }> {
    return [...this.upvars].map(([local, span]) => ({ local, span }));
  }

  private finish(entry: number): Cfg {
    return { nodes: this.nodes, entry, exit: this.exit, loans: this.loans, localCount: this.nextLocal, ret: this.ret, returns: this.returns, backEdges: this.backEdges, temporaries: this.temporaries, statics: this.statics };
  }

  // ------------------------------------------------------------ graph primitives

  private newNode(ev: Ev | null): number {
    const top = this.loops[this.loops.length - 1];
    this.nodes.push({ ev, succ: [], loop: top?.ctx });
    return this.nodes.length - 1;
  }

  private emit(ev: Ev): number {
    const n = this.newNode(ev);
    if (this.cur >= 0) this.nodes[this.cur].succ.push(n);
    else {
      // Unreachable code: keep the node but give it no predecessor.
    }
    this.cur = n;
    return n;
  }

  private goto(target: number): void {
    if (this.cur >= 0) this.nodes[this.cur].succ.push(target);
    this.cur = -1;
  }

  /** An edge back to a loop's head (`continue`, the end of the body). */
  private backTo(head: number): void {
    if (this.cur >= 0) this.backEdges.add(`${this.cur}>${head}`);
    this.goto(head);
  }

  private join(preds: number[]): number {
    const n = this.newNode(null);
    for (const p of preds) if (p >= 0) this.nodes[p].succ.push(n);
    this.cur = preds.some((p) => p >= 0) ? n : -1;
    return n;
  }

  /** Holders of `'static` loans (`Cfg.statics`). */
  private readonly statics: number[] = [];

  private temp(): number {
    return this.nextLocal++;
  }

  private access(a: Omit<Access, 'k'>): void {
    if (this.closure && this.isUpvar(a.place.local)) {
      if (!this.upvars.has(a.place.local)) this.upvars.set(a.place.local, a.target ?? a.useSpan ?? a.span);
      a.inClosure = true;
    }
    this.emit({ k: 'access', ...a });
  }

  private isUpvar(local: number): boolean {
    return local < this.tc.locals.length && !this.inner.has(local);
  }

  private init(local: number, span: Span): void {
    this.emit({ k: 'access', place: { local, proj: [] }, kind: 'init', span });
  }

  private local(id: number): LocalVar | undefined {
    return this.tc.locals[id];
  }

  // ------------------------------------------------------------ blocks and statements

  private block(b: A.Block, fnBody = false): Val {
    this.scopes.push([]);
    for (const st of b.stmts) this.stmt(st);
    let v = EMPTY;
    if (b.tail) v = this.val(b.tail);
    const declared = this.scopes.pop() ?? [];
    if (this.cur >= 0) {
      const close: Span = { start: { line: b.span.end.line, col: Math.max(1, b.span.end.col - 1) }, end: b.span.end };
      if (!fnBody || true) for (const l of [...declared].reverse()) this.emit({ k: 'dead', local: l, span: close });
    }
    return v;
  }

  private stmt(st: A.Stmt): void {
    this.stmtStart = st.span.start;
    switch (st.kind) {
      case 'LetStmt': {
        if (!st.init) {
          const declEnd = st.ty ? st.ty.span.end : st.pat.span.end;
          this.forEachBinding(st.pat, (l) => {
            this.emit({ k: 'access', place: { local: l.id, proj: [] }, kind: 'uninit', span: l.span, declEnd });
            this.scopes[this.scopes.length - 1]?.push(l.id);
          });
          return;
        }
        const px = simpleBinding(st.pat) ? undefined : this.placeOf(st.init);
        if (px) {
          this.prepPlace(px.expr);
          const skip = this.refPatternMoves([st.pat], px, st.else !== undefined);
          if (st.else) {
            const before = this.cur;
            this.block(st.else);
            this.cur = before;
          }
          this.bindPattern(st.pat, { place: px }, st.span, skip);
        } else {
          const v = simpleBinding(st.pat) ? this.val(st.init) : this.scrutinee(st.init);
          if (st.else) {
            const before = this.cur;
            this.block(st.else);
            this.cur = before;
          }
          this.bindPattern(st.pat, { val: v }, st.span);
        }
        this.forEachBinding(st.pat, (l) => this.scopes[this.scopes.length - 1]?.push(l.id));
        return;
      }
      case 'ExprStmt': {
        const outer = this.stmtTemps;
        this.stmtTemps = st.semi ? [] : undefined;
        this.val(st.expr);
        const temps = this.stmtTemps ?? [];
        this.stmtTemps = outer;
        if (this.cur >= 0 && temps.length) {
          const semi: Span = { start: { line: st.span.end.line, col: Math.max(1, st.span.end.col - 1) }, end: st.span.end };
          for (const t of temps.reverse()) this.emit({ k: 'dead', local: t, span: semi });
        }
        return;
      }
      case 'ItemStmt': return;
    }
  }

  private forEachBinding(p: A.Pattern, f: (l: LocalVar, ip: A.IdentPat) => void): void {
    const seen = new Set<number>();
    walkPat(p, (ip) => {
      const l = this.tc.patLocal.get(ip);
      if (l && !seen.has(l.id)) { seen.add(l.id); f(l, ip); }
    });
  }

  /** Binds a pattern's names from a place (moves / borrows out of it) or from an evaluated value. */
  private bindPattern(p: A.Pattern, src: { place?: PlaceX; val?: Val }, span: Span, skip?: Set<number>): void {
    const subPlaces = src.place ? patternPlaces(p, src.place.place) : new Map<A.IdentPat, Place | undefined>();
    const outOfDrop = src.place ? this.dropPatternMoves(p, src.place, subPlaces) : new Set<number>();
    for (const id of skip ?? []) outOfDrop.add(id);
    this.forEachBinding(p, (l, ip) => {
      if (src.place) {
        if (l.mode === 'value') {
          const c = isCopy(this.tc.subst.resolve(l.ty), this.tc.env);
          if (outOfDrop.has(l.id)) {
            // Reported as E0509: the value is not moved (no cascade of use-after-move errors).
          } else if (c === false && !isBareIdent(p)) {
            // A partial move: only the bound part of the place (a field, a variant's field) moves.
            const sub = subPlaces.get(ip);
            const name: Span = { start: { line: l.span.end.line, col: l.span.end.col - l.name.length }, end: l.span.end };
            if (sub) this.access({ place: sub, kind: 'move', span: name, ty: this.tc.subst.resolve(l.ty), cause: { k: 'other' }, partial: true });
          } else if (isBareIdent(p)) {
            this.operandAccess(src.place, 'value');
          }
          this.emit({ k: 'flow', dest: l.id, loans: [], from: mayHoldRef(l.ty) ? [src.place.place.local] : [], whole: true, span });
        } else {
          // By-reference binding: of the bound part; through the scrutinee's pointer when it is a reference
          // (match ergonomics), so the binding reborrows `*r` and reassigning `r` is fine.
          const root = src.place.place;
          const sub = subPlaces.get(ip) ?? root;
          const viaRef = src.place.ty.k === 'ref';
          const place: Place = viaRef ? { local: root.local, proj: [...root.proj, { k: 'deref' }, ...sub.proj.slice(root.proj.length)] } : sub;
          const loan = this.newLoan(place, l.mode === 'ref-mut', l.span);
          this.access({ place, kind: l.mode === 'ref-mut' ? 'mut-borrow' : 'borrow', span: l.span, loan });
          this.emit({ k: 'flow', dest: l.id, loans: [loan], from: viaRef ? [root.local] : [], whole: true, span });
        }
      } else {
        // A number, `bool` or `char` bound by value holds no borrow (`let &mut n = &mut x;` copies `x`).
        const t = this.tc.subst.resolve(l.ty);
        const v = l.mode === 'value' && (t.k === 'int' || t.k === 'float' || t.k === 'bool' || t.k === 'char') ? EMPTY : src.val ?? EMPTY;
        this.emit({ k: 'flow', dest: l.id, loans: v.loans, from: v.from, whole: true, span });
      }
      this.init(l.id, l.span);
    });
  }

  /**
   * E0509 for a struct pattern that moves fields out of a place whose type implements `Drop`
   * (`let Token { text, .. } = t;`): one error for the pattern; returns the bindings it covers.
   */
  private dropPatternMoves(p: A.Pattern, src: PlaceX, subPlaces: Map<A.IdentPat, Place | undefined>): Set<number> {
    const out = new Set<number>();
    const root = src.ty;
    if (isBareIdent(p) || root.k !== 'adt' || !this.tc.env.dropTypes.has(root.name) || !this.tc.env.structs.has(root.name) || !isKnown(root)) return out;
    const moved: LocalVar[] = [];
    this.forEachBinding(p, (l, ip) => {
      const sub = subPlaces.get(ip);
      if (l.mode !== 'value' || !sub || sub.proj.length <= src.place.proj.length) return;
      if (isCopy(this.tc.subst.resolve(l.ty), this.tc.env) !== false) return;
      moved.push(l);
    });
    if (moved.length === 0) return out;
    const d = dropPatternError(root, src.expr.span, moved.map((l) => ({ name: l.name, span: bindingName(l), ty: this.tc.subst.resolve(l.ty) })));
    if (!d) return out;
    this.diags.push(d);
    for (const l of moved) out.add(l.id);
    return out;
  }

  /**
   * E0507 for by-value bindings of the patterns (a match's arms) moving non-`Copy` parts out of a place behind a
   * reference (`match *r { Some(s) => … }`): one error; returns the bindings it covers (they move nothing).
   */
  private refPatternMoves(pats: A.Pattern[], src: PlaceX, letElse: boolean): Set<number> {
    const out = new Set<number>();
    const proj = src.place.proj;
    let at = -1;
    for (let i = proj.length - 1; i >= 0 && at < 0; i--) if (proj[i].k === 'deref') at = i;
    const ptr = at >= 0 ? src.tys[at] : undefined;
    if (!ptr || ptr.k !== 'ref' || proj.slice(at).some((p) => p.k === 'index')) return out;
    const moved: Array<{ l: LocalVar; sub: Place; variant?: string }> = [];
    let unsure = false;
    for (const p of pats) {
      const subPlaces = patternPlaces(p, src.place);
      this.forEachBinding(p, (l, ip) => {
        if (l.mode !== 'value' || isBareIdent(p) || isCopy(this.tc.subst.resolve(l.ty), this.tc.env) !== false) return;
        const sub = subPlaces.get(ip);
        if (!sub) { unsure = true; return; }
        const rest = sub.proj.slice(proj.length);
        const vi = rest.findIndex((x) => x.k === 'field' && x.name.includes('::'));
        if (vi < 0) return moved.push({ l, sub });
        // Only a binding right under the variant (`Some(s)`); a user tuple struct's `S(x)` is no variant.
        const name = (rest[vi] as { name: string }).name.split('::')[0];
        if (vi !== 0 || rest.length !== 1 || this.tc.env.structs.has(name)) { unsure = true; return; }
        moved.push({ l, sub, variant: name });
      });
    }
    if (unsure || moved.length === 0) return out;
    const name = (id: number) => this.local(id)?.name ?? '_';
    const first = moved[0];
    const base = describe(src.place, name);
    const what = first.variant ? `\`${proj[proj.length - 1]?.k === 'deref' ? base.replace(/^\*/, '') : base}\` as enum variant \`${first.variant}\`` : `\`${describe(first.sub, name)}\``;
    const d = refPatternError(what, ptr.mut, src.expr, letElse, moved.map((m) => ({ name: m.l.name, span: bindingName(m.l), ty: this.tc.subst.resolve(m.l.ty) })));
    if (!d) return out;
    this.diags.push(d);
    for (const m of moved) out.add(m.l.id);
    return out;
  }

  private newLoan(place: Place, mut: boolean, span: Span, extra: Partial<Loan> = {}): number {
    const id = this.loans.length;
    this.loans.push({ id, place, mut, span, node: this.cur, ...extra });
    return id;
  }

  // ------------------------------------------------------------ places

  /** The place an expression denotes, when it is a place expression over a local. */
  private placeOf(e: A.Expr): PlaceX | undefined {
    if (!isPlaceShaped(e)) return undefined;
    switch (e.kind) {
      case 'PathExpr': {
        const l = this.tc.pathLocal.get(e);
        if (!l) return undefined;
        return { place: { local: l.id, proj: [] }, ty: this.tc.subst.resolve(l.ty), tys: [], expr: e };
      }
      case 'Field': case 'TupleIndex': case 'Index': {
        const base = this.placeOf(e.object);
        if (!base) return undefined;
        const d = this.tc.derefs.get(e);
        if (d === undefined) return undefined;
        const px = this.derefN(base, d);
        if (!px) return undefined;
        const proj: Proj = e.kind === 'Field' ? { k: 'field', name: e.field } : e.kind === 'TupleIndex' ? { k: 'field', name: String(e.index) } : { k: 'index' };
        return { place: { local: px.place.local, proj: [...px.place.proj, proj] }, ty: this.tc.typeOf(e), tys: [...px.tys, px.ty], expr: e };
      }
      case 'Unary': {
        if (e.op !== '*') return undefined;
        const base = this.placeOf(e.operand);
        if (!base) return undefined;
        const px = this.derefN(base, 1);
        return px ? { ...px, expr: e } : undefined;
      }
    }
  }

  private derefN(base: PlaceX, n: number): PlaceX | undefined {
    let px = base;
    for (let i = 0; i < n; i++) {
      const t = px.ty;
      const next = derefTy(t);
      if (!next) return undefined;
      px = { place: { local: px.place.local, proj: [...px.place.proj, { k: 'deref' }] }, ty: next, tys: [...px.tys, t], expr: px.expr };
    }
    return px;
  }

  /** Evaluates the non-place parts of a place expression (index operands). */
  private prepPlace(e: A.Expr): void {
    if (!isPlaceShaped(e)) return;
    switch (e.kind) {
      case 'Field': case 'TupleIndex': this.prepPlace(e.object); return;
      case 'Index': this.prepPlace(e.object); this.val(e.index); return;
      case 'Unary': this.prepPlace(e.operand); return;
      case 'PathExpr': return;
    }
  }

  /** A place used as an operand: copied, moved (with the move-out-of-borrow check) or read. */
  private operandAccess(px: PlaceX, mode: 'value' | 'read', span?: Span, cause?: MoveCause, fmt?: boolean): Val {
    const c = isCopy(px.ty, this.tc.env);
    let kind: AccessKind = mode === 'read' ? 'read' : c === true ? 'copy' : c === false ? 'move' : 'read';
    if (kind === 'move' && px.place.proj.some((x) => x.k === 'deref' || x.k === 'index')) {
      const d = moveOutError(px, this.tc, span ?? px.expr.span, (l) => this.local(l)?.name ?? '_', px.expr === this.callArg || this.returned.has(px.expr), cause);
      if (d) this.diags.push(cause?.k === 'for' ? forLoopMoveOut(d, px.ty, span ?? px.expr.span) : d);
      kind = 'read';
    } else if (kind === 'move' && px.place.proj.length > 0) {
      const d = dropMoveError(px, this.tc, span ?? px.expr.span, (l) => this.local(l)?.name ?? '_', px.expr === this.callArg);
      if (d) { this.diags.push(d); kind = 'read'; }
    }
    this.access({ place: px.place, kind, span: span ?? px.expr.span, ty: px.ty, tys: px.tys, cause, fmt, byValue: mode === 'value' });
    return { loans: [], from: mayHoldRef(px.ty) ? [px.place.local] : [] };
  }

  // ------------------------------------------------------------ expressions

  /** E0507 for `*temp` used by value where `temp` holds no local's place (`let s = *cell.borrow();`). */
  private tempMoveOut(e: A.UnaryExpr): void {
    const ty = this.tc.subst.resolve(this.tc.typeOf(e));
    const ptr = this.tc.subst.resolve(this.tc.typeOf(e.operand));
    const d = tempMoveOutError(ptr, ty, e.span, this.callArg === e, isCopy(ty, this.tc.env));
    if (d) this.diags.push(d);
  }

  /** A scrutinee (`match`, `if let`, a destructuring `let`): a `*temp` there is a place, read, not moved. */
  private scrutinee(e: A.Expr): Val {
    return e.kind === 'Unary' && e.op === '*' ? this.val(e.operand, 'read') : this.val(e);
  }

  /** Evaluates `e` for its value (operand context: places are moved or copied). */
  private val(e: A.Expr, mode: 'value' | 'read' = 'value', cause: MoveCause = { k: 'plain' }): Val {
    const px = this.placeOf(e);
    if (px) {
      this.prepPlace(e);
      return this.operandAccess(px, mode, undefined, cause);
    }
    switch (e.kind) {
      case 'Lit': case 'PathExpr': case 'Continue': return e.kind === 'Continue' ? this.continueTo(e) : EMPTY;
      case 'BlockExpr': return this.labelledBlock(e);
      case 'If': return this.ifExpr(e);
      case 'Let': return this.val(e.expr, 'read');
      case 'While': return this.whileExpr(e);
      case 'Loop': return this.loopExpr(e);
      case 'For': return this.forExpr(e);
      case 'Break': return this.breakExpr(e);
      case 'Return': {
        if (e.value && !this.closure) this.returned.add(e.value);
        const v = e.value ? this.val(e.value) : EMPTY;
        if (this.cur >= 0) {
          this.emit({ k: 'flow', dest: this.ret, loans: v.loans, from: v.from, whole: true, span: e.span });
          if (e.value) this.returns.push({ node: this.cur, span: e.value.span });
        }
        this.goto(this.exit);
        return EMPTY;
      }
      case 'Match': return this.matchExpr(e);
      case 'Assign': return this.assign(e);
      case 'CompoundAssign': {
        this.val(e.value);
        const t = this.placeOf(e.target);
        if (t) {
          this.prepPlace(e.target);
          this.access({ place: t.place, kind: 'read', span: e.span, ty: t.ty, tys: t.tys, target: e.target.span });
          this.writeCheck(t, e.span, e.target.span);
          this.access({ place: t.place, kind: 'write', span: e.span, ty: t.ty, tys: t.tys, target: e.target.span });
        } else this.val(e.target, 'read');
        return EMPTY;
      }
      case 'Binary': {
        const cmp = ['==', '!=', '<', '<=', '>', '>='].includes(e.op);
        const a = this.val(e.left, cmp ? 'read' : 'value');
        if (e.op === '&&' || e.op === '||') {
          const before = this.cur;
          this.val(e.right, 'read');
          this.join([before, this.cur]);
          return EMPTY;
        }
        const b = this.val(e.right, cmp ? 'read' : 'value');
        return mayHoldRef(this.tc.typeOf(e)) ? merge(a, b) : EMPTY;
      }
      case 'Unary': {
        if (e.op === '*' && mode === 'value' && (cause.k === 'plain' || cause.k === 'fn-arg')) this.tempMoveOut(e);
        return this.val(e.operand, e.op === '*' ? 'read' : 'value');
      }
      case 'Borrow': return this.borrow(e);
      case 'Cast': return this.val(e.expr);
      case 'Call': return this.call(e);
      case 'MethodCall': return this.methodCall(e);
      case 'Field': case 'TupleIndex': return this.val(e.object, 'read');
      case 'Index': { this.val(e.object, 'read'); this.val(e.index); return EMPTY; }
      case 'Range': return merge(e.start ? this.val(e.start) : EMPTY, e.end ? this.val(e.end) : EMPTY);
      case 'Tuple': case 'Array': case 'VecMacro': return this.aggregate(e.items);
      case 'ArrayRepeat': case 'VecRepeatMacro': { const v = this.val(e.value); this.val(e.count); return v; }
      case 'Struct': {
        const v = this.aggregate(e.fields.map((f) => f.value));
        // `..base` moves only the fields not written out (often all Copy): read, never a whole move.
        return e.base ? merge(v, this.val(e.base, 'read')) : v;
      }
      case 'Closure': {
        const hint = this.fnMutArg;
        this.fnMutArg = undefined;
        return this.closureExpr(e, undefined, hint);
      }
      case 'Try': {
        const v = this.val(e.expr);
        const here = this.cur;
        if (here >= 0) this.nodes[here].succ.push(this.exit);
        return v;
      }
      case 'FormatMacro': {
        if (e.format) this.formatArgs(e.format, e.span);
        if (e.macro !== 'format' && e.macro !== 'format_args' && e.macro !== 'println' && e.macro !== 'print' && e.macro !== 'eprintln' && e.macro !== 'eprint') this.goto(this.exit);
        return EMPTY;
      }
      case 'WriteMacro': {
        const d = this.placeOf(e.dest);
        if (d) { this.prepPlace(e.dest); this.access({ place: d.place, kind: 'read', span: e.dest.span, ty: d.ty, tys: d.tys }); } else this.val(e.dest, 'read');
        if (e.format) this.formatArgs(e.format, e.span);
        return EMPTY;
      }
      case 'AssertMacro': { this.val(e.cond, 'read'); if (e.message) this.formatArgs(e.message, e.span); return EMPTY; }
      case 'AssertCmpMacro': { this.refArgs([e.left, e.right], e.span); if (e.message) this.formatArgs(e.message, e.span); return EMPTY; }
      case 'MatchesMacro': {
        this.val(e.expr, 'read');
        if (e.guard) this.val(e.guard, 'read');
        return EMPTY;
      }
      case 'DbgMacro': return this.aggregate(e.args);
    }
  }

  private aggregate(items: A.Expr[]): Val {
    let v = EMPTY;
    const temps: number[] = [];
    const spans: Span[] = [];
    for (const it of items) {
      const x = this.val(it);
      if (x.loans.length || x.from.length) {
        const t = this.temp();
        this.emit({ k: 'flow', dest: t, loans: x.loans, from: x.from, whole: true, span: it.span });
        temps.push(t);
        spans.push(it.span);
      }
    }
    if (temps.length) v = { loans: [], from: temps };
    return v;
  }

  /** Arguments taken by shared reference (format macros, assert_eq!): each is borrowed, all used at the end. */
  private refArgs(args: A.Expr[], span: Span, extra: Array<{ local: LocalVar; span: Span }> = []): void {
    const temps: number[] = [];
    const spans: Span[] = [];
    const hold = (v: Val, s: Span) => {
      if (!v.loans.length && !v.from.length) return;
      const t = this.temp();
      this.emit({ k: 'flow', dest: t, loans: v.loans, from: v.from, whole: true, span: s });
      temps.push(t);
      spans.push(s);
    };
    for (const a of args) {
      const px = this.placeOf(a);
      if (px) {
        this.prepPlace(a);
        this.access({ place: px.place, kind: 'borrow', span: a.span, ty: px.ty, tys: px.tys, fmt: true });
        // `format_args!` takes `&arg`: a shared loan held until the formatting call, so a later argument that
        // needs the place mutably (`println!("{:?} {:?}", r, r.next())`) conflicts with it (E0502).
        hold({ loans: [this.newLoan(px.place, false, a.span)], from: [px.place.local] }, a.span);
      } else hold(this.val(a, 'read'), a.span);
    }
    for (const x of extra) {
      const place = { local: x.local.id, proj: [] };
      this.access({ place, kind: 'borrow', span: x.span, ty: this.tc.subst.resolve(x.local.ty), fmt: true });
      hold({ loans: [this.newLoan(place, false, x.span)], from: [x.local.id] }, x.span);
    }
    // The formatting call uses every argument at once: a later-use label points at the whole macro.
    if (temps.length) this.emit({ k: 'use', locals: temps, spans: spans.map(() => span), span, byCall: false });
  }

  private formatArgs(f: A.FormatArgs, span: Span): void {
    const named = f.args.map((a) => a.expr);
    this.refArgs(named, span, this.tc.fmtInline.get(f) ?? []);
  }

  private labelledBlock(e: A.BlockExpr): Val {
    if (!e.label) return this.block(e.block);
    const result = this.temp();
    const exit = this.newNode(null);
    this.loops.push({ label: e.label.name, head: -1, exit, ctx: this.loops[this.loops.length - 1]?.ctx ?? { head: e.span }, result });
    const v = this.block(e.block);
    this.loops.pop();
    if (this.cur >= 0) this.emit({ k: 'flow', dest: result, loans: v.loans, from: v.from, whole: true, span: e.span });
    this.goto(exit);
    this.cur = exit;
    return { loans: [], from: [result] };
  }

  private cond(c: A.Expr): { bind?: () => void } {
    if (c.kind !== 'Let') { this.val(c, 'read'); return {}; }
    const px = this.placeOf(c.expr);
    if (px) {
      this.prepPlace(c.expr);
      const skip = this.refPatternMoves([c.pat], px, false);
      return { bind: () => this.bindPattern(c.pat, { place: px }, c.span, skip) };
    }
    const v = this.scrutinee(c.expr);
    return { bind: () => this.bindPattern(c.pat, { val: v }, c.span) };
  }

  private ifExpr(e: A.IfExpr): Val {
    const c = this.cond(e.cond);
    const branch = this.cur;
    c.bind?.();
    const a = this.block(e.then);
    const endThen = this.cur;
    this.cur = branch;
    let b = EMPTY;
    if (e.else) b = this.val(e.else);
    const endElse = this.cur;
    this.join([endThen, endElse]);
    return merge(a, b);
  }

  private matchExpr(e: A.MatchExpr): Val {
    const px = this.placeOf(e.scrutinee);
    let v = EMPTY;
    if (px) { this.prepPlace(e.scrutinee); this.access({ place: px.place, kind: 'read', span: e.scrutinee.span, ty: px.ty, tys: px.tys }); } else v = this.scrutinee(e.scrutinee);
    const skip = px ? this.refPatternMoves(e.arms.map((a) => a.pat), px, false) : undefined;
    const branch = this.cur;
    const ends: number[] = [];
    let out = EMPTY;
    for (const arm of e.arms) {
      this.cur = branch;
      this.bindPattern(arm.pat, px ? { place: px } : { val: v }, arm.span, skip);
      if (arm.guard) this.val(arm.guard, 'read');
      out = merge(out, this.val(arm.body));
      ends.push(this.cur);
    }
    if (!e.arms.length) { this.cur = -1; return EMPTY; }
    this.join(ends);
    return out;
  }

  private loopHead(span: Span): number {
    const head = this.newNode(null);
    if (this.cur >= 0) this.nodes[this.cur].succ.push(head);
    this.cur = head;
    void span;
    return head;
  }

  private whileExpr(e: A.WhileExpr): Val {
    const ctx: LoopCtx = { head: { start: e.span.start, end: e.cond.span.end } };
    const exit = this.newNode(null);
    const frame: LoopFrame = { label: e.label?.name, head: -1, exit, ctx, result: this.temp() };
    this.loops.push(frame);
    frame.head = this.loopHead(e.span);
    const c = this.cond(e.cond);
    if (this.cur >= 0) this.nodes[this.cur].succ.push(exit);
    c.bind?.();
    this.block(e.body);
    this.backTo(frame.head);
    this.loops.pop();
    this.cur = exit;
    return EMPTY;
  }

  private loopExpr(e: A.LoopExpr): Val {
    const ctx: LoopCtx = { head: { start: e.span.start, end: { line: e.span.start.line, col: e.span.start.col + 4 } } };
    const exit = this.newNode(null);
    const frame: LoopFrame = { label: e.label?.name, head: -1, exit, ctx, result: this.temp() };
    this.loops.push(frame);
    frame.head = this.loopHead(e.span);
    this.block(e.body);
    this.backTo(frame.head);
    this.loops.pop();
    this.cur = this.nodes.some((n) => n.succ.includes(exit)) ? exit : -1;
    return { loans: [], from: [frame.result] };
  }

  private forExpr(e: A.ForExpr): Val {
    const ctx: LoopCtx = { head: { start: e.span.start, end: e.iter.span.end } };
    const iv = this.val(e.iter, 'value', { k: 'for' });
    const it = this.temp();
    this.emit({ k: 'flow', dest: it, loans: iv.loans, from: iv.from, whole: true, span: e.iter.span });
    const exit = this.newNode(null);
    const frame: LoopFrame = { label: e.label?.name, head: -1, exit, ctx, result: this.temp() };
    this.loops.push(frame);
    frame.head = this.loopHead(e.span);
    this.emit({ k: 'use', locals: [it], spans: [e.iter.span], span: e.iter.span, byCall: false });
    if (this.cur >= 0) this.nodes[this.cur].succ.push(exit);
    this.bindPattern(e.pat, { val: { loans: [], from: [it] } }, e.pat.span);
    this.block(e.body);
    this.backTo(frame.head);
    this.loops.pop();
    this.cur = exit;
    return EMPTY;
  }

  private findLoop(label?: A.Label): LoopFrame | undefined {
    for (let i = this.loops.length - 1; i >= 0; i--) {
      const l = this.loops[i];
      if (label ? l.label === label.name : l.head >= 0) return l;
    }
    return undefined;
  }

  private breakExpr(e: A.BreakExpr): Val {
    const v = e.value ? this.val(e.value) : EMPTY;
    const l = this.findLoop(e.label);
    if (!l) { this.cur = -1; return EMPTY; }
    if (e.value && this.cur >= 0) this.emit({ k: 'flow', dest: l.result, loans: v.loans, from: v.from, whole: true, span: e.span });
    this.goto(l.exit);
    return EMPTY;
  }

  private continueTo(e: A.ContinueExpr): Val {
    const l = this.findLoop(e.label);
    if (l && l.head >= 0) this.backTo(l.head); else this.cur = -1;
    return EMPTY;
  }

  private assign(e: A.AssignExpr): Val {
    const v = this.val(e.value);
    const t = this.placeOf(e.target);
    if (!t) { this.val(e.target, 'read'); return EMPTY; }
    this.prepPlace(e.target);
    this.writeCheck(t, e.span, e.target.span);
    this.access({ place: t.place, kind: t.place.proj.length ? 'write' : 'init', span: e.span, ty: t.ty, tys: t.tys, assign: true, target: e.target.span });
    this.emit({ k: 'flow', dest: t.place.local, loans: v.loans, from: v.from, whole: t.place.proj.length === 0, span: e.span });
    return EMPTY;
  }

  /** Assignment to a place: E0594 behind `&` or in a binding not `mut` (the whole binding is E0384, by dataflow);
   *  `v[i] = x` on a collection is `IndexMut::index_mut(&mut v, i)`, so E0596 at `v`. */
  private writeCheck(t: PlaceX, span: Span, target: Span): void {
    const o = t.expr;
    const n = t.place.proj.length;
    if (o.kind === 'Index' && t.place.proj[n - 1]?.k === 'index' && t.tys[n - 1]?.k === 'adt') {
      const obj: PlaceX = { place: { local: t.place.local, proj: t.place.proj.slice(0, -1) }, ty: t.tys[n - 1], tys: t.tys.slice(0, -1), expr: o.object };
      this.mutCheck(obj, o.object.span, o.object.span);
      return;
    }
    const d = assignError(t, this.tc, span, (l) => this.local(l), this.traitSelf);
    if (d && !(this.closure && this.isUpvar(t.place.local))) this.diags.push(d);
    void target;
  }

  private borrow(e: A.BorrowExpr): Val {
    const px = this.placeOf(e.operand);
    if (!px && this.stmtTemps && !this.closure && TEMP_VALUES.has(e.operand.kind)) {
      // `&String::from(…)` in a statement: a temporary that lives until the statement's end.
      this.val(e.operand);
      const t = this.temp();
      this.temporaries.add(t);
      this.stmtTemps.push(t);
      const loan = this.newLoan({ local: t, proj: [] }, e.mut, e.operand.span);
      return { loans: [loan], from: [] };
    }
    if (!px) return this.val(e.operand, 'read');
    this.prepPlace(e.operand);
    if (e.mut) this.mutCheck(px, e.span, e.span);
    // `&v[i]` on a Vec/String/HashMap is `Index::index(&v, i)`: rustc points at the auto-ref'd `v`.
    const o = e.operand;
    // `&mut s[a..b]` is `IndexMut::index_mut(&mut *s, a..b)`: a borrow of the whole `*s`.
    const overloaded = o.kind === 'Index' && ((this.tc.derefs.get(o) ?? 0) === 0 && this.tc.typeOf(o.object).k === 'adt' || o.index.kind === 'Range');
    const span = overloaded && o.kind === 'Index' ? o.object.span : e.span;
    // Either borrows the whole indexed value, which rustc then names (`v`, not `v[_]`).
    const place: Place = o.kind === 'Index' && (o.index.kind === 'Range' || overloaded) && px.place.proj[px.place.proj.length - 1]?.k === 'index'
      ? { local: px.place.local, proj: px.place.proj.slice(0, -1) }
      : px.place;
    const element = o.kind === 'Index' && o.index.kind !== 'Range';
    const loan = this.newLoan(place, e.mut, span, { operandEnd: e.operand.span, element });
    this.access({ place, kind: e.mut ? 'mut-borrow' : 'borrow', span, ty: px.ty, loan });
    const through = px.place.proj.some((p) => p.k === 'deref');
    return { loans: [loan], from: through ? [px.place.local] : [] };
  }

  /** E0596: a mutable borrow of a place that is neither a `mut` binding nor behind `&mut`. */
  private mutCheck(px: PlaceX, span: Span, recvSpan: Span): void {
    const d = mutabilityError(px, this.tc, span, recvSpan, (l) => this.local(l), this.traitSelf);
    if (d && !(this.closure && this.isUpvar(px.place.local))) this.diags.push(d);
  }

  /** `reborrows(i)`: the parameter is declared `&mut …`, so a `&mut` argument is reborrowed (`&mut *a`), not moved. */
  private callArgs(args: A.Expr[], causeFor: (i: number) => MoveCause | undefined, reborrows: (i: number) => boolean = () => false): { temps: number[]; spans: Span[] } {
    const temps: number[] = [];
    const spans: Span[] = [];
    args.forEach((a, i) => {
      const outer = this.callArg;
      this.callArg = a;
      let v: Val;
      const t = reborrows(i) ? this.tc.subst.resolve(this.tc.typeOf(a)) : undefined;
      const mode = t?.k === 'ref' && t.mut ? 'read' : 'value';
      try { v = this.val(a, mode, causeFor(i)); } finally { this.callArg = outer; }
      if (v.loans.length || v.from.length) {
        const t = this.temp();
        this.emit({ k: 'flow', dest: t, loans: v.loans, from: v.from, whole: true, span: a.span });
        temps.push(t);
        spans.push(a.span);
      }
    });
    return { temps, spans };
  }

  private call(e: A.CallExpr): Val {
    const c = e.callee;
    let calleeLocal: number | undefined;
    let userFn: A.FnItem | undefined;
    let assocFn: A.FnItem | undefined;
    if (c.kind === 'PathExpr') {
      const l = this.tc.pathLocal.get(c);
      if (l) { calleeLocal = l.id; this.access({ place: { local: l.id, proj: [] }, kind: 'read', span: c.span }); }
      else if (c.path.segments.length === 1) userFn = this.tc.env.fns.get(c.path.segments[0].name);
      else {
        const segs = c.path.segments;
        const m = this.tc.env.methods.get(segs[segs.length - 2].name)?.get(segs[segs.length - 1].name);
        if (m && !m.fn.receiver && m.fn.kind === 'Fn') assocFn = m.fn;
      }
    } else this.val(c, 'read');
    const isSpawn = c.kind === 'PathExpr' && /(^|::)thread::spawn$|^spawn$/.test(c.path.text);
    const { temps, spans } = isSpawn && e.args[0]?.kind === 'Closure'
      ? this.spawnArg(e, e.args[0])
      : this.callArgs(e.args, (i) => {
        const f = userFn ?? assocFn;
        const q = f?.params[i];
        return f && q ? { k: 'fn-arg', fnName: f.name.span, paramTy: q.ty.span, name: f.name.name, method: !userFn } : { k: 'plain' };
      }, (i) => { const q = (userFn ?? assocFn)?.params[i]; return q?.ty.kind === 'RefType' && q.ty.mut; });
    if (calleeLocal !== undefined) { temps.push(calleeLocal); spans.push(c.span); }
    if (temps.length) this.emit({ k: 'use', locals: temps, spans: spans.map(() => e.span), span: e.span, byCall: true });
    const rt = this.tc.typeOf(e);
    if (rt.k === 'never') { this.goto(this.exit); return EMPTY; }
    return mayHoldRef(rt) ? { loans: [], from: temps } : EMPTY;
  }

  private spawnArg(call: A.CallExpr, c: A.ClosureExpr): { temps: number[]; spans: Span[] } {
    const v = this.closureExpr(c, call);
    if (!v.loans.length && !v.from.length) return { temps: [], spans: [] };
    const t = this.temp();
    this.emit({ k: 'flow', dest: t, loans: v.loans, from: v.from, whole: true, span: c.span });
    return { temps: [t], spans: [c.span] };
  }

  private methodCall(e: A.MethodCallExpr): Val {
    const res = this.tc.methods.get(e);
    const px = this.placeOf(e.receiver);
    const temps: number[] = [];
    const spans: Span[] = [];
    const hold = (v: Val, s: Span) => {
      if (!v.loans.length && !v.from.length) return;
      const t = this.temp();
      this.emit({ k: 'flow', dest: t, loans: v.loans, from: v.from, whole: true, span: s });
      temps.push(t);
      spans.push(s);
    };
    const recvMode = res?.recv ?? 'unknown';
    let recvTemps = 0;
    if (px && (recvMode === 'ref' || recvMode === 'ref-mut')) {
      this.prepPlace(e.receiver);
      const args = this.callArgs(e.args, () => ({ k: 'plain' }));
      const target = this.derefN(px, res?.derefs ?? 0);
      if (target) {
        const mut = recvMode === 'ref-mut';
        if (mut) this.mutCheck(target, e.receiver.span, e.receiver.span);
        const loan = this.newLoan(target.place, mut, e.receiver.span);
        // A shared autoref is taken at the receiver; a two-phase `&mut` one is activated by the whole call.
        const st0 = res ? this.tc.subst.resolve(res.selfTy) : undefined;
        // A slice method called on a `Vec` (`v.sort()`) reborrows through `DerefMut`: no two-phase activation.
        const viaSlice = st0?.k === 'adt' && st0.name === 'Vec' && !STD_METHOD_RECEIVERS.Vec?.[e.method] && STD_METHOD_RECEIVERS.slice?.[e.method] !== undefined;
        const span = (res?.derefs ?? 0) === 0 && mut && !viaSlice ? e.span : e.receiver.span;
        this.access({ place: target.place, kind: mut ? 'mut-borrow' : 'borrow', span, useSpan: e.receiver.span, ty: target.ty, tys: target.tys, loan });
        hold({ loans: [loan], from: target.place.proj.some((p) => p.k === 'deref') ? [px.place.local] : [] }, e.receiver.span);
        recvTemps = temps.length;
      } else {
        this.access({ place: px.place, kind: 'read', span: e.receiver.span, ty: px.ty, tys: px.tys });
      }
      // A collection of references keeps what is pushed into it (`refs.push(&mut x)`).
      const st = res ? this.tc.subst.resolve(res.selfTy) : undefined;
      if (recvMode === 'ref-mut' && args.temps.length && st?.k === 'adt' && STORING.has(e.method) && ['Vec', 'VecDeque', 'HashMap'].includes(st.name) && st.args.some(mayHoldRef)) {
        this.emit({ k: 'flow', dest: px.place.local, loans: [], from: args.temps, whole: false, span: e.span });
      }
      temps.push(...args.temps);
      spans.push(...args.spans);
    } else if (px && recvMode === 'value') {
      this.prepPlace(e.receiver);
      const target = this.derefN(px, res?.derefs ?? 0) ?? px;
      const user = res?.user;
      const owner = user?.selfTy?.kind === 'PathType' && user.fn.receiver && !user.fn.receiver.ty ? user.selfTy.name : undefined;
      const call: Span = { start: e.methodSpan.start, end: e.span.end };
      hold(this.operandAccess(target, 'value', e.receiver.span, { k: 'method', method: e.method, call, owner, selfSpan: owner ? user?.fn.receiver?.span : undefined }), e.receiver.span);
      const args = this.callArgs(e.args, () => ({ k: 'plain' }));
      temps.push(...args.temps);
      spans.push(...args.spans);
    } else {
      if (px) { this.prepPlace(e.receiver); this.access({ place: px.place, kind: 'read', span: e.receiver.span, ty: px.ty, tys: px.tys }); hold({ loans: [], from: mayHoldRef(px.ty) ? [px.place.local] : [] }, e.receiver.span); }
      else hold(this.val(e.receiver, recvMode === 'value' ? 'value' : 'read'), e.receiver.span);
      if (!res?.user && FNMUT_METHODS.has(e.method) && e.args.length === 1 && e.args[0].kind === 'Closure' && isSequence(this.tc.typeOf(e.receiver))) this.fnMutArg = e.method;
      const args = this.callArgs(e.args, () => ({ k: 'plain' }));
      this.fnMutArg = undefined;
      temps.push(...args.temps);
      spans.push(...args.spans);
    }
    if (temps.length) this.emit({ k: 'use', locals: temps, spans: spans.map((s, i) => (i === 0 ? s : e.span)), span: e.span, byCall: true });
    const rt = this.tc.typeOf(e);
    if (rt.k === 'never') { this.goto(this.exit); return EMPTY; }
    if (!mayHoldRef(rt)) return EMPTY;
    // An iterator's items borrow what it iterates over, not the `&mut self` of the call (`it.next()`).
    // They still carry whatever the iterator itself borrows (`v.iter_mut()` → its items borrow `v`).
    if (!res?.user && recvTemps > 0 && px && ITEM_METHODS.has(e.method) && isIteratorLike(res ? this.tc.subst.resolve(res.selfTy) : undefined)) return { loans: [], from: [px.place.local, ...temps.slice(recvTemps)] };
    return { loans: [], from: temps };
  }

  private closureExpr(c: A.ClosureExpr, spawnCall?: A.CallExpr, fnMutMethod?: string): Val {
    const sub = new Builder(this.tc, c, this.traitSelf);
    const built = sub.buildClosure(c);
    const upvars = sub.upvarList().filter((u) => !this.closure || !this.inner.has(u.local) || true);
    this.closures.push({ closure: c, cfg: built.cfg, upvars }, ...built.closures);
    this.diags.push(...built.diags);
    const header = closureHeader(c);
    const v: Val = { loans: [], from: [] };
    for (const u of upvars) {
      const l = this.local(u.local);
      if (!l) continue;
      const lty = this.tc.subst.resolve(l.ty);
      const modeOf = (ev: Access): CaptureMode => captureModeOf(ev, c.move, ev.ty ? this.tc.subst.resolve(ev.ty) : lty, this.tc);
      const drops = (t: Ty): boolean => { const r = this.tc.subst.resolve(t); return r.k === 'adt' && this.tc.env.dropTypes.has(r.name); };
      const caps = capturePaths(built.cfg, u.local, lty, modeOf, drops, (t) => isCopy(this.tc.subst.resolve(t), this.tc.env) === true);
      // A variable the body names but never reads or writes here (a nested closure's) is captured whole.
      for (const cap of caps.length ? caps : [{ proj: [], mode: c.move ? ('value' as const) : ('ref' as const), ty: lty, span: u.span }]) {
        const ty = this.tc.subst.resolve(cap.ty);
        let mode = cap.mode;
        const place: Place = { local: u.local, proj: cap.proj };
        const use = cap.proj.length === 0 ? u.span : cap.span;
        if (fnMutMethod && mode === 'value' && !c.move) {
          // The expected `FnMut` fixes the closure's kind: captures are by reference, and moving one out is E0507.
          const mv = built.cfg.nodes.find((n) => n.ev?.k === 'access' && n.ev.kind === 'move' && n.ev.place.local === u.local && placeKey(n.ev.place) === placeKey(place));
          if (mv?.ev?.k === 'access' && isCopy(ty, this.tc.env) === false) {
            this.diags.push(fnMutMoveError(l, ty, mv.ev.span, header, fnMutMethod, this.tc.letInits.get(u.local)?.span));
            mode = 'ref';
          } else if (isCopy(ty, this.tc.env) !== true) continue;
        }
        if (mode === 'value') {
          const copy = isCopy(ty, this.tc.env);
          this.access({ place, kind: copy === true ? 'copy' : copy === false ? 'move' : 'read', span: header, ty, cause: { k: 'closure', header, use, stmtStart: this.stmtStart }, closureUse: use });
          if (mayHoldRef(ty)) v.from.push(u.local);
        } else {
          if (spawnCall) {
            this.diags.push(closureOutlivesError(l.name, header, use, spawnCall.span, c.span));
            // The borrow lasts for `'static`: a later move of the local is E0505 too (rustc reports both).
            if (mode === 'ref' && this.cur >= 0) {
              const loan = this.newLoan(place, false, header, { closure: { header, use }, static: spawnCall.span });
              const holder = this.temp();
              this.statics.push(holder);
              this.emit({ k: 'flow', dest: holder, loans: [loan], from: [], whole: true, span: header });
            }
            continue;
          }
          const loan = this.newLoan(place, mode === 'mut', header, { closure: { header, use } });
          this.access({ place, kind: mode === 'mut' ? 'mut-borrow' : 'borrow', span: header, ty, loan, closureUse: use });
          v.loans.push(loan);
        }
      }
    }
    return v;
  }
}

// ------------------------------------------------------------ helpers

/** Expressions whose value is a fresh temporary (never promoted to a constant). */
const TEMP_VALUES = new Set(['Call', 'MethodCall', 'Struct', 'VecMacro', 'VecRepeatMacro']);

/** Std slice / iterator methods whose closure parameter is `FnMut`. */
const FNMUT_METHODS = new Set(['sort_by_key', 'sort_by', 'sort_unstable_by_key', 'sort_unstable_by', 'retain', 'for_each', 'map', 'filter', 'filter_map', 'any', 'all', 'position', 'take_while', 'skip_while', 'flat_map', 'inspect', 'max_by_key', 'min_by_key']);

/** Arrays, slices, Vecs and std iterators (where FNMUT_METHODS are std's). */
function isSequence(t: Ty): boolean {
  const b = t.k === 'ref' ? t.inner : t;
  return b.k === 'array' || b.k === 'slice' || (b.k === 'adt' && (b.name === 'Vec' || b.name === 'Iter'));
}

/** Methods that store their arguments in the collection they are called on. */
/** std `Iterator` methods whose result is made of the iterator's items (`Self::Item`), not of `self`. */
const ITEM_METHODS: ReadonlySet<string> = new Set(['next', 'next_back', 'nth', 'nth_back', 'last', 'find', 'find_map', 'rfind', 'position', 'rposition', 'max', 'min', 'max_by', 'min_by', 'max_by_key', 'min_by_key', 'fold', 'rfold', 'reduce', 'sum', 'product', 'count', 'collect', 'next_if', 'next_if_eq']);

/** A receiver that is an iterator (not a collection whose `last`/`max`… borrow from `self`). */
function isIteratorLike(t: Ty | undefined): boolean {
  const b = t && t.k === 'ref' ? t.inner : t;
  if (!b || b.k !== 'adt') return false;
  return !COLLECTIONS.has(b.name);
}
const COLLECTIONS: ReadonlySet<string> = new Set(['Vec', 'VecDeque', 'String', 'HashMap', 'HashSet', 'BTreeMap', 'BTreeSet', 'BinaryHeap', 'Option', 'Result', 'Box', 'Rc', 'Arc', 'RefCell', 'Cell', 'Mutex', 'LinkedList']);

const STORING = new Set(['push', 'push_back', 'push_front', 'insert', 'extend']);

function merge(a: Val, b: Val): Val {
  if (!b.loans.length && !b.from.length) return a;
  if (!a.loans.length && !a.from.length) return b;
  return { loans: [...a.loans, ...b.loans], from: [...a.from, ...b.from] };
}

/** Whether a value of this type may hold a borrow (references, iterators, guards, closures, user types with lifetimes). */
export function mayHoldRef(t: Ty): boolean {
  switch (t.k) {
    case 'ref': return true;
    case 'tuple': return t.items.some(mayHoldRef);
    case 'array': case 'slice': return mayHoldRef(t.elem);
    case 'adt':
      if (['Iter', 'Ref', 'RefMut', 'MutexGuard', 'Entry'].includes(t.name)) return true;
      return t.args.some(mayHoldRef);
    case 'closure': return true;
    case 'fn': case 'int': case 'float': case 'bool': case 'char': case 'str': case 'never': case 'param': case 'opaque': case 'var': case 'unknown':
      return false;
  }
}

function derefTy(t: Ty): Ty | undefined {
  if (t.k === 'ref') return t.inner;
  if (t.k === 'adt' && (t.name === 'Box' || t.name === 'Rc' || t.name === 'Arc' || t.name === 'Ref' || t.name === 'RefMut' || t.name === 'MutexGuard')) return t.args[0] ?? UNKNOWN;
  if (t.k === 'adt' && t.name === 'String') return { k: 'str' };
  if (t.k === 'adt' && t.name === 'Vec') return { k: 'slice', elem: t.args[0] ?? UNKNOWN };
  return undefined;
}

function simpleBinding(p: A.Pattern): boolean {
  return p.kind === 'IdentPat' && !p.byRef && !p.sub;
}

function isBareIdent(p: A.Pattern): boolean {
  return p.kind === 'IdentPat' && !p.sub;
}

/** The place each binding of a pattern matched against `root` denotes (`(a, b)` → root.0, root.1; `Some(x)` →
 *  root.Some::0). Undefined under or-patterns and slices (no single place). */
function patternPlaces(p: A.Pattern, root: Place): Map<A.IdentPat, Place | undefined> {
  const out = new Map<A.IdentPat, Place | undefined>();
  const at = (pl: Place | undefined, proj: Proj): Place | undefined => (pl ? { local: pl.local, proj: [...pl.proj, proj] } : undefined);
  const seq = (items: A.Pattern[], pl: Place | undefined, name: (i: number) => string) => {
    const rest = items.findIndex((x) => x.kind === 'RestPat');
    items.forEach((it, i) => {
      if (it.kind === 'RestPat') return;
      // After `..` positions are counted from the end: unknown without the arity.
      visit(it, rest >= 0 && i > rest ? undefined : at(pl, { k: 'field', name: name(i) }));
    });
  };
  const visit = (q: A.Pattern, pl: Place | undefined): void => {
    switch (q.kind) {
      case 'IdentPat': out.set(q, pl); if (q.sub) visit(q.sub, pl); return;
      case 'RefPat': return visit(q.inner, at(pl, { k: 'deref' }));
      case 'TuplePat': return seq(q.items, pl, (i) => String(i));
      case 'TupleStructPat': {
        const v = q.path.segments[q.path.segments.length - 1].name;
        return seq(q.items, pl, (i) => `${v}::${i}`);
      }
      case 'StructPat': {
        const v = q.path.segments[q.path.segments.length - 1].name;
        for (const f of q.fields) visit(f.pat, at(pl, { k: 'field', name: q.path.segments.length > 1 ? `${v}::${f.name.name}` : f.name.name }));
        return;
      }
      case 'OrPat': q.alts.forEach((a) => visit(a, undefined)); return;
      case 'SlicePat': q.items.forEach((a) => visit(a, undefined)); return;
      case 'WildPat': case 'RestPat': case 'LitPat': case 'RangePat': case 'PathPat': return;
    }
  };
  visit(p, root);
  return out;
}

export function walkPat(p: A.Pattern, f: (ip: A.IdentPat) => void): void {
  switch (p.kind) {
    case 'IdentPat': f(p); if (p.sub) walkPat(p.sub, f); return;
    case 'RefPat': return walkPat(p.inner, f);
    case 'TuplePat': case 'TupleStructPat': case 'SlicePat': p.items.forEach((i) => walkPat(i, f)); return;
    case 'StructPat': p.fields.forEach((x) => walkPat(x.pat, f)); return;
    case 'OrPat': p.alts.forEach((a) => walkPat(a, f)); return;
    case 'WildPat': case 'RestPat': case 'LitPat': case 'RangePat': case 'PathPat': return;
  }
}

/** Locals declared inside a closure (its parameters and its body's bindings). */
function closureLocals(c: A.ClosureExpr, tc: Typeck): number[] {
  const out: number[] = [];
  for (const l of tc.locals) {
    let cl = l.closure;
    // A local belongs to `c` when `c` is its closure or an ancestor of it (nested closures are built inside).
    if (cl === c) out.push(l.id);
    else if (cl && spanInside(cl.span, c.span)) out.push(l.id);
    void cl;
    cl = undefined;
  }
  return out;
}

function spanInside(a: Span, b: Span): boolean {
  const le = (x: A.Pos, y: A.Pos) => x.line < y.line || (x.line === y.line && x.col <= y.col);
  return le(b.start, a.start) && le(a.end, b.end);
}

/** rustc's span for a closure's head: `|x|`, `||`, `move ||`. */
export function closureHeader(c: A.ClosureExpr): Span {
  const t = c.text;
  const first = t.indexOf('|');
  let end = first + 1;
  if (t[first + 1] === '|') end = first + 2;
  else {
    const close = t.indexOf('|', first + 1);
    end = close >= 0 ? close + 1 : first + 1;
  }
  const nl = t.slice(0, end).indexOf('\n');
  if (nl >= 0) end = nl;
  return { start: c.span.start, end: { line: c.span.start.line, col: c.span.start.col + end } };
}

/** How one use inside a closure captures its place: by value (`move`, or moved inside), by `&mut` (mutated inside),
 *  else by `&`. `ty` is the used place's type (a by-value use of a Copy place only reads it). */
function captureModeOf(ev: Access, isMove: boolean, ty: Ty, tc: Typeck): CaptureMode {
  if (isMove) return 'value';
  if ((ev.kind === 'move' || (ev.byValue && isCopy(ty, tc.env) !== true)) && !ev.place.proj.some((p) => p.k === 'deref')) return 'value';
  if (ev.kind === 'mut-borrow' || ev.kind === 'write' || (ev.kind === 'init' && ev.assign)) return 'mut';
  return 'ref';
}

/** The span of a binding's name (its pattern span may include `mut`). */
function bindingName(l: LocalVar): Span {
  return { start: { line: l.span.end.line, col: l.span.end.col - l.name.length }, end: l.span.end };
}
