// The machine's step frames: function and closure bodies, blocks, statements and the expressions that contain
// a Rust call or a loop, as resumable generators. A call yields the callee's frame to the step loop (interp.ts
// `drive`), so no Rust call is a JavaScript call; call-free expressions are evaluated directly (./expr.ts).
import type * as A from '../syntax/ast.ts';
import { type Value, type Place, type ClosureV, UNIT, bool } from '../memory/value.ts';
import { type Interp, type FrameRec, needsDrop, isUnwind, isPlaceExpr } from './interp.ts';
import { PAUSE, type Step, type StepVoid, type Yielded } from './step.ts';
import { M } from './marks.ts';
import { R } from './resolve.ts';
import { BreakSignal, ContinueSignal, ReturnSignal, PanicSignal } from './signals.ts';
import { evalExpr, binaryOp, compareOp, assignValue, compoundAssignValue, borrowOf, readDeref, unifyLiterals } from './expr.ts';
import { evalPlaceOrTemp, evalOperand, fieldPlace, indexPlace, derefOp, derefPlace } from './place.ts';
import { bindPattern, moveOut } from './pattern.ts';
import { neg, not, castTo } from './ops.ts';
import { dropValue } from './drop.ts';
import { copyOf } from './copy.ts';
import { coerce, astTy } from './types.ts';
import { isIntTy } from '../memory/int.ts';
import type { IntTy } from '../memory/value.ts';
import { truthy } from './control.ts';
import { segNames, selfed, construct, callNamed, structLiteral } from './calls.ts';
import { stdCall } from '../std/calls.ts';
import { callBuiltinMethod, implName } from '../std/methods.ts';
import { toIter } from '../std/iter.ts';
import { newVec } from '../std/collections.ts';

type PlaceStep = Generator<Yielded, Place, Value>;

const TEMP_ROOT = { to: 'temp' } as const;

// ------------------------------------------------------------ calls

/** A user function's frame: bind the arguments, run the body, drop the parameters, return. */
export function* callFnStep(ip: Interp, fn: A.FnItem, qual: string, selfName: string | undefined, args: Value[]): Step {
  const f = ip.enterFn(fn, qual, selfName, args);
  let result: Value;
  try {
    const body = fn.body;
    result = M(body).$m ? yield* blockStep(ip, body) : ip.execBlock(body);
  } catch (e) {
    if (!(e instanceof ReturnSignal)) throw ip.abortFn(f, e);
    result = e.value;
  }
  return ip.leaveFn(f, result);
}

/** A closure's frame: parameters are bound into the slots of the frame the closure was created in. */
export function* callClosureStep(ip: Interp, c: ClosureV, args: Value[]): Step {
  const node = c.node as A.ClosureExpr;
  const env = c.env as FrameRec;
  ip.spend();
  ip.enterClosure();
  ip.frames.push(env);
  try {
    const ps = node.params;
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i];
      const v = p.ty ? coerce(args[i] ?? UNIT, astTy(p.ty), ip.heap) : args[i] ?? UNIT;
      bindPattern(ip, p.pat, { c: [v], i: 0, root: { to: 'temp' } }, false);
    }
    let r: Value;
    try {
      const mark = ip.tempMark();
      const body = node.body;
      try {
        r = M(body).$m ? yield* evalStep(ip, body) : evalExpr(ip, body);
      } catch (e) {
        if (ip.tempMark() > mark && isUnwind(e)) ip.dropTempsTo(mark);
        throw e;
      }
      if (ip.tempMark() > mark) ip.dropTempsTo(mark);
    } catch (e) {
      if (e instanceof PanicSignal) ip.dropSlots(env, R(node).$decls, node.span.end);
      if (!(e instanceof ReturnSignal)) throw e;
      r = e.value;
    }
    ip.dropSlots(env, R(node).$decls, node.span.end);
    return r;
  } finally {
    ip.frames.pop();
    ip.leaveClosure();
  }
}

/** Call a function value: closures and user functions get a frame; constructors and std functions run directly. */
function* callValueStep(ip: Interp, fv: Value, args: Value[], span: A.Span): Step {
  for (let i = 0; i < 64; i++) {
    if (fv.k === 'closure') return yield callClosureStep(ip, fv, args);
    if (fv.k === 'fn') {
      const name = fv.name;
      if (name === 'Some' || name === 'Ok' || name === 'Err' || name.startsWith('ctor:') || name.startsWith('variant:')) return callNamed(ip, name, args, span);
      const fn = ip.index.fns.get(name);
      if (fn) return yield callFnStep(ip, fn, name, undefined, args);
      const parts = name.split('::');
      const def = parts.length === 2 ? ip.index.method(parts[0], parts[1]) : undefined;
      if (def) return yield callFnStep(ip, def.fn, def.qual, def.selfName, args);
      return callNamed(ip, name, args, span);
    }
    if (fv.k === 'ref') fv = fv.p.c[fv.p.i];
    else if (fv.k === 'box') fv = ip.heap.get(fv.id).vals[0];
    else break;
  }
  return ip.unsupported('호출할 수 없는 값', span);
}

function* callStep(ip: Interp, e: A.CallExpr): Step {
  const cached = (e as A.CallExpr & { $fn?: A.FnItem }).$fn;
  const xs = e.args;
  if (cached) {
    const args: Value[] = new Array(xs.length);
    for (let i = 0; i < xs.length; i++) { const x = xs[i]; args[i] = M(x).$m ? yield* evalStep(ip, x) : evalExpr(ip, x); }
    return yield callFnStep(ip, cached, cached.name.name, undefined, args);
  }
  const callee = e.callee;
  if (callee.kind === 'PathExpr' && R(callee).$slot === undefined) {
    const segs = selfed(ip, segNames(callee.path));
    const last = segs[segs.length - 1];
    if (segs.length === 1) {
      if (last === 'Some' || last === 'Ok' || last === 'Err') {
        const x = xs[0];
        const v = M(x).$m ? yield* evalStep(ip, x) : evalExpr(ip, x);
        return { k: 'enum', name: last === 'Some' ? 'Option' : 'Result', variant: last, f: [v] };
      }
      const st = ip.index.structs.get(last);
      if (st && st.tuple) {
        const f: Value[] = [];
        for (let i = 0; i < xs.length; i++) { const x = xs[i]; f.push(coerce(M(x).$m ? yield* evalStep(ip, x) : evalExpr(ip, x), st.fieldTys[i], ip.heap)); }
        return { k: 'struct', name: last, f, tuple: true };
      }
      const fn = ip.index.fns.get(last);
      if (fn && !ip.index.variant(segs)) {
        (e as A.CallExpr & { $fn?: A.FnItem }).$fn = fn;
        const args = yield* argsStep(ip, xs);
        return yield callFnStep(ip, fn, last, undefined, args);
      }
    }
    const vd = ip.index.variant(segs, ip.frame?.selfName);
    if (vd) return construct(ip, vd, yield* argsStep(ip, xs));
    if (segs.length >= 2) {
      const def = ip.index.method(segs[segs.length - 2], last);
      if (def) {
        const args = yield* argsStep(ip, xs);
        return yield callFnStep(ip, def.fn, def.qual, def.selfName, args);
      }
    }
    const modFn = ip.index.fns.get(last);
    if (modFn && segs.length >= 2 && !ip.index.structs.has(segs[segs.length - 2]) && !ip.index.enums.has(segs[segs.length - 2])) {
      const args = yield* argsStep(ip, xs);
      return yield callFnStep(ip, modFn, last, undefined, args);
    }
    return stdCall(ip, segs, callee.path, e, yield* argsStep(ip, xs));
  }
  const f = evalExpr(ip, callee, true);
  return yield* callValueStep(ip, f, yield* argsStep(ip, xs), e.span);
}

function* argsStep(ip: Interp, xs: A.Expr[]): Generator<Yielded, Value[], Value> {
  const args: Value[] = new Array(xs.length);
  for (let i = 0; i < xs.length; i++) { const x = xs[i]; args[i] = M(x).$m ? yield* evalStep(ip, x) : evalExpr(ip, x); }
  return args;
}

/** `recv.method(args)`: user impl methods first (auto-ref / auto-deref of the receiver), then the std models. */
function* methodStep(ip: Interp, e: A.MethodCallExpr): Step {
  let p = yield* placeOrTempStep(ip, e.receiver);
  const args = yield* argsStep(ip, e.args);
  const name = e.method;
  for (let d = 0; d < 16; d++) {
    const v = p.c[p.i];
    const tn = implName(v);
    if (tn) {
      const def = ip.index.method(tn, name);
      if (def && def.fn.receiver) {
        const mode = def.fn.receiver.mode;
        const self: Value = mode === 'value' ? moveOut(ip, p) : { k: 'ref', mut: mode === 'ref-mut', p };
        args.unshift(self);
        return yield callFnStep(ip, def.fn, def.qual, def.selfName, args);
      }
    }
    const r = callBuiltinMethod(ip, p, name, args, e.methodSpan, e.generics);
    if (r !== null) return r;
    const next = derefPlace(ip, p);
    if (!next) break;
    p = next;
  }
  return ip.unsupported(`지원하지 않는 메서드 \`.${name}()\``, e.methodSpan);
}

// ------------------------------------------------------------ blocks and statements

/** A block: its statements (one step each), its tail, then its locals and extended temporaries dropped. */
export function* blockStep(ip: Interp, b: A.Block): Step {
  const extMark = ip.extended.length;
  let v: Value;
  try {
    const stmts = b.stmts;
    for (let i = 0; i < stmts.length; i++) {
      const s = stmts[i];
      if (M(s).$m) yield* stmtStep(ip, s as A.LetStmt | A.ExprStmt);
      else ip.execStmt(s);
      if (ip.steps >= ip.pauseAt) yield PAUSE;
    }
    const t = b.tail;
    if (t) {
      ip.tick(t.span);
      v = M(t).$m ? yield* evalStep(ip, t) : evalExpr(ip, t);
    } else v = UNIT;
  } catch (e) {
    ip.unwindBlock(b, extMark, e);
    throw e;
  }
  ip.closeBlock(b, extMark);
  return v;
}

function* blockOf(ip: Interp, b: A.Block): Step {
  return M(b).$m ? yield* blockStep(ip, b) : ip.execBlock(b);
}

function* stmtStep(ip: Interp, s: A.LetStmt | A.ExprStmt): StepVoid {
  ip.tick(s.span);
  const mark = ip.tempMark();
  try {
    if (s.kind === 'LetStmt') yield* letStep(ip, s);
    else {
      const v = yield* evalStep(ip, s.expr);
      if (needsDrop(v)) dropValue(ip, v, null);
    }
  } catch (e) {
    if (ip.tempMark() > mark && isUnwind(e)) ip.dropTempsTo(mark);
    throw e;
  }
  if (ip.tempMark() > mark) ip.dropTempsTo(mark);
}

function* letStep(ip: Interp, s: A.LetStmt): StepVoid {
  const f = ip.frame;
  const init = s.init!;
  const declared = s.ty ? astTy(s.ty) : undefined;
  if (s.pat.kind === 'IdentPat' && !s.pat.byRef && !s.pat.sub && R(s.pat).$slot !== undefined) {
    const saved = ip.intHint;
    ip.intHint = declared && isIntTy(declared.n) ? (declared.n as IntTy) : undefined;
    let v: Value;
    try {
      if (init.kind === 'Borrow' && !isPlaceExpr(init.operand)) {
        // `let r = &make();`: the temporary lives as long as the block, not the statement.
        const holder: Place = { c: [yield* evalStep(ip, init.operand)], i: 0, root: TEMP_ROOT };
        ip.extended.push(holder);
        v = { k: 'ref', mut: init.mut, p: holder };
      } else v = yield* evalStep(ip, init);
    } finally {
      ip.intHint = saved;
    }
    if (declared) v = coerce(v, declared, ip.heap);
    ip.setSlot(f, R(s.pat).$slot!, v);
    return;
  }
  if (s.pat.kind === 'WildPat') {
    const v = yield* evalStep(ip, init, true);
    if (needsDrop(v)) ip.temp(v);
    return;
  }
  const place = yield* placeOrTempStep(ip, init);
  if (declared) place.c[place.i] = coerce(place.c[place.i], declared, ip.heap);
  if (!bindPattern(ip, s.pat, place, false)) {
    if (s.else) {
      yield* blockOf(ip, s.else);
      return;
    }
    ip.panic('refutable pattern did not match', s.span.start);
  }
}

// ------------------------------------------------------------ places and operands

/** The place `e` denotes, or a temporary holding its value (dropped at the end of the statement). */
function* placeOrTempStep(ip: Interp, e: A.Expr): PlaceStep {
  if (!M(e).$m) return evalPlaceOrTemp(ip, e);
  switch (e.kind) {
    case 'Field': case 'TupleIndex': return fieldPlace(ip, e, yield* placeOrTempStep(ip, e.object));
    case 'Index': {
      if (e.index.kind === 'Range') return evalPlaceOrTemp(ip, e);
      const base = yield* placeOrTempStep(ip, e.object);
      const ix = e.index;
      const p = indexPlace(ip, e, base, M(ix).$m ? yield* evalStep(ip, ix) : evalExpr(ip, ix));
      return p ?? ip.temp(evalExpr(ip, e));
    }
    case 'Unary':
      if (e.op === '*') return derefOp(ip, yield* placeOrTempStep(ip, e.operand));
      break;
  }
  return ip.temp(yield* evalStep(ip, e));
}

/** Read an operand without moving it (comparisons). */
function* operandStep(ip: Interp, e: A.Expr): Step {
  if (!M(e).$m) return evalOperand(ip, e);
  if (e.kind === 'Field' || e.kind === 'TupleIndex' || e.kind === 'Index' || (e.kind === 'Unary' && e.op === '*')) {
    const p = yield* placeOrTempStep(ip, e);
    return p.c[p.i];
  }
  const v = yield* evalStep(ip, e, true);
  ip.temp(v);
  return v;
}

// ------------------------------------------------------------ expressions

/** Evaluate an expression that contains a call or a loop (`$m`); others go straight to `evalExpr`. */
export function* evalStep(ip: Interp, e: A.Expr, noMove = false): Step {
  switch (e.kind) {
    case 'Call': return yield* callStep(ip, e);
    case 'MethodCall': return yield* methodStep(ip, e);
    case 'Binary': return yield* binaryStep(ip, e);
    case 'If': return yield* ifStep(ip, e);
    case 'BlockExpr': {
      if (!e.label) return yield* blockOf(ip, e.block);
      try {
        return yield* blockOf(ip, e.block);
      } catch (x) {
        if (x instanceof BreakSignal && x.label === e.label.name) return x.value;
        throw x;
      }
    }
    case 'Match': return yield* matchStep(ip, e);
    case 'Loop': return yield* loopStep(ip, e);
    case 'While': return yield* whileStep(ip, e);
    case 'For': return yield* forStep(ip, e);
    case 'Return': {
      const x = e.value;
      throw new ReturnSignal(x ? (M(x).$m ? yield* evalStep(ip, x) : evalExpr(ip, x)) : UNIT);
    }
    case 'Break': {
      const x = e.value;
      throw new BreakSignal(e.label?.name, x ? (M(x).$m ? yield* evalStep(ip, x) : evalExpr(ip, x)) : UNIT);
    }
    case 'Try': {
      const v = M(e.expr).$m ? yield* evalStep(ip, e.expr) : evalExpr(ip, e.expr);
      if (v.k !== 'enum') return ip.unsupported('`?` 연산자 대상', e.span);
      if (v.variant === 'Some' || v.variant === 'Ok') return v.f[0];
      throw new ReturnSignal(v);
    }
    case 'Assign': return assignValue(ip, e, M(e.value).$m ? yield* evalStep(ip, e.value) : evalExpr(ip, e.value));
    case 'CompoundAssign': return compoundAssignValue(ip, e, M(e.value).$m ? yield* evalStep(ip, e.value) : evalExpr(ip, e.value));
    case 'Unary': {
      if (e.op === '*') return readDeref(ip, derefOp(ip, yield* placeOrTempStep(ip, e.operand)), noMove);
      const v = M(e.operand).$m ? yield* evalStep(ip, e.operand) : evalExpr(ip, e.operand);
      return e.op === '-' ? neg(ip, v, e.span.start) : not(ip, v, e.span.start);
    }
    case 'Cast': {
      const t = astTy(e.ty);
      // `as` ends type inference: the operand's literals keep their own default type.
      const hint = ip.intHint;
      ip.intHint = undefined;
      let v: Value;
      try {
        v = yield* evalStep(ip, e.expr);
      } finally {
        ip.intHint = hint;
      }
      return castTo(ip, v, t.n, e.span.start);
    }
    case 'Borrow': {
      const o = e.operand;
      if (o.kind === 'Index' && o.index.kind === 'Range') return evalExpr(ip, e, noMove);
      return borrowOf(e, yield* placeOrTempStep(ip, o));
    }
    case 'Field': case 'TupleIndex': {
      const p = fieldPlace(ip, e, yield* placeOrTempStep(ip, e.object));
      return noMove ? p.c[p.i] : moveOut(ip, p);
    }
    case 'Index': {
      if (e.index.kind === 'Range') return evalExpr(ip, e, noMove);
      const p = yield* placeOrTempStep(ip, e);
      const v = p.c[p.i];
      return noMove ? v : copyOf(v);
    }
    case 'Tuple': return e.items.length === 0 ? UNIT : { k: 'tuple', f: yield* argsStep(ip, e.items) };
    case 'Array': return { k: 'array', f: unifyLiterals(yield* argsStep(ip, e.items)) };
    case 'VecMacro': {
      const items = unifyLiterals(yield* argsStep(ip, e.items));
      return newVec(ip, items, items.length, undefined);
    }
    case 'Struct': {
      const vals = yield* argsStep(ip, e.fields.map((f) => f.value));
      const b = e.base;
      const isDefault = !b || (b.kind === 'Call' && b.callee.kind === 'PathExpr' && b.callee.path.text === 'Default::default');
      return structLiteral(ip, e, vals, b && !isDefault ? yield* placeOrTempStep(ip, b) : undefined);
    }
    case 'Range': {
      const lo = e.start ? (M(e.start).$m ? yield* evalStep(ip, e.start) : evalExpr(ip, e.start)) : null;
      const hi = e.end ? (M(e.end).$m ? yield* evalStep(ip, e.end) : evalExpr(ip, e.end)) : null;
      return { k: 'range', lo, hi, incl: e.inclusive };
    }
    // Macros and the remaining forms run directly; a call inside them runs as a nested call.
    case 'Lit': case 'PathExpr': case 'Continue': case 'Closure': case 'Let': case 'ArrayRepeat': case 'VecRepeatMacro':
    case 'FormatMacro': case 'WriteMacro': case 'AssertMacro': case 'AssertCmpMacro': case 'MatchesMacro': case 'DbgMacro':
      return evalExpr(ip, e, noMove);
  }
}

function* binaryStep(ip: Interp, e: A.BinaryExpr): Step {
  const l = e.left, r = e.right;
  switch (e.op) {
    case '&&': return truthy(ip, M(l).$m ? yield* evalStep(ip, l) : evalExpr(ip, l), l) ? bool(truthy(ip, M(r).$m ? yield* evalStep(ip, r) : evalExpr(ip, r), r)) : bool(false);
    case '||': return truthy(ip, M(l).$m ? yield* evalStep(ip, l) : evalExpr(ip, l), l) ? bool(true) : bool(truthy(ip, M(r).$m ? yield* evalStep(ip, r) : evalExpr(ip, r), r));
    case '==': case '!=': case '<': case '<=': case '>': case '>=': {
      const a = yield* operandStep(ip, l);
      return compareOp(ip, e, a, yield* operandStep(ip, r));
    }
  }
  const a = M(l).$m ? yield* evalStep(ip, l) : evalExpr(ip, l);
  const b = M(r).$m ? yield* evalStep(ip, r) : evalExpr(ip, r);
  return binaryOp(ip, e, a, b);
}

// ------------------------------------------------------------ control flow

function labelMatches(sig: { label: string | undefined }, label: A.Label | undefined): boolean {
  return sig.label === undefined || sig.label === label?.name;
}

/** A loop iteration counts as a step (and is a pause point). */
function countStep(ip: Interp): void {
  if (++ip.steps > ip.opts.maxSteps) ip.tick({ start: ip.at, end: ip.at });
}

function* elseOf(ip: Interp, e: A.IfExpr): Step {
  const x = e.else;
  if (!x) return UNIT;
  if (x.kind === 'BlockExpr' && !x.label) return yield* blockOf(ip, x.block);
  return M(x).$m ? yield* evalStep(ip, x) : evalExpr(ip, x);
}

function* ifStep(ip: Interp, e: A.IfExpr): Step {
  const cond = e.cond;
  if (cond.kind === 'Let') return yield* ifLetStep(ip, e, cond);
  const mark = ip.tempMark();
  const c = truthy(ip, M(cond).$m ? yield* evalStep(ip, cond) : evalExpr(ip, cond), cond);
  ip.dropTempsTo(mark);
  if (c) return yield* blockOf(ip, e.then);
  return yield* elseOf(ip, e);
}

function* ifLetStep(ip: Interp, e: A.IfExpr, cond: A.LetExpr): Step {
  const mark = ip.tempMark();
  let v: Value;
  try {
    const place = yield* placeOrTempStep(ip, cond.expr);
    if (bindPattern(ip, cond.pat, place, false)) {
      const f = ip.frame;
      try {
        v = yield* blockOf(ip, e.then);
      } finally {
        ip.dropSlots(f, R(cond).$decls, e.then.span.end);
      }
    } else v = yield* elseOf(ip, e);
  } catch (x) {
    if (ip.tempMark() > mark && isUnwind(x)) ip.dropTempsTo(mark);
    throw x;
  }
  if (ip.tempMark() > mark) ip.dropTempsTo(mark);
  return v;
}

function* whileStep(ip: Interp, e: A.WhileExpr): Step {
  for (;;) {
    countStep(ip);
    if (ip.steps >= ip.pauseAt) yield PAUSE;
    try {
      const cond = e.cond;
      if (cond.kind === 'Let') {
        const mark = ip.tempMark();
        let go = false;
        try {
          const place = yield* placeOrTempStep(ip, cond.expr);
          if (bindPattern(ip, cond.pat, place, false)) {
            go = true;
            const f = ip.frame;
            try {
              yield* blockOf(ip, e.body);
            } finally {
              ip.dropSlots(f, R(cond).$decls, e.body.span.end);
            }
          }
        } catch (x) {
          if (ip.tempMark() > mark && isUnwind(x)) ip.dropTempsTo(mark);
          throw x;
        }
        if (ip.tempMark() > mark) ip.dropTempsTo(mark);
        if (!go) break;
      } else {
        const mark = ip.tempMark();
        const c = truthy(ip, M(cond).$m ? yield* evalStep(ip, cond) : evalExpr(ip, cond), cond);
        ip.dropTempsTo(mark);
        if (!c) break;
        yield* blockOf(ip, e.body);
      }
    } catch (x) {
      if (x instanceof BreakSignal && labelMatches(x, e.label)) break;
      if (x instanceof ContinueSignal && labelMatches(x, e.label)) continue;
      throw x;
    }
  }
  return UNIT;
}

function* loopStep(ip: Interp, e: A.LoopExpr): Step {
  for (;;) {
    countStep(ip);
    if (ip.steps >= ip.pauseAt) yield PAUSE;
    try {
      yield* blockOf(ip, e.body);
    } catch (x) {
      if (x instanceof BreakSignal && labelMatches(x, e.label)) return x.value;
      if (x instanceof ContinueSignal && labelMatches(x, e.label)) continue;
      throw x;
    }
  }
}

function* forStep(ip: Interp, e: A.ForExpr): Step {
  const src = M(e.iter).$m ? yield* evalStep(ip, e.iter) : evalExpr(ip, e.iter);
  const it = toIter(ip, src, e.iter.span);
  const f = ip.frame;
  const decls = R(e).$decls;
  try {
    for (;;) {
      countStep(ip);
      if (ip.steps >= ip.pauseAt) yield PAUSE;
      const x = it.next();
      if (x === null) break;
      const holder: Place = { c: [x], i: 0, root: { to: 'temp' } };
      bindPattern(ip, e.pat, holder, false);
      try {
        yield* blockOf(ip, e.body);
      } catch (sig) {
        if (sig instanceof ContinueSignal && labelMatches(sig, e.label)) { ip.dropSlots(f, decls, e.body.span.end); continue; }
        throw sig;
      }
      ip.dropSlots(f, decls, e.body.span.end);
    }
  } catch (x) {
    if (x instanceof BreakSignal && labelMatches(x, e.label)) { ip.dropSlots(f, decls, e.body.span.end); it.drop?.(); return UNIT; }
    if (x instanceof BreakSignal || x instanceof ContinueSignal || x instanceof ReturnSignal) { ip.dropSlots(f, decls, e.body.span.end); it.drop?.(); }
    throw x;
  }
  it.drop?.();
  return UNIT;
}

function* matchStep(ip: Interp, e: A.MatchExpr): Step {
  const place = yield* placeOrTempStep(ip, e.scrutinee);
  const f = ip.frame;
  for (const arm of e.arms) {
    if (!bindPattern(ip, arm.pat, place, false)) continue;
    const g = arm.guard;
    if (g) {
      const mark = ip.tempMark();
      let gv: Value;
      try {
        gv = M(g).$m ? yield* evalStep(ip, g) : evalExpr(ip, g);
      } catch (x) {
        if (ip.tempMark() > mark && isUnwind(x)) ip.dropTempsTo(mark);
        throw x;
      }
      if (ip.tempMark() > mark) ip.dropTempsTo(mark);
      if (!truthy(ip, gv, g)) {
        ip.dropSlots(f, R(arm).$decls, arm.span.end);
        continue;
      }
    }
    let v: Value;
    try {
      v = M(arm.body).$m ? yield* evalStep(ip, arm.body) : evalExpr(ip, arm.body);
    } finally {
      ip.dropSlots(f, R(arm).$decls, arm.span.end);
    }
    return v;
  }
  return ip.unsupported('어느 갈래에도 맞지 않는 match', e.span);
}

