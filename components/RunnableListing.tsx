// Island around one runnable listing: 실행 runs it in the simulator worker (unedited: the build's result,
// run/precomputed-run.ts), then shows output, timeline, memory diagram and executing line (beside the code on wide
// screens); 편집 swaps in an editor (edits kept per listing, in the URL fragment). Loads with the page; the run view
// (run/RunView.tsx), the worker and the precomputed result load when a reader approaches 실행.
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ListingData } from '../src/book/model.ts';
import type { ShownDiagnostic } from './run/diagnostics.ts';
import type { DoneRun, RunState } from './run/state.ts';
import { takePendingRun } from './run/early-click.ts';
import { startWorker } from './sim-worker-start.ts';
import { fetchAsset } from './run/asset-fetch.ts';
import type { GotoRequest } from './edit/CodeEditor.tsx';
import { clearEdit, editKey, loadEdit, saveEdit } from './edit/storage.ts';
import type { ProgramInputs } from './run/protocol.ts';
import './RunnableListing.css';

type View = typeof import('./run/RunView.tsx');
type Kit = typeof import('./edit/EditKit.tsx');

let kitModule: Promise<Kit> | null = null;
const loadKit = (): Promise<Kit> => (kitModule ??= import('./edit/EditKit.tsx'));
/** Whether the URL fragment may carry code (a permalink): `#<id>?code=…`. */
const linkedCode = (): boolean => location.hash.includes('?code=');

let viewModule: Promise<View> | null = null;
/** Fetch the run view, which starts the simulator worker (on hover, focus or touch of the toolbar, or on 실행). */
const loadView = (): Promise<View> => (viewModule ??= import('./run/RunView.tsx'));

interface Props {
  listing: ListingData;
  children?: ComponentChildren;
  /** The build-time result (run/Precomputed.tsx, rendered by the page as a named slot: no island JavaScript). */
  precomputed?: ComponentChildren;
  /** Why the simulator cannot run this listing, with the book's output.txt (likewise a static slot). */
  cannotRunNote?: ComponentChildren;
}

/** A run shows as running (멈춤, 실행 중…) only after this long: most runs answer sooner. */
const SLOW_MS = 150;

const ARROW_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

export default function RunnableListing({ listing, children, precomputed, cannotRunNote }: Props) {
  const [run, setRun] = useState<RunState>({ phase: 'idle' });
  const [view, setView] = useState<View | null>(null);
  const [kit, setKit] = useState<Kit | null>(null);
  const [pos, setPos] = useState(0);
  const [edited, setEdited] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [resetTo, setResetTo] = useState<{ code: string; nonce: number } | null>(null);
  const [goto, setGoto] = useState<GotoRequest | null>(null);
  const [copied, setCopied] = useState(false);
  const [currentLine, setCurrentLine] = useState<number | null>(null);
  /** Runs finished so far (data-runs: lets tests and scripts wait for *this* run, not the last one). */
  const [runs, setRuns] = useState(0);
  /** The reader's arguments/stdin/seed; null until changed (the listing's defaults then apply). */
  const [inputs, setInputs] = useState<ProgramInputs | null>(null);
  const currentCode = edited ?? listing.source;
  // Approaching the toolbar starts the worker and loads the run view (the program's inputs box comes with it);
  // the worker parses and checks the listing meanwhile. Unedited, its precomputed result is fetched too.
  const approach = useCallback(() => {
    startWorker();
    if (edited === null && listing.runAsset) fetchAsset(listing.runAsset.file);
    void loadView().then((v) => {
      setView(() => v);
      v.prepare(listing, currentCode, edited !== null, rootRef.current);
    }, () => (viewModule = null));
  }, [listing, currentCode, edited]);
  const rootRef = useRef<HTMLDivElement>(null);
  const codeRef = useRef<HTMLDivElement>(null);
  const runRef = useRef<HTMLButtonElement>(null);
  const keyRef = useRef<string>('');
  const busy = useRef(false);
  const domId = `hb-${listing.id}`;
  const cannotRun = listing.precomputed?.couldNotRun === true;

  const [schedule, setSchedule] = useState<number | undefined>(undefined);
  const onRun = useCallback(async (nextSchedule?: number) => {
    if (busy.current) return;
    busy.current = true;
    setSchedule(nextSchedule);
    const source = currentCode;
    const wasEdited = edited !== null;
    const startedAt = performance.now();
    // The previous run stays drawn until this one answers (no teardown and rebuild of the diagram).
    setRun((r) => ({ phase: 'running', startedAt, prev: r.phase === 'done' ? r : r.phase === 'running' ? r.prev : undefined }));
    setTimeout(() => setRun((r) => (r.phase === 'running' && r.startedAt === startedAt ? { ...r, slow: true } : r)), SLOW_MS);
    // Unedited, with the default inputs and schedule: the build's result for it is the worker's answer.
    const precomputed = !wasEdited && source === listing.source && inputs === null && nextSchedule === undefined ? listing.runAsset : undefined;
    if (precomputed) fetchAsset(precomputed.file);
    let v: View;
    try {
      // Once loaded, the request goes to the worker at once (before this state change re-renders).
      v = view ?? (await loadView());
    } catch (e) {
      viewModule = null;
      busy.current = false;
      setRuns((n) => n + 1);
      setRun({ phase: 'failed', message: `실행 화면을 불러오지 못했습니다: ${e instanceof Error ? e.message : String(e)}` });
      return;
    }
    setView(() => v);
    const planned = v.listingRun(listing, wasEdited);
    // Output streams in while the run goes on; 멈춤 / the time limit keep it (and the trace so far).
    // Once this run prints, the previous run's picture goes (output and memory would disagree).
    const onOutput = (stdout: string, stderr: string) => setRun({ phase: 'running', startedAt, live: { stdout, stderr }, slow: true });
    const next = await v.execute(source, wasEdited, { inputs: inputs ?? planned.inputs, crate: planned.crate, schedule: nextSchedule }, { onOutput }, precomputed && v.loadRunAsset(precomputed));
    busy.current = false;
    setRuns((n) => n + 1);
    if (next.phase === 'done') {
      setPos(v.landing(next.result, listing));
      const first = v.firstError(next.result);
      if (first && wasEdited) setGoto({ line: first.line, col: first.col, nonce: Date.now() });
    }
    setRun(next);
  }, [currentCode, edited, listing, inputs, view]);

  // Restore the code from a permalink (or a saved edit); run at once if 실행 was clicked before hydration.
  const pendingRun = useRef(false);
  useEffect(() => {
    keyRef.current = editKey(location.pathname, listing.id);
    const restore = (linked: string | null) => {
      const saved = linked ?? loadEdit(keyRef.current);
      if (saved !== null && saved !== listing.source) {
        setEdited(saved);
        setEditing(true);
      }
      if (linked !== null) document.getElementById(domId)?.scrollIntoView({ block: 'start' });
    };
    if (linkedCode()) void loadKit().then((k) => restore(k.codeFromHash(location.hash, listing.id)));
    else restore(null);
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
    if (location.hash.startsWith(`#${listing.id}?code=`)) history.replaceState(null, '', location.pathname + location.search);
  };

  const onChange = useCallback(
    (code: string) => {
      const changed = code !== listing.source;
      setEdited(changed ? code : null);
      setCopied(false);
      saveEdit(keyRef.current, code, listing.source);
      if (kit) history.replaceState(null, '', changed ? kit.permalinkHash(listing.id, code) : location.pathname + location.search);
    },
    [listing.source, listing.id, kit],
  );

  /** The run drawn: this one once done, the one before while this one runs. */
  const shown = run.phase === 'done' ? run : run.phase === 'running' ? run.prev : undefined;
  const busyShown = run.phase === 'running' && run.slow === true;
  const result = shown?.result ?? null;
  const hasTrace = !!result?.trace && result.trace.steps.length > 0;
  const showEditor = editing || edited !== null;
  const steps = view && result ? view.traceOf(result) : null;
  useEffect(() => {
    if (showEditor && !kit) void loadKit().then((k) => setKit(() => k));
  }, [showEditor, kit]);

  const doneText = (d: DoneRun) => `${d.result.outcome.kind === 'stopped' ? '멈춤' : '실행 완료'} (${Math.round(d.ms)}ms)`;
  const status =
    run.phase === 'running'
      ? busyShown ? '실행 중…' : run.prev ? doneText(run.prev) : ''
      : run.phase === 'failed'
        ? run.message
        : run.phase === 'done'
          ? doneText(run)
          : copied
            ? '링크를 복사했습니다 (주소창에도 있습니다)'
            : '';
  const stale = run.phase === 'done' && run.source !== currentCode;

  const pointAt = (d: ShownDiagnostic) => {
    if (showEditor) setGoto({ line: d.line, col: d.col, nonce: Date.now() });
    else view?.markAt(codeRef.current, d, listing);
  };
  const runnable = !cannotRun || edited !== null;
  const viewProps = view && {
    listing,
    result,
    running: busyShown,
    failure: run.phase === 'failed' ? run.message : undefined,
    live: run.phase === 'running' ? run.live : undefined,
    pos,
    onPos: setPos,
    ranEdited: shown?.edited === true,
    code: currentCode,
    codeEl: showEditor ? null : codeRef.current,
    onCurrentLine: setCurrentLine,
    onPointAt: pointAt,
    domId,
  };

  return (
    <div
      class={`hb-listing${showEditor ? ' hb-is-editing' : ''}${hasTrace && steps ? ' hb-split' : ''}${busyShown ? ' hb-busy' : ''}`}
      data-listing={listing.id}
      data-run-state={run.phase}
      data-runs={runs}
      data-run-from={run.phase === 'done' ? run.from : undefined}
      id={domId}
      ref={rootRef}
      onKeyDown={(e) => {
        if (ARROW_KEYS.has(e.key)) e.stopPropagation();
      }}
    >
      <div class="hb-col-code">
        <div class="hb-code hb-numbered" ref={codeRef} hidden={showEditor}>
          {children}
        </div>
        {showEditor && !kit && <div class="hb-editor"><div class="hb-editor-loading">편집기를 불러오는 중…</div></div>}
        {showEditor && kit && (
          <kit.CodeEditor
            initial={currentCode}
            label={`${listing.caption ?? listing.id} 코드 편집`}
            onChange={onChange}
            resetTo={resetTo}
            goto={goto}
            currentLine={hasTrace ? currentLine : null}
          />
        )}
        {hasTrace && !showEditor && (
          <p class="hb-legend" data-legend aria-hidden="true">
            <span class="hb-legend-next">▶ 다음에 실행할 줄</span>
            <span>✓ 방금 실행한 줄</span>
          </p>
        )}
        <div class="hb-bar" role="toolbar" aria-label="예제 실행 도구" onPointerEnter={approach} onFocusCapture={approach}>
          {runnable && (
            <button
              type="button"
              ref={runRef}
              class="hb-btn hb-btn-run"
              data-action="run"
              onClick={() => void onRun()}
              aria-disabled={busyShown ? 'true' : undefined}
              aria-describedby={`${domId}-status`}
            >
              <span aria-hidden="true">▶</span> 실행
            </button>
          )}
          {view && <view.RunControls run={run} onReorder={() => void onRun((schedule ?? 0) + 1)} />}
          <button type="button" class="hb-btn" data-action="edit" onClick={onEdit} aria-pressed={showEditor}>
            <span aria-hidden="true">✎</span> 편집
          </button>
          {edited !== null && kit && <kit.EditButtons listingId={listing.id} code={currentCode} onReset={onReset} onCopied={() => setCopied(true)} />}
          <span class="hb-status" id={`${domId}-status`} role="status" aria-live="polite" data-status>
            {status}
          </span>
        </div>
        {runnable && view && <view.ProgramInputs value={inputs ?? view.listingRun(listing).inputs} used={view.inputsUsed(currentCode)} idPrefix={domId} onChange={setInputs} />}
        {cannotRun && edited === null && cannotRunNote}
        {stale && kit && <kit.StaleNotice />}
        {run.phase === 'idle' && !cannotRun && precomputed}
        {run.phase !== 'idle' && viewProps && <view.RunOutput {...viewProps} />}
      </div>
      {viewProps && hasTrace && <view.RunMemory {...viewProps} />}
    </div>
  );
}

/** Why the simulator cannot run this listing (no Run button then), with what the real program prints. */
