// Resolves step i of a Trace into a complete, self-contained picture: frames, live heap, output so far.
// Pure; the memory view calls it for the step the reader is looking at.
import type { Frame, HeapObject, Step, Trace } from './schema.ts';

export interface Snapshot {
  step: Step;
  frames: Frame[];
  heap: HeapObject[];
  stdout: string;
  stderr: string;
}

export function snapshotAt(trace: Trace, i: number): Snapshot {
  if (trace.steps.length === 0) {
    // Nothing ran (a parse error or unsupported feature): an empty picture with the whole output.
    const step: Step = { event: 'end', at: { line: 1, col: 1 }, frames: [], heap: [], stdoutLen: trace.stdout.length, stderrLen: trace.stderr.length, changed: [] };
    return { step, frames: [], heap: [], stdout: trace.stdout, stderr: trace.stderr };
  }
  const k = Math.max(0, Math.min(i, trace.steps.length - 1));
  const step = trace.steps[k];
  return {
    step,
    frames: step.frames.map((p) => trace.pool[p] as Frame),
    heap: step.heap.map((p) => trace.pool[p] as HeapObject),
    stdout: trace.stdout.slice(0, step.stdoutLen),
    stderr: trace.stderr.slice(0, step.stderrLen),
  };
}
