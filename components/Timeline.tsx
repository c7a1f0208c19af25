// Step controls: 처음/이전/다음/끝, 건너뛰기 (step over) and 나가기 (step out), a slider over the shown steps,
// the step's number and note, and drop/panic/thread-switch marks that are buttons (one tab stop, arrow keys move
// between them).
// Arrow keys inside it never reach the page's chapter navigation.
import type { Trace } from '../src/sim/trace/schema.ts';
import { timelineMarkers } from './timeline/markers.ts';
import { positionOf, stepBackOver, stepOut, stepOver } from './timeline/steps.ts';
import { useMemo, useRef } from 'preact/hooks';

interface Props {
  trace: Trace;
  /** Trace indices of the shown steps. */
  visible: readonly number[];
  /** Current position in `visible`. */
  pos: number;
  onPos(p: number): void;
  idPrefix: string;
  /** The step's Korean note, with lines numbered as the reader sees them. */
  noteText(traceIndex: number): string;
}

/** 14px transport icon (the ⏮/⏭ glyphs are missing from many Korean fonts). */
function Icon({ d }: { d: string }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <path d={d} fill="currentColor" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" />
    </svg>
  );
}

/** Keys of the step controls (also listed in aria-keyshortcuts). */
export const STEP_KEYS = { over: 'o', out: 'u', back: 'b' } as const;

export function Timeline({ trace, visible, pos, onPos, idPrefix, noteText }: Props) {
  const n = visible.length;
  const markers = useMemo(() => timelineMarkers(trace, (i) => positionOf(visible, i) + 1).map((m) => ({ ...m, pos: positionOf(visible, m.step) })), [trace, visible]);
  const marksRef = useRef<HTMLDivElement>(null);
  const index = visible[Math.min(pos, n - 1)] ?? 0;
  const note = noteText(index);
  const go = (p: number) => onPos(Math.max(0, Math.min(n - 1, p)));
  const over = () => go(stepOver(trace, visible, pos));
  const out = () => go(stepOut(trace, visible, pos));
  const back = () => go(stepBackOver(trace, visible, pos));
  const noteId = `${idPrefix}-note`;
  const label = `단계 ${pos + 1} / ${n}`;
  // The mark a Tab lands on: the first one at or after the current step.
  const focusMark = Math.max(0, markers.findIndex((m) => m.pos >= pos));
  const onMarkKey = (e: KeyboardEvent, i: number) => {
    const next = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? i + 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? markers.length - 1 : -2;
    if (next === -2) return;
    e.preventDefault();
    const k = Math.max(0, Math.min(markers.length - 1, next));
    (marksRef.current?.querySelectorAll('button')[k] as HTMLButtonElement | undefined)?.focus();
  };
  return (
    <div
      class="hb-timeline"
      data-timeline-box
      onKeyDown={(e) => {
        if (e.target instanceof HTMLInputElement && e.target.type !== 'range') return;
        if (e.altKey || e.ctrlKey || e.metaKey) return;
        if (e.key === STEP_KEYS.over) over();
        else if (e.key === STEP_KEYS.out) out();
        else if (e.key === STEP_KEYS.back) back();
        else return;
        e.preventDefault();
      }}
    >
      <div class="hb-tl-buttons" role="group" aria-label="단계 이동">
        <button type="button" data-step-action="first" aria-label="처음" title="처음" disabled={pos === 0} onClick={() => go(0)}>
          <Icon d="M3 2v10M12 2 5 7l7 5z" />
        </button>
        <button type="button" data-step-action="prev" aria-label="이전 단계" title="이전 단계 (←)" disabled={pos === 0} onClick={() => go(pos - 1)}>
          <Icon d="M10 2 3 7l7 5z" />
        </button>
        <button type="button" data-step-action="next" aria-label="다음 단계 (함수 안으로)" title="다음 단계, 함수 안으로 (→)" disabled={pos >= n - 1} onClick={() => go(pos + 1)}>
          <Icon d="m4 2 7 5-7 5z" />
        </button>
        <button type="button" class="hb-tl-text" data-step-action="over" aria-keyshortcuts={STEP_KEYS.over} title="함수 호출을 건너뛰고 다음 줄로 (o)" disabled={pos >= n - 1} onClick={over}>
          건너뛰기
        </button>
        <button type="button" class="hb-tl-text" data-step-action="out" aria-keyshortcuts={STEP_KEYS.out} title="지금 함수가 반환할 때까지 (u)" disabled={pos >= n - 1} onClick={out}>
          나가기
        </button>
        <button type="button" data-step-action="last" aria-label="끝" title="끝" disabled={pos >= n - 1} onClick={() => go(n - 1)}>
          <Icon d="M11 2v10M2 2l7 5-7 5z" />
        </button>
      </div>
      <div class="hb-tl-track">
        <input
          type="range"
          data-timeline
          min={0}
          max={Math.max(0, n - 1)}
          step={1}
          value={pos}
          aria-label="실행 단계"
          aria-valuetext={`${label}${note ? ': ' + note : ''}`}
          aria-describedby={noteId}
          onInput={(e) => go(Number((e.target as HTMLInputElement).value))}
        />
        <div class="hb-tl-marks" ref={marksRef} role="group" aria-label={markers.some((m) => m.kind === 'switch') ? '드롭·패닉·스레드 전환 단계' : '드롭과 패닉 단계'}>
          {markers.map((m, i) => (
            <button
              type="button"
              key={`${m.kind}${m.step}`}
              class={`hb-tl-mark hb-tl-${m.kind}`}
              data-marker={m.kind}
              tabIndex={i === focusMark ? 0 : -1}
              title={m.title}
              aria-label={m.title}
              aria-current={m.pos === pos ? 'step' : undefined}
              style={{ left: `calc(${(n <= 1 ? 0 : (m.pos / (n - 1)) * 100).toFixed(3)}% + ${(8 - 16 * (n <= 1 ? 0 : m.pos / (n - 1))).toFixed(2)}px)` }}
              onClick={() => go(m.pos)}
              onKeyDown={(e) => onMarkKey(e, i)}
            >
              {m.kind === 'panic' ? '!' : ''}
            </button>
          ))}
        </div>
      </div>
      <div class="hb-tl-info" id={noteId}>
        <span class="hb-step" data-step aria-live="polite">
          {label}
          {note ? <span class="hb-step-note"> · {note}</span> : null}
        </span>
        {trace.truncated && <span class="hb-truncated"> (기록한 단계는 앞의 {trace.steps.length}개뿐입니다. 전체 {trace.totalSteps}단계)</span>}
        {markers.length > 0 && (
          <span class="hb-tl-key" aria-hidden="true">
            {markers.some((m) => m.kind === 'drop') && <><i /> 드롭·해제</>}
            {markers.some((m) => m.kind === 'panic') && <><b>!</b> 패닉</>}
          </span>
        )}
      </div>
    </div>
  );
}
