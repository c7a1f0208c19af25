// Resolves step i of a Trace into a complete, self-contained picture: frames (every thread's), live heap, channels,
// output so far. Steps hold deltas; a per-trace cache of checkpoints (full pictures every so often) makes any step cheap to replay.
import type { ChannelInfo, ChannelView, Frame, HeapObject, Step, ThreadInfo, ThreadView, Trace, ValueView } from './schema.ts';

export interface Snapshot {
  step: Step;
  /** The stack of the thread the step belongs to (the only stack of a single-threaded run). */
  frames: Frame[];
  heap: HeapObject[];
  stdout: string;
  stderr: string;
  /** A run with more than one thread: every thread, main first, in spawn order. */
  threads?: ThreadView[];
  /** mpsc channels of a program that made one, in creation order. */
  channels?: ChannelView[];
}

/** Pool indices of the picture at one step: frames (of the step's thread) outermost first, heap objects by allocation id. */
export interface StepIndices {
  frames: number[];
  heap: Array<[number, number]>;
}

/** A full picture kept every so often, so a step is replayed from the nearest one before it. */
interface Checkpoint {
  at: number;
  /** Thread id → its stack's pool indices (thread 1 always present). */
  stacks: Map<number, number[]>;
  heap: Map<number, number>;
  threads: Map<number, ThreadInfo>;
  channels: Map<number, ChannelInfo>;
  /** Channel id → message number → view (the pending ones, and none below the channel's `first`). */
  messages: Map<number, Map<number, ValueView>>;
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

function stackOf(c: Checkpoint, thread: number): number[] {
  let st = c.stacks.get(thread);
  if (!st) c.stacks.set(thread, (st = []));
  return st;
}

function setStack(st: number[], depth: number, set: ReadonlyArray<readonly [number, number]> | undefined): number {
  let n = 1;
  if (set) for (const [p, idx] of set) (st[p] = idx), n++;
  st.length = depth;
  return n;
}

function apply(c: Checkpoint, s: Step): number {
  let n = setStack(stackOf(c, s.thread ?? 1), s.depth, s.frameSet);
  if (s.stackSet) for (const d of s.stackSet) n += setStack(stackOf(c, d.thread), d.depth, d.frameSet);
  if (s.heapGone) for (const id of s.heapGone) c.heap.delete(id), n++;
  if (s.heapSet) for (const [id, idx] of s.heapSet) c.heap.set(id, idx), n++;
  if (s.threadSet) for (const t of s.threadSet) c.threads.set(t.id, t), n++;
  if (s.channelSet)
    for (const ch of s.channelSet) {
      const old = c.channels.get(ch.id);
      c.channels.set(ch.id, ch);
      n++;
      let ms = c.messages.get(ch.id);
      if (!ms) c.messages.set(ch.id, (ms = new Map()));
      // Messages received (or dropped with the receiver) are forgotten.
      if (old) for (let k = old.first; k < ch.first; k++) ms.delete(k), n++;
    }
  if (s.messageSet) for (const [ch, k, v] of s.messageSet) c.messages.get(ch)?.set(k, v), n++;
  return n;
}

const copy = (c: Checkpoint): Checkpoint => ({
  at: c.at,
  stacks: new Map([...c.stacks].map(([id, st]) => [id, st.slice()])),
  heap: new Map(c.heap),
  threads: new Map(c.threads),
  channels: new Map(c.channels),
  messages: new Map([...c.messages].map(([id, ms]) => [id, new Map(ms)])),
});

function size(c: Checkpoint): number {
  let n = c.heap.size + c.threads.size + c.channels.size;
  for (const st of c.stacks.values()) n += st.length;
  for (const ms of c.messages.values()) n += ms.size;
  return n;
}

/** The picture at step `k` (0 ≤ k < steps.length), replayed from the nearest checkpoint. */
function resolve(trace: Trace, k: number): Checkpoint {
  let cache = caches.get(trace);
  if (!cache) {
    const first: Checkpoint = { at: -1, stacks: new Map([[1, []]]), heap: new Map(), threads: new Map(), channels: new Map(), messages: new Map() };
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
    if (c.at > last.at && c.at - last.at >= MIN_CHECKPOINT_GAP && cache.work >= size(c)) {
      cache.checkpoints.push(copy(c));
      cache.work = 0;
    }
  }
  return c;
}

const clamp = (trace: Trace, i: number): number => Math.max(0, Math.min(i, trace.steps.length - 1));

/** Pool indices of step `i` (clamped to the recorded steps). */
export function indicesAt(trace: Trace, i: number): StepIndices {
  if (trace.steps.length === 0) return { frames: [], heap: [] };
  const k = clamp(trace, i);
  const c = resolve(trace, k);
  return { frames: stackOf(c, trace.steps[k].thread ?? 1).slice(), heap: [...c.heap].sort((x, y) => x[0] - y[0]) };
}

/** The thread step `i` belongs to, with its name (undefined in a single-threaded run). */
export function threadOf(trace: Trace, i: number): { id: number; name: string | null } | undefined {
  if (trace.steps.length === 0) return undefined;
  const k = clamp(trace, i);
  const id = trace.steps[k].thread;
  if (id === undefined) return undefined;
  return { id, name: resolve(trace, k).threads.get(id)?.name ?? null };
}

export function snapshotAt(trace: Trace, i: number): Snapshot {
  if (trace.steps.length === 0) {
    // Nothing ran (a parse error or unsupported feature): an empty picture with the whole output.
    const step: Step = { event: 'end', at: { line: 1, col: 1 }, depth: 0, stdoutLen: trace.stdout.length, stderrLen: trace.stderr.length, changed: [] };
    return { step, frames: [], heap: [], stdout: trace.stdout, stderr: trace.stderr };
  }
  const k = clamp(trace, i);
  const step = trace.steps[k];
  const c = resolve(trace, k);
  const frames = (st: number[] | undefined): Frame[] => (st ?? []).map((p) => trace.pool[p] as Frame);
  const running = step.thread ?? 1;
  const out: Snapshot = {
    step,
    frames: frames(c.stacks.get(running)),
    heap: [...c.heap].sort((x, y) => x[0] - y[0]).map((e) => trace.pool[e[1]] as HeapObject),
    stdout: trace.stdout.slice(0, step.stdoutLen),
    stderr: trace.stderr.slice(0, step.stderrLen),
  };
  if (step.thread !== undefined && c.threads.size > 0) {
    out.threads = [...c.threads.values()].map((t) => ({
      id: t.id, name: t.name, state: t.id === running ? 'running' : t.done ? 'done' : 'waiting', frames: frames(c.stacks.get(t.id)),
    }));
  }
  if (c.channels.size > 0) {
    out.channels = [...c.channels.values()].map((ch) => {
      const ms = c.messages.get(ch.id);
      const pending: ValueView[] = [];
      for (let n = ch.first; n < ch.first + ch.count; n++) pending.push(ms?.get(n) ?? { k: 'uninit' });
      const v: ChannelView = { id: ch.id, pending, senders: ch.senders, receiver: ch.receiver };
      if (ch.bound !== undefined) v.bound = ch.bound;
      return v;
    });
  }
  return out;
}

/** Whether step `s` draws the same picture as `prev`, the step just before it: the same thread runs and `s` changed
 *  nothing, or repeats `prev`'s own changes (deltas set absolute values, so applying the same ones again changes nothing). */
export function sameMemoryAsPrevious(s: Step, prev: Step | undefined): boolean {
  if (!prev || s.depth !== prev.depth || s.thread !== prev.thread) return false;
  const repeats = (a: unknown, b: unknown): boolean => a === undefined || JSON.stringify(a) === JSON.stringify(b);
  if (!repeats(s.stackSet, prev.stackSet) || !repeats(s.threadSet, prev.threadSet) || !repeats(s.channelSet, prev.channelSet) || !repeats(s.messageSet, prev.messageSet)) return false;
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
