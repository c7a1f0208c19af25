// Step slider with 처음/이전/다음/끝 buttons, the current step's number and note, and drop/panic tick marks.
// Arrow keys inside it never reach the page's chapter navigation.
import type { Trace } from '../src/sim/trace/schema.ts';
import { stepLabel, stepNote, timelineMarkers } from './timeline/markers.ts';
import { useMemo } from 'preact/hooks';

interface Props {
  trace: Trace;
  index: number;
  onStep(i: number): void;
  idPrefix: string;
}

/** 14px transport icon (the ⏮/⏭ glyphs are missing from many Korean fonts). */
function Icon({ d }: { d: string }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <path d={d} fill="currentColor" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" />
    </svg>
  );
}

export function Timeline({ trace, index, onStep, idPrefix }: Props) {
  const n = trace.steps.length;
  const markers = useMemo(() => timelineMarkers(trace), [trace]);
  const note = stepNote(trace, index);
  const go = (i: number) => onStep(Math.max(0, Math.min(n - 1, i)));
  const noteId = `${idPrefix}-note`;
  return (
    <div class="hb-timeline" data-timeline-box>
      <div class="hb-tl-buttons" role="group" aria-label="단계 이동">
        <button type="button" data-step-action="first" aria-label="처음" title="처음" disabled={index === 0} onClick={() => go(0)}>
          <Icon d="M3 2v10M12 2 5 7l7 5z" />
        </button>
        <button type="button" data-step-action="prev" aria-label="이전" title="이전" disabled={index === 0} onClick={() => go(index - 1)}>
          <Icon d="M10 2 3 7l7 5z" />
        </button>
        <button type="button" data-step-action="next" aria-label="다음" title="다음" disabled={index >= n - 1} onClick={() => go(index + 1)}>
          <Icon d="m4 2 7 5-7 5z" />
        </button>
        <button type="button" data-step-action="last" aria-label="끝" title="끝" disabled={index >= n - 1} onClick={() => go(n - 1)}>
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
          value={index}
          aria-label="실행 단계"
          aria-valuetext={`${stepLabel(index, trace)}${note ? ': ' + note : ''}`}
          aria-describedby={noteId}
          onInput={(e) => go(Number((e.target as HTMLInputElement).value))}
        />
        <div class="hb-tl-marks" aria-hidden="true">
          {markers.map((m) => (
            <span
              key={m.step}
              class={`hb-tl-mark hb-tl-${m.kind}`}
              data-marker={m.kind}
              title={m.title}
              style={{ left: `calc(${(m.at * 100).toFixed(3)}% + ${(8 - 16 * m.at).toFixed(2)}px)` }}
              onClick={() => go(m.step)}
            >
              {m.kind === 'panic' ? '!' : ''}
            </span>
          ))}
        </div>
      </div>
      <div class="hb-tl-info" id={noteId}>
        <span class="hb-step" data-step aria-live="polite">
          {stepLabel(index, trace)}
          {note ? <span class="hb-step-note"> · {note}</span> : null}
        </span>
        {trace.truncated && <span class="hb-truncated"> (기록한 단계는 앞의 {n}개뿐입니다. 전체 {trace.totalSteps}단계)</span>}
      </div>
    </div>
  );
}
