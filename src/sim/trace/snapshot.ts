// Resolves step i of a Trace into a complete, self-contained picture: frames, live heap, output so far.
// Steps hold deltas; a per-trace cache of checkpoints (full pictures every so often) makes any step cheap to replay.
import type { Frame, HeapObject, Step, Trace } from './schema.ts';

export interface Snapshot {
  step: Step;
  frames: Frame[];
  heap: HeapObject[];
  stdout: string;
  stderr: string;
}

/** Pool indices of the picture at one step: frames outermost first, heap objects by allocation id. */
export interface StepIndices {
  frames: number[];
  heap: Array<[number, number]>;
}

/** A full picture kept every so often, so a step is replayed from the nearest one before it. */
interface Checkpoint {
  at: number;
  frames: number[];
  heap: Map<number, number>;
}

interface Cache {
  checkpoints: Checkpoint[];
  /** The last step resolved (walking forward from it is cheap). */
  cur: Checkpoint;
  /** Deltas replayed since the last checkpoint was kept. */
  work: number;
}

/** Fewest steps between checkpoints; a checkpoint is also only kept once the deltas replayed since the last one
 *  outweigh the picture's size, so checkpoints cost at most a constant factor of the deltas (linear in the trace). */
const MIN_CHECKPOINT_GAP = 64;

const caches = new WeakMap<Trace, Cache>();

function apply(c: Checkpoint, s: Step): number {
  let n = 1;
  if (s.frameSet) for (const [p, idx] of s.frameSet) (c.frames[p] = idx), n++;
  c.frames.length = s.depth;
  if (s.heapGone) for (const id of s.heapGone) c.heap.delete(id), n++;
  if (s.heapSet) for (const [id, idx] of s.heapSet) c.heap.set(id, idx), n++;
  return n;
}

const copy = (c: Checkpoint): Checkpoint => ({ at: c.at, frames: c.frames.slice(), heap: new Map(c.heap) });

/** The pool indices drawn at step `k` (0 ≤ k < steps.length), replayed from the nearest checkpoint. */
function resolve(trace: Trace, k: number): Checkpoint {
  let cache = caches.get(trace);
  if (!cache) {
    const first: Checkpoint = { at: -1, frames: [], heap: new Map() };
    cache = { checkpoints: [first], cur: copy(first), work: 0 };
    caches.set(trace, cache);
  }
  if (cache.cur.at > k) {
    // Step back: from the last checkpoint at or before k.
    const cps = cache.checkpoints;
    let lo = 0;
    let hi = cps.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cps[mid].at <= k) lo = mid;
      else hi = mid - 1;
    }
    cache.cur = copy(cps[lo]);
    cache.work = 0;
  }
  const c = cache.cur;
  while (c.at < k) {
    c.at++;
    cache.work += apply(c, trace.steps[c.at]);
    const last = cache.checkpoints[cache.checkpoints.length - 1];
    if (c.at > last.at && c.at - last.at >= MIN_CHECKPOINT_GAP && cache.work >= c.frames.length + c.heap.size) {
      cache.checkpoints.push(copy(c));
      cache.work = 0;
    }
  }
  return c;
}

/** Pool indices of step `i` (clamped to the recorded steps). */
export function indicesAt(trace: Trace, i: number): StepIndices {
  if (trace.steps.length === 0) return { frames: [], heap: [] };
  const c = resolve(trace, Math.max(0, Math.min(i, trace.steps.length - 1)));
  return { frames: c.frames.slice(), heap: [...c.heap].sort((x, y) => x[0] - y[0]) };
}

export function snapshotAt(trace: Trace, i: number): Snapshot {
  if (trace.steps.length === 0) {
    // Nothing ran (a parse error or unsupported feature): an empty picture with the whole output.
    const step: Step = { event: 'end', at: { line: 1, col: 1 }, depth: 0, stdoutLen: trace.stdout.length, stderrLen: trace.stderr.length, changed: [] };
    return { step, frames: [], heap: [], stdout: trace.stdout, stderr: trace.stderr };
  }
  const k = Math.max(0, Math.min(i, trace.steps.length - 1));
  const step = trace.steps[k];
  const at = indicesAt(trace, k);
  return {
    step,
    frames: at.frames.map((p) => trace.pool[p] as Frame),
    heap: at.heap.map((e) => trace.pool[e[1]] as HeapObject),
    stdout: trace.stdout.slice(0, step.stdoutLen),
    stderr: trace.stderr.slice(0, step.stderrLen),
  };
}

/** Whether step `s` draws the same frames and heap as `prev`, the step just before it: it changed no memory, or it
 *  repeats `prev`'s own changes (deltas set absolute values, so applying the same ones again changes nothing). */
export function sameMemoryAsPrevious(s: Step, prev: Step | undefined): boolean {
  if (!prev || s.depth !== prev.depth) return false;
  if (!s.frameSet && !s.heapSet && !s.heapGone) return true;
  return samePairs(s.frameSet, prev.frameSet) && samePairs(s.heapSet, prev.heapSet) && sameIds(s.heapGone, prev.heapGone);
}

function samePairs(a: ReadonlyArray<readonly [number, number]> | undefined, b: ReadonlyArray<readonly [number, number]> | undefined): boolean {
  if (!a || !b) return !a === !b;
  return a.length === b.length && a.every((x, i) => x[0] === b[i][0] && x[1] === b[i][1]);
}

function sameIds(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  if (!a || !b) return !a === !b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
