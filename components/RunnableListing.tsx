// Island around one runnable listing: 실행 runs it in the simulator worker, then shows output, a step timeline,
// the memory diagram and the executing line; 편집 swaps in an editor whose edits persist per listing.
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ListingData } from '../src/book/model.ts';
import type { RunResult } from '../src/sim/api.ts';
import { SimClient } from './sim-client.ts';
import { TIMEOUT_MESSAGE } from './run/protocol.ts';
import { lineColText, panicDiagnostic, shownDiagnostics, type ShownDiagnostic } from './run/diagnostics.ts';
import { outputUpTo, plainOutput } from './output/chunks.ts';
import { OutputPane } from './OutputPane.tsx';
import { Timeline } from './Timeline.tsx';
import { MemoryView } from './memory/MemoryView.tsx';
import { snapshotOf } from './memory/snapshot.ts';
import { listingLine } from './code/line-map.ts';
import { markCurrentLine } from './code/highlight-line.ts';
import { CodeEditor, type GotoRequest } from './edit/CodeEditor.tsx';
import { clearEdit, editKey, loadEdit, saveEdit } from './edit/storage.ts';
import './RunnableListing.css';

/** One simulator worker per page, shared by every listing on it (created on idle or first run). */
let shared: SimClient | null = null;
const client = (): SimClient => (shared ??= new SimClient());

type RunState =
  | { phase: 'idle' }
  | { phase: 'running'; startedAt: number; live?: { stdout: string; stderr: string } }
  | { phase: 'done'; result: RunResult; ms: number; edited: boolean }
  | { phase: 'failed'; message: string };

interface Props {
  listing: ListingData;
  children?: ComponentChildren;
}

const ARROW_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

export default function RunnableListing({ listing, children }: Props) {
  const [run, setRun] = useState<RunState>({ phase: 'idle' });
  const [step, setStep] = useState(0);
  const [edited, setEdited] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [resetTo, setResetTo] = useState<{ code: string; nonce: number } | null>(null);
  const [goto, setGoto] = useState<GotoRequest | null>(null);
  const codeRef = useRef<HTMLDivElement>(null);
  const keyRef = useRef<string>('');
  const domId = `hb-${listing.id}`;

  // Restore a saved edit, and warm the worker once the page is idle.
  useEffect(() => {
    keyRef.current = editKey(location.pathname, listing.id);
    const saved = loadEdit(keyRef.current);
    if (saved !== null && saved !== listing.source) {
      setEdited(saved);
      setEditing(true);
    }
    const w = window as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number };
    if (w.requestIdleCallback) w.requestIdleCallback(() => client().warm(), { timeout: 5000 });
    else setTimeout(() => client().warm(), 2000);
  }, [listing.id, listing.source]);

  const currentCode = edited ?? listing.source;

  const [seed, setSeed] = useState<number | undefined>(undefined);
  const onRun = useCallback(async (nextSeed?: number) => {
    setSeed(nextSeed);
    const source = currentCode;
    const wasEdited = edited !== null;
    const startedAt = performance.now();
    setRun({ phase: 'running', startedAt });
    // Output streams in while the run goes on; 멈춤 / the time limit keep it (and the trace so far).
    const out = await client().run(source, undefined, { onOutput: (stdout, stderr) => setRun({ phase: 'running', startedAt, live: { stdout, stderr } }) }, nextSeed);
    if (out.kind === 'ok') {
      const steps = out.result.trace?.steps.length ?? 0;
      setStep(Math.max(0, steps - 1));
      setRun({ phase: 'done', result: out.result, ms: out.ms, edited: wasEdited });
      const offset = out.result.trace?.lineOffset ?? 0;
      const first = shownDiagnostics(out.result.diagnostics, offset).find((d) => d.severity === 'error');
      if (first && wasEdited) setGoto({ line: first.line, col: first.col, nonce: Date.now() });
    } else if (out.kind === 'timeout') setRun({ phase: 'failed', message: TIMEOUT_MESSAGE });
    else if (out.kind === 'cancelled') setRun({ phase: 'failed', message: '다른 예제를 실행하느라 이 실행을 멈췄습니다. 다시 실행해 보세요.' });
    else setRun({ phase: 'failed', message: `시뮬레이터 오류: ${out.message}` });
  }, [currentCode, edited]);

  const onEdit = () => {
    if (editing && edited === null) setEditing(false);
    else setEditing(true);
  };

  const onReset = () => {
    clearEdit(keyRef.current);
    setEdited(null);
    setEditing(false);
    setResetTo({ code: listing.source, nonce: Date.now() });
    setRun({ phase: 'idle' });
  };

  const onChange = useCallback(
    (code: string) => {
      const changed = code !== listing.source;
      setEdited(changed ? code : null);
      saveEdit(keyRef.current, code, listing.source);
    },
    [listing.source],
  );

  const result = run.phase === 'done' ? run.result : null;
  const trace = result?.trace && result.trace.steps.length > 0 ? result.trace : null;
  const lastStep = trace ? trace.steps.length - 1 : 0;
  const atEnd = !trace || step >= lastStep;
  const snapshot = useMemo(() => (trace ? snapshotOf(trace, step) : null), [trace, step]);
  const offset = result?.trace?.lineOffset ?? 0;

  // Which code line runs at this step (listing-relative); hidden lines only exist in the original.
  const ranEdited = run.phase === 'done' && run.edited;
  const lines = useMemo(() => (ranEdited ? currentCode.split('\n').map(() => true) : listing.visible), [ranEdited, currentCode, listing.visible]);
  const current = trace ? listingLine(trace.steps[Math.min(step, lastStep)].at.line, offset, lines) : null;
  const showEditor = editing || edited !== null;

  useEffect(() => {
    markCurrentLine(codeRef.current, showEditor ? null : current);
  }, [current?.index, current?.hidden, showEditor]);

  const diags: ShownDiagnostic[] = result ? shownDiagnostics(result.diagnostics, offset) : [];
  const panic = result ? panicDiagnostic(result.outcome, offset) : null;

  const live = run.phase === 'running' ? run.live : undefined;
  const chunks = result ? (trace ? outputUpTo(trace, step) : plainOutput(result.stdout, result.stderr)) : live ? plainOutput(live.stdout, live.stderr) : [];
  const stopped = result?.outcome.kind === 'stopped' ? result.outcome.reason : null;
  const status =
    run.phase === 'running'
      ? '실행 중…'
      : run.phase === 'failed'
        ? run.message
        : run.phase === 'done' && stopped
          ? `${stopped === 'time-limit' ? TIMEOUT_MESSAGE : '멈춤'} (${Math.round(run.ms)}ms${trace ? `, ${trace.steps.length}단계` : ''})`
          : run.phase === 'done'
          ? `실행 완료 (${Math.round(run.ms)}ms${trace ? `, ${trace.steps.length}단계` : ''})`
          : '';

  const pointAt = (d: ShownDiagnostic) => {
    if (showEditor) setGoto({ line: d.line, col: d.col, nonce: Date.now() });
    else markCurrentLine(codeRef.current, listingLine(d.line, 0, listing.visible));
  };

  return (
    <div
      class={`hb-listing${showEditor ? ' hb-is-editing' : ''}`}
      data-listing={listing.id}
      data-run-state={run.phase}
      id={domId}
      onKeyDown={(e) => {
        if (ARROW_KEYS.has(e.key)) e.stopPropagation();
      }}
    >
      <div class="hb-code" ref={codeRef} hidden={showEditor}>
        {children}
      </div>
      {showEditor && (
        <CodeEditor
          initial={currentCode}
          label={`${listing.caption ?? listing.id} 코드 편집`}
          onChange={onChange}
          resetTo={resetTo}
          goto={goto}
          currentLine={showEditor && current ? current.index : null}
        />
      )}
      <div class="hb-bar" role="toolbar" aria-label="예제 실행 도구">
        <button type="button" class="hb-btn hb-btn-run" data-action="run" onClick={() => onRun()} disabled={run.phase === 'running'} aria-describedby={`${domId}-status`}>
          <span aria-hidden="true">▶</span> 실행
        </button>
        {run.phase === 'running' && (
          <button type="button" class="hb-btn hb-btn-stop" data-action="stop" onClick={() => client().stop()}>
            <span aria-hidden="true">■</span> 멈춤
          </button>
        )}
        {trace?.steps.some((s) => s.threads) && run.phase === 'done' && (
          <button type="button" class="hb-btn" data-action="reorder" onClick={() => onRun((seed ?? 0) + 1)} title="스레드를 다른 순서로 번갈아 실행합니다">
            <span aria-hidden="true">⇄</span> 다른 순서로 실행
          </button>
        )}
        <button type="button" class="hb-btn" data-action="edit" onClick={onEdit} aria-pressed={showEditor}>
          <span aria-hidden="true">✎</span> 편집
        </button>
        {edited !== null && (
          <>
            <button type="button" class="hb-btn" data-action="reset" onClick={onReset}>
              <span aria-hidden="true">↺</span> 원래대로
            </button>
            <span class="hb-modified" data-modified title="이 예제는 수정되었습니다 (이 브라우저에 저장됨)">
              ✎ 수정됨
            </span>
          </>
        )}
        <span class="hb-status" id={`${domId}-status`} role="status" aria-live="polite" data-status>
          {status}
        </span>
      </div>
      {run.phase === 'idle' && listing.precomputed && <Precomputed listing={listing} />}
      {run.phase !== 'idle' && (
        <OutputPane
          chunks={chunks}
          exitCode={result && atEnd && !stopped ? result.exitCode : null}
          notice={run.phase === 'failed' ? run.message : stopped === 'time-limit' ? TIMEOUT_MESSAGE : undefined}
          running={run.phase === 'running'}
        />
      )}
      {(diags.length > 0 || (panic && atEnd)) && (
        <ul class="hb-diags" data-diagnostics aria-label="진단">
          {[...diags, ...(panic && atEnd ? [panic] : [])].map((d, i) => (
            <li key={i} class={`hb-diag hb-diag-${d.severity}`}>
              <button type="button" class="hb-diag-pos" data-diag-pos={lineColText(d)} onClick={() => pointAt(d)} aria-label={`${d.line}번째 줄 ${d.col}번째 열로 이동`}>
                {lineColText(d)}
              </button>{' '}
              <span class="hb-diag-tag">{d.severity === 'error' ? '오류' : '경고'}</span> {d.message}
            </li>
          ))}
        </ul>
      )}
      {trace && snapshot && (
        <>
          <Timeline trace={trace} index={Math.min(step, lastStep)} onStep={setStep} idPrefix={domId} />
          <MemoryView snapshot={snapshot} trace={trace} atEnd={atEnd} />
        </>
      )}
    </div>
  );
}

/** Output computed at build time, shown collapsed before the first run (works without JavaScript). */
function Precomputed({ listing }: { listing: ListingData }) {
  const p = listing.precomputed;
  if (!p) return null;
  return (
    <details class="hb-precomputed" data-precomputed>
      <summary>미리 계산된 실행 결과</summary>
      <div class="hb-output hb-output-static">
        <div class="hb-prompt" aria-hidden="true">
          <span class="hb-dollar">$</span> cargo run
        </div>
        {p.stdout && <span class="hb-stdout">{p.stdout}</span>}
        {p.stderr && (
          <span class="hb-stderr">
            <span class="hb-stream-tag">stderr</span>
            {p.stderr}
          </span>
        )}
        {p.diagnostic && (
          <div class="hb-notice">
            ⚠ {p.diagnostic.line}:{p.diagnostic.col} {p.diagnostic.message}
          </div>
        )}
        <div class={`hb-exit${p.exitCode === 0 ? '' : ' hb-exit-fail'}`}>
          {p.exitCode === 0 ? '✓' : '✗'} 종료 코드 {p.exitCode}
        </div>
      </div>
    </details>
  );
}
