// Tick marks under the timeline slider: where values were dropped and where the program panicked.
// Pure: from the trace's step events and notes.
import type { Trace } from '../../src/sim/trace/schema.ts';

export interface Marker {
  step: number;
  kind: 'drop' | 'panic';
  /** Tooltip / accessible title, Korean. */
  title: string;
  /** Position along the slider, 0..1. */
  at: number;
}

const MAX_MARKERS = 200;

/** Drop and panic events of the trace, evenly thinned if there are very many drops. `stepNumber` is the
 *  number the reader sees for a trace step (after merging identical steps). */
export function timelineMarkers(trace: Trace, stepNumber: (i: number) => number = (i) => i + 1): Marker[] {
  const n = trace.steps.length;
  const at = (i: number): number => (n <= 1 ? 0 : i / (n - 1));
  const all: Marker[] = [];
  trace.steps.forEach((s, i) => {
    if (s.event === 'drop') all.push({ step: i, kind: 'drop', title: `단계 ${stepNumber(i)}: ${s.note ?? '값 해제'}`, at: at(i) });
    else if (s.event === 'panic') all.push({ step: i, kind: 'panic', title: `단계 ${stepNumber(i)}: ${s.note ?? '패닉'}`, at: at(i) });
  });
  const panics = all.filter((m) => m.kind === 'panic');
  const drops = all.filter((m) => m.kind === 'drop');
  const keep = drops.length > MAX_MARKERS ? drops.filter((_, i) => i % Math.ceil(drops.length / MAX_MARKERS) === 0) : drops;
  return [...keep, ...panics].sort((a, b) => a.step - b.step);
}

/** The step's Korean note, or a short description from its event when the simulator gave none.
 *  `lineNumber` gives the number the reader sees for a trace line (null: a line hidden from the reader). */
export function stepNote(trace: Trace, index: number, lineNumber: (traceLine: number) => number | null = (l) => l - trace.lineOffset): string {
  const s = trace.steps[index];
  if (!s) return '';
  if (s.note) return s.note;
  const line = lineNumber(s.at.line);
  switch (s.event) {
    case 'stmt':
      return line === null ? '숨겨진 줄을 실행하기 전' : `${line}번째 줄을 실행하기 전`;
    case 'call':
      return '함수 호출';
    case 'return':
      return '함수에서 돌아가기 전';
    case 'drop':
      return '값 해제';
    case 'panic':
      return '패닉';
    case 'end':
      return '프로그램 종료';
  }
}

/** Korean label of the current step: '단계 12 / 57'. */
export function stepLabel(index: number, trace: Trace): string {
  return `단계 ${index + 1} / ${trace.steps.length}`;
}
