// Program output as an ordered list of stdout/stderr chunks, up to a given trace step.
// Pure: interleaves the two streams in the order they were written, using each step's stdoutLen/stderrLen.
import type { Trace } from '../../src/sim/trace/schema.ts';

export type Stream = 'stdout' | 'stderr';

export interface Chunk {
  stream: Stream;
  text: string;
}

function push(out: Chunk[], stream: Stream, text: string): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.stream === stream) last.text += text;
  else out.push({ stream, text });
}

/** Output written before (and at) step `index`; at the last step, everything the program wrote. */
export function outputUpTo(trace: Trace, index: number): Chunk[] {
  const out: Chunk[] = [];
  let o = 0;
  let e = 0;
  const last = Math.min(index, trace.steps.length - 1);
  for (let i = 0; i <= last; i++) {
    const s = trace.steps[i];
    if (s.stdoutLen > o) push(out, 'stdout', trace.stdout.slice(o, (o = s.stdoutLen)));
    if (s.stderrLen > e) push(out, 'stderr', trace.stderr.slice(e, (e = s.stderrLen)));
  }
  if (index >= trace.steps.length - 1) {
    push(out, 'stdout', trace.stdout.slice(o));
    push(out, 'stderr', trace.stderr.slice(e));
  }
  return out;
}

/** Output of a run without a trace: stdout, then stderr. */
export function plainOutput(stdout: string, stderr: string): Chunk[] {
  const out: Chunk[] = [];
  push(out, 'stdout', stdout);
  push(out, 'stderr', stderr);
  return out;
}
