// Runs the simulator adapter for many crates in one long-lived worker thread (large stack, like
// `heapbook run`), with a per-crate time guard: a crate that overruns is abandoned and the worker restarted.
import { Worker } from 'node:worker_threads';
import type { SimRequest, SimResponse } from './sim-adapter.ts';

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { register } = await import(workerData.tsxApi);
  register();
  const { simulateCrate } = await import(workerData.adapterUrl);
  parentPort.on('message', (job) => {
    let res;
    try {
      res = simulateCrate(job.crateDir, job.req);
    } catch (e) {
      res = { stdout: '', stderr: '', exitCode: 2, simDiagnostics: ['internal: ' + String(e && e.stack || e).split('\\n').slice(0, 3).join(' | ')] };
    }
    parentPort.postMessage({ id: job.id, res });
  });
  parentPort.postMessage({ ready: true });
})().catch((e) => parentPort.postMessage({ fatal: String(e && e.stack || e) }));`;

export class SimPool {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private nextId = 0;
  private pending: { id: number; resolve: (r: SimResponse) => void } | null = null;

  constructor(private readonly timeoutSec: number) {}

  private start(): Promise<void> {
    const tsxApi = import.meta.resolve('tsx/esm/api');
    const adapterUrl = new URL('./sim-adapter.ts', import.meta.url).href;
    const w = new Worker(WORKER, { eval: true, workerData: { tsxApi, adapterUrl }, resourceLimits: { stackSizeMb: 512, maxOldGenerationSizeMb: 4096 } });
    this.worker = w;
    this.ready = new Promise<void>((resolve, reject) => {
      w.on('message', (m: { ready?: boolean; fatal?: string; id?: number; res?: SimResponse }) => {
        if (m.ready) resolve();
        else if (m.fatal) reject(new Error(m.fatal));
        else if (this.pending && m.id === this.pending.id) {
          const p = this.pending;
          this.pending = null;
          p.resolve(m.res!);
        }
      });
      w.on('error', (e) => {
        reject(e);
        this.fail(`simulator worker crashed: ${e.message.split('\n')[0]}`);
      });
      w.on('exit', () => {
        if (this.worker === w) this.worker = null;
        this.fail('simulator worker exited');
      });
    });
    return this.ready;
  }

  private fail(msg: string): void {
    const p = this.pending;
    this.pending = null;
    p?.resolve({ stdout: '', stderr: '', exitCode: 2, simDiagnostics: [`internal: ${msg}`] });
  }

  /** Simulates one crate; never rejects (a crash or an overrun becomes a simDiagnostic). */
  async simulate(crateDir: string, req: SimRequest): Promise<SimResponse> {
    if (!this.worker) await this.start();
    else await this.ready;
    const w = this.worker!;
    const id = this.nextId++;
    return new Promise<SimResponse>((resolve) => {
      const timer = setTimeout(() => {
        this.pending = null;
        this.worker = null;
        void w.terminate();
        resolve({ stdout: '', stderr: '', exitCode: 2, simDiagnostics: [`time-guard: 시뮬레이터가 ${this.timeoutSec}초 안에 끝나지 않았습니다`] });
      }, this.timeoutSec * 1000);
      this.pending = {
        id,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      };
      w.postMessage({ id, crateDir, req });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}
