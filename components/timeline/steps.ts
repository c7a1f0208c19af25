// Which recorded steps the reader walks through (identical consecutive steps merged), where a run lands,
// and step over / step out. Pure: from the trace's steps (depth, memory deltas, output lengths, events).
import type { Step, Trace } from '../../src/sim/trace/schema.ts';
import { indicesAt, sameMemoryAsPrevious } from '../../src/sim/trace/snapshot.ts';

/** True when step `b` would draw exactly what step `a` drew (same line, memory, running thread, threads, channels, output, no note); `before` is the
 *  step just before `b`, itself merged into `a` (so `b` changing no memory from it means the same memory as `a`). */
function looksSame(a: Step, before: Step, b: Step): boolean {
  return (
    b.event === 'stmt' && b.note === undefined && a.at.line === b.at.line && a.stdoutLen === b.stdoutLen && a.stderrLen === b.stderrLen &&
    sameMemoryAsPrevious(b, before) && b.ret === undefined
  );
}

/** Trace indices of the steps to show: one per visible change (a step identical to the one before is merged). */
export function visibleSteps(trace: Trace): number[] {
  const out: number[] = [];
  trace.steps.forEach((s, i) => {
    const prev = out.length ? trace.steps[out[out.length - 1]] : undefined;
    if (!prev || !looksSame(prev, trace.steps[i - 1], s)) out.push(i);
  });
  return out;
}

/** Position (index into `visible`) of the first shown step at or after trace step `i`. */
export function positionOf(visible: readonly number[], i: number): number {
  let lo = 0;
  let hi = visible.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (visible[mid] < i) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}

/** Named landing steps a listing can ask for in its info string (`step=end-of-main`), or a 1-based number. */
export type LandingRequest = 'auto' | 'first' | 'end' | 'end-of-main' | 'panic' | number;

/** Reads `step=…` from a code block's extra info-string words (`rust,step=end-of-main`). */
export function landingRequest(words: readonly string[]): LandingRequest {
  for (const w of words) {
    const m = /^step=(.+)$/.exec(w);
    if (!m) continue;
    const v = m[1];
    if (v === 'first' || v === 'end' || v === 'end-of-main' || v === 'panic' || v === 'auto') return v;
    if (/^\d+$/.test(v) && Number(v) >= 1) return Number(v);
  }
  return 'auto';
}

/** Trace index of the last step before `main`'s locals drop: walking back from the end over the final drops and
 *  returns, the step at `main`'s closing brace. When there is none (main has no locals, or it ended early), the
 *  last step — never a step before statements that still print. */
export function endOfMain(trace: Trace): number {
  const steps = trace.steps;
  const last = steps.length - 1;
  let i = last;
  while (i > 0 && steps[i].depth <= 1 && (steps[i].event === 'drop' || steps[i].event === 'return' || steps[i].event === 'end')) i--;
  let close = -1;
  for (let k = last; k > i; k--) if (steps[k].event === 'return' && steps[k].depth === 1) close = steps[k].at.line;
  return i >= 0 && steps[i].event === 'stmt' && steps[i].at.line === close ? i : Math.max(0, last);
}

/** Trace index of the panic step, if the program panicked. */
function panicStep(trace: Trace): number {
  for (let i = trace.steps.length - 1; i >= 0; i--) if (trace.steps[i].event === 'panic') return i;
  return -1;
}

/** Whether the final step still holds allocations flagged as leaked. */
function leaks(trace: Trace): boolean {
  if (trace.steps.length === 0) return false;
  return indicesAt(trace, trace.steps.length - 1).heap.some((e) => (trace.pool[e[1]] as { leaked?: boolean }).leaked === true);
}

/** Where the view lands after Run (a position in `visible`): the most telling step — a panic, a leak (the end,
 *  where it is explained), else the last step before `main`'s locals drop. A listing may name another. */
export function landingPosition(trace: Trace, visible: readonly number[], request: LandingRequest = 'auto'): number {
  const last = visible.length - 1;
  if (last < 0) return 0;
  if (typeof request === 'number') return Math.min(last, request - 1);
  switch (request) {
    case 'first':
      return 0;
    case 'end':
      return last;
    case 'end-of-main':
      return positionOf(visible, endOfMain(trace));
    case 'panic':
    case 'auto': {
      const p = panicStep(trace);
      if (p >= 0) return positionOf(visible, p);
      if (request === 'panic') return last;
      if (leaks(trace)) return last;
      return positionOf(visible, endOfMain(trace));
    }
  }
}

const depthAt = (trace: Trace, i: number): number => trace.steps[i]?.depth ?? 0;

/** The id of the thread a step belongs to (1 in a single-threaded run). */
const threadAt = (trace: Trace, i: number): number => trace.steps[i]?.thread ?? 1;

/** Step over: the next shown step of the same thread in the same function or a caller (calls made from here run to
 *  completion; other threads run meanwhile, as in a debugger). */
export function stepOver(trace: Trace, visible: readonly number[], pos: number): number {
  const d = depthAt(trace, visible[pos]);
  const th = threadAt(trace, visible[pos]);
  for (let p = pos + 1; p < visible.length; p++) if (threadAt(trace, visible[p]) === th && depthAt(trace, visible[p]) <= d) return p;
  return visible.length - 1;
}

/** Step out: the current function's `return` step (its return value shown), or from there the caller's next step
 *  (in the same thread). */
export function stepOut(trace: Trace, visible: readonly number[], pos: number): number {
  const d = depthAt(trace, visible[pos]);
  const th = threadAt(trace, visible[pos]);
  const here = trace.steps[visible[pos]];
  for (let p = pos + 1; p < visible.length; p++) {
    if (threadAt(trace, visible[p]) !== th) continue;
    const s = trace.steps[visible[p]];
    const depth = depthAt(trace, visible[p]);
    if (depth < d) return p;
    if (depth === d && s.event === 'return' && here?.event !== 'return') return p;
  }
  return visible.length - 1;
}

/** Step back over: the previous shown step of the same thread in the same function or a caller. */
export function stepBackOver(trace: Trace, visible: readonly number[], pos: number): number {
  const d = depthAt(trace, visible[pos]);
  const th = threadAt(trace, visible[pos]);
  for (let p = pos - 1; p >= 0; p--) if (threadAt(trace, visible[p]) === th && depthAt(trace, visible[p]) <= d) return p;
  return 0;
}
