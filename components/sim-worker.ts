// Web Worker that runs the Rust simulator off the main thread: runs the machine in time slices, streams the
// output as it is printed, stops on request. The only module that imports src/sim, so the island's chunk stays small.
import { startRust, type RunSession } from '../src/sim/api.ts';
import type { RunRequest, WorkerReply } from './run/protocol.ts';

const post = (msg: WorkerReply): void => (self as unknown as { postMessage(m: WorkerReply): void }).postMessage(msg);

/** Steps between clock checks, and the length of one slice before the worker yields to its message queue. */
const STEPS_PER_CHECK = 20_000;
const SLICE_MS = 25;

interface Running {
  id: number;
  session: RunSession;
  sentOut: number;
  sentErr: number;
}

let current: Running | null = null;
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
    post({ type: 'result', id: r.id, result: r.session.finish(reason) });
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

self.addEventListener('message', (e: MessageEvent<RunRequest>) => {
  const req = e.data;
  if (!req) return;
  if (req.type === 'stop') {
    if (current && current.id === req.id) end(current, req.reason);
    return;
  }
  if (req.type !== 'run') return;
  try {
    // No step budget here: the island's wall-clock limit is what stops a runaway program.
    const session = startRust(req.source, { trace: true, wrapMain: true, maxSteps: Number.MAX_SAFE_INTEGER, seed: req.seed });
    current = { id: req.id, session, sentOut: 0, sentErr: 0 };
    slice();
  } catch (err) {
    post({ type: 'crash', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
});

post({ type: 'ready' });
