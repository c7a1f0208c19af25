// The evaluator's state and its statement-level machinery: frames, blocks, scopes, temporaries, calls, steps.
// Expressions live in ./expr.ts, patterns in ./pattern.ts, drop glue in ./drop.ts, std models in ../std.
import type * as A from '../syntax/ast.ts';
import { isPlaceShaped } from '../syntax/ast.ts';
import type { Pos, Span } from '../syntax/span.ts';
import { Heap } from '../memory/heap.ts';
import { type Value, type Place, type Root, type ClosureV, type MapV, UNIT, MOVED, UNINIT } from '../memory/value.ts';
import { ProgramIndex, type MethodDef } from './program.ts';
import { resolveFn, R, type FnLayout } from './resolve.ts';
import { BreakSignal, ContinueSignal, ReturnSignal, PanicSignal, OverflowSignal, StepLimitSignal, UnsupportedSignal } from './signals.ts';
import { evalExpr, binary } from './expr.ts';
import { evIf } from './control.ts';
import { bindPattern } from './pattern.ts';
import { dropValue } from './drop.ts';
import { coerce, astTy } from './types.ts';
import type { Ty } from '../memory/ty.ts';
import { panicReport, BACKTRACE_NOTE } from '../format/panic-message.ts';
import { type Thread, initThreads, threadLabel } from './threads.ts';
import { PAUSE, PAUSED, Deferred, type Step, type Yielded } from './step.ts';
import { markFn } from './marks.ts';
import type { StdPort } from './std-port.ts';
import type { World } from './world-input.ts';

const TEMP_ROOT: Root = { to: 'temp' };

export const enum SlotState { Unset = 0, Live = 1, Moved = 2, Dropped = 3 }

export interface FrameRec {
  id: number;
  fn: string;
  layout: FnLayout;
  vals: Value[];
  state: SlotState[];
  line: number;
  /** `Self` inside impl methods. */
  selfName: string | undefined;
  /** The call's bookkeeping, kept here rather than in locals so the recursive JS frame stays small. */
  item: A.FnItem;
  tempMark: number;
  savedHint: Interp['intHint'];
  /** What a pattern parameter did not bind (`(k, _): (i32, D)`, `_: D`), by parameter; dropped with its bindings. */
  rests: ParamRests;
}

/** Per parameter, the holder of what its pattern left unbound; undefined when every parameter is a plain name. */
export type ParamRests = Array<Value[] | undefined> | undefined;

/** Trace hooks; absent when tracing is off so the fast path pays nothing. */
export interface Tracer {
  step(event: 'stmt' | 'call' | 'return' | 'drop' | 'panic' | 'end', at: Pos, note?: string): void;
  /** Called just before `step('return', …)` with the value the function hands back (shown in its frame). */
  returning?(value: Value): void;
  /** The scheduler made `t` the running thread (threads.ts): its stack may change before the next step. */
  switched?(t: Thread): void;
}

export interface InterpOptions {
  maxSteps: number;
  fileName: string;
  tracer?: Tracer;
  /** Size of the main thread's stack in bytes (rustc's default: 8 MiB); frames take their layouts' sizes. */
  stackBytes: number;
  /** The program's outside world (args, env, files, stdin, rand seed): ../std/world.ts. */
  world?: World;
  /** The standard library's models (std/port.ts): the machine calls std only through this port. */
  std: StdPort;
  /** Multi-file crates: maps a line of the assembled source to its file and line (../crate/assemble.ts). */
  locate?: (line: number) => { file: string; line: number };
  /** Name of the running thread in panic messages: 'main', or the test's name under `cargo test`. */
  thread?: string;
}

type Temp = Place;

export class Interp {
  readonly heap = new Heap();
  readonly index: ProgramIndex;
  frames: FrameRec[] = [];
  /** The current thread's machine stack: one resumable step frame per Rust call (and per nested construct). */
  stack: Step[] = [];
  /** How many std callbacks are running a nested call on the JS stack (a thread cannot block inside one). */
  nested = 0;
  /** Blocks a block frame has open (a tail `if` continues into its branch in the same frame), innermost last. */
  openBlocks: A.Block[] = [];
  /** `extended.length` when each open block began. */
  openExts: number[] = [];
  /** Step count at which a pausable run stops at its next pause point. */
  pauseAt = Infinity;
  stdout = '';
  /** How much of stdout an explicit `flush()` pushed out (std's stdout is line-buffered: see process::abort). */
  stdoutFlushed = 0;
  stderr = '';
  steps = 0;
  depth = 0;
  /** Bytes of the current thread's stack its frames take, and its size. */
  stackUsed = 0;
  stackLimit: number;
  /** The program's threads (the main thread first) and the one running; see ./threads.ts. */
  threads: Thread[] = [];
  /** The threads the scheduler may still pick (not finished, or running), in spawn order; see ./threads.ts. */
  live: Thread[] = [];
  cur!: Thread;
  /** The seeded scheduler's random source (null: the default round-robin schedule). */
  schedRng: (() => number) | null = null;
  /** Virtual clock in nanoseconds (advances with steps and when every thread sleeps). */
  clock = 0;
  /** A panic has been reported (std prints the backtrace note only for the first one). */
  panicked = false;
  /** A panic is unwinding the current thread (a MutexGuard dropped now poisons its lock). */
  unwinding = false;
  /** Deepest Rust call depth reached (to explain a JavaScript stack exhaustion). */
  peakDepth = 0;
  nextFrameId = 1;
  /** Temporaries awaiting drop; temporary scopes are marks (lengths) into this stack. */
  temps: Temp[] = [];
  readonly tracer: Tracer | undefined;
  readonly constCache = new Map<string, Value>();
  /** Integer type a `let` annotation expects: arithmetic on two untyped literals takes it (`let x: i64 = a * b`). */
  intHint: import('../memory/value.ts').IntTy | undefined = undefined;
  /** Position of the node being evaluated (for internal errors and step events). */
  at: Pos = { line: 1, col: 1 };

  private readonly lines: string[];

  readonly std: StdPort;

  constructor(readonly program: A.Program, readonly opts: InterpOptions, source = '') {
    this.std = opts.std;
    this.index = new ProgramIndex(program);
    this.lines = source.split('\n');
    this.heap.sizeOf = (t) => elemSizeOf(this, t);
    this.heap.toMap = (id, kind) => {
      const a = this.heap.get(id);
      const items = a.vals.splice(0);
      this.heap.free(id);
      return this.std.mapFromPairs(this, kind as MapV['kind'], items);
    };
    this.heap.toTry = (id, t) => this.std.vecIntoTry(this, id, t);
    this.heap.toHeap = (id) => this.std.heapify(this, this.heap.get(id).vals);
    this.tracer = opts.tracer;
    this.stackLimit = opts.stackBytes;
    initThreads(this);
  }

  /** Source text of a span (assert! messages quote the condition). */
  sourceText(span: Span): string {
    const out: string[] = [];
    for (let l = span.start.line; l <= span.end.line; l++) {
      const line = this.lines[l - 1] ?? '';
      const from = l === span.start.line ? span.start.col - 1 : 0;
      const to = l === span.end.line ? span.end.col - 1 : line.length;
      out.push(line.slice(from, to));
    }
    return out.join('\n');
  }

  get frame(): FrameRec {
    return this.frames[this.frames.length - 1];
  }

  isConstName = (name: string): boolean => {
    if (name === 'None') return true;
    if (this.index.consts.has(name)) return true;
    const st = this.index.structs.get(name);
    if (st && st.item.fields.kind === 'Unit') return true;
    const v = this.index.variant([name]);
    return !!v && v.shape === 'Unit';
  };

  /** The function's slot table, resolved on first call and kept on the (per-run) AST node. */
  layoutOf(fn: A.FnItem): FnLayout {
    const node = fn as A.FnItem & { $ready?: FnLayout };
    if (node.$ready) return node.$ready;
    const l = resolveFn(fn, this.isConstName);
    l.paramTys = fn.params.map((p) => astTy(p.ty));
    l.retTy = fn.ret ? astTy(fn.ret) : undefined;
    l.blankVals = l.names.map(() => UNINIT);
    l.blankState = l.names.map(() => SlotState.Unset);
    l.argSlots = [
      ...(fn.receiver ? [l.params[0]] : []),
      ...fn.params.map((p) => (p.pat.kind === 'IdentPat' && !p.pat.sub && R(p.pat).$slot !== undefined ? R(p.pat).$slot! : -1)),
    ];
    l.argsInPlace = l.argSlots.every((s, i) => s === i);
    l.frameBytes = frameBytesOf(l, this.index);
    markFn(fn);
    node.$ready = l;
    return l;
  }

  // ------------------------------------------------------------ steps and output

  tick(span: Span): void {
    if (++this.steps > this.opts.maxSteps) throw new StepLimitSignal(this.opts.maxSteps);
    const f = this.frames[this.frames.length - 1];
    if (f) f.line = span.start.line;
    this.at = span.start;
    if (this.tracer) this.tracer.step('stmt', span.start);
  }

  /** Count one unit of work that is not a statement (iterator items, closure calls) against the budget. */
  spend(): void {
    if (++this.steps > this.opts.maxSteps) throw new StepLimitSignal(this.opts.maxSteps);
  }

  note(event: 'drop' | 'call' | 'return' | 'panic', at: Pos, note?: string): void {
    if (this.tracer) this.tracer.step(event, at, note);
  }

  print(s: string): void {
    this.stdout += s;
  }
  eprint(s: string): void {
    this.stderr += s;
  }

  /** Raise a Rust panic at `at`: print the std panic message now, then unwind. */
  panic(message: string, at: Pos): never {
    const loc = this.opts.locate ? this.opts.locate(at.line) : { file: this.opts.fileName, line: at.line };
    const report = panicReport(message, loc.file, loc.line, at.col, threadLabel(this.cur));
    this.stderr += this.panicked ? report.slice(0, report.length - BACKTRACE_NOTE.length) : report;
    this.panicked = true;
    this.unwinding = true;
    this.note('panic', at, `패닉: ${message}`);
    throw new PanicSignal(message, at);
  }

  unsupported(what: string, span: Span): never {
    throw new UnsupportedSignal(`지원하지 않는 기능: ${what}`, span);
  }

  // ------------------------------------------------------------ temporaries

  /** Run `f` in a temporary scope: temporaries created inside are dropped (reverse order) when it ends. */
  withTemps<T>(f: () => T): T {
    const mark = this.temps.length;
    try {
      const r = f();
      if (this.temps.length > mark) this.dropTempsTo(mark);
      return r;
    } catch (e) {
      if (this.temps.length > mark && (e instanceof PanicSignal || e instanceof BreakSignal || e instanceof ContinueSignal || e instanceof ReturnSignal)) this.dropTempsTo(mark);
      throw e;
    }
  }

  tempMark(): number {
    return this.temps.length;
  }

  /** End a temporary scope: drop (last created first) every temporary above `mark`. */
  dropTempsTo(mark: number): void {
    while (this.temps.length > mark) {
      const p = this.temps.pop()!;
      const v = p.c[p.i];
      p.c[p.i] = MOVED;
      if (v.k !== 'moved') dropValue(this, v, null);
    }
  }

  /** Park an rvalue in a temporary place (dropped at the end of the enclosing temporary scope). */
  temp(v: Value): Place {
    const p: Place = { c: [v], i: 0, root: TEMP_ROOT };
    if (needsDrop(v)) this.temps.push(p);
    return p;
  }

  // ------------------------------------------------------------ slots

  slotPlace(slot: number, f: FrameRec = this.frame): Place {
    return { c: f.vals, i: slot, root: { to: 'slot', frame: f.id, slot } };
  }

  setSlot(f: FrameRec, slot: number, v: Value): void {
    const t = f.layout.tys[slot];
    f.vals[slot] = t === undefined || (v.k === 'int' && v.lit !== true) ? v : coerce(v, t, this.heap);
    f.state[slot] = SlotState.Live;
  }

  /** Drop the live slots declared by a block/arm, last declared first. */
  dropSlots(f: FrameRec, decls: number[] | undefined, at: Pos): void {
    if (!decls) return;
    for (let i = decls.length - 1; i >= 0; i--) {
      const s = decls[i];
      if (f.state[s] === SlotState.Live) {
        f.state[s] = SlotState.Dropped;
        const v = f.vals[s];
        if (needsDrop(v)) dropValue(this, v, { name: f.layout.names[s], at });
      } else if (f.state[s] === SlotState.Moved) {
        // moved-out slots keep their state (drawn as moved)
      }
    }
  }

  /**
   * Drop a call's parameters, last first, like rustc: each one's bindings (last first), then what its pattern left
   * unbound (`rests`). `ends[i]` is where parameter i's slots end in `decls`.
   */
  dropParams(f: FrameRec, decls: number[] | undefined, ends: number[] | undefined, rests: ParamRests, at: Pos): void {
    if (rests === undefined || decls === undefined || ends === undefined) return this.dropSlots(f, decls, at);
    for (let i = ends.length - 1; i >= 0; i--) {
      this.dropSlots(f, decls.slice(i > 0 ? ends[i - 1] : 0, ends[i]), at);
      const h = rests[i];
      if (h === undefined) continue;
      rests[i] = undefined;
      if (needsDrop(h[0])) dropValue(this, h[0], null);
    }
  }

  // ------------------------------------------------------------ blocks and statements

  execBlock(b: A.Block): Value {
    // Kept lean (few locals, no closures): this frame sits on the JS stack once per nested Rust block.
    const extMark = this.extended.length;
    let v: Value;
    try {
      const stmts = b.stmts;
      for (let i = 0; i < stmts.length; i++) this.execStmt(stmts[i]);
      if (b.tail) {
        this.tick(b.tail.span);
        // `if` and operator tails are dispatched here directly: one JS frame fewer per nested Rust block.
        const t = b.tail;
        v = t.kind === 'If' ? evIf(this, t, false) : t.kind === 'Binary' ? binary(this, t) : evalExpr(this, t);
      } else v = UNIT;
    } catch (e) {
      this.unwindBlock(b, extMark, e);
      throw e;
    }
    this.closeBlock(b, extMark);
    return v;
  }

  /** A signal leaves the block early: drop its locals and extended temporaries. */
  unwindBlock(b: A.Block, extMark: number, e: unknown): void {
    if (e instanceof PanicSignal || e instanceof BreakSignal || e instanceof ContinueSignal || e instanceof ReturnSignal) {
      this.dropSlots(this.frame, R(b).$decls, b.span.end);
      this.dropExtended(extMark);
    }
  }

  /** The block ends normally: show its final state, then drop its locals and extended temporaries. */
  closeBlock(b: A.Block, extMark: number): void {
    const decls = R(b).$decls;
    if (decls && decls.length) {
      const f = this.frame;
      // Show the block's final state (at its closing brace) before its locals go away.
      if (this.tracer && decls.some((d) => f.state[d] === SlotState.Live)) this.tracer.step('stmt', closingBrace(b.span));
      this.dropSlots(f, decls, closingBrace(b.span));
    }
    if (this.extended.length > extMark) this.dropExtended(extMark);
  }

  /** Temporaries whose lifetime a `let x = &temp;` extended to the end of the enclosing block. */
  extended: Place[] = [];

  dropExtended(mark: number): void {
    while (this.extended.length > mark) {
      const p = this.extended.pop()!;
      const v = p.c[p.i];
      p.c[p.i] = MOVED;
      if (needsDrop(v)) dropValue(this, v, null);
    }
  }

  execStmt(s: A.Stmt): void {
    switch (s.kind) {
      case 'LetStmt': {
        this.tick(s.span);
        const mark = this.temps.length;
        try {
          this.execLet(s);
        } catch (e) {
          if (this.temps.length > mark && isUnwind(e)) this.dropTempsTo(mark);
          throw e;
        }
        if (this.temps.length > mark) this.dropTempsTo(mark);
        return;
      }
      case 'ExprStmt': {
        this.tick(s.span);
        const mark = this.temps.length;
        try {
          const v = evalExpr(this, s.expr);
          if (needsDrop(v)) dropValue(this, v, null);
        } catch (e) {
          if (this.temps.length > mark && isUnwind(e)) this.dropTempsTo(mark);
          throw e;
        }
        if (this.temps.length > mark) this.dropTempsTo(mark);
        return;
      }
      case 'ItemStmt': return;
    }
  }

  private execLet(s: A.LetStmt): void {
    const f = this.frame;
    if (!s.init) {
      if (s.pat.kind === 'IdentPat' && R(s.pat).$slot !== undefined) {
        const slot = R(s.pat).$slot!;
        f.vals[slot] = UNINIT;
        f.state[slot] = SlotState.Unset;
      }
      return;
    }
    const declared: Ty | undefined = s.ty ? astTy(s.ty) : undefined;
    if (s.pat.kind === 'IdentPat' && !s.pat.byRef && !s.pat.sub && R(s.pat).$slot !== undefined) {
      const saved = this.intHint;
      this.intHint = declared && isIntTy(declared.n) ? (declared.n as import('../memory/value.ts').IntTy) : undefined;
      let v: Value;
      try {
        const init = s.init;
        if (init.kind === 'Borrow' && !isPlaceExpr(init.operand)) {
          // `let r = &String::from("x");`: the temporary lives as long as the block, not the statement.
          const holder: Place = { c: [evalExpr(this, init.operand)], i: 0, root: TEMP_ROOT };
          this.extended.push(holder);
          v = { k: 'ref', mut: init.mut, p: holder };
        } else v = evalExpr(this, init);
      } finally {
        this.intHint = saved;
      }
      if (declared) v = coerce(v, declared, this.heap);
      this.setSlot(f, R(s.pat).$slot!, v);
      return;
    }
    if (s.pat.kind === 'WildPat') {
      // `let _ = expr;`: a place is only evaluated (not moved, not dropped); an rvalue is dropped at the end of
      // the statement.
      if (isPlaceExpr(s.init)) { evalPlaceOrTemp(this, s.init); return; }
      const v = evalExpr(this, s.init, true);
      if (needsDrop(v)) this.temp(v);
      return;
    }
    const place = evalPlaceOrTemp(this, s.init);
    if (declared) place.c[place.i] = coerce(place.c[place.i], declared, this.heap);
    if (!bindPattern(this, s.pat, place, false)) {
      if (s.else) {
        const v = this.execBlock(s.else);
        void v;
        return;
      }
      this.panic('refutable pattern did not match', s.span.start);
    }
  }

  // ------------------------------------------------------------ calls

  /** Run a Rust call to completion on the current thread (the narrow re-entry std callbacks use). */
  callFn(fn: A.FnItem, qual: string, selfName: string | undefined, args: Value[], _callSpan: Span): Value {
    return this.runNested(callFnStep(this, fn, qual, selfName, args));
  }

  // ------------------------------------------------------------ the machine's step loop

  /** Push `g` on the current thread's stack and drive the machine until it returns (or throws). */
  runNested(g: Step): Value {
    const base = this.stack.length;
    this.stack.push(g);
    this.nested++;
    try {
      return this.drive(base, false) as Value;
    } finally {
      this.nested--;
    }
  }

  /**
   * The step loop: resume the top frame of the stack; a frame that yields a new frame calls it, a frame that
   * returns hands its value to the one below, a frame that throws (panic, overflow, limit) throws into the one
   * below. Stops when the stack is back at `base`; when `pausable`, also at the first pause point past `pauseAt`.
   */
  drive(base: number, pausable: boolean): Value | typeof PAUSED {
    const stack = this.stack;
    let input: Value = UNIT;
    let thrown = false;
    let err: unknown = undefined;
    for (;;) {
      const g = stack[stack.length - 1];
      let r: IteratorResult<Yielded, Value>;
      try {
        if (thrown) {
          thrown = false;
          r = g.throw(err);
        } else r = g.next(input);
      } catch (e) {
        stack.pop();
        if (stack.length === base) throw e;
        if (!isUnwind(e)) {
          // An abort (stack overflow, process::exit, a limit, an unsupported feature) runs no destructors:
          // drop the frames at once instead of throwing through each of them.
          stack.length = base;
          if (base === 0) {
            this.frames.length = 0;
            this.depth = 0;
            this.stackUsed = 0;
          }
          throw e;
        }
        thrown = true;
        err = e;
        continue;
      }
      if (r.done) {
        stack.pop();
        if (stack.length === base) return r.value;
        input = r.value;
        continue;
      }
      const y = r.value;
      input = UNIT;
      if (y === PAUSE) {
        if (pausable) return PAUSED;
        continue;
      }
      stack.push(y as Step);
    }
  }

  /**
   * Count the call, push its frame and bind the arguments (receiver first). `inPlace`: `args` is a new array the
   * caller filled as the frame's slots (layout.argsInPlace: argument i in slot i, the other slots blank); it becomes
   * the frame's `vals`.
   */
  enterFn(fn: A.FnItem, qual: string, selfName: string | undefined, args: Value[], inPlace = false): FrameRec {
    const savedHint = this.intHint;
    const layout = this.layoutOf(fn);
    this.depth++;
    if ((this.stackUsed += layout.frameBytes) > this.stackLimit) throw new OverflowSignal();
    if (this.depth > this.peakDepth) this.peakDepth = this.depth;
    if (++this.steps > this.opts.maxSteps) throw new StepLimitSignal(this.opts.maxSteps);
    this.intHint = undefined;
    const slots = layout.argSlots;
    // Fewer arguments than parameters is rustc's E0061 (the checker reports it); never an internal error.
    if (args.length < slots.length) this.missingArgs(qual, slots.length, args.length);
    const vals: Value[] = inPlace ? args : layout.blankVals.length === 1 ? [UNINIT] : layout.blankVals.slice();
    // `[blank[0]]`, not the literal `[Unset]`: a constant array literal shares copy-on-write elements, and the first
    // write (binding the argument) would copy them.
    const blank = layout.blankState;
    const state: SlotState[] = blank.length === 1 ? [blank[0]] : blank.slice();
    const f: FrameRec = { id: this.nextFrameId++, fn: qual, layout, vals, state, line: fn.body.span.start.line, selfName, item: fn, tempMark: this.temps.length, savedHint, rests: undefined };
    this.frames.push(f);
    try {
      for (let i = 0; i < slots.length; i++) {
        const slot = slots[i];
        const v = args[i];
        // A typed integer into a `name: T` parameter: nothing to coerce (the common case, kept inline).
        if (slot >= 0 && v.k === 'int' && v.lit !== true) {
          vals[slot] = v;
          state[slot] = SlotState.Live;
        } else this.bindArg(f, i, v);
      }
      if (this.tracer) this.tracer.step('call', fn.body.span.start, `${qual} 호출`);
    } catch (e) {
      throw this.abortFn(f, e);
    }
    return f;
  }

  private missingArgs(qual: string, want: number, got: number): never {
    return this.unsupported(`\`${qual}\` 호출의 인자가 부족합니다 (${want}개 필요, ${got}개)`, { start: this.at, end: this.at });
  }

  /** Bind argument `i` (receiver first): deref coercion, then a simple `name: T` parameter's slot or its pattern. */
  private bindArg(f: FrameRec, i: number, v: Value): void {
    const layout = f.layout, fn = f.item;
    const slot = layout.argSlots[i];
    if (v.k === 'ref' && (v.p.c[v.p.i].k === 'struct' || v.p.c[v.p.i].k === 'enum')) v = derefCoerce(this, v, layout.tys[slot >= 0 ? slot : 0]);
    if (slot >= 0) {
      const t = layout.tys[slot];
      f.vals[slot] = t === undefined || (v.k === 'int' && v.lit !== true) ? v : coerce(v, t, this.heap);
      f.state[slot] = SlotState.Live;
    } else {
      const p = fn.params[fn.receiver ? i - 1 : i];
      const holder = [coerce(v, layout.paramTys[fn.receiver ? i - 1 : i], this.heap)];
      bindPattern(this, p.pat, { c: holder, i: 0, root: TEMP_ROOT }, false);
      if (needsDrop(holder[0])) (f.rests ??= [])[i] = holder;
    }
  }

  /** The body finished (or returned): drop temporaries and parameters, pop the frame. */
  leaveFn(f: FrameRec, result: Value): Value {
    const fn = f.item;
    const mark = f.tempMark;
    try {
      if (this.temps.length > mark) this.dropTempsTo(mark);
      const rt = f.layout.retTy;
      if (rt !== undefined && (result.k !== 'int' || result.lit === true)) result = coerce(result, rt, this.heap);
      if (this.tracer) {
        this.tracer.returning?.(result);
        this.tracer.step('return', fn.body.span.end, `${f.fn} 반환`);
      }
      this.dropParams(f, f.layout.params, f.layout.paramEnds, f.rests, fn.body.span.end);
    } catch (e) {
      throw this.abortFn(f, e);
    }
    this.frames.pop();
    this.depth--;
    this.stackUsed -= f.layout.frameBytes;
    this.intHint = f.savedHint;
    return result;
  }

  /** A signal leaves the call: on a panic drop what the frame owns; pop it either way. Returns the signal to rethrow. */
  abortFn(f: FrameRec, e: unknown): unknown {
    if (e instanceof PanicSignal) {
      if (this.temps.length > f.tempMark) this.dropTempsTo(f.tempMark);
      this.dropParams(f, f.layout.params, f.layout.paramEnds, f.rests, f.item.body.span.end);
    }
    this.frames.pop();
    this.depth--;
    this.stackUsed -= f.layout.frameBytes;
    this.intHint = f.savedHint;
    return e;
  }

  callMethod(def: MethodDef, args: Value[], span: Span): Value {
    return this.callFn(def.fn, def.qual, def.selfName, args, span);
  }

  /** Call a closure: parameters are bound into the slots of the frame the closure was created in. */
  callClosure(c: ClosureV, args: Value[], _span: Span): Value {
    return this.runNested(callClosureStep(this, c, args));
  }

  /** A closure call takes a level of the call stack (closures share their creator's frame record). */
  enterClosure(): void {
    this.depth++;
    if ((this.stackUsed += CLOSURE_FRAME_BYTES) > this.stackLimit) throw new OverflowSignal();
  }

  leaveClosure(): void {
    this.depth--;
    this.stackUsed -= CLOSURE_FRAME_BYTES;
  }

  /** A std result that must run on the machine (a wait, a closure frame): run it here, nested. */
  settle(r: Value): Value {
    return r instanceof Deferred ? this.runNested(r.step) : r;
  }

  callValue(fv: Value, args: Value[], span: Span): Value {
    if (fv.k === 'closure') return this.callClosure(fv, args, span);
    if (fv.k === 'fn') return this.settle(callNamed(this, fv.name, args, span));
    if (fv.k === 'ref') return this.callValue(fv.p.c[fv.p.i], args, span);
    if (fv.k === 'box') return this.callValue(this.heap.get(fv.id).vals[0], args, span);
    return this.unsupported('호출할 수 없는 값', span);
  }
}

/** Stack bytes of a closure call's frame (its locals live in the creating frame's record). */
const CLOSURE_FRAME_BYTES = 64;

/** A function's frame size: return address and saved registers, then each local's layout, 16-byte aligned. */
function frameBytesOf(l: FnLayout, defs: ProgramIndex): number {
  let n = 32;
  for (const t of l.tys) n += t ? Math.max(8, layoutOf(t, defs).size) : 8;
  return Math.ceil(n / 16) * 16;
}

/** Whether dropping this value can have an effect (owns heap, has a Drop impl, holds a guard). */
/** Deref coercion at a call: `&MyBox<String>` passed for `&str` goes through the user's `Deref` impls. */
function derefCoerce(ip: Interp, v: Value & { k: 'ref' }, want: Ty | undefined): Value {
  if (!want || (want.n !== '&' && want.n !== '&mut')) return v;
  const target = want.a[0]?.n;
  let p = v.p;
  for (let i = 0; i < 8; i++) {
    const cur = p.c[p.i] as { k: string; name?: string };
    if ((cur.k !== 'struct' && cur.k !== 'enum') || cur.name === target || target === undefined || target.length === 1) break;
    const next = userDeref(ip, p);
    if (!next) break;
    p = next;
  }
  return p === v.p ? v : { k: 'ref', mut: v.mut, p };
}

/** Expressions that denote a place (their `&` borrows it rather than a temporary). */
export function isPlaceExpr(e: A.Expr): boolean {
  return isPlaceShaped(e) && (e.kind !== 'Unary' || e.op === '*');
}

/** Position of a block's closing `}` (spans are end-exclusive). */
function closingBrace(span: Span): Pos {
  return { line: span.end.line, col: Math.max(1, span.end.col - 1) };
}

export function isUnwind(e: unknown): boolean {
  return e instanceof PanicSignal || e instanceof BreakSignal || e instanceof ContinueSignal || e instanceof ReturnSignal;
}

export function needsDrop(v: Value): boolean {
  switch (v.k) {
    case 'int': case 'float': case 'bool': case 'char': case 'unit': case 'str': case 'ref': case 'slice': case 'fn': case 'moved': case 'uninit': case 'range': case 'formatter':
      return false;
    case 'enum':
      return v.f.length > 0 || (v.name !== 'Option' && v.name !== 'Result');
    case 'string': case 'vec': case 'box': case 'rc': case 'weak': case 'struct': case 'tuple': case 'array':
    case 'refcell': case 'cell': case 'guard': case 'closure': case 'iter': case 'map': case 'entry':
      return true;
  }
}

export { UNIT };
export type { Root };

// Late-bound helpers implemented in other modules (import cycle broken at call time).
import { evalPlaceOrTemp } from './place.ts';
import { callNamed } from './calls.ts';
import { elemSizeOf } from './buffers.ts';
import { userDeref } from './place.ts';
import { isIntTy } from '../memory/int.ts';
import { layoutOf } from '../memory/layout.ts';
import { callFnStep, callClosureStep } from './exec.ts';
