// Which code lines the island marks at a step, as Python Tutor does: the line about to run ("다음 줄") and
// the line that ran just before it in the same function ("실행한 줄"). Pure: from the trace's steps.
import type { Trace } from '../../src/sim/trace/schema.ts';

export interface LineMarks {
  /** Trace line (1-based, in trace.source) the step is at: the statement about to run, or where a drop happens. */
  next: number;
  /** Whether `next` is a statement about to run (else the step is a call, drop, return, panic or end there). */
  nextIsStmt: boolean;
  /** Trace line that ran last in the same function, when it differs from `next`; null at a function's start. */
  ran: number | null;
}

/** Marks for trace step `i`. */
export function lineMarks(trace: Trace, i: number): LineMarks | null {
  const s = trace.steps[i];
  if (!s) return null;
  const depth = s.depth;
  let ran: number | null = null;
  for (let k = i - 1; k >= 0; k--) {
    const p = trace.steps[k];
    if (p.depth < depth) break;
    if (p.depth > depth || p.event !== 'stmt') continue;
    if (p.at.line !== s.at.line) ran = p.at.line;
    break;
  }
  return { next: s.at.line, nextIsStmt: s.event === 'stmt', ran };
}
