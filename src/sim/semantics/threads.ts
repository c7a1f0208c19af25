// The machine's threads and scheduler: each thread owns a stack of step frames, frame records and temporaries;
// one runs at a time, switching at a step quantum and when it blocks (join, recv, lock, sleep) — deterministic.
import type * as A from '../syntax/ast.ts';
import type { Pos } from '../syntax/span.ts';
import type { Place, Value, IntTy } from '../memory/value.ts';
import type { Interp, FrameRec } from './interp.ts';
import { PAUSE, PAUSED, type Step } from './step.ts';
import { PanicSignal, UnsupportedSignal } from './signals.ts';
import { seededFraction } from './mulberry32.ts';

export interface Thread {
  /** 1 for main, then in spawn order (what `ThreadId` prints). */
  id: number;
  name: string | null;
  stack: Step[];
  frames: FrameRec[];
  temps: Place[];
  extended: Place[];
  openBlocks: A.Block[];
  openExts: number[];
  depth: number;
  stackUsed: number;
  /** Stack size in bytes: 8 MiB for main, 2 MiB for spawned threads (std's defaults). */
  stackLimit: number;
  intHint: IntTy | undefined;
  at: Pos;
  done: boolean;
  /** Set while the thread waits: it may run again once this returns true (or its wake time passes). */
  waitFor: (() => boolean) | null;
  /** Virtual time (ns) a sleeping thread or a wait with a timeout wakes at; Infinity otherwise. */
  wakeAt: number;
  /** The closure's value once done, or the panic message if it panicked. */
  result: Value | null;
  panic: string | null;
  /** Std callbacks this thread is inside (its JS-side continuation); saved with its registers. */
  nested: number;
  /** Waiting inside a std callback: its continuation is on the JavaScript stack, so only it can resume itself. */
  inCallback: boolean;
  /** Has run at least once (a thread not yet started does not start while the process exits). */
  started: boolean;
}

/** Steps a thread runs before the scheduler lets another one go (preemption). */
export const QUANTUM = 2000;
/** Virtual nanoseconds one step takes (the clock `Instant` and `sleep` read). */
export const NS_PER_STEP = 10;
export const SPAWNED_STACK_BYTES = 2 * 1024 * 1024;

function newThread(id: number, name: string | null, stackLimit: number): Thread {
  return {
    id, name, stack: [], frames: [], temps: [], extended: [], openBlocks: [], openExts: [], depth: 0, stackUsed: 0, stackLimit,
    intHint: undefined, at: { line: 1, col: 1 }, done: false, waitFor: null, wakeAt: Infinity, result: null, panic: null,
    nested: 0, inCallback: false, started: false,
  };
}

/** The main thread, running. */
export function initThreads(ip: Interp): void {
  const main = newThread(1, ip.opts.thread ?? 'main', ip.stackLimit);
  main.started = true;
  ip.threads = [main];
  ip.live = [main];
  ip.cur = main;
}

/** How std names a thread in panic and overflow messages: `'main' (1)`, `'<unnamed>' (2)`. */
export function threadLabel(t: Thread, unnamed = '<unnamed>'): string {
  return `'${t.name ?? unnamed}' (${t.id})`;
}

/** Virtual time now, in nanoseconds. */
export function now(ip: Interp): number {
  return ip.clock + ip.steps * NS_PER_STEP;
}

/** A new thread whose stack starts with `body` (run when the scheduler first picks it). */
export function spawnThread(ip: Interp, body: Step, name: string | null, stackBytes = SPAWNED_STACK_BYTES): Thread {
  const t = newThread(ip.threads.length + 1, name, stackBytes);
  t.stack.push(body);
  ip.threads.push(t);
  ip.live.push(t);
  return t;
}

/**
 * A frame that waits until `ready()` (or, with `wakeAt`, until that virtual time), then returns `then()`.
 * Waiting is only possible on the machine, not inside a std callback run on the JavaScript stack.
 */
export function* waitStep(ip: Interp, ready: () => boolean, then: () => Value, wakeAt = Infinity, at?: A.Span): Step {
  // A seeded run models the OS waking a sleeper a little late (up to 100 µs), so seeds give other orders.
  if (wakeAt !== Infinity && ip.schedRng) wakeAt += Math.floor(ip.schedRng() * 100_000);
  while (!ready() && now(ip) < wakeAt) {
    if (ip.nested > 0) {
      // Inside a std callback (`handles.into_iter().map(|h| h.join())`) this thread cannot yield: run the
      // others from here until it can go on.
      runOthersUntil(ip, ready, wakeAt, at);
      continue;
    }
    ip.cur.waitFor = ready;
    ip.cur.wakeAt = wakeAt;
    yield PAUSE;
  }
  ip.cur.waitFor = null;
  ip.cur.wakeAt = Infinity;
  return then();
}

function save(ip: Interp): void {
  const t = ip.cur;
  t.stack = ip.stack; t.frames = ip.frames; t.temps = ip.temps; t.extended = ip.extended;
  t.openBlocks = ip.openBlocks; t.openExts = ip.openExts; t.depth = ip.depth; t.stackUsed = ip.stackUsed;
  t.stackLimit = ip.stackLimit; t.intHint = ip.intHint; t.at = ip.at; t.nested = ip.nested;
}

function load(ip: Interp, t: Thread): void {
  ip.cur = t;
  ip.tracer?.switched?.(t);
  t.started = true;
  ip.stack = t.stack; ip.frames = t.frames; ip.temps = t.temps; ip.extended = t.extended;
  ip.openBlocks = t.openBlocks; ip.openExts = t.openExts; ip.depth = t.depth; ip.stackUsed = t.stackUsed;
  ip.stackLimit = t.stackLimit; ip.intHint = t.intHint; ip.at = t.at; ip.nested = t.nested;
}

/**
 * The running thread waits inside a std callback: run the other spawned threads (round robin, a quantum at a time)
 * from here until `ready()` or the wake time. Threads waiting the same way and main (whose end ends the process)
 * are not run from here; if nothing else can make progress, the wait is reported as unsupported.
 */
function runOthersUntil(ip: Interp, ready: () => boolean, wakeAt: number, at: A.Span | undefined): void {
  const me = ip.cur;
  me.inCallback = true;
  me.waitFor = ready;
  me.wakeAt = wakeAt;
  save(ip);
  try {
    for (;;) {
      if (ready() || now(ip) >= wakeAt) return;
      let next: Thread | null = null;
      const ts = liveThreads(ip);
      const k = ts.indexOf(ip.cur);
      for (let j = 1; j <= ts.length && !next; j++) {
        const t = ts[(k + j) % ts.length];
        if (t !== me && t.id !== 1 && !t.inCallback && canRun(ip, t)) next = t;
      }
      if (!next) {
        let wake = wakeAt;
        for (const t of ts) if (t !== me && !t.done && !t.inCallback && t.id !== 1 && t.wakeAt < wake) wake = t.wakeAt;
        if (wake === Infinity) {
          throw new UnsupportedSignal('지원하지 않는 기능: 반복자 어댑터·정렬 비교·Display 같은 std 콜백 안에서 main 스레드를 기다리는 것 (join·recv·lock·sleep)', at ?? { start: me.at, end: me.at });
        }
        ip.clock = wake - ip.steps * NS_PER_STEP;
        continue;
      }
      load(ip, next);
      ip.pauseAt = ip.steps + QUANTUM;
      try {
        const r = ip.drive(0, true);
        if (r !== PAUSED) {
          next.done = true;
          next.result = r as Value;
        }
      } catch (e) {
        if (!(e instanceof PanicSignal)) throw e;
        ip.unwinding = false;
        next.done = true;
        next.panic = e.message;
      }
      save(ip);
    }
  } finally {
    load(ip, me);
    me.inCallback = false;
    me.waitFor = null;
    me.wakeAt = Infinity;
  }
}

/** The frames of a thread (the running one's live in the machine's registers). */
export function framesOf(ip: Interp, t: Thread): FrameRec[] {
  return t === ip.cur ? ip.frames : t.frames;
}

function canRun(ip: Interp, t: Thread): boolean {
  // While the process exits (main done) only threads already going run: starting one takes longer than exiting.
  return !t.done && (t.started || !ip.threads[0].done) && (t.waitFor === null || t.waitFor() || now(ip) >= t.wakeAt);
}

/**
 * The threads the scheduler may pick, in spawn order, with the running one (even when it has just finished,
 * so round robin goes on after it): ip.live pruned of finished threads. ip.threads keeps every thread (for
 * `join`, ids and the trace); scanning it at each switch made a loop that spawns threads quadratic.
 */
export function liveThreads(ip: Interp): Thread[] {
  const ts = ip.live;
  let j = 0;
  for (const t of ts) if (!t.done || t === ip.cur) ts[j++] = t;
  ts.length = j;
  return ts;
}

/** Switch to the next thread that can run, round robin after the current one; advance the clock if all sleep. */
function pickNext(ip: Interp, rng: (() => number) | null): boolean {
  save(ip);
  const ts = liveThreads(ip);
  for (let tries = 0; tries < 2; tries++) {
    const start = ts.indexOf(ip.cur);
    const ready: Thread[] = [];
    for (let k = 1; k <= ts.length; k++) {
      const t = ts[(start + k) % ts.length];
      if (!canRun(ip, t)) continue;
      ready.push(t);
      if (!rng) break; // round robin takes the first; only a seeded choice needs them all
    }
    if (ready.length) {
      load(ip, rng ? ready[Math.floor(rng() * ready.length)] : ready[0]);
      return true;
    }
    // Everyone waits: jump the clock to the earliest wake time.
    let wake = Infinity;
    for (const t of ts) if (!t.done && t.wakeAt < wake) wake = t.wakeAt;
    if (wake === Infinity) return false;
    ip.clock = wake - ip.steps * NS_PER_STEP;
  }
  return false;
}

/** A seeded generator for the scheduler's choices (fractions in [0, 1)). */
export const seeded = seededFraction;

/** Virtual time the process takes to exit once main returns (std's cleanup, libc's `exit`): threads already
 *  running that can run, or wake, within it still run — in a real run a thread sleeping as long as main often
 *  prints once more, while one spawned just before main returns never starts (0 of 100 real runs). */
export const EXIT_NS = 50_000;

/** Exiting: switch to a thread that can run before the process ends at `deadline` (advancing the clock to a
 *  sleeper's wake time if it falls before then). False when the process ends now. */
function pickBeforeExit(ip: Interp, rng: (() => number) | null, deadline: number): boolean {
  if (now(ip) >= deadline) return false;
  if (pickNext(ip, rng) && now(ip) < deadline) return true;
  return false;
}

/**
 * Run the program's threads until main returns (its value) or the step count reaches `until` (PAUSED; call
 * again to go on). A spawned thread's panic ends only that thread; main's panic and aborts end the run (thrown).
 * After main returns the others go on for the process's exit time (EXIT_NS); then the run ends with main current.
 */
export function runThreads(ip: Interp, until: number, rng: (() => number) | null): Value | typeof PAUSED {
  ip.schedRng = rng;
  const main = ip.threads[0];
  for (;;) {
    // main.wakeAt is the process's exit time once main is done.
    if (main.done && (ip.cur === main || ip.cur.done || ip.cur.waitFor !== null) && !pickBeforeExit(ip, rng, main.wakeAt)) return exitWith(ip, main);
    const t = ip.cur;
    const quantum = rng ? 1 + Math.floor(rng() * QUANTUM) : QUANTUM;
    const exitStep = main.done ? Math.max(ip.steps + 1, Math.ceil((main.wakeAt - ip.clock) / NS_PER_STEP)) : Infinity;
    ip.pauseAt = Math.min(ip.steps + quantum, until, exitStep);
    let r: Value | typeof PAUSED;
    try {
      r = ip.drive(0, true);
    } catch (e) {
      if (t.id === 1 || !(e instanceof PanicSignal)) throw e;
      ip.unwinding = false;
      t.done = true;
      t.panic = e.message;
      if (!main.done && !pickNext(ip, rng)) deadlock(ip);
      continue;
    }
    if (r === PAUSED) {
      if (main.done) {
        if (now(ip) >= main.wakeAt || ((t.waitFor !== null || ip.threads.length > 1) && !pickBeforeExit(ip, rng, main.wakeAt))) return exitWith(ip, main);
      } else if (t.waitFor !== null || ip.threads.length > 1) {
        if (!pickNext(ip, rng)) deadlock(ip);
      }
      if (ip.steps >= until) return PAUSED;
      continue;
    }
    t.done = true;
    t.result = r as Value;
    if (t.id === 1) {
      if (ip.threads.every((o) => o.done)) return r;
      main.wakeAt = now(ip) + EXIT_NS;
      continue;
    }
    if (!main.done && !pickNext(ip, rng)) deadlock(ip);
  }
}

/** The process exits: main is the current thread again (the final step draws its stack), its value returned. */
function exitWith(ip: Interp, main: Thread): Value {
  if (ip.cur !== main) {
    save(ip);
    load(ip, main);
  }
  return main.result as Value;
}

function deadlock(ip: Interp): never {
  throw new UnsupportedSignal('교착 상태: 모든 스레드가 서로를 기다리고 있어 더 진행할 수 없습니다 (실제 프로그램은 여기서 영원히 멈춥니다)', { start: ip.at, end: ip.at });
}
