// Web Worker that runs the Rust simulator off the main thread: receives source, replies with output and trace.
// The only module that imports src/sim, so the island's own chunk stays small.
import { runRust } from '../src/sim/api.ts';
import type { RunRequest, WorkerReply } from './run/protocol.ts';

const post = (msg: WorkerReply): void => (self as unknown as { postMessage(m: WorkerReply): void }).postMessage(msg);

self.addEventListener('message', (e: MessageEvent<RunRequest>) => {
  const req = e.data;
  if (!req || req.type !== 'run') return;
  try {
    // No step budget here: the island's wall-clock limit (3 s) is what stops a runaway program.
    const result = runRust(req.source, { trace: true, wrapMain: true, maxSteps: Number.MAX_SAFE_INTEGER });
    post({ type: 'result', id: req.id, result });
  } catch (err) {
    post({ type: 'crash', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
});

post({ type: 'ready' });
