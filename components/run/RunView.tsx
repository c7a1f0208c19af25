// What a run shows, loaded only when a reader approaches 실행 (keeps the page's first JavaScript small): the
// output and diagnostics beside the code, and the step controls and memory diagram, plus the code-line marks.
import { render } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import type { ListingData } from '../../src/book/model.ts';
import type { RunResult } from '../../src/sim/api.ts';
import type { Trace } from '../../src/sim/trace/schema.ts';
import { lineColText, panicDiagnostic, shownDiagnostics, type ShownDiagnostic } from './diagnostics.ts';
import { outputUpTo, plainOutput } from '../output/chunks.ts';
import { OutputPane } from '../OutputPane.tsx';
import { CompileErrors } from '../output/CompileErrors.tsx';
import { shownCompileErrors } from '../output/compile-errors.ts';
import { markErrorLines } from '../code/mark-errors.ts';
import { Timeline } from '../Timeline.tsx';
import { MemoryView, rememberWidth } from '../memory/MemoryView.tsx';
import { snapshotOf } from '../memory/snapshot.ts';
import { listingLine, visibleLineNumber } from '../code/line-map.ts';
import { lineMarks } from '../code/line-marks.ts';
import { markCurrentLine } from '../code/highlight-line.ts';
import { stepNote } from '../timeline/markers.ts';
import { landingPosition, landingRequest, visibleSteps } from '../timeline/steps.ts';
import { SimClient, type RunHooks } from '../sim-client.ts';
import { TIMEOUT_MESSAGE, type RunOutcome, type RunRequest } from './protocol.ts';
import { loadRunAsset, type RunAssetLoad } from './precomputed-run.ts';
import type { RunState } from './state.ts';
import { listingRun } from './listing-run.ts';

export { default as ProgramInputs, inputsUsed } from './ProgramInputs.tsx';
export { listingRun } from './listing-run.ts';
export { loadRunAsset } from './precomputed-run.ts';

/** One simulator worker per page, shared by every listing on it; started as soon as this module loads
 *  (that is, when a reader approaches a Run button). */
let shared: SimClient | null = null;
export const client = (): SimClient => (shared ??= new SimClient());
client().warm();

/** `f` when the main thread is idle (soon after, where idle callbacks are missing); never forced into a busy
 *  moment, where it could hold up the reader's click. */
const idle = (f: () => void): void => void ('requestIdleCallback' in window ? requestIdleCallback(f) : setTimeout(f, 1));

/** Whether the island has not run yet (its state as the island's root element shows it). */
const neverRan = (island: HTMLElement): boolean => island.isConnected && island.getAttribute('data-runs') === '0' && island.getAttribute('data-run-state') === 'idle';

/**
 * A reader approached 실행: the worker parses and checks the program now (a single program, not a crate); an
 * unedited listing's precomputed result is read, and its first render rehearsed while the island has not run.
 */
export function prepare(listing: ListingData, source: string, edited: boolean, island?: HTMLElement | null): void {
  if (!listingRun(listing, edited).crate) client().prepare(source);
  if (edited || !listing.runAsset || !island) return;
  void loadRunAsset(listing.runAsset).promise.then((r) => r && idle(() => neverRan(island) && rehearse(island, listing, r)));
}

/**
 * Run `source`; the island's next state. With `precomputed` (an unedited run with the default inputs and
 * schedule: run/precomputed-run.ts) its result is shown when it is loaded; while it is still on its way the
 * worker runs too and the first answer is shown (the reader never waits on the file longer than on the worker).
 */
export async function execute(
  source: string,
  edited: boolean,
  extra: Pick<RunRequest, 'inputs' | 'crate' | 'schedule'> = {},
  hooks: RunHooks = {},
  precomputed?: RunAssetLoad,
): Promise<RunState> {
  const started = performance.now();
  const served = (result: RunResult): RunState => ({ phase: 'done', result, ms: performance.now() - started, edited, source, from: 'precomputed' });
  if (precomputed?.value) return served(precomputed.value);
  if (!precomputed || precomputed.value === null) return stateOf(await client().run(source, undefined, extra, hooks), edited, source);
  let settled = false;
  type First = { out: RunOutcome } | { result: RunResult };
  const worker: Promise<First> = client().run(source, undefined, extra, { onOutput: (o, e) => !settled && hooks.onOutput?.(o, e) }).then((out) => ({ out }));
  const file: Promise<First> = precomputed.promise.then((result) => (result ? { result } : worker));
  const first = await Promise.race([file, worker]);
  settled = true;
  if ('out' in first) return stateOf(first.out, edited, source);
  client().abandon();
  return served(first.result);
}

/** The island's state after a worker's answer. */
function stateOf(out: RunOutcome, edited: boolean, source: string): RunState {
  switch (out.kind) {
    case 'ok':
      return { phase: 'done', result: out.result, ms: out.ms, edited, source, from: 'worker' };
    case 'timeout':
      return { phase: 'failed', message: TIMEOUT_MESSAGE };
    case 'cancelled':
      return { phase: 'failed', message: '다른 예제를 실행하느라 이 실행을 멈췄습니다. 다시 실행해 보세요.' };
    case 'crash':
      return { phase: 'failed', message: `시뮬레이터 오류: ${out.message}` };
  }
}

const rehearsed = new Set<string>();

/**
 * A rehearsal of a listing's first render, once its precomputed result is here (a reader approached 실행): the
 * output and diagram drawn once off screen, at the island's width, laid out and thrown away. The first real
 * render then finds the view's code compiled and the diagram's fonts loaded and shaped (a cold first render
 * costs several times a warm one). Nothing of it stays: its DOM is removed before the browser paints.
 */
export function rehearse(island: HTMLElement, listing: ListingData, result: RunResult): void {
  if (rehearsed.has(listing.id) || !traceOf(result)) return;
  rehearsed.add(listing.id);
  // A box as wide as the island's, holding a listing drawn as after a run (side by side where the screen allows).
  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.inert = true;
  box.style.cssText = `position:absolute;left:-100000px;top:0;width:${island.getBoundingClientRect().width}px;visibility:hidden;pointer-events:none`;
  const host = box.appendChild(document.createElement('div'));
  host.className = 'hb-listing hb-split';
  document.body.append(box);
  const props: ViewProps = {
    listing, result, running: false, pos: landing(result, listing), onPos() {}, ranEdited: false, code: listing.source,
    codeEl: null, onCurrentLine() {}, onPointAt() {}, domId: `hb-rehearsal-${listing.id}`,
  };
  try {
    render(<><div class="hb-col-code"><RunOutput {...props} /></div><RunMemory {...props} /></>, host);
    // Laid out now; the diagram's width is the one the island's will have, so its first drawing is its last.
    const scroll = host.querySelector<HTMLElement>('.hb-mem-scroll');
    if (scroll) rememberWidth(scroll.clientWidth);
  } finally {
    render(null, host);
    box.remove();
  }
}

/** Toolbar buttons of a run: 멈춤 while it runs; 다른 순서로 실행 (another thread schedule) after a threaded run. */
export function RunControls({ run, onReorder }: { run: RunState; onReorder(): void }) {
  if (run.phase === 'running') {
    if (!run.slow) return null;
    return (
      <button type="button" class="hb-btn hb-btn-stop" data-action="stop" onClick={() => client().stop()}>
        <span aria-hidden="true">■</span> 멈춤
      </button>
    );
  }
  if (run.phase !== 'done' || !run.result.trace?.steps.some((s) => s.thread !== undefined)) return null;
  return (
    <button type="button" class="hb-btn" data-action="reorder" onClick={onReorder} title="스레드를 다른 순서로 번갈아 실행합니다">
      <span aria-hidden="true">⇄</span> 다른 순서로 실행
    </button>
  );
}

/** The recorded steps of a run, when it has any. */
export function traceOf(result: RunResult | null): Trace | null {
  return result?.trace && result.trace.steps.length > 0 ? result.trace : null;
}

/** The first error of a run, in listing lines (the editor's cursor goes there). */
export function firstError(result: RunResult): ShownDiagnostic | undefined {
  return shownDiagnostics(result.diagnostics, result.trace?.lineOffset ?? 0).find((d) => d.severity === 'error') ?? shownCompileErrors(result.compileDiagnostics ?? [])[0];
}

/** Mark a diagnostic's line in the static code block. */
export function markAt(codeEl: HTMLElement | null, d: ShownDiagnostic, listing: ListingData): void {
  markCurrentLine(codeEl, listingLine(d.line, 0, listing.visible));
}

/** Where the view lands after a run (a position among the shown steps). */
export function landing(result: RunResult, listing: ListingData): number {
  const trace = traceOf(result);
  return trace ? landingPosition(trace, visibleSteps(trace), landingRequest(listing.attrs.other)) : 0;
}

export interface ViewProps {
  listing: ListingData;
  /** null while running or after a failure. */
  result: RunResult | null;
  running: boolean;
  /** Korean failure message (timeout, crash). */
  failure?: string;
  /** Output so far while the run goes on (streamed from the worker). */
  live?: { stdout: string; stderr: string };
  pos: number;
  onPos(p: number): void;
  /** The run was of edited code: every line is visible. */
  ranEdited: boolean;
  code: string;
  /** The static code block to mark lines in (null while the editor shows instead). */
  codeEl: HTMLElement | null;
  /** Reports the 0-based listing line being executed (for the editor's mark). */
  onCurrentLine(index: number | null): void;
  /** Point the reader at a diagnostic's position (editor cursor or code mark). */
  onPointAt(d: ShownDiagnostic): void;
  domId: string;
}

/** Derived, per step: the trace, the shown steps and the step under the reader. */
function useSteps(p: ViewProps) {
  const trace = traceOf(p.result);
  const visible = useMemo(() => (trace ? visibleSteps(trace) : []), [trace]);
  const last = Math.max(0, visible.length - 1);
  const pos = Math.min(p.pos, last);
  return { trace, visible, pos, step: visible[pos] ?? 0, atEnd: !trace || pos >= last };
}

/** Output pane and diagnostics (beside the code). */
export function RunOutput(p: ViewProps) {
  const { trace, step, atEnd } = useSteps(p);
  const r = p.result;
  const offset = trace?.lineOffset ?? 0;
  const chunks = r ? (trace ? outputUpTo(trace, step) : plainOutput(r.stdout, r.stderr)) : p.live ? plainOutput(p.live.stdout, p.live.stderr) : [];
  // A run stopped by the time limit or 멈춤 shows what it printed (and its trace so far), without an exit code.
  const stopped = r?.outcome.kind === 'stopped' ? r.outcome.reason : null;
  const notice = p.failure ?? (stopped === 'time-limit' ? TIMEOUT_MESSAGE : stopped === 'stopped' ? '멈춤: 여기까지 실행했습니다.' : undefined);
  const diags = r ? shownDiagnostics(r.diagnostics, offset) : [];
  const panic = r ? panicDiagnostic(r.outcome, offset) : null;
  const shown = [...diags, ...(panic && (atEnd || trace?.steps[step]?.event === 'panic') ? [panic] : [])];
  const compileErrors = useMemo(() => shownCompileErrors(r?.compileDiagnostics ?? []), [r]);
  useEffect(() => {
    markErrorLines(p.codeEl, compileErrors);
    return () => markErrorLines(p.codeEl, []);
  }, [p.codeEl, compileErrors]);
  // Positions in the numbers the reader sees in the gutter (an anchored listing hides lines above).
  const lines = p.ranEdited ? null : p.listing.visible;
  const seen = (d: ShownDiagnostic): ShownDiagnostic => ({ ...d, line: (lines && visibleLineNumber(d.line - 1, lines)) ?? d.line });
  return (
    <>
      <OutputPane chunks={chunks} exitCode={r && atEnd && !stopped ? r.exitCode : null} notice={notice} running={p.running} />
      <CompileErrors errors={compileErrors} onPoint={(e) => p.onPointAt({ line: e.line, col: e.col, message: e.message, severity: e.severity })} />
      {shown.length > 0 && (
        <ul class="hb-diags" data-diagnostics aria-label="진단">
          {shown.map((d, i) => (
            <li key={i} class={`hb-diag hb-diag-${d.severity}`}>
              <button type="button" class="hb-diag-pos" data-diag-pos={lineColText(seen(d))} onClick={() => p.onPointAt(d)} aria-label={`${seen(d).line}번째 줄 ${d.col}번째 열로 이동`}>
                {lineColText(seen(d))}
              </button>{' '}
              <span class="hb-diag-tag">{d.severity === 'error' ? '오류' : '경고'}</span> {d.message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Step controls and the memory diagram; marks the executing lines in the code. */
export function RunMemory(p: ViewProps) {
  const { trace, visible, pos, step, atEnd } = useSteps(p);
  const snapshot = useMemo(() => (trace ? snapshotOf(trace, step) : null), [trace, step]);
  const offset = trace?.lineOffset ?? 0;
  const lines = useMemo(() => (p.ranEdited ? p.code.split('\n').map(() => true) : p.listing.visible), [p.ranEdited, p.code, p.listing.visible]);
  const marks = trace ? lineMarks(trace, step) : null;
  const current = marks ? listingLine(marks.next, offset, lines) : null;
  const ran = marks && marks.ran !== null ? listingLine(marks.ran, offset, lines) : null;
  useEffect(() => {
    markCurrentLine(p.codeEl, current, ran, marks?.nextIsStmt ?? true);
    p.onCurrentLine(current ? current.index : null);
  }, [p.codeEl, current?.index, current?.hidden, ran?.index, marks?.nextIsStmt]);
  useEffect(() => () => markCurrentLine(p.codeEl, null), [p.codeEl]);
  if (!trace || !snapshot) return null;
  /** A trace line as the reader numbers it (visible lines only), null for a hidden or wrapper line. */
  const readerLine = (traceLine: number): number | null => {
    const l = listingLine(traceLine, offset, lines);
    return l ? visibleLineNumber(l.index, lines) : null;
  };
  return (
    <div class="hb-col-mem">
      <Timeline trace={trace} visible={visible} pos={pos} onPos={p.onPos} idPrefix={p.domId} noteText={(i) => stepNote(trace, i, readerLine)} />
      <MemoryView snapshot={snapshot} trace={trace} atEnd={atEnd} />
    </div>
  );
}
