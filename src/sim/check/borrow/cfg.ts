// The borrow checker's control-flow graph of one body: one event per node (an access to a place, a flow
// of loans into a local, a liveness use, a scope end), built from the AST by ./build.ts.
import type * as A from '../../syntax/ast.ts';
import type { Span } from '../../syntax/ast.ts';
import type { Ty } from '../types/ty.ts';
import type { Place } from './places.ts';

/** 'init': a whole local gets a value; 'uninit': `let x;` declares it without one. */
export type AccessKind = 'move' | 'copy' | 'read' | 'borrow' | 'mut-borrow' | 'write' | 'init' | 'uninit';

/** Why a value was moved, for rustc's labels on the move site. */
export type MoveCause =
  | { k: 'plain' }
  /** Moved by a call argument into a user fn's parameter (rustc adds a note pointing at the parameter). */
  | { k: 'fn-arg'; fnName: Span; paramTy: Span; name: string; method: boolean }
  /** Captured by a `move` closure (or moved inside a closure); `use` is the use inside the closure. */
  | { k: 'closure'; header: Span; use: Span; stmtStart?: A.Pos }
  /** A by-value method receiver (`v.into_iter()`). */
  | { k: 'method'; method: string; call: Span; owner?: string; selfSpan?: Span }
  /** Moved by a `for` loop's implicit `.into_iter()`. */
  | { k: 'for' }
  /** Bound by value in a pattern, or a `for` loop over the value: rustc words these differently. */
  | { k: 'other' };

export interface Access {
  k: 'access';
  place: Place;
  kind: AccessKind;
  /** Primary span when this access is the one in error. */
  span: Span;
  /** Span of the use (for "later used here" labels); defaults to `span`. */
  useSpan?: Span;
  /** Type of the place (move messages). */
  ty?: Ty;
  /** Types of the place's prefixes: `tys[i]` is the type of the local with the first `i` projections. */
  tys?: Ty[];
  /** The loan this access creates (kind borrow / mut-borrow). */
  loan?: number;
  cause?: MoveCause;
  /** Use inside a closure body (a captured variable), for "use occurs due to use in closure". */
  inClosure?: boolean;
  /** Format-macro argument (rustc's E0382 via macro gets no clone suggestion on the use). */
  fmt?: boolean;
  /** A move out of part of the place by a pattern binding (`span` is the binding's name). */
  partial?: boolean;
  /** The place is used by value (moved or copied, whatever its type), for closure capture modes. */
  byValue?: boolean;
  /** An `=` assignment (not a `let`), for E0384. */
  assign?: boolean;
  /** `let x: T;`: where the declaration ends (before `;`), for the E0381 suggestion. */
  declEnd?: A.Pos;
  /** A closure capture: the captured use inside the closure body. */
  closureUse?: Span;
  /** The place expression itself, where `span` is more (a compound assignment's target), for capture labels. */
  target?: Span;
}

/** `dest` now holds `loans` and whatever `from` hold. `whole`: `dest` is overwritten (old loans die). */
export interface Flow {
  k: 'flow';
  dest: number;
  loans: number[];
  from: number[];
  whole: boolean;
  span: Span;
}

/** A liveness use of locals (temporaries consumed by a call, a loop's hidden iterator). */
export interface Use {
  k: 'use';
  locals: number[];
  /** Per local: where rustc points a "borrow later used" label. */
  spans: Span[];
  span: Span;
  /** A call consuming its arguments ("borrow later used by call"). */
  byCall: boolean;
}

/** End of a local's scope (rustc's StorageDead / drop): borrows of it must be dead. */
export interface Dead {
  k: 'dead';
  local: number;
  span: Span;
}

export type Ev = Access | Flow | Use | Dead;

export interface LoopCtx {
  /** rustc's "inside of this loop" span: `for pat in iter`, `while cond`, `loop`. */
  head: Span;
}

export interface CfgNode {
  ev: Ev | null;
  succ: number[];
  loop?: LoopCtx;
}

export interface Loan {
  id: number;
  place: Place;
  mut: boolean;
  /** Where the borrow is written (`&x`, or the receiver of an auto-ref'd method call). */
  span: Span;
  node: number;
  /** The borrowed expression (without `&`) end, for the clone suggestion of E0505. */
  operandEnd?: Span;
  /** The loan's borrow expression is the whole returned expression (`&s`): E0515 wording. */
  direct?: boolean;
  /** Loan taken by a closure capture; `use` is the captured use inside the closure. */
  closure?: { header: Span; use: Span };
  /** Borrowed for `'static` by this call's argument (a closure given to `thread::spawn` without `move`). */
  static?: Span;
  /** A borrow of an element (`&mut v[i]`): two of them clashing get rustc's `split_at_mut` help. */
  element?: boolean;
}

export interface Cfg {
  nodes: CfgNode[];
  entry: number;
  exit: number;
  loans: Loan[];
  /** Number of locals including temporaries (locals of the typeck table come first). */
  localCount: number;
  /** The local standing for the return value (always live at exit). */
  ret: number;
  /** Temporaries created for `&temporary()` inside a statement, dropped at its end (E0716 if still borrowed). */
  temporaries: Set<number>;
  /** Loop back edges as `from>to` (a move reaching a use only through one is "in previous iteration of loop"). */
  backEdges: Set<string>;
  /** Returned expression spans, per return node (for E0515). */
  returns: Array<{ node: number; span: Span }>;
  /** Locals holding `'static` loans: live until the end of the body, used or not. */
  statics: number[];
}
