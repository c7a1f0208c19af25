// The trace format: what one simulator run records, step by step, for the memory view to draw.
// Versioned JSON; snapshots share structure through an object pool so long traces stay small.
//
// A Trace is self-contained: `snapshotAt(trace, i)` (see ./snapshot.ts) resolves step i into a
// complete picture (frames, heap, output so far). The island only draws it; it never simulates.
//
// Structure sharing: `pool` holds every distinct Frame and HeapObject value recorded during the run.
// A Step lists only what differs from the previous step (pool indices of changed frames and heap
// objects, ids of heap objects gone; in a threaded run also the other threads' stacks, threads and
// channels that changed), so a trace's size is linear in its steps; snapshot.ts replays.

import type { CompileDiagnostic } from '../check/diagnostic.ts';
import type { Pos, Diagnostic } from '../syntax/span.ts';

export type { Pos, Span, Diagnostic } from '../syntax/span.ts';

export const TRACE_VERSION = 4 as const;

/** How a run ended. */
export type Outcome =
  | { kind: 'finished' } // main returned normally (exit 0) or returned Err (exit 1)
  | { kind: 'exit'; code: number } // std::process::exit(code)
  | { kind: 'panic'; message: string; at: Pos } // exit 101
  | { kind: 'stack-overflow' } // exit 134, "thread 'main' has overflowed its stack"
  | { kind: 'step-limit'; limit: number } // budget exceeded: Korean message in `diagnostics`
  | { kind: 'stopped'; reason: 'time-limit' | 'stopped' } // the island stopped a sliced run (time limit / 멈춤): output and trace so far
  | { kind: 'compile-error' } // exit 101: rustc rejects the program; `stderr` is cargo's error text, nothing ran
  | { kind: 'error' }; // parse error / unsupported feature: see `diagnostics`, nothing ran

// ---------------------------------------------------------------- values as the diagram sees them

/** Where a pointer points. */
export type PtrTarget =
  /** A heap allocation (Box / Rc / Vec buffer / String buffer). `path`: see below. */
  | { to: 'heap'; id: number; path?: string }
  /** A stack slot: frame id + index into Frame.slots. */
  | { to: 'slot'; frame: number; slot: number; path?: string }
  | { to: 'static' } // &'static str data and other static memory
  | { to: 'dangling' }; // Weak::new(), or a Weak whose value was dropped

// `path` (absent = the whole value): the part of the target a reference points at, written as the
// diagram names rows: `.name` a struct field, `.0` a tuple / tuple-struct / enum item, `[2]` an array or
// Vec element, `.value` a RefCell/Cell's content; e.g. `[1].next`.

/** `Ref` / `RefMut`: a RefCell borrow guard (points at the RefCell); the lock guards point at their Mutex / RwLock. */
export type PtrKind = 'Box' | 'Rc' | 'Arc' | 'Weak' | 'Vec' | 'String' | 'ref' | 'ref-mut' | 'Ref' | 'RefMut' | 'MutexGuard' | 'RwLockReadGuard' | 'RwLockWriteGuard';

export type BorrowState = { state: 'unborrowed' } | { state: 'shared'; count: number } | { state: 'mut' };

export type ValueView =
  /** Scalars: integers, floats, bool, char, unit. `text` is how `{:?}` prints it; `ty` e.g. 'i32'. */
  | { k: 'prim'; ty: string; text: string }
  /** A &str (points at static data or into a String). */
  | { k: 'str'; text: string; target: PtrTarget }
  /** Box / Rc / Arc / Weak / Vec / String handles, & / &mut references and guards: an arrow in the diagram. */
  | { k: 'ptr'; kind: PtrKind; target: PtrTarget; ty: string }
  | { k: 'struct'; name: string; fields: Array<[string, ValueView]> }
  | { k: 'tuple-struct'; name: string; items: ValueView[] }
  | { k: 'tuple'; items: ValueView[] }
  | { k: 'array'; items: ValueView[] }
  /** Enum value, including Option/Result. `items` for tuple variants, `fields` for struct variants. */
  | { k: 'enum'; name: string; variant: string; items?: ValueView[]; fields?: Array<[string, ValueView]> }
  /** RefCell / Cell; a Mutex or RwLock is a RefCell-like cell with `lock` (its borrow state is the lock state,
   *  `holder` the id of the thread holding it), an atomic a Cell with `atomic` (its type name). */
  | { k: 'cell'; kind: 'RefCell' | 'Cell'; borrow: BorrowState; value: ValueView; lock?: 'Mutex' | 'RwLock'; holder?: number; poisoned?: boolean; atomic?: string }
  | { k: 'fn'; name: string }
  | { k: 'closure'; text: string }
  /** Slot declared but not yet assigned (`let x;`). */
  | { k: 'uninit' };

/** A stack slot: one local variable (or parameter). */
export interface Slot {
  name: string;
  /** Type as declared or inferred, in Rust syntax: 'Rc<List>', 'i32'. */
  ty: string;
  value: ValueView;
  /** 'moved': value moved out (kept so the reader sees it); 'dropped': went out of scope / mem::drop. */
  state: 'live' | 'moved' | 'dropped';
  /** Line where the slot was declared. */
  declLine: number;
}

export interface Frame {
  /** Unique per call (not per function): recursion makes distinct ids. */
  id: number;
  /** Function name as written, with impl type for methods: 'main', 'List::tail'. */
  fn: string;
  /** Current line inside this frame. */
  line: number;
  slots: Slot[];
}

/** `Arc` is an Rc-shaped block (counts first) made by `Arc::new`. */
export type HeapKind = 'Box' | 'Rc' | 'Arc' | 'Vec' | 'String';

export interface HeapObject {
  id: number;
  kind: HeapKind;
  /** Type of the allocation's content: 'List' for Rc<List>, 'i32' for Box<i32>, 'Vec<i32>' buffer → 'i32',
   *  'Mutex<i32>' for Arc<Mutex<i32>>. */
  ty: string;
  /** Bytes of the heap block as rustc lays it out on x86_64 (Rc: 16 + size_of::<T>() rounded to align). */
  size: number;
  /** Box, Rc and Arc: the owned value. Absent for an Rc/Arc whose value was dropped (strong = 0, weak > 0). */
  value?: ValueView;
  /** Vec: the elements (len of them). */
  items?: ValueView[];
  /** String: the text. */
  text?: string;
  /** Vec / String. */
  len?: number;
  cap?: number;
  /** Rc and Arc only. Note Rc::weak_count excludes the implicit weak; these are the user-visible counts. */
  strong?: number;
  weak?: number;
  /** Set on the final step for allocations still live when main returned. */
  leaked?: boolean;
  /** The block was just freed: drawn once, marked, at the step that announces it (`힙 #N 해제`), then gone. */
  freed?: boolean;
}

// ---------------------------------------------------------------- steps

export type StepEvent =
  | 'stmt' // about to execute the statement at `at`
  | 'call' // entered a function (top frame is the new one)
  | 'return' // about to leave a function
  | 'drop' // a value was dropped (see `note`), possibly freeing heap
  | 'panic' // the program panicked
  | 'end'; // main finished; leaks flagged on this step

export interface Step {
  event: StepEvent;
  at: Pos;
  /** Korean one-line description, e.g. "`b` 드롭: Rc 강한 참조 2 → 1". Optional for plain 'stmt'. */
  note?: string;
  /** How many frames the stack of thread `thread` has at this step: `snapshotAt(…).frames.length`. */
  depth: number;
  /** Frames of that stack that differ from its previous step's, as `[position, pool index]` (position 0 = outermost);
   *  positions ≥ `depth` are gone. Absent when no frame changed. */
  frameSet?: Array<[number, number]>;
  /** Heap objects new or changed since the previous step, as `[allocation id, pool index]`. Absent when none. */
  heapSet?: Array<[number, number]>;
  /** Allocation ids no longer drawn from this step on. Absent when none. */
  heapGone?: number[];
  /** Output so far: trace.stdout.slice(0, stdoutLen), likewise stderr. */
  stdoutLen: number;
  stderrLen: number;
  /** What changed at this step, for highlighting: 'heap:3', 'slot:<frameId>:<slotIndex>'. */
  changed: string[];
  /** On a 'return' step: the value the returning frame (`frame` = Frame.id) hands back. */
  ret?: { frame: number; value: ValueView };
  /** A run with more than one thread: the id of the thread this step belongs to (the running one), whose stack
   *  `depth`/`frameSet` describe. Absent in a single-threaded run (and before the first spawn): thread 1. */
  thread?: number;
  /** Stacks of the other threads that changed at this step, as deltas like `depth`/`frameSet`. Absent when none. */
  stackSet?: StackDelta[];
  /** Threads that appeared or finished at this step (all of them, main first, at the first threaded step). */
  threadSet?: ThreadInfo[];
  /** mpsc channels made or changed at this step: their counts and which messages are pending. */
  channelSet?: ChannelInfo[];
  /** Pending messages drawn at this step: `[channel id, message number, view]` (numbers count a channel's sends from 1). */
  messageSet?: Array<[number, number, ValueView]>;
}

/** Another thread's stack at a step: how many frames it has and which positions changed. */
export interface StackDelta {
  thread: number;
  depth: number;
  frameSet?: Array<[number, number]>;
}

/** One thread, as recorded when it appears or finishes. */
export interface ThreadInfo {
  /** 1 for main, then in spawn order (what `thread::current().id()` prints). */
  id: number;
  /** `main`, the `Builder::name`, or null for an unnamed thread (std prints `<unnamed>`). */
  name: string | null;
  /** Returned or panicked. */
  done: boolean;
}

/** One mpsc channel, as recorded when it is made or changes. */
export interface ChannelInfo {
  /** 1, 2, … in creation order. */
  id: number;
  /** Live Senders / SyncSenders, and whether the Receiver is still alive. */
  senders: number;
  receiver: boolean;
  /** sync_channel's bound; absent for an unbounded channel. */
  bound?: number;
  /** The pending messages are numbers `first` … `first + count - 1` (oldest first); their views are in `messageSet`s. */
  first: number;
  count: number;
}

/** One mpsc channel at a step, as `snapshotAt` resolves it. */
export interface ChannelView {
  id: number;
  /** Messages sent and not yet received, oldest first. */
  pending: ValueView[];
  senders: number;
  receiver: boolean;
  bound?: number;
}

/** One thread at a step, as `snapshotAt` resolves it. */
export interface ThreadView {
  id: number;
  name: string | null;
  /** running: the thread this step belongs to; waiting: blocked (join, recv, lock, sleep), preempted or not started; done: returned or panicked. */
  state: 'running' | 'waiting' | 'done';
  /** Its frames, outermost first (empty once done or before it starts). */
  frames: Frame[];
}

export interface Trace {
  version: typeof TRACE_VERSION;
  /** The program that ran (after wrapping a snippet in fn main, if that happened). */
  source: string;
  /** If the source was wrapped in `fn main() { … }`, lines in steps refer to `source`;
   *  subtract `lineOffset` to get the line in the listing the reader sees. 0 when not wrapped. */
  lineOffset: number;
  pool: Array<Frame | HeapObject>;
  steps: Step[];
  /** Total steps executed (may exceed steps.length when the snapshot cap was hit). */
  totalSteps: number;
  /** True when more steps ran than were recorded. */
  truncated: boolean;
  stdout: string;
  stderr: string;
  exitCode: number;
  outcome: Outcome;
  diagnostics: Diagnostic[];
  /** Outcome 'compile-error' only: rustc's diagnostics as data (spans, labels) for the UI to mark. */
  compileDiagnostics?: CompileDiagnostic[];
}
