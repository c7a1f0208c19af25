// Owns the simulator Web Worker for one island: created lazily (on idle or first run). A run streams its output,
// can be stopped (멈춤) and is stopped at the time limit, keeping what it printed; a worker that does not answer
// a stop in time is terminated and the next run starts a fresh one.
import { takeWorker } from './sim-worker-start.ts';
import { RUN_TIME_LIMIT_MS, type PrepareRequest, type RunOutcome, type RunRequest, type StopRequest, type WorkerReply } from './run/protocol.ts';

/** How long a stopped run may take to hand back its output and trace before the worker is killed. */
const STOP_GRACE_MS = 1500;

export interface RunHooks {
  /** Everything printed so far (called as output arrives). */
  onOutput?: (stdout: string, stderr: string) => void;
}

interface Pending {
  id: number;
  resolve: (o: RunOutcome) => void;
  timer: ReturnType<typeof setTimeout>;
  started: number;
  stdout: string;
  stderr: string;
  hooks: RunHooks;
}

export class SimClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending: Pending | null = null;

  /** Start the worker (and so download and parse the simulator) ahead of the first run. */
  warm(): void {
    if (this.worker) return;
    const w = takeWorker();
    w.addEventListener('message', (e: MessageEvent<WorkerReply>) => this.onReply(e.data));
    w.addEventListener('error', (e) => this.kill({ kind: 'crash', message: e.message || '시뮬레이터를 불러오지 못했습니다.' }));
    this.worker = w;
  }

  /** Parse and check `source` in the worker ahead of its run (a reader approached 실행); not while a run goes on. */
  prepare(source: string): void {
    if (this.pending) return;
    this.warm();
    const req: PrepareRequest = { type: 'prepare', source };
    this.worker?.postMessage(req);
  }

  /** Run `source`; resolves when the run ends, is stopped, or the time limit passes. One run at a time. */
  run(source: string, limitMs = RUN_TIME_LIMIT_MS, extra: Pick<RunRequest, 'inputs' | 'crate' | 'schedule'> = {}, hooks: RunHooks = {}): Promise<RunOutcome> {
    if (this.pending) this.kill({ kind: 'cancelled' });
    this.warm();
    const id = this.nextId++;
    return new Promise<RunOutcome>((resolve) => {
      const started = performance.now();
      const timer = setTimeout(() => this.stop('time-limit'), limitMs);
      this.pending = { id, resolve, timer, started, stdout: '', stderr: '', hooks };
      const req: RunRequest = { type: 'run', id, source, ...extra };
      this.worker?.postMessage(req);
    });
  }

  /** Stop the current run (멈춤): it ends with the output and trace so far. */
  stop(reason: 'time-limit' | 'stopped' = 'stopped'): void {
    const p = this.pending;
    if (!p) return;
    clearTimeout(p.timer);
    const req: StopRequest = { type: 'stop', id: p.id, reason };
    this.worker?.postMessage(req);
    // A worker busy inside one long step (or a crate run, which is not sliced) cannot answer: kill it.
    p.timer = setTimeout(() => this.kill(reason === 'time-limit' ? { kind: 'timeout', ms: performance.now() - p.started } : { kind: 'cancelled' }), STOP_GRACE_MS);
  }

  /** Stop waiting on the current run (another answer came first): it resolves as cancelled at once, the worker
   *  is asked to stop it and its reply is ignored. Unlike a stop that goes unanswered, the worker is kept. */
  abandon(): void {
    const p = this.pending;
    if (!p) return;
    const req: StopRequest = { type: 'stop', id: p.id, reason: 'stopped' };
    this.worker?.postMessage(req);
    this.finish({ kind: 'cancelled' });
  }

  /** Stop everything (island unmounted). */
  dispose(): void {
    this.kill({ kind: 'cancelled' });
  }

  private onReply(msg: WorkerReply): void {
    const p = this.pending;
    if (!p || msg.type === 'ready' || msg.id !== p.id) return;
    if (msg.type === 'output') {
      p.stdout += msg.stdout;
      p.stderr += msg.stderr;
      p.hooks.onOutput?.(p.stdout, p.stderr);
    } else if (msg.type === 'result') this.finish({ kind: 'ok', result: msg.result, ms: performance.now() - p.started });
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
