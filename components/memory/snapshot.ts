// What the memory view draws at one step: frames, live heap objects and what changed.
// Resolves a trace step through the trace's object pool (the island never simulates).
import type { Frame, HeapObject, Trace, ValueView } from '../../src/sim/trace/schema.ts';
import { snapshotAt } from '../../src/sim/trace/snapshot.ts';

export interface MemorySnapshot {
  frames: Frame[];
  heap: HeapObject[];
  /** Keys of what changed at this step: 'heap:3', 'slot:<frameId>:<slotIndex>'. */
  changed: readonly string[];
  /** At a 'return' step: the value handed back by the returning (top) frame. */
  ret?: { frame: number; value: ValueView };
}

/** The complete picture at step `index` (clamped to the recorded steps). */
export function snapshotOf(trace: Trace, index: number): MemorySnapshot {
  if (trace.steps.length === 0) return { frames: [], heap: [], changed: [] };
  const s = snapshotAt(trace, index);
  const out: MemorySnapshot = { frames: s.frames, heap: s.heap, changed: s.step.changed };
  if (s.step.ret) out.ret = s.step.ret;
  return out;
}
