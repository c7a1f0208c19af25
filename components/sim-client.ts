// Owns the simulator Web Worker for one island: created lazily (on idle or first run), killed on timeout.
// A run that exceeds the wall-clock limit terminates the worker; the next run starts a fresh one.
import { RUN_TIME_LIMIT_MS, type ProgramInputs, type RunOutcome, type RunRequest, type WorkerReply } from './run/protocol.ts';

export class SimClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending: { id: number; resolve: (o: RunOutcome) => void; timer: ReturnType<typeof setTimeout>; started: number } | null = null;

  /** Start the worker (and so download and parse the simulator) ahead of the first run. */
  warm(): void {
    if (this.worker) return;
    const w = new Worker(new URL('./sim-worker.ts', import.meta.url), { type: 'module', name: 'heapbook-sim' });
    w.addEventListener('message', (e: MessageEvent<WorkerReply>) => this.onReply(e.data));
    w.addEventListener('error', (e) => this.kill({ kind: 'crash', message: e.message || '시뮬레이터를 불러오지 못했습니다.' }));
    this.worker = w;
  }

  /** Run `source`; resolves when the worker answers or the time limit passes. One run at a time. */
  run(source: string, limitMs = RUN_TIME_LIMIT_MS, extra: Pick<RunRequest, 'inputs' | 'crate'> = {}): Promise<RunOutcome> {
    if (this.pending) this.kill({ kind: 'cancelled' });
    this.warm();
    const id = this.nextId++;
    return new Promise<RunOutcome>((resolve) => {
      const started = performance.now();
      const timer = setTimeout(() => this.kill({ kind: 'timeout', ms: performance.now() - started }), limitMs);
      this.pending = { id, resolve, timer, started };
      const req: RunRequest = { type: 'run', id, source, ...extra };
      this.worker?.postMessage(req);
    });
  }

  /** Stop everything (island unmounted). */
  dispose(): void {
    this.kill({ kind: 'cancelled' });
  }

  private onReply(msg: WorkerReply): void {
    const p = this.pending;
    if (!p || msg.type === 'ready' || msg.id !== p.id) return;
    if (msg.type === 'result') this.finish({ kind: 'ok', result: msg.result, ms: performance.now() - p.started });
    else this.finish({ kind: 'crash', message: msg.message });
  }

  private finish(outcome: RunOutcome): void {
    const p = this.pending;
    if (!p) return;
    clearTimeout(p.timer);
    this.pending = null;
    p.resolve(outcome);
  }

  private kill(outcome: RunOutcome): void {
    this.worker?.terminate();
    this.worker = null;
    this.finish(outcome);
  }
}
