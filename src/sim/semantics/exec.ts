// The machine's step frames: function and closure bodies, blocks, statements and the expressions that contain
// a Rust call or a loop, as resumable generators. A call yields the callee's frame to the step loop (interp.ts
// `drive`), so no Rust call is a JavaScript call; call-free expressions are evaluated directly (./expr.ts).
import { tryErr } from './try-convert.ts';
import type * as A from '../syntax/ast.ts';
import { type Value, type Place, type ClosureV, UNIT, bool } from '../memory/value.ts';
import { type Interp, type FrameRec, type ParamRests, needsDrop, isUnwind, isPlaceExpr } from './interp.ts';
import { PAUSE, Deferred, type Step, type Yielded } from './step.ts';
import { nativeKey, NATIVE_METHODS } from './native.ts';
import { M } from './marks.ts';
import { R, type FnLayout } from './resolve.ts';
import { BreakSignal, ContinueSignal, ReturnSignal, PanicSignal } from './signals.ts';
import { evalExpr, binary, binaryOp, compareOp, assignValue, compoundAssignValue, borrowOf, readDeref, unifyLiterals } from './expr.ts';
import { evalPlaceOrTemp, evalOperand, fieldPlace, indexPlace, derefOp } from './place.ts';
import { bindPattern, moveOut } from './pattern.ts';
import { neg, not, castTo, unsizeCast } from './ops.ts';
import { dropValue } from './drop.ts';
import { copyOf } from './copy.ts';
import { coerce, astTy } from './types.ts';
import { isIntTy } from '../memory/int.ts';
import type { IntTy } from '../memory/value.ts';
import { truthy } from './control.ts';
import { segNames, selfed, construct, callNamed, structLiteral, wrapVariant } from './calls.ts';
import { UserCall } from './std-port.ts';
import { traitMethodCall } from './trait-call.ts';
import { newVec } from './buffers.ts';
import { formatMacroWith, assertCmpWith } from './macros.ts';

type PlaceStep = Generator<Yielded, Place, Value>;

const TEMP_ROOT = { to: 'temp' } as const;

// ------------------------------------------------------------ calls

/** A user function's frame: arguments are bound now (in the caller), the body runs as one step frame. */
export function callFnStep(ip: Interp, fn: A.FnItem, qual: string, selfName: string | undefined, args: Value[]): Step {
  return blockStep(ip, fn.body, ip.enterFn(fn, qual, selfName, args));
}

/** The frame of a call expression: a resolved function with call-free arguments goes straight to its body. */
export function callFrame(ip: Interp, e: A.CallExpr): Step {
  const fn = (e as A.CallExpr & { $fn?: A.FnItem }).$fn;
  if (fn !== undefined && M(e).$a !== true) {
    const xs = e.args;
    const args: Value[] = new Array(xs.length);
    for (let i = 0; i < xs.length; i++) args[i] = evalExpr(ip, xs[i]);
    return callFnStep(ip, fn, fn.name.name, undefined, args);
  }
  return callStep(ip, e);
}

/** The caller evaluates the call itself: not a call `leafCall` runs. */
export const NOT_LEAF: Value = { k: 'unit' };

/** leafCall entered the call and its rest runs as a frame: `leafRest` holds that frame (read at once by the caller). */
const LEAF_REST: Value = { k: 'unit' };
let leafRest: Step | null = null;

/** The frame leafCall left for the caller to yield (LEAF_REST), taken once. */
function takeLeafRest(): Step {
  const s = leafRest!;
  leafRest = null;
  return s;
}

/**
 * What leafCall needs of a function whose body is only a tail `if` with a call-free condition and a plain `else`,
 * read off the AST once per function (kept on the FnItem as `$leaf`; null: another shape). One object of one shape
 * instead of a dozen loads from AST nodes of many shapes on every call.
 */
interface LeafPlan {
  fn: A.FnItem;
  layout: FnLayout;
  /** The body declares locals (a block is opened only when closing it can drop or show something). */
  bodyDecls: boolean;
  tail: A.IfExpr;
  cond: A.Expr;
  then: LeafBranch;
  /** null: no `else`. */
  else: LeafBranch | null;
}

interface LeafBranch {
  blk: A.Block;
  /** No statements and a call-free tail: it cannot call or pause, so it finishes inside leafCall. */
  plain: boolean;
  decls: boolean;
  /** Only a tail arithmetic operator with a call among its operands: runs as a TailOpFrame. */
  op: A.BinaryExpr | null;
}

function leafPlanOf(fn: A.FnItem, layout: FnLayout): LeafPlan | null {
  const node = fn as A.FnItem & { $leaf?: LeafPlan | null };
  if (node.$leaf !== undefined) return node.$leaf;
  const b = fn.body;
  const t = b.tail;
  let plan: LeafPlan | null = null;
  if (b.stmts.length === 0 && t !== null && t !== undefined && t.kind === 'If' && t.cond.kind !== 'Let' && M(t.cond).$m !== true) {
    const x = t.else;
    if (!x || (x.kind === 'BlockExpr' && !x.label)) {
      plan = { fn, layout, bodyDecls: hasDecls(b), tail: t, cond: t.cond, then: branchOf(t.then), else: x ? branchOf(x.block) : null };
    }
  }
  return (node.$leaf = plan);
}

function branchOf(blk: A.Block): LeafBranch {
  return { blk, plain: blk.stmts.length === 0 && (!blk.tail || M(blk.tail).$m !== true), decls: hasDecls(blk), op: tailOpShaped(blk) ? (blk.tail as A.BinaryExpr) : null };
}

/** The block declares locals (slots its closing drops). */
function hasDecls(b: A.Block): boolean {
  const d = R(b).$decls;
  return d !== undefined && d.length > 0;
}

/** The plan of a call leafCall can run, cached on the call (null: not one); undefined until its callee is resolved. */
function leafPlanAt(e: A.CallExpr): LeafPlan | null {
  const node = e as A.CallExpr & { $fn?: A.FnItem; $lp?: LeafPlan | null };
  const lp = node.$lp;
  if (lp !== undefined) return lp;
  const fn = node.$fn;
  // The callee is resolved (by its first call) and marked (its layout is ready): the plan can be read.
  const layout = fn === undefined ? undefined : (fn as A.FnItem & { $ready?: FnLayout }).$ready;
  if (fn === undefined || layout === undefined) return null;
  return (node.$lp = M(e).$a === true || e.args.length !== layout.argSlots.length ? null : leafPlanOf(fn, layout));
}

/**
 * A call of a resolved function with call-free arguments whose body is a tail `if` (LeafPlan): the call is
 * entered and its condition evaluated here, exactly as its frame would; when the branch taken cannot call (a
 * recursion's base case) it finishes here without a frame on the machine's stack, otherwise the rest runs as the
 * frame `blockStep` would have continued with (LEAF_REST: takeLeafRest() gives it, without allocating a holder per
 * call). NOT_LEAF: the caller yields `callFrame`.
 */
function leafCall(ip: Interp, e: A.CallExpr): Value {
  const plan = leafPlanAt(e);
  if (plan === null) return NOT_LEAF;
  const fn = plan.fn, layout = plan.layout;
  const xs = e.args;
  // An operator argument (`n - 1`) goes straight to `binary`, as evalExpr would send it. When the parameters are
  // the frame's first slots, the arguments are evaluated straight into the new frame's slot array; one argument
  // makes a packed one-element array (a `new Array(n)` is holey).
  const inPlace = layout.argsInPlace;
  let args: Value[];
  if (xs.length === 1 && (!inPlace || layout.blankVals.length === 1)) args = [leafArg(ip, xs[0])];
  else if (inPlace) {
    args = layout.blankVals.slice();
    for (let i = 0; i < xs.length; i++) args[i] = leafArg(ip, xs[i]);
  } else {
    args = new Array(xs.length);
    for (let i = 0; i < xs.length; i++) args[i] = leafArg(ip, xs[i]);
  }
  const f = ip.enterFn(fn, fn.name.name, undefined, args, inPlace);
  const open = ip.openBlocks, exts = ip.openExts;
  const base = open.length;
  let v: Value = UNIT;
  try {
    // A block is opened only when closing it can do something: with no locals and no statements (so no extended
    // temporaries), closing or unwinding it drops nothing and shows nothing.
    if (plan.bodyDecls) {
      open.push(fn.body);
      exts.push(ip.extended.length);
    }
    ip.tick(plan.tail.span);
    const mark = ip.temps.length;
    const cond = plan.cond;
    const cv = cond.kind === 'Binary' ? binary(ip, cond) : evalExpr(ip, cond);
    const c = cv.k === 'bool' ? cv.v : truthy(ip, cv, cond);
    if (ip.temps.length > mark) ip.dropTempsTo(mark);
    const br = c ? plan.then : plan.else;
    if (br !== null) {
      const blk = br.blk;
      if (!br.plain) {
        leafRest = br.op !== null ? (new TailOpFrame(ip, br, br.op, f, base) as unknown as Step) : blockStep(ip, blk, f, base);
        return LEAF_REST;
      }
      if (br.decls) {
        open.push(blk);
        exts.push(ip.extended.length);
      }
      const bt = blk.tail;
      if (bt) {
        ip.tick(bt.span);
        v = evalExpr(ip, bt);
      }
    }
  } catch (err) {
    while (open.length > base) ip.unwindBlock(open.pop()!, exts.pop()!, err);
    if (!(err instanceof ReturnSignal)) throw ip.abortFn(f, err);
    return ip.leaveFn(f, err.value);
  }
  while (open.length > base) ip.closeBlock(open.pop()!, exts.pop()!);
  return ip.leaveFn(f, v);
}

/** A block that is only a tail arithmetic operator with a call among its operands (a recursion's `fib(n - 1) + fib(n - 2)`). */
function tailOpShaped(b: A.Block): boolean {
  const t = b.tail;
  if (b.stmts.length !== 0 || t === null || t === undefined || t.kind !== 'Binary' || M(t).$m !== true) return false;
  switch (t.op) {
    case '&&': case '||': case '==': case '!=': case '<': case '<=': case '>': case '>=': return false;
  }
  return true;
}

/** The step loop's view of a frame's result; one object each for yields and returns, read at once by `drive`. */
const YIELDING: { done: false; value: Yielded } = { done: false, value: PAUSE };
const RETURNING: { done: true; value: Value } = { done: true, value: UNIT };

/**
 * The frame of a function's branch block that is only a tail arithmetic operator (tailOpShaped), entered by
 * leafCall: it does what `blockStep(ip, blk, f, base)` does for that block, step for step (tick, operands left to
 * right, each call as its own frame, the operator, closing the open blocks, leaving the function; the same unwinding
 * on a signal), written as a three-state machine rather than a generator: a generator frame costs several times more
 * to create and resume, and this shape is every inner call of a doubly recursive function.
 */
class TailOpFrame {
  declare private readonly ip: Interp;
  declare private readonly br: LeafBranch;
  declare private readonly t: A.BinaryExpr;
  declare private readonly f: FrameRec;
  declare private readonly base: number;
  /** 0: not started; 1: waiting for the left operand; 2: waiting for the right operand; 3: finished. */
  declare private state: number;
  declare private left: Value;
  // `declare`d fields, assigned here: a field declaration would add a separate initialiser call to every `new`.
  constructor(ip: Interp, br: LeafBranch, t: A.BinaryExpr, f: FrameRec, base: number) {
    this.ip = ip;
    this.br = br;
    this.t = t;
    this.f = f;
    this.base = base;
    this.state = 0;
    this.left = UNIT;
  }

  next(input: Value): IteratorResult<Yielded, Value> {
    const ip = this.ip, t = this.t;
    let v: Value;
    try {
      if (this.state === 0) {
        // No statements: opened only when it declares locals (as leafCall does).
        if (this.br.decls) {
          ip.openBlocks.push(this.br.blk);
          ip.openExts.push(ip.extended.length);
        }
        ip.tick(t.span);
        this.state = 1;
        const a = this.operand(t.left);
        if (a === null) return YIELDING;
        input = a;
      }
      if (this.state === 1) {
        this.left = input;
        this.state = 2;
        const c = this.operand(t.right);
        if (c === null) return YIELDING;
        input = c;
      }
      if (this.state !== 2) return this.ip.unsupported('끝난 프레임의 재개', t.span);
      this.state = 3;
      v = binaryOp(ip, t, this.left, input);
      this.left = UNIT;
    } catch (e) {
      return this.fail(e);
    }
    const open = ip.openBlocks, exts = ip.openExts;
    while (open.length > this.base) ip.closeBlock(open.pop()!, exts.pop()!);
    RETURNING.value = ip.leaveFn(this.f, v);
    return RETURNING;
  }

  /** An operand's value, or null when it runs as a frame (YIELDING then holds that frame). */
  private operand(x: A.Expr): Value | null {
    const ip = this.ip;
    if (M(x).$m !== true) return evalExpr(ip, x);
    let y: Step;
    if (x.kind === 'Call') {
      const q = leafCall(ip, x);
      if (q === NOT_LEAF) y = callFrame(ip, x);
      else if (q === LEAF_REST) y = takeLeafRest();
      else return q;
    } else y = stepOf(ip, x, false);
    YIELDING.value = y;
    return null;
  }

  /** A signal from an operand's frame (or raised here): unwind as blockStep's handler does. */
  throw(e: unknown): IteratorResult<Yielded, Value> {
    if (this.state === 3) throw e;
    this.state = 3;
    return this.fail(e);
  }

  private fail(e: unknown): IteratorResult<Yielded, Value> {
    const ip = this.ip, open = ip.openBlocks, exts = ip.openExts;
    this.state = 3;
    while (open.length > this.base) ip.unwindBlock(open.pop()!, exts.pop()!, e);
    if (!(e instanceof ReturnSignal)) throw ip.abortFn(this.f, e);
    RETURNING.value = ip.leaveFn(this.f, e.value);
    return RETURNING;
  }

  return(value: Value): IteratorResult<Yielded, Value> {
    this.state = 3;
    RETURNING.value = value;
    return RETURNING;
  }

  [Symbol.iterator](): this {
    return this;
  }
}

function leafArg(ip: Interp, x: A.Expr): Value {
  return x.kind === 'Binary' ? binary(ip, x) : evalExpr(ip, x);
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
    let rests: ParamRests;
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i];
      const v = p.ty ? coerce(args[i] ?? UNIT, astTy(p.ty), ip.heap) : args[i] ?? UNIT;
      const holder = [v];
      bindPattern(ip, p.pat, { c: holder, i: 0, root: { to: 'temp' } }, false);
      // What the pattern left unbound (`_`, `(k, _)`) is the closure's to drop, with its parameters.
      if (needsDrop(holder[0])) (rests ??= [])[i] = holder;
    }
    let r: Value;
    try {
      const mark = ip.tempMark();
      const body = node.body;
      try {
        r = M(body).$m ? yield stepOf(ip, body, false) : evalExpr(ip, body);
      } catch (e) {
        if (ip.tempMark() > mark && isUnwind(e)) ip.dropTempsTo(mark);
        throw e;
      }
      if (ip.tempMark() > mark) ip.dropTempsTo(mark);
    } catch (e) {
      if (e instanceof PanicSignal) ip.dropParams(env, R(node).$decls, R(node).$paramEnds, rests, node.span.end);
      if (!(e instanceof ReturnSignal)) throw e;
      r = e.value;
    }
    ip.dropParams(env, R(node).$decls, R(node).$paramEnds, rests, node.span.end);
    return r;
  } finally {
    ip.frames.pop();
    ip.leaveClosure();
  }
}

/** Call a function value: closures and user functions get a frame; constructors and std functions run directly. */
export function* callValueStep(ip: Interp, fv: Value, args: Value[], span: A.Span): Step {
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
      const r = callNamed(ip, name, args, span);
      return r instanceof Deferred ? yield r.step : r;
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
    for (let i = 0; i < xs.length; i++) { const x = xs[i]; args[i] = M(x).$m ? yield stepOf(ip, x, false) : evalExpr(ip, x); }
    return yield callFnStep(ip, cached, cached.name.name, undefined, args);
  }
  const callee = e.callee;
  if (callee.kind === 'PathExpr' && R(callee).$slot === undefined) {
    const segs = selfed(ip, segNames(callee.path));
    const last = segs[segs.length - 1];
    if (segs.length === 1) {
      if (last === 'Some' || last === 'Ok' || last === 'Err') {
        const x = xs[0];
        return wrapVariant(ip, last, callee.path, M(x).$m ? yield stepOf(ip, x, false) : evalExpr(ip, x));
      }
      const st = ip.index.structs.get(last);
      if (st && st.tuple) {
        const f: Value[] = [];
        for (let i = 0; i < xs.length; i++) { const x = xs[i]; f.push(coerce(M(x).$m ? yield stepOf(ip, x, false) : evalExpr(ip, x), st.fieldTys[i], ip.heap)); }
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
      const tyName = segs[segs.length - 2];
      const asTrait = callee.path.asTrait ?? (callee.path.segments[0]?.name === 'Self' && ip.frame ? ip.index.defaultBodyTrait.get(ip.frame.item) : undefined);
      const def = ip.index.method(tyName, last, asTrait);
      if (def) {
        const args = yield* argsStep(ip, xs);
        return yield callFnStep(ip, def.fn, def.qual, def.selfName, args);
      }
      if (ip.index.traits.has(tyName) && xs.length > 0) return traitMethodCall(ip, tyName, last, yield* argsStep(ip, xs), e.span);
    }
    const modFn = ip.index.fns.get(last);
    if (modFn && segs.length >= 2 && !ip.index.structs.has(segs[segs.length - 2]) && !ip.index.enums.has(segs[segs.length - 2])) {
      const args = yield* argsStep(ip, xs);
      return yield callFnStep(ip, modFn, last, undefined, args);
    }
    const r = ip.std.call(ip, segs, callee.path, e, yield* argsStep(ip, xs));
    return r instanceof Deferred ? yield r.step : r;
  }
  const f = evalExpr(ip, callee, true);
  return yield* callValueStep(ip, f, yield* argsStep(ip, xs), e.span);
}

function* argsStep(ip: Interp, xs: A.Expr[]): Generator<Yielded, Value[], Value> {
  const args: Value[] = new Array(xs.length);
  for (let i = 0; i < xs.length; i++) { const x = xs[i]; args[i] = M(x).$m ? yield stepOf(ip, x, false) : evalExpr(ip, x); }
  return args;
}

/** `recv.method(args)`: the std dispatch (./std/methods.ts) picks a user method (run as a frame) or a std result. */
function* methodStep(ip: Interp, e: A.MethodCallExpr): Step {
  const p = yield* placeOrTempStep(ip, e.receiver);
  const args = yield* argsStep(ip, e.args);
  const r = ip.std.dispatchMethod(ip, p, e, args);
  if (r instanceof UserCall) return yield callFnStep(ip, r.def.fn, r.def.qual, r.def.selfName, r.args);
  return r instanceof Deferred ? yield r.step : r;
}

// ------------------------------------------------------------ blocks and statements

/**
 * A block as one step frame (with `fnf`: a function body, which also catches `return` and pops the call).
 * Its statements run in order; a tail `if` whose condition is call-free continues in the chosen block within
 * the same frame, and a tail operator evaluates its operands here; the open blocks close innermost first.
 */
export function* blockStep(ip: Interp, b: A.Block, fnf: FrameRec | null, opened = -1): Step {
  // `opened` ≥ 0: the blocks above that depth are already open (leafCall entered the body and chose this branch).
  const open = ip.openBlocks, exts = ip.openExts;
  const base = opened >= 0 ? opened : open.length;
  let v: Value = UNIT;
  try {
    let blk = b;
    body: for (;;) {
      open.push(blk);
      exts.push(ip.extended.length);
      const stmts = blk.stmts;
      for (let i = 0; i < stmts.length; i++) {
        const s = stmts[i];
        if (M(s).$m !== true) ip.execStmt(s);
        else {
          ip.tick(s.span);
          const mark = ip.tempMark();
          try {
            if (s.kind === 'ExprStmt') {
              const x = s.expr;
              const r: Value = x.kind === 'Call' ? yield callFrame(ip, x) : yield stepOf(ip, x, false);
              if (needsDrop(r)) dropValue(ip, r, null);
            } else yield letStep(ip, s as A.LetStmt);
          } catch (e) {
            if (ip.tempMark() > mark && isUnwind(e)) ip.dropTempsTo(mark);
            throw e;
          }
          if (ip.tempMark() > mark) ip.dropTempsTo(mark);
        }
        if (ip.steps >= ip.pauseAt) yield PAUSE;
      }
      const t = blk.tail;
      if (!t) break;
      ip.tick(t.span);
      if (M(t).$m !== true) {
        v = evalExpr(ip, t);
        break;
      }
      switch (t.kind) {
        case 'If': {
          let cur: A.IfExpr = t;
          for (;;) {
            const cond = cur.cond;
            if (cond.kind === 'Let' || M(cond).$m === true) {
              v = yield ifStep(ip, cur);
              break body;
            }
            const mark = ip.tempMark();
            const c = truthy(ip, evalExpr(ip, cond), cond);
            ip.dropTempsTo(mark);
            if (c) {
              blk = cur.then;
              continue body;
            }
            const x = cur.else;
            if (!x) break body;
            if (x.kind === 'BlockExpr' && !x.label) {
              blk = x.block;
              continue body;
            }
            if (x.kind !== 'If') {
              v = M(x).$m === true ? yield stepOf(ip, x, false) : evalExpr(ip, x);
              break body;
            }
            if (M(x).$m !== true) {
              v = evalExpr(ip, x);
              break body;
            }
            cur = x;
          }
        }
        case 'Binary':
          switch (t.op) {
            case '&&': case '||': case '==': case '!=': case '<': case '<=': case '>': case '>=': break;
            default: {
              const l = t.left, r = t.right;
              let a: Value, c: Value;
              if (M(l).$m !== true) a = evalExpr(ip, l);
              else if (l.kind === 'Call') {
                const q = leafCall(ip, l);
                a = q === NOT_LEAF ? yield callFrame(ip, l) : q === LEAF_REST ? yield takeLeafRest() : q;
              } else a = yield stepOf(ip, l, false);
              if (M(r).$m !== true) c = evalExpr(ip, r);
              else if (r.kind === 'Call') {
                const q = leafCall(ip, r);
                c = q === NOT_LEAF ? yield callFrame(ip, r) : q === LEAF_REST ? yield takeLeafRest() : q;
              } else c = yield stepOf(ip, r, false);
              v = binaryOp(ip, t, a, c);
              break body;
            }
          }
          break;
        case 'Call': {
          const q = leafCall(ip, t);
          v = q === NOT_LEAF ? yield callFrame(ip, t) : q === LEAF_REST ? yield takeLeafRest() : q;
          break body;
        }
      }
      v = yield stepOf(ip, t, false);
      break;
    }
  } catch (e) {
    while (open.length > base) ip.unwindBlock(open.pop()!, exts.pop()!, e);
    if (fnf === null) throw e;
    if (!(e instanceof ReturnSignal)) throw ip.abortFn(fnf, e);
    return ip.leaveFn(fnf, e.value);
  }
  while (open.length > base) ip.closeBlock(open.pop()!, exts.pop()!);
  return fnf === null ? v : ip.leaveFn(fnf, v);
}

function* letStep(ip: Interp, s: A.LetStmt): Step {
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
        const holder: Place = { c: [yield stepOf(ip, init.operand, false)], i: 0, root: TEMP_ROOT };
        ip.extended.push(holder);
        v = { k: 'ref', mut: init.mut, p: holder };
      } else v = yield stepOf(ip, init, false);
    } finally {
      ip.intHint = saved;
    }
    if (declared) v = coerce(v, declared, ip.heap);
    ip.setSlot(f, R(s.pat).$slot!, v);
    return UNIT;
  }
  if (s.pat.kind === 'WildPat') {
    // `let _ = place;` only evaluates the place: nothing is moved or dropped (`let _ = *cell.borrow();`).
    if (isPlaceExpr(init)) { yield* placeOrTempStep(ip, init); return UNIT; }
    const v = yield stepOf(ip, init, true);
    if (needsDrop(v)) ip.temp(v);
    return UNIT;
  }
  const place = yield* placeOrTempStep(ip, init);
  if (declared) place.c[place.i] = coerce(place.c[place.i], declared, ip.heap);
  if (!bindPattern(ip, s.pat, place, false)) {
    if (s.else) {
      (M(s.else).$m === true ? yield blockStep(ip, s.else, null) : ip.execBlock(s.else));
      return UNIT;
    }
    ip.panic('refutable pattern did not match', s.span.start);
  }
  return UNIT;
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
      const p = indexPlace(ip, e, base, M(ix).$m ? yield stepOf(ip, ix, false) : evalExpr(ip, ix));
      return p ?? ip.temp(evalExpr(ip, e));
    }
    case 'Unary':
      if (e.op === '*') return derefOp(ip, yield* placeOrTempStep(ip, e.operand));
      break;
  }
  return ip.temp(yield stepOf(ip, e, false));
}

/** Read an operand without moving it (comparisons). */
function* operandStep(ip: Interp, e: A.Expr): Step {
  if (!M(e).$m) return evalOperand(ip, e);
  if (e.kind === 'Field' || e.kind === 'TupleIndex' || e.kind === 'Index' || (e.kind === 'Unary' && e.op === '*')) {
    const p = yield* placeOrTempStep(ip, e);
    return p.c[p.i];
  }
  const v = yield stepOf(ip, e, true);
  ip.temp(v);
  return v;
}

// ------------------------------------------------------------ expressions

/** The step frame evaluating `e`, an expression that contains a call or a loop (`$m`). */
export function stepOf(ip: Interp, e: A.Expr, noMove: boolean): Step {
  switch (e.kind) {
    case 'Call': return callFrame(ip, e);
    case 'MethodCall': return methodStep(ip, e);
    case 'Binary': return binaryStep(ip, e);
    case 'If': return ifStep(ip, e);
    case 'Match': return matchStep(ip, e);
    case 'Loop': return loopStep(ip, e);
    case 'While': return whileStep(ip, e);
    case 'For': return forStep(ip, e);
    case 'BlockExpr': if (!e.label) return blockStep(ip, e.block, null); break;
  }
  return evalStep(ip, e, noMove);
}

/** The generic frame for the remaining forms (operands first, then the operation). */
function* evalStep(ip: Interp, e: A.Expr, noMove = false): Step {
  switch (e.kind) {
    case 'Call': return yield callFrame(ip, e);
    case 'MethodCall': return yield methodStep(ip, e);
    case 'Binary': return yield binaryStep(ip, e);
    case 'If': return yield ifStep(ip, e);
    case 'BlockExpr': {
      if (!e.label) return (M(e.block).$m === true ? yield blockStep(ip, e.block, null) : ip.execBlock(e.block));
      try {
        return (M(e.block).$m === true ? yield blockStep(ip, e.block, null) : ip.execBlock(e.block));
      } catch (x) {
        if (x instanceof BreakSignal && x.label === e.label.name) return x.value;
        throw x;
      }
    }
    case 'Match': return yield matchStep(ip, e);
    case 'Loop': return yield loopStep(ip, e);
    case 'While': return yield whileStep(ip, e);
    case 'For': return yield forStep(ip, e);
    case 'Return': {
      const x = e.value;
      throw new ReturnSignal(x ? (M(x).$m ? yield stepOf(ip, x, false) : evalExpr(ip, x)) : UNIT);
    }
    case 'Break': {
      const x = e.value;
      throw new BreakSignal(e.label?.name, x ? (M(x).$m ? yield stepOf(ip, x, false) : evalExpr(ip, x)) : UNIT);
    }
    case 'Try': {
      const v = M(e.expr).$m ? yield stepOf(ip, e.expr, false) : evalExpr(ip, e.expr);
      if (v.k !== 'enum') return ip.unsupported('`?` 연산자 대상', e.span);
      if (v.variant === 'Some' || v.variant === 'Ok') return v.f[0];
      throw new ReturnSignal(tryErr(ip, e, v, e.span));
    }
    case 'Assign': return assignValue(ip, e, M(e.value).$m ? yield stepOf(ip, e.value, false) : evalExpr(ip, e.value));
    case 'CompoundAssign': return compoundAssignValue(ip, e, M(e.value).$m ? yield stepOf(ip, e.value, false) : evalExpr(ip, e.value));
    case 'Unary': {
      if (e.op === '*') return readDeref(ip, derefOp(ip, yield* placeOrTempStep(ip, e.operand)), noMove);
      const v = M(e.operand).$m ? yield stepOf(ip, e.operand, false) : evalExpr(ip, e.operand);
      return e.op === '-' ? neg(ip, v, e.span.start) : not(ip, v, e.span.start);
    }
    case 'Cast': {
      const t = astTy(e.ty);
      // `as` ends type inference: the operand's literals keep their own default type.
      const hint = ip.intHint;
      ip.intHint = undefined;
      let v: Value;
      try {
        v = yield stepOf(ip, e.expr, false);
      } finally {
        ip.intHint = hint;
      }
      return unsizeCast(t, v) ?? castTo(ip, v, t.n, e.span.start);
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
      const lo = e.start ? (M(e.start).$m ? yield stepOf(ip, e.start, false) : evalExpr(ip, e.start)) : null;
      const hi = e.end ? (M(e.end).$m ? yield stepOf(ip, e.end, false) : evalExpr(ip, e.end)) : null;
      return { k: 'range', lo, hi, incl: e.inclusive };
    }
    case 'FormatMacro': {
      const f = e.format;
      if (!f) return evalExpr(ip, e, noMove);
      const mark = ip.tempMark();
      const pre: Value[] = [];
      for (const a of f.args) pre.push(yield* operandStep(ip, a.expr));
      const v = formatMacroWith(ip, e, pre);
      if (e.macro === 'format' && ip.tempMark() > mark) ip.dropTempsTo(mark);
      return v;
    }
    case 'AssertCmpMacro': {
      if (e.message && M(e.left).$m !== true && M(e.right).$m !== true) return evalExpr(ip, e, noMove);
      const l = yield* operandStep(ip, e.left);
      return assertCmpWith(ip, e, l, yield* operandStep(ip, e.right));
    }
    // The remaining forms run directly; a call inside them runs as a nested call.
    case 'Lit': case 'PathExpr': case 'Continue': case 'Closure': case 'Let': case 'ArrayRepeat': case 'VecRepeatMacro':
    case 'WriteMacro': case 'AssertMacro': case 'MatchesMacro': case 'DbgMacro':
      return evalExpr(ip, e, noMove);
  }
}

function* binaryStep(ip: Interp, e: A.BinaryExpr): Step {
  const l = e.left, r = e.right;
  switch (e.op) {
    case '&&': return truthy(ip, M(l).$m ? yield stepOf(ip, l, false) : evalExpr(ip, l), l) ? bool(truthy(ip, M(r).$m ? yield stepOf(ip, r, false) : evalExpr(ip, r), r)) : bool(false);
    case '||': return truthy(ip, M(l).$m ? yield stepOf(ip, l, false) : evalExpr(ip, l), l) ? bool(true) : bool(truthy(ip, M(r).$m ? yield stepOf(ip, r, false) : evalExpr(ip, r), r));
    case '==': case '!=': case '<': case '<=': case '>': case '>=': {
      const a = yield* operandStep(ip, l);
      return compareOp(ip, e, a, yield* operandStep(ip, r));
    }
  }
  const a = M(l).$m ? yield stepOf(ip, l, false) : evalExpr(ip, l);
  const b = M(r).$m ? yield stepOf(ip, r, false) : evalExpr(ip, r);
  return binaryOp(ip, e, a, b);
}

// ------------------------------------------------------------ control flow

/** `for x in rx`: a native type's own `into_iter` (a channel receiver blocks between items). */
function nativeIter(ip: Interp, src: Value, span: A.Span): (Value & { k: 'iter' }) | null {
  const key = nativeKey(src);
  const m = key === null ? undefined : NATIVE_METHODS[key].into_iter;
  if (!m) return null;
  const r = m(ip, { c: [src], i: 0, root: TEMP_ROOT }, src, [], span);
  return r !== null && !(r instanceof Deferred) && r.k === 'iter' ? r : null;
}

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
  if (x.kind === 'BlockExpr' && !x.label) return (M(x.block).$m === true ? yield blockStep(ip, x.block, null) : ip.execBlock(x.block));
  return M(x).$m ? yield stepOf(ip, x, false) : evalExpr(ip, x);
}

function* ifStep(ip: Interp, e: A.IfExpr): Step {
  const cond = e.cond;
  if (cond.kind === 'Let') return yield* ifLetStep(ip, e, cond);
  const mark = ip.tempMark();
  const c = truthy(ip, M(cond).$m ? yield stepOf(ip, cond, false) : evalExpr(ip, cond), cond);
  ip.dropTempsTo(mark);
  if (c) return (M(e.then).$m === true ? yield blockStep(ip, e.then, null) : ip.execBlock(e.then));
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
        v = (M(e.then).$m === true ? yield blockStep(ip, e.then, null) : ip.execBlock(e.then));
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
              (M(e.body).$m === true ? yield blockStep(ip, e.body, null) : ip.execBlock(e.body));
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
        const c = truthy(ip, M(cond).$m ? yield stepOf(ip, cond, false) : evalExpr(ip, cond), cond);
        ip.dropTempsTo(mark);
        if (!c) break;
        (M(e.body).$m === true ? yield blockStep(ip, e.body, null) : ip.execBlock(e.body));
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
      (M(e.body).$m === true ? yield blockStep(ip, e.body, null) : ip.execBlock(e.body));
    } catch (x) {
      if (x instanceof BreakSignal && labelMatches(x, e.label)) return x.value;
      if (x instanceof ContinueSignal && labelMatches(x, e.label)) continue;
      throw x;
    }
  }
}

function* forStep(ip: Interp, e: A.ForExpr): Step {
  const src = M(e.iter).$m ? yield stepOf(ip, e.iter, false) : evalExpr(ip, e.iter);
  const it: { next: () => Value | null; nextStep?: () => Value | Deferred | null; drop?: () => void } = nativeIter(ip, src, e.iter.span) ?? ip.std.toIter(ip, src, e.iter.span);
  const f = ip.frame;
  const decls = R(e).$decls;
  try {
    for (;;) {
      countStep(ip);
      if (ip.steps >= ip.pauseAt) yield PAUSE;
      let x = it.nextStep ? it.nextStep() : it.next();
      if (x instanceof Deferred) {
        // A blocking iterator (a channel's receiver): wait on the machine for the next item.
        const o: Value = yield x.step;
        x = o.k === 'enum' && o.variant === 'Some' ? o.f[0] : null;
      }
      if (x === null) break;
      const holder: Place = { c: [x], i: 0, root: { to: 'temp' } };
      bindPattern(ip, e.pat, holder, false);
      try {
        (M(e.body).$m === true ? yield blockStep(ip, e.body, null) : ip.execBlock(e.body));
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
        gv = M(g).$m ? yield stepOf(ip, g, false) : evalExpr(ip, g);
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
      v = M(arm.body).$m ? yield stepOf(ip, arm.body, false) : evalExpr(ip, arm.body);
    } finally {
      ip.dropSlots(f, R(arm).$decls, arm.span.end);
    }
    return v;
  }
  return ip.unsupported('어느 갈래에도 맞지 않는 match', e.span);
}

