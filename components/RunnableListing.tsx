// Island around one runnable listing: 실행 runs it in the simulator worker, then shows output, a step timeline,
// the memory diagram and the executing line (side by side with the code on wide screens); 편집 swaps in an
// editor whose edits persist per listing and travel in the URL fragment (permalink).
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ListingData } from '../src/book/model.ts';
import type { RunResult } from '../src/sim/api.ts';
import { SimClient } from './sim-client.ts';
import { TIMEOUT_MESSAGE } from './run/protocol.ts';
import { lineColText, panicDiagnostic, shownDiagnostics, type ShownDiagnostic } from './run/diagnostics.ts';
import { takePendingRun } from './run/early-click.ts';
import { outputUpTo, plainOutput } from './output/chunks.ts';
import { OutputPane } from './OutputPane.tsx';
import { Timeline } from './Timeline.tsx';
import { MemoryView } from './memory/MemoryView.tsx';
import { snapshotOf } from './memory/snapshot.ts';
import { listingLine, visibleLineNumber } from './code/line-map.ts';
import { lineMarks } from './code/line-marks.ts';
import { markCurrentLine } from './code/highlight-line.ts';
import { stepNote } from './timeline/markers.ts';
import { landingPosition, landingRequest, visibleSteps } from './timeline/steps.ts';
import { CodeEditor, type GotoRequest } from './edit/CodeEditor.tsx';
import { clearEdit, editKey, loadEdit, saveEdit } from './edit/storage.ts';
import { codeFromHash, permalinkHash } from './edit/permalink.ts';
import './RunnableListing.css';

/** One simulator worker per page, shared by every listing on it (created when a Run button is approached). */
let shared: SimClient | null = null;
const client = (): SimClient => (shared ??= new SimClient());
const warm = (): void => client().warm();

type RunState =
  | { phase: 'idle' }
  | { phase: 'running'; startedAt: number }
  | { phase: 'done'; result: RunResult; ms: number; edited: boolean; source: string }
  | { phase: 'failed'; message: string };

interface Props {
  listing: ListingData;
  children?: ComponentChildren;
  /** Static SVG of the step a run lands on, computed at build time (a named slot, shown with the pre-run output). */
  figure?: ComponentChildren;
}

const ARROW_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

export default function RunnableListing({ listing, children, figure }: Props) {
  const [run, setRun] = useState<RunState>({ phase: 'idle' });
  const [pos, setPos] = useState(0);
  const [edited, setEdited] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [resetTo, setResetTo] = useState<{ code: string; nonce: number } | null>(null);
  const [goto, setGoto] = useState<GotoRequest | null>(null);
  const [copied, setCopied] = useState(false);
  const codeRef = useRef<HTMLDivElement>(null);
  const runRef = useRef<HTMLButtonElement>(null);
  const keyRef = useRef<string>('');
  const busy = useRef(false);
  const domId = `hb-${listing.id}`;
  const cannotRun = listing.precomputed?.couldNotRun === true;

  const currentCode = edited ?? listing.source;

  const onRun = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    const source = currentCode;
    const wasEdited = edited !== null;
    setRun({ phase: 'running', startedAt: performance.now() });
    const out = await client().run(source);
    busy.current = false;
    if (out.kind === 'ok') {
      const trace = out.result.trace;
      setPos(trace && trace.steps.length ? landingPosition(trace, visibleSteps(trace), landingRequest(listing.attrs.other)) : 0);
      setRun({ phase: 'done', result: out.result, ms: out.ms, edited: wasEdited, source });
      const offset = trace?.lineOffset ?? 0;
      const first = shownDiagnostics(out.result.diagnostics, offset).find((d) => d.severity === 'error');
      if (first && wasEdited) setGoto({ line: first.line, col: first.col, nonce: Date.now() });
    } else if (out.kind === 'timeout') setRun({ phase: 'failed', message: TIMEOUT_MESSAGE });
    else if (out.kind === 'cancelled') setRun({ phase: 'failed', message: '다른 예제를 실행하느라 이 실행을 멈췄습니다. 다시 실행해 보세요.' });
    else setRun({ phase: 'failed', message: `시뮬레이터 오류: ${out.message}` });
  }, [currentCode, edited, listing.attrs.other]);

  // Restore the code from a permalink (or a saved edit); run at once if 실행 was clicked before hydration.
  const pendingRun = useRef(false);
  useEffect(() => {
    keyRef.current = editKey(location.pathname, listing.id);
    const linked = codeFromHash(location.hash, listing.id);
    const saved = linked ?? loadEdit(keyRef.current);
    if (saved !== null && saved !== listing.source) {
      setEdited(saved);
      setEditing(true);
    }
    if (linked !== null) document.getElementById(domId)?.scrollIntoView({ block: 'start' });
    if (takePendingRun(listing.id)) {
      pendingRun.current = true;
      runRef.current?.focus();
    }
  }, [listing.id, listing.source]);
  useEffect(() => {
    if (!pendingRun.current) return;
    pendingRun.current = false;
    void onRun();
  }, [onRun]);

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
    if (codeFromHash(location.hash, listing.id) !== null) history.replaceState(null, '', location.pathname + location.search);
  };

  const onChange = useCallback(
    (code: string) => {
      const changed = code !== listing.source;
      setEdited(changed ? code : null);
      setCopied(false);
      saveEdit(keyRef.current, code, listing.source);
      history.replaceState(null, '', changed ? permalinkHash(listing.id, code) : location.pathname + location.search);
    },
    [listing.source, listing.id],
  );

  const onCopyLink = async () => {
    const url = location.origin + location.pathname + location.search + permalinkHash(listing.id, currentCode);
    history.replaceState(null, '', permalinkHash(listing.id, currentCode));
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      /* the address bar holds the link too */
    }
    setCopied(true);
  };

  const result = run.phase === 'done' ? run.result : null;
  const trace = result?.trace && result.trace.steps.length > 0 ? result.trace : null;
  const visible = useMemo(() => (trace ? visibleSteps(trace) : []), [trace]);
  const lastPos = Math.max(0, visible.length - 1);
  const shownPos = Math.min(pos, lastPos);
  const step = visible[shownPos] ?? 0;
  const atEnd = !trace || shownPos >= lastPos;
  const snapshot = useMemo(() => (trace ? snapshotOf(trace, step) : null), [trace, step]);
  const offset = result?.trace?.lineOffset ?? 0;

  // Which code lines to mark at this step (listing-relative); hidden lines only exist in the original.
  const ranEdited = run.phase === 'done' && run.edited;
  const lines = useMemo(() => (ranEdited ? currentCode.split('\n').map(() => true) : listing.visible), [ranEdited, currentCode, listing.visible]);
  const marks = trace ? lineMarks(trace, step) : null;
  const current = marks ? listingLine(marks.next, offset, lines) : null;
  const ranLine = marks && marks.ran !== null ? listingLine(marks.ran, offset, lines) : null;
  const showEditor = editing || edited !== null;
  /** A trace line as the reader numbers it (visible lines only), null for a hidden or wrapper line. */
  const readerLine = (traceLine: number): number | null => {
    const l = listingLine(traceLine, offset, lines);
    return l ? visibleLineNumber(l.index, lines) : null;
  };

  useEffect(() => {
    markCurrentLine(codeRef.current, showEditor ? null : current, showEditor ? null : ranLine, marks?.nextIsStmt ?? true);
  }, [current?.index, current?.hidden, ranLine?.index, marks?.nextIsStmt, showEditor]);

  const diags: ShownDiagnostic[] = result ? shownDiagnostics(result.diagnostics, offset) : [];
  const panic = result ? panicDiagnostic(result.outcome, offset) : null;

  const chunks = result ? (trace ? outputUpTo(trace, step) : plainOutput(result.stdout, result.stderr)) : [];
  const status =
    run.phase === 'running'
      ? '실행 중…'
      : run.phase === 'failed'
        ? run.message
        : run.phase === 'done'
          ? `실행 완료 (${Math.round(run.ms)}ms${trace ? `, ${visible.length}단계` : ''})`
          : copied
            ? '링크를 복사했습니다 (주소창에도 있습니다)'
            : '';
  const stale = run.phase === 'done' && run.source !== currentCode;

  const pointAt = (d: ShownDiagnostic) => {
    if (showEditor) setGoto({ line: d.line, col: d.col, nonce: Date.now() });
    else markCurrentLine(codeRef.current, listingLine(d.line, 0, listing.visible));
  };
  const split = trace !== null && snapshot !== null;
  const runnable = !cannotRun || edited !== null;

  return (
    <div
      class={`hb-listing${showEditor ? ' hb-is-editing' : ''}${split ? ' hb-split' : ''}`}
      data-listing={listing.id}
      data-run-state={run.phase}
      id={domId}
      onKeyDown={(e) => {
        if (ARROW_KEYS.has(e.key)) e.stopPropagation();
      }}
    >
      <div class="hb-col-code">
        <div class="hb-code hb-numbered" ref={codeRef} hidden={showEditor}>
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
        {trace && !showEditor && (
          <p class="hb-legend" data-legend aria-hidden="true">
            <span class="hb-legend-next">▶ 다음에 실행할 줄</span>
            <span>✓ 방금 실행한 줄</span>
          </p>
        )}
        <div class="hb-bar" role="toolbar" aria-label="예제 실행 도구" onPointerEnter={warm} onFocusCapture={warm} onTouchStart={warm}>
          {runnable && (
            <button
              type="button"
              ref={runRef}
              class="hb-btn hb-btn-run"
              data-action="run"
              onClick={onRun}
              aria-disabled={run.phase === 'running' ? 'true' : undefined}
              aria-describedby={`${domId}-status`}
            >
              <span aria-hidden="true">▶</span> 실행
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
              <button type="button" class="hb-btn" data-action="permalink" onClick={onCopyLink} title="고친 코드가 담긴 링크를 복사합니다">
                <span aria-hidden="true">🔗</span> 링크 복사
              </button>
              <span class="hb-modified" data-modified title="이 예제는 수정되었습니다 (이 브라우저와 주소의 #조각에 저장됨)">
                ✎ 수정됨
              </span>
            </>
          )}
          <span class="hb-status" id={`${domId}-status`} role="status" aria-live="polite" data-status>
            {status}
          </span>
        </div>
        {cannotRun && edited === null && <CannotRun listing={listing} />}
        {stale && (
          <p class="hb-stale" data-stale role="status">
            ⚠ 코드가 이 실행 뒤에 바뀌었습니다. 아래 결과는 바뀌기 전 코드의 것입니다. 다시 실행해 보세요.
          </p>
        )}
        {run.phase === 'idle' && listing.precomputed && !cannotRun && <Precomputed listing={listing} figure={figure} />}
        {run.phase !== 'idle' && (
          <OutputPane
            chunks={chunks}
            exitCode={result && atEnd ? result.exitCode : null}
            notice={run.phase === 'failed' ? run.message : undefined}
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
      </div>
      {trace && snapshot && (
        <div class="hb-col-mem">
          <Timeline trace={trace} visible={visible} pos={shownPos} onPos={setPos} idPrefix={domId} noteText={(i) => stepNote(trace, i, readerLine)} />
          <MemoryView snapshot={snapshot} trace={trace} atEnd={atEnd} />
        </div>
      )}
    </div>
  );
}

/** Why the simulator cannot run this listing (no Run button then), with what the real program prints. */
function CannotRun({ listing }: { listing: ListingData }) {
  const p = listing.precomputed;
  if (!p) return null;
  return (
    <div class="hb-cannot-run" data-cannot-run role="note">
      <p>
        <strong>이 예제는 브라우저 시뮬레이터가 아직 실행하지 못합니다.</strong> {p.diagnostic ? p.diagnostic.message : ''}
      </p>
      {p.bookOutput !== undefined && (
        <div class="hb-output hb-output-static" data-book-output>
          <div class="hb-prompt" aria-hidden="true">
            <span class="hb-dollar">$</span> cargo run (책의 output.txt)
          </div>
          <span class="hb-stdout">{p.bookOutput}</span>
        </div>
      )}
    </div>
  );
}

/** Output computed at build time, shown collapsed before the first run (works without JavaScript), with the
 *  memory picture of the step a run lands on. */
function Precomputed({ listing, figure }: { listing: ListingData; figure?: ComponentChildren }) {
  const p = listing.precomputed;
  if (!p) return null;
  return (
    <details class="hb-precomputed" data-precomputed>
      <summary>미리 계산된 실행 결과와 메모리 그림</summary>
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
        {p.cut && (
          <div class="hb-notice" data-output-cut>
            ✂ 출력이 너무 길어 앞부분만 실었습니다 (전체 {p.cut.totalBytes.toLocaleString('ko-KR')}바이트 중 {p.cut.shownBytes.toLocaleString('ko-KR')}바이트).
          </div>
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
      {figure}
    </details>
  );
}
