// Tick marks under the timeline slider: where values were dropped, where the program panicked and, in a threaded
// run, where the running thread changed. Pure: from the trace's step events, notes and thread states.
import type { Step, Trace } from '../../src/sim/trace/schema.ts';
import { threadOf } from '../../src/sim/trace/snapshot.ts';
import { threadTitle } from '../memory/sync-text.ts';

export interface Marker {
  step: number;
  kind: 'drop' | 'panic' | 'switch';
  /** Tooltip / accessible title, Korean. */
  title: string;
  /** Position along the slider, 0..1. */
  at: number;
}

const MAX_MARKERS = 200;

/** Korean title of a thread switch: '단계 7: 실행 스레드 전환 — 스레드 1 · main → 스레드 2 · <unnamed>'. */
export function switchTitle(n: number, from: { id: number; name: string | null }, to: { id: number; name: string | null }): string {
  return `단계 ${n}: 실행 스레드 전환 — ${threadTitle(from)} → ${threadTitle(to)}`;
}

/** Evenly thinned to at most MAX_MARKERS. */
const thin = (ms: Marker[]): Marker[] => (ms.length > MAX_MARKERS ? ms.filter((_, i) => i % Math.ceil(ms.length / MAX_MARKERS) === 0) : ms);

/** Drop, panic and thread-switch events of the trace, drops and switches evenly thinned if there are very many.
 *  `stepNumber` is the number the reader sees for a trace step (after merging identical steps). */
export function timelineMarkers(trace: Trace, stepNumber: (i: number) => number = (i) => i + 1): Marker[] {
  const n = trace.steps.length;
  const at = (i: number): number => (n <= 1 ? 0 : i / (n - 1));
  const all: Marker[] = [];
  trace.steps.forEach((s, i) => {
    if (s.event === 'drop') all.push({ step: i, kind: 'drop', title: `단계 ${stepNumber(i)}: ${s.note ?? '값 해제'}`, at: at(i) });
    else if (s.event === 'panic') all.push({ step: i, kind: 'panic', title: `단계 ${stepNumber(i)}: ${s.note ?? '패닉'}`, at: at(i) });
    const from = trace.steps[i - 1]?.thread;
    if (from !== undefined && s.thread !== undefined && from !== s.thread) all.push({ step: i, kind: 'switch', title: switchTitle(stepNumber(i), threadOf(trace, i - 1)!, threadOf(trace, i)!), at: at(i) });
  });
  const panics = all.filter((m) => m.kind === 'panic');
  const drops = thin(all.filter((m) => m.kind === 'drop'));
  const switches = thin(all.filter((m) => m.kind === 'switch'));
  // A step that both switches and drops keeps one mark: the switch (its note still tells the drop).
  const switched = new Set(switches.map((m) => m.step));
  return [...drops.filter((m) => !switched.has(m.step)), ...switches, ...panics].sort((a, b) => a.step - b.step || (a.kind === 'panic' ? 1 : 0) - (b.kind === 'panic' ? 1 : 0));
}

/** The step's Korean note, or a short description from its event when the simulator gave none.
 *  `lineNumber` gives the number the reader sees for a trace line (null: a line hidden from the reader). */
export function stepNote(trace: Trace, index: number, lineNumber: (traceLine: number) => number | null = (l) => l - trace.lineOffset): string {
  const s = trace.steps[index];
  if (!s) return '';
  // A threaded run says whose step it is: '스레드 2 · <unnamed>: 15번째 줄을 실행하기 전'.
  const who = threadOf(trace, index);
  const note = eventNote(s, lineNumber);
  return who ? `${threadTitle(who)}: ${note}` : note;
}

function eventNote(s: Step, lineNumber: (traceLine: number) => number | null): string {
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
