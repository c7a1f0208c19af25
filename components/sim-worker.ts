// Web Worker that runs the Rust simulator off the main thread: a single program runs on the machine in time
// slices, streaming its output and stopping on request (멈춤, the time limit) with the output and trace so far;
// a crate runs in one go. The only module that imports src/sim, so the island's own chunk stays small.
import { FrontCache, type RunSession } from '../src/sim/api.ts';
import type { PrepareRequest, RunRequest, StopRequest, WorkerReply } from './run/protocol.ts';
import { NO_INPUTS, SINGLE, STEPS_PER_CHECK, runCrateRequest, startSingle } from './run/worker-run.ts';

const post = (msg: WorkerReply): void => (self as unknown as { postMessage(m: WorkerReply): void }).postMessage(msg);

/** The length of one slice before the worker yields to its message queue (its clock is checked every
 *  STEPS_PER_CHECK steps: run/worker-run.ts, which the build's precomputed runs share). */
const SLICE_MS = 25;

interface Running {
  id: number;
  /** When the request arrived (performance.now()). */
  since: number;
  session: RunSession;
  sentOut: number;
  sentErr: number;
}

let current: Running | null = null;
/** The last program's parse and checks, kept for its next run (and filled ahead of the first by `prepare`). */
const front = new FrontCache();
// A message to ourselves yields to the event loop (so a stop request gets in) without setTimeout's clamping.
const tick = new MessageChannel();
tick.port1.onmessage = () => slice();

function flush(r: Running): void {
  const out = r.session.stdout, err = r.session.stderr;
  if (out.length === r.sentOut && err.length === r.sentErr) return;
  post({ type: 'output', id: r.id, stdout: out.slice(r.sentOut), stderr: err.slice(r.sentErr) });
  r.sentOut = out.length;
  r.sentErr = err.length;
}

function end(r: Running, reason?: 'time-limit' | 'stopped'): void {
  current = null;
  try {
    const result = r.session.finish(reason);
    post({ type: 'result', id: r.id, result, ms: performance.now() - r.since });
  } catch (err) {
    post({ type: 'crash', id: r.id, message: err instanceof Error ? err.message : String(err) });
  }
}

function slice(): void {
  const r = current;
  if (!r) return;
  try {
    const t0 = performance.now();
    let done = false;
    while (!done && performance.now() - t0 < SLICE_MS) done = r.session.advance(STEPS_PER_CHECK);
    if (done) return end(r);
    flush(r);
    tick.port2.postMessage(0);
  } catch (err) {
    current = null;
    post({ type: 'crash', id: r.id, message: err instanceof Error ? err.message : String(err) });
  }
}

/**
 * A rehearsal: the prepared program evaluated once, in short slices, its result thrown away, so that the
 * evaluator's code is compiled and warm when the reader clicks 실행 (a cold first run is several times slower).
 * The run itself is always evaluated afresh; a run request ends the rehearsal, and so does its time cap.
 */
let rehearsal: { session: RunSession; until: number } | null = null;
const REHEARSAL_SLICE_MS = 4;
const REHEARSAL_MS = 200;
const rehearsalTick = new MessageChannel();
rehearsalTick.port1.onmessage = () => rehearseSlice();

function rehearse(source: string): void {
  rehearsal = { session: startSingle({ type: 'run', id: 0, source, inputs: NO_INPUTS }, front), until: performance.now() + REHEARSAL_MS };
  rehearsalTick.port2.postMessage(0);
}

function rehearseSlice(): void {
  const r = rehearsal;
  if (!r || current) return;
  try {
    const t0 = performance.now();
    let done = false;
    while (!done && performance.now() - t0 < REHEARSAL_SLICE_MS) done = r.session.advance(500);
    if (done || performance.now() > r.until) {
      rehearsal = null;
      r.session.finish();
      return;
    }
    rehearsalTick.port2.postMessage(0);
  } catch {
    rehearsal = null;
  }
}

self.addEventListener('message', (e: MessageEvent<RunRequest | StopRequest | PrepareRequest>) => {
  const req = e.data;
  if (!req) return;
  const since = performance.now();
  if (req.type === 'stop') {
    if (current && current.id === req.id) end(current, req.reason);
    return;
  }
  if (req.type === 'prepare') {
    // A reader approached 실행: parse and check the listing now, so its run starts at evaluation. Never a
    // result: the run itself still happens on 실행 (and any failure here is the run's to report).
    if (!current && !rehearsal) {
      try {
        front.prepare(req.source, SINGLE);
        rehearse(req.source);
      } catch {
        // The run reports it.
      }
    }
    return;
  }
  if (req.type !== 'run') return;
  try {
    if (req.crate) {
      const result = runCrateRequest(req);
      post({ type: 'result', id: req.id, result, ms: performance.now() - since });
      return;
    }
    rehearsal = null;
    const session = startSingle(req, front);
    current = { id: req.id, since, session, sentOut: 0, sentErr: 0 };
    slice();
  } catch (err) {
    post({ type: 'crash', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
});

post({ type: 'ready' });
