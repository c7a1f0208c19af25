// The borrow checks proper, on one body's graph and its dataflow facts: use after move (E0382), use before
// init (E0381), assigning twice (E0384), conflicting borrows (E0499/E0502/E0503/E0505/E0506), borrowed value
// dropped (E0597) and references to locals returned (E0515). Texts are rustc 1.95's (goldens in
// test/sim/check/goldens/borrow/).
import type { Span } from '../../syntax/ast.ts';
import { error, help, insert, label, note, suggest, type CompileDiagnostic, type SubDiagnostic } from '../diagnostic.ts';
import type { LocalVar, Typeck } from '../types/infer.ts';
import { isKnown, showTy, type Ty } from '../types/ty.ts';
import { needsDrop } from '../types/copy.ts';
import type { Access, Cfg, Loan } from './cfg.ts';
import { analyse, order, usesOf, type Flow, type MoveEntry } from './dataflow.ts';
import { describe, hasDeref, isPrefix, overlaps, placeKey } from './places.ts';
import { RUSTC_STD } from './rustc-std.ts';
import { staticMoveError } from './static-errors.ts';

export interface BodyInfo {
  cfg: Cfg;
  tc: Typeck;
  /** A closure body: its captured locals are not its own (no E0384/E0515 on them). */
  upvars?: Set<number>;
}

export function checkBody(body: BodyInfo): CompileDiagnostic[] {
  return new Checker(body).run();
}

class Checker {
  private readonly flow: Flow;
  private readonly out: CompileDiagnostic[] = [];
  private readonly reportedMoves = new Set<string>();
  private readonly reportedLocals = new Set<string>();
  private readonly uninitLocals = new Set<number>();
  /** Where `let x: T;` ends before the `;` (rustc suggests ` = 42` there). */
  private readonly uninitDecl = new Map<number, Span['start']>();

  constructor(private readonly b: BodyInfo) {
    this.flow = analyse(b.cfg);
    for (const n of b.cfg.nodes) {
      if (n.ev?.k !== 'access' || n.ev.kind !== 'uninit') continue;
      this.uninitLocals.add(n.ev.place.local);
      if (n.ev.declEnd) this.uninitDecl.set(n.ev.place.local, n.ev.declEnd);
    }
  }

  private get cfg(): Cfg { return this.b.cfg; }
  private local(id: number): LocalVar | undefined { return this.b.tc.locals[id]; }
  private name = (id: number): string => this.local(id)?.name ?? '_';

  run(): CompileDiagnostic[] {
    for (const i of order(this.cfg)) {
      const ev = this.cfg.nodes[i].ev;
      if (!ev) continue;
      if (ev.k === 'access') this.checkAccess(i, ev);
      else if (ev.k === 'dead') this.checkDead(i, ev.local, ev.span);
    }
    this.checkReturns();
    return this.out;
  }

  // ------------------------------------------------------------ moves and initialisation

  private checkAccess(i: number, ev: Access): void {
    const st = this.flow.movesIn[i];
    if (ev.kind !== 'init' && ev.kind !== 'uninit' && ev.kind !== 'write') {
      for (const entry of st.moved.values()) {
        if (!entry.uninit && entry.place.proj.length > ev.place.proj.length && isPrefix(ev.place, entry.place)) {
          // Using a whole of which a part was moved, by a pattern or by reading a field (`let a = p.a;` then
          // `p`): rustc's "partially moved value".
          const mv = [...entry.nodes].map((m) => this.cfg.nodes[m].ev as Access);
          const one = mv.length === 1 && mv[0].ty && isKnown(mv[0].ty) ? mv[0] : undefined;
          const byPattern = !!one?.partial && ev.kind !== 'move';
          const byField = !!one && !one.partial && one.kind === 'move' && (one.cause === undefined || one.cause.k === 'plain');
          if (one?.ty && (byPattern || byField)) {
            const key = `partial:${placeKey(entry.place)}`;
            if (!this.reportedMoves.has(key)) {
              this.reportedMoves.add(key);
              this.partialMove(d0(ev) && ev.kind !== 'move', ev, describe(ev.place, this.name), one, one.ty, byField ? describe(entry.place, this.name) : undefined);
            }
            return;
          }
          continue;
        }
        if (!isPrefix(entry.place, ev.place)) continue;
        if (entry.uninit) {
          if (entry.place.proj.length === 0) this.e0381(ev, entry, st.assigned.has(entry.place.local));
        } else this.e0382(i, ev, entry);
        return;
      }
    }
    if ((ev.kind === 'init' && ev.assign) || (ev.kind === 'write' && ev.place.proj.length === 0)) this.e0384(ev, st.assigned.has(ev.place.local));
    this.checkLoans(i, ev);
  }

  private e0381(ev: Access, entry: MoveEntry, maybe: boolean): void {
    const key = `E0381:${entry.place.local}`;
    if (this.reportedLocals.has(key)) return;
    this.reportedLocals.add(key);
    const l = this.local(entry.place.local);
    if (!l) return;
    const d = maybe
      ? error('E0381', `used binding \`${l.name}\` is possibly-uninitialized`, ev.useSpan ?? ev.span, `\`${l.name}\` used here but it is possibly-uninitialized`)
      : error('E0381', `used binding \`${l.name}\` isn't initialized`, ev.useSpan ?? ev.span, `\`${l.name}\` used here but it isn't initialized`);
    d.labels.push(label(nameSpan(l), 'binding declared here but left uninitialized'));
    const decl = this.uninitDecl.get(entry.place.local);
    if (!maybe && decl && isIntLike(l.ty)) d.suggestions.push(suggest('consider assigning a value', [insert(decl, ' = 42')], 'verbose'));
    this.out.push(d);
  }

  private e0382(i: number, ev: Access, entry: MoveEntry): void {
    const key = `${entry.place.local}:${[...entry.nodes].join(',')}`;
    if (this.reportedMoves.has(key)) return;
    const l = this.local(entry.place.local);
    const moves = [...entry.nodes].map((m) => ({ m, ev: this.cfg.nodes[m].ev as Access }));
    const ty = moves[0]?.ev.ty;
    if (!l || !ty || !isKnown(ty)) return;
    this.reportedMoves.add(key);
    const what = describe(entry.place, this.name);
    if (what.includes('::')) return this.unnamedMove(ev, moves.map((x) => x.ev), ty);
    const borrowUse = ev.kind === 'borrow' || ev.kind === 'mut-borrow' || ev.kind === 'read';
    const verb = borrowUse ? 'borrow' : 'use';
    const selfMove = moves.find((x) => x.m === i);
    const loopCtx = this.cfg.nodes[i].loop;
    const primarySpan = ev.useSpan ?? ev.span;
    let primaryLabel = borrowUse ? 'value borrowed here after move' : 'value used here after move';
    const d = error('E0382', `${verb} of moved value: \`${what}\``, primarySpan);
    if (entry.place.proj.length === 0) d.labels.push(label(nameSpan(l), `move occurs because \`${what}\` has type \`${showTy(ty)}\`, which does not implement the \`Copy\` trait`));
    else d.children.push(note(`move occurs because \`${what}\` has type \`${showTy(ty)}\`, which does not implement the \`Copy\` trait`));
    let inLoop = false;
    let loopOfMove = loopCtx;
    for (const mv of moves) {
      const later = mv.m === i || !this.reachesWithoutBackEdge(mv.m, i);
      const suffix = later && this.cfg.nodes[mv.m].loop ? ', in previous iteration of loop' : '';
      if (suffix) loopOfMove = this.cfg.nodes[mv.m].loop;
      if (suffix) inLoop = true;
      const c = mv.ev.cause;
      if (mv.m === i) {
        primaryLabel = c?.k === 'closure' ? `value moved into closure here${suffix}` : `value moved here${suffix}`;
        if (c?.k === 'closure') d.labels.push(label(c.use, 'use occurs due to use in closure'));
        continue;
      }
      if (c?.k === 'method' && !suffix) {
        d.labels.push(label(c.call, `\`${what}\` moved due to this method call`));
        if (c.selfSpan && c.owner) d.children.push(note(`\`${c.owner}::${c.method}\` takes ownership of the receiver \`self\`, which moves \`${what}\``, c.selfSpan));
        continue;
      }
      if (c?.k === 'for' && !suffix) {
        d.labels.push(label(mv.ev.span, `\`${what}\` moved due to this implicit call to \`.into_iter()\``));
        continue;
      }
      if (c?.k === 'closure') {
        d.labels.push(label(c.header, `value moved into closure here${suffix}`));
        if (!suffix) d.labels.push(label(c.use, 'variable moved due to use in closure'));
      } else d.labels.push(label(mv.ev.span, `value moved here${suffix}`));
    }
    if (ev.closureUse && !selfMove) d.labels.push(label(ev.closureUse, `${verb} occurs due to use in closure`));
    d.label = primaryLabel;
    if (inLoop && loopOfMove) d.labels.push(label(loopOfMove.head, 'inside of this loop'));
    if (moves.length === 1 && !(inLoop && moves[0].ev.cause?.k === 'closure') && entry.place.proj.length === 0) this.moveHelp(d, moves[0].ev, ty);
    this.out.push(d);
  }

  /** A variant's field moved twice by patterns: rustc can't name the place ("use of moved value"). */
  private unnamedMove(ev: Access, moves: Access[], ty: Ty): void {
    if (moves.length !== 1 || !moves[0].partial || !ev.partial) return;
    const d = error('E0382', 'use of moved value', ev.span, 'value used here after move');
    d.labels.push(label(moves[0].span, 'value moved here'));
    d.children.push(note(`move occurs because value has type \`${showTy(ty)}\`, which does not implement the \`Copy\` trait`));
    d.suggestions.push(suggest('borrow this binding in the pattern to avoid moving the value', [insert(moves[0].span.start, 'ref ')], 'verbose'));
    this.out.push(d);
  }

  /** E0382 on a whole after a part of it moved: by a pattern binding (`mv`), or out of `field` by a read. */
  private partialMove(borrowUse: boolean, ev: Access, what: string, mv: Access, ty: Ty, field?: string): void {
    const d = error('E0382', `${borrowUse ? 'borrow' : 'use'} of partially moved value: \`${what}\``, ev.useSpan ?? ev.span,
      borrowUse ? 'value borrowed here after partial move' : 'value used here after partial move');
    d.labels.push(label(mv.span, 'value partially moved here'));
    d.children.push(note(`partial move occurs because ${field ? `\`${field}\`` : 'value'} has type \`${showTy(ty)}\`, which does not implement the \`Copy\` trait`));
    if (!field) d.suggestions.push(suggest('borrow this binding in the pattern to avoid moving the value', [insert(mv.span.start, 'ref ')], 'verbose'));
    this.out.push(d);
  }

  private moveHelp(d: CompileDiagnostic, mv: Access, ty: Ty): void {
    const c = mv.cause;
    if (c?.k === 'closure' && !this.b.upvars) return this.cloneBeforeClosure(d, c, ty);
    if (c?.k === 'for' && ty.k === 'adt' && ty.name === 'Vec') {
      const what = d.message.replace(/^.*`([^`]+)`$/, '$1');
      d.children.push({ level: 'note', message: `\`into_iter\` takes ownership of the receiver \`self\`, which moves \`${what}\``, ...RUSTC_STD.intoIter });
      d.suggestions.push(suggest(`consider iterating over a slice of the \`${showTy(ty)}\`'s content to avoid moving into the \`for\` loop`, [insert(mv.span.start, '&')], 'verbose'));
      return;
    }
    if (!c || (c.k !== 'plain' && c.k !== 'fn-arg') || this.b.upvars) return;
    const env = this.b.tc.env;
    if (c.k === 'fn-arg') {
      const what = c.method ? 'method' : 'function';
      const n: SubDiagnostic = {
        level: 'note',
        message: `consider changing this parameter type in ${what} \`${c.name}\` to borrow instead if owning the value isn't necessary`,
        span: c.paramTy,
        label: 'this parameter takes ownership of the value',
        labels: [label(c.fnName, `in this ${what}`)],
      };
      d.children.push(n);
    }
    if (ty.k === 'adt' && (env.structs.has(ty.name) || env.enums.has(ty.name))) {
      if (env.implsOf.get(ty.name)?.has('Clone')) {
        d.suggestions.push(suggest('consider cloning the value if the performance cost is acceptable', [insert(mv.span.end, '.clone()')], 'verbose'));
        return;
      }
      const item = env.structs.get(ty.name) ?? env.enums.get(ty.name);
      if (!item) return;
      const head: Span = { start: item.span.start, end: item.name.span.end };
      const n = note(`if \`${ty.name}\` implemented \`Clone\`, you could clone the value`, head, 'consider implementing `Clone` for this type');
      n.labels = [label(mv.span, 'you could clone this value')];
      d.children.push(n);
      return;
    }
    if (ty.k === 'param' || !isClone(ty, env)) return;
    d.suggestions.push(suggest('consider cloning the value if the performance cost is acceptable', [insert(mv.span.end, '.clone()')], 'verbose'));
  }

  /** rustc's "consider cloning the value before moving it into the closure" (a `let value = x.clone();`). */
  private cloneBeforeClosure(d: CompileDiagnostic, c: { header: Span; use: Span; stmtStart?: Span['start'] }, ty: Ty): void {
    const env = this.b.tc.env;
    // A type of this crate that is not Clone: rustc points at the use in the closure it could clone.
    const item = ty.k === 'adt' && !env.implsOf.get(ty.name)?.has('Clone') ? env.structs.get(ty.name) ?? env.enums.get(ty.name) : undefined;
    if (item && ty.k === 'adt') {
      const n = note(`if \`${ty.name}\` implemented \`Clone\`, you could clone the value`, { start: item.span.start, end: item.name.span.end }, 'consider implementing `Clone` for this type');
      n.labels = [label(c.use, 'you could clone this value')];
      d.children.push(n);
      return;
    }
    if (!c.stmtStart || !isClone(ty, env)) return;
    const name = d.message.replace(/^.*`([^`]+)`$/, '$1');
    const indent = ' '.repeat(c.stmtStart.col - 1);
    d.suggestions.push(suggest('consider cloning the value before moving it into the closure', [
      insert(c.stmtStart, `let value = ${name}.clone();\n${indent}`),
      { span: c.use, text: 'value' },
    ], 'verbose'));
  }

  /** Whether `to` is reachable from `from` without taking a loop's back edge. */
  private reachesWithoutBackEdge(from: number, to: number): boolean {
    const seen = new Set<number>([from]);
    const stack = [from];
    while (stack.length) {
      const n = stack.pop() as number;
      for (const s of this.cfg.nodes[n].succ) {
        if (this.cfg.backEdges.has(`${n}>${s}`) || seen.has(s)) continue;
        if (s === to) return true;
        seen.add(s);
        stack.push(s);
      }
    }
    return false;
  }

  private e0384(ev: Access, assignedBefore: boolean): void {
    const id = ev.place.local;
    const l = this.local(id);
    if (!l || l.mut || l.mode !== 'value' || !assignedBefore) return;
    if (this.b.upvars?.has(id) || l.kind === 'param' || l.kind === 'self') return;
    const key = `E0384:${id}`;
    if (this.reportedLocals.has(key)) return;
    this.reportedLocals.add(key);
    const d = error('E0384', `cannot assign twice to immutable variable \`${l.name}\``, ev.span, 'cannot assign twice to immutable variable');
    if (!this.uninitLocals.has(id)) d.labels.push(label(nameSpan(l), `first assignment to \`${l.name}\``));
    d.suggestions.push(suggest('consider making this binding mutable', [insert(nameSpan(l).start, 'mut ')], 'verbose'));
    this.out.push(d);
  }

  // ------------------------------------------------------------ loans

  /** Loans live after node `i` (held by a local that is used later). */
  private liveLoans(i: number, exclude?: number): Loan[] {
    const out: Loan[] = [];
    const seen = new Set<number>();
    const hold = this.flow.holdersIn[i];
    for (const h of [...this.flow.liveOut[i], ...this.cfg.statics]) {
      if (h === exclude) continue;
      for (const l of hold.get(h) ?? []) if (!seen.has(l)) { seen.add(l); out.push(this.cfg.loans[l]); }
    }
    // rustc walks borrows in creation order and reports the first that conflicts.
    return out.sort((a, b) => a.id - b.id);
  }

  private checkLoans(i: number, ev: Access): void {
    if (ev.kind === 'uninit' || (ev.kind === 'init' && !ev.assign)) return;
    for (const L of this.liveLoans(i)) {
      if (L.id === ev.loan && L.mut && ev.kind === 'mut-borrow') {
        // The same `&mut` from the previous iteration of a loop is still held.
        const later = this.laterUse(i, L.id);
        if (!later) continue;
        const what = describe(ev.place, this.name);
        const d = error('E0499', `cannot borrow \`${what}\` as mutable more than once at a time`, ev.span, `\`${what}\` was mutably borrowed here in the previous iteration of the loop`);
        d.labels.push(label(later.span, 'first borrow used here, in later iteration of loop'));
        this.out.push(d);
        return;
      }
      if (L.id === ev.loan || !overlaps(L.place, ev.place)) continue;
      const writeLike = ev.kind === 'move' || ev.kind === 'write' || ev.kind === 'init';
      // Overwriting or moving a reference does not disturb what it points to.
      const derefAt = L.place.proj.findIndex((p) => p.k === 'deref');
      if (writeLike && derefAt >= 0 && derefAt >= ev.place.proj.length) continue;
      const conflict = ev.kind === 'mut-borrow' || writeLike || L.mut;
      if (!conflict) continue;
      if (L.static) {
        // Only a move is reported (rustc's other `'static` conflicts word differently): stay silent on the rest.
        if (ev.kind === 'move') { this.out.push(staticMoveError(ev, L, L.static, describe(ev.place, this.name), describe(L.place, this.name))); return; }
        continue;
      }
      const later = this.laterUse(i, L.id);
      if (!later) {
        const d = this.returnedConflict(ev, L);
        if (d) { this.out.push(d); return; }
        continue;
      }
      const d = this.conflictError(ev, L, later);
      if (d) this.out.push(d);
      return;
    }
  }

  /** E0499 where the first borrow is returned (`(&mut v[..m], &mut v[m..])`): rustc names the param's lifetime `'1`. */
  private returnedConflict(ev: Access, L: Loan): CompileDiagnostic | undefined {
    if (ev.kind !== 'mut-borrow' || !L.mut || this.b.upvars) return undefined;
    const held = this.flow.holdersIn[this.cfg.exit]?.get(this.cfg.ret);
    if (!held?.has(L.id) || L.place.proj[0]?.k !== 'deref') return undefined;
    const amp = this.b.tc.refParamAmp.get(L.place.local);
    const ret = this.cfg.returns.find((r) => inside(ev.span, r.span));
    if (!amp || !ret) return undefined;
    const what = describe(ev.place, this.name);
    const d = error('E0499', `cannot borrow \`${what}\` as mutable more than once at a time`, ev.span, 'second mutable borrow occurs here');
    d.labels.push(label({ start: amp.start, end: { line: amp.start.line, col: amp.start.col + 1 } }, "let's call the lifetime of this reference `'1`"));
    d.labels.push(label(L.span, 'first mutable borrow occurs here'));
    d.labels.push(label(ret.span, `returning this value requires that \`${describe(L.place, this.name)}\` is borrowed for \`'1\``));
    const l = this.local(L.place.local);
    if (l && this.b.tc.subst.resolve(l.ty).k === 'ref' && (this.b.tc.subst.resolve(l.ty) as { inner: Ty }).inner.k === 'slice') {
      d.children.push(help('use `.split_at_mut(position)` to obtain two mutable non-overlapping sub-slices'));
    }
    return d;
  }

  private conflictError(ev: Access, L: Loan, later: { span: Span; byCall: boolean }): CompileDiagnostic | undefined {
    const what = describe(ev.place, this.name);
    const borrowed = describe(L.place, this.name);
    const laterText = (prefix: string) => `${prefix}${later.byCall ? ' used by call' : ' used here'}`;
    // A borrow taken by a closure's capture points at the use in its body that made it.
    const inClosure = (d: CompileDiagnostic): CompileDiagnostic => {
      if (ev.closureUse) d.labels.push(label(ev.closureUse, `second borrow occurs due to use of \`${what}\` in closure`));
      if (L.closure) d.labels.push(label(L.closure.use, `first borrow occurs due to use of \`${borrowed}\` in closure`));
      return d;
    };
    // Two borrows of elements (`&mut v[i]`, `&v[j]`): rustc suggests splitting the slice.
    const splitHelp = (d: CompileDiagnostic): CompileDiagnostic => {
      if (L.element && ev.loan !== undefined && this.cfg.loans[ev.loan]?.element) d.children.push(help('use `.split_at_mut(position)` to obtain two mutable non-overlapping sub-slices'));
      return d;
    };
    switch (ev.kind) {
      case 'mut-borrow': {
        if (L.mut) {
          // A method's two-phase `&mut self` clashes with a live `&mut` when reserved: at the receiver, not the call.
          const d = error('E0499', `cannot borrow \`${what}\` as mutable more than once at a time`, ev.useSpan ?? ev.span, 'second mutable borrow occurs here');
          d.labels.push(label(L.span, 'first mutable borrow occurs here'), label(later.span, laterText('first borrow later')));
          return inClosure(splitHelp(d));
        }
        const d = error('E0502', `cannot borrow \`${what}\` as mutable because it is also borrowed as immutable`, ev.span, 'mutable borrow occurs here');
        d.labels.push(label(L.span, 'immutable borrow occurs here'), label(later.span, laterText('immutable borrow later')));
        return inClosure(splitHelp(d));
      }
      case 'borrow': {
        const d = error('E0502', `cannot borrow \`${what}\` as immutable because it is also borrowed as mutable`, ev.span, 'immutable borrow occurs here');
        d.labels.push(label(L.span, 'mutable borrow occurs here'), label(later.span, laterText('mutable borrow later')));
        return inClosure(splitHelp(d));
      }
      case 'read': case 'copy': {
        const d = error('E0503', `cannot use \`${what}\` because it was mutably borrowed`, ev.span, `use of borrowed \`${borrowed}\``);
        d.labels.push(label(L.span, `\`${borrowed}\` is borrowed here`), label(later.span, laterText('borrow later')));
        return d;
      }
      case 'move': {
        const d = error('E0505', `cannot move out of \`${what}\` because it is borrowed`, ev.span, `move out of \`${what}\` occurs here`);
        if (ev.closureUse) d.labels.push(label(ev.closureUse, 'move occurs due to use in closure'));
        const l = this.local(ev.place.local);
        if (l && ev.place.proj.length === 0) d.labels.push(label(nameSpan(l), `binding \`${l.name}\` declared here`));
        d.labels.push(label(L.span, `borrow of \`${borrowed}\` occurs here`), label(later.span, laterText('borrow later')));
        if (L.operandEnd && ev.ty && this.cloneable(ev.ty)) d.suggestions.push(suggest('consider cloning the value if the performance cost is acceptable', [insert(L.operandEnd.end, '.clone()')], 'verbose'));
        return d;
      }
      case 'write': case 'init': {
        // Overwriting a value with a destructor first drops it: rustc points at the dropped place, not the assignment.
        const dropped = ev.assign && ev.target && ev.ty && needsDrop(this.b.tc.subst.resolve(ev.ty), this.b.tc.env) === true;
        const d = error('E0506', `cannot assign to \`${what}\` because it is borrowed`, dropped && ev.target ? ev.target : ev.span, `\`${what}\` is assigned to here but it was already borrowed`);
        d.labels.push(label(L.span, `\`${borrowed}\` is borrowed here`), label(later.span, laterText('borrow later')));
        return d;
      }
      case 'uninit': return undefined;
    }
  }

  private cloneable(t: Ty): boolean {
    if (t.k === 'adt') {
      const env = this.b.tc.env;
      if (env.structs.has(t.name) || env.enums.has(t.name)) return env.implsOf.get(t.name)?.has('Clone') ?? false;
      return true;
    }
    return false;
  }

  /** The first use after node `i` of a local holding loan `loan` (rustc's "borrow later used here"). Holders are
   *  followed along the flows from `i` on, so the assignment being checked doesn't hide them. */
  private laterUse(i: number, loan: number): { span: Span; byCall: boolean } | undefined {
    if (i === this.cfg.exit) return undefined;
    const holders = new Set<number>();
    for (const [h, ls] of this.flow.holdersIn[i]) if (ls.has(loan)) holders.add(h);
    const seen = new Set<number>();
    const queue = [...this.cfg.nodes[i].succ];
    while (queue.length) {
      const m = queue.shift() as number;
      if (seen.has(m)) continue;
      seen.add(m);
      const ev = this.cfg.nodes[m].ev;
      if (ev && ev.k === 'flow') {
        if (ev.from.some((f) => holders.has(f)) || ev.loans.includes(loan)) holders.add(ev.dest);
        else if (ev.whole) holders.delete(ev.dest);
      } else if (ev && ev.k !== 'dead') {
        const { uses } = usesOf(ev);
        for (let k = 0; k < uses.length; k++) {
          if (!holders.has(uses[k])) continue;
          if (ev.k === 'access') return { span: ev.useSpan ?? ev.span, byCall: false };
          if (ev.k === 'use') return { span: ev.spans[k] ?? ev.span, byCall: false };
        }
      }
      if (m === this.cfg.exit && holders.has(this.cfg.ret)) return undefined;
      queue.push(...this.cfg.nodes[m].succ);
    }
    return undefined;
  }

  // ------------------------------------------------------------ scope ends and returns

  private checkDead(i: number, local: number, span: Span): void {
    for (const L of this.liveLoans(i, this.cfg.ret)) {
      if (L.place.local !== local || hasDeref(L.place)) continue;
      if (this.liveHolders(i, L.id).every((h) => h === local)) continue;
      const l = this.local(local);
      const later = this.laterUse(i, L.id);
      if (!later) continue;
      if (!l && this.cfg.temporaries.has(local)) {
        const d = error('E0716', 'temporary value dropped while borrowed', L.span, 'creates a temporary value which is freed while still in use');
        d.labels.push(label(span, 'temporary value is freed at the end of this statement'), label(later.span, 'borrow later used here'));
        this.out.push(d);
        return;
      }
      if (!l) return;
      const d = error('E0597', `\`${l.name}\` does not live long enough`, L.span, 'borrowed value does not live long enough');
      d.labels.push(label(nameSpan(l), `binding \`${l.name}\` declared here`));
      d.labels.push(label(span, `\`${l.name}\` dropped here while still borrowed`));
      d.labels.push(label(later.span, 'borrow later used here'));
      this.out.push(d);
      return;
    }
  }

  private liveHolders(i: number, loan: number): number[] {
    const out: number[] = [];
    for (const h of this.flow.liveOut[i]) if (this.flow.holdersIn[i].get(h)?.has(loan)) out.push(h);
    return out;
  }

  private checkReturns(): void {
    if (this.b.upvars) return;
    const held = this.flow.holdersIn[this.cfg.exit]?.get(this.cfg.ret);
    if (!held) return;
    for (const id of held) {
      const L = this.cfg.loans[id];
      if (hasDeref(L.place)) continue;
      const l = this.local(L.place.local);
      if (!l || l.kind === 'param' || l.kind === 'self') continue;
      const ret = this.cfg.returns.find((r) => inside(L.span, r.span));
      if (!ret) continue;
      const direct = sameSpan(ret.span, L.span) && L.operandEnd !== undefined && L.place.proj.length === 0;
      const d = direct
        ? error('E0515', `cannot return reference to local variable \`${l.name}\``, ret.span, 'returns a reference to data owned by the current function')
        : error('E0515', `cannot return value referencing local variable \`${l.name}\``, ret.span, 'returns a value referencing data owned by the current function');
      if (!direct) d.labels.push(label(L.span, `\`${l.name}\` is borrowed here`));
      this.out.push(d);
      return;
    }
  }
}

/** Types rustc would suggest `.clone()` for (std types that are Clone, user types deriving or implementing it). */
export function isClone(t: Ty, env: Typeck['env']): boolean {
  switch (t.k) {
    case 'adt':
      if (env.structs.has(t.name) || env.enums.has(t.name)) return env.implsOf.get(t.name)?.has('Clone') ?? false;
      if (['Receiver', 'Mutex', 'JoinHandle', 'MutexGuard', 'Ref', 'RefMut', 'Iter', 'Entry'].includes(t.name)) return false;
      return t.args.every((a) => isClone(a, env));
    case 'int': case 'float': case 'bool': case 'char': case 'ref': return true;
    case 'tuple': return t.items.every((x) => isClone(x, env));
    case 'array': return isClone(t.elem, env);
    case 'str': case 'slice': case 'never': case 'fn': case 'closure': case 'param': case 'opaque': case 'var': case 'unknown':
      return false;
  }
}

function isIntLike(t: Ty): boolean {
  return t.k === 'int';
}

function d0(ev: Access): boolean {
  return ev.kind === 'borrow' || ev.kind === 'mut-borrow' || ev.kind === 'read';
}

/** The span of a binding's name (`x` in `mut x`). */
function nameSpan(l: LocalVar): Span {
  const s = l.span;
  if (s.start.line !== s.end.line || l.kind === 'self') return s;
  return { start: { line: s.end.line, col: s.end.col - l.name.length }, end: s.end };
}


function inside(a: Span, b: Span): boolean {
  const le = (x: Span['start'], y: Span['start']) => x.line < y.line || (x.line === y.line && x.col <= y.col);
  return le(b.start, a.start) && le(a.end, b.end);
}

function sameSpan(a: Span, b: Span): boolean {
  return a.start.line === b.start.line && a.start.col === b.start.col && a.end.line === b.end.line && a.end.col === b.end.col;
}
