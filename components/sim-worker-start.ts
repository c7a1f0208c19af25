// Starts the simulator worker from the page's own chunk the moment a reader approaches 실행, so its download and
// start overlap the run view's; the run view's client (sim-client.ts) takes that worker instead of starting one.
let started: Worker | null = null;
/** A client has taken its worker: from then on the client starts its own. */
let taken = false;

function spawn(): Worker {
  return new Worker(new URL('./sim-worker.ts', import.meta.url), { type: 'module', name: 'heapbook-sim' });
}

/** Start the worker now (once) if no client has taken one yet. */
export function startWorker(): void {
  if (!started && !taken) started = spawn();
}

/** The started worker, or a new one (after a stuck worker was terminated, say). */
export function takeWorker(): Worker {
  const w = started ?? spawn();
  started = null;
  taken = true;
  return w;
}
