// What the memory view draws at one step: frames, live heap objects and what changed, and in a threaded run
// every thread's stack and the open channels. Resolves a trace step through the trace's object pool (the island never simulates).
import type { ChannelView, Frame, HeapObject, ThreadView, Trace, ValueView } from '../../src/sim/trace/schema.ts';
import { snapshotAt } from '../../src/sim/trace/snapshot.ts';

/** One thread's stack at the step. */
export type ThreadSnapshot = ThreadView;

export interface MemorySnapshot {
  /** The running thread's stack (the only stack of a single-threaded run). */
  frames: Frame[];
  heap: HeapObject[];
  /** Keys of what changed at this step: 'heap:3', 'slot:<frameId>:<slotIndex>'. */
  changed: readonly string[];
  /** At a 'return' step: the value handed back by the returning (top) frame. */
  ret?: { frame: number; value: ValueView };
  /** A run with more than one thread: every thread (main first); `frames` is the running one's. */
  threads?: ThreadSnapshot[];
  /** mpsc channels of a program that made one, in creation order. */
  channels?: ChannelView[];
}

/** The complete picture at step `index` (clamped to the recorded steps). */
export function snapshotOf(trace: Trace, index: number): MemorySnapshot {
  if (trace.steps.length === 0) return { frames: [], heap: [], changed: [] };
  const s = snapshotAt(trace, index);
  const out: MemorySnapshot = { frames: s.frames, heap: s.heap, changed: s.step.changed };
  if (s.step.ret) out.ret = s.step.ret;
  if (s.threads && s.threads.length > 0) out.threads = s.threads;
  if (s.channels && s.channels.length > 0) out.channels = s.channels;
  return out;
}
