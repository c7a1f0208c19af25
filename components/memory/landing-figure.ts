// The memory picture of the step a run lands on (see timeline/steps.ts), as a standalone SVG with a Korean
// text alternative: what readers without JavaScript see beside the pre-computed output, and `heapbook figure`.
import type { Trace } from '../../src/sim/trace/schema.ts';
import { landingPosition, visibleSteps, type LandingRequest } from '../timeline/steps.ts';
import { explainLeaks } from './leaks.ts';
import { snapshotOf } from './snapshot.ts';
import { renderMemoryFigure } from './svg-string.ts';
import { describeMemoryText } from './text-alt.ts';

export interface LandingFigure {
  svg: string;
  width: number;
  height: number;
  /** Korean description of the picture (for `alt`). */
  alt: string;
  /** Trace step drawn, and its number among the shown steps (1-based) and their count. */
  step: number;
  shown: number;
  of: number;
}

/** The figure of the landing step (or the requested one); null when nothing ran. */
export function landingFigure(trace: Trace, request: LandingRequest, title: string, idPrefix?: string): LandingFigure | null {
  if (trace.steps.length === 0) return null;
  const visible = visibleSteps(trace);
  const pos = landingPosition(trace, visible, request);
  const step = visible[pos];
  const snap = snapshotOf(trace, step);
  const atEnd = step === trace.steps.length - 1;
  const caption = atEnd ? explainLeaks(snap, trace) : [];
  const { svg, width, height } = renderMemoryFigure(snap, { title, caption, idPrefix });
  const alt = `${title}: ${describeMemoryText(snap).replace(/\n\s*/g, '; ')}${caption.length ? '. ' + caption.join(' ').replace(/`/g, '') : ''}`;
  return { svg, width, height, alt, step, shown: pos + 1, of: visible.length };
}
