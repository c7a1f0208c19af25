// Fuzz worker thread: runs mutants sent by `heapbook fuzz` and reports how each ended (the main thread
// times them out, so a JavaScript-level hang is caught). It says `ready` once loaded (loading is not timed).
import { parentPort } from 'node:worker_threads';
import { runRust } from '../sim/api.ts';
import { classify } from './classify.ts';

parentPort!.on('message', (m: { index: number; source: string; maxSteps: number }) => {
  let res: { outcome: string; message: string };
  const t0 = performance.now();
  try {
    res = classify(runRust(m.source, { maxSteps: m.maxSteps }));
  } catch (e) {
    res = { outcome: 'internal', message: `uncaught: ${e instanceof Error ? e.message : String(e)}` };
  }
  parentPort!.postMessage({ index: m.index, ...res, ms: performance.now() - t0 });
});
parentPort!.postMessage({ ready: true });
