// Runs the simulator adapter for many crates in one long-lived worker thread (large stack, like
// `heapbook run`), with a per-crate time guard: a crate that overruns is abandoned and the worker restarted.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
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

/**
 * The URL of tsx's ESM register API, found through its package.json `exports` (import.meta.resolve is
 * not available under test runners such as vite, and require.resolve would give the CommonJS build).
 */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(join(dirname(pkgFile), pkg.exports['./esm/api'].import.default)).href;
}

export class SimPool {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private nextId = 0;
  private pending: { id: number; worker: Worker; resolve: (r: SimResponse) => void } | null = null;

  constructor(private readonly timeoutSec: number) {}

  private start(): Promise<void> {
    const tsxApi = tsxEsmApi();
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
        this.fail(w, `simulator worker crashed: ${e.message.split('\n')[0]}`);
      });
      w.on('exit', () => {
        if (this.worker === w) this.worker = null;
        this.fail(w, 'simulator worker exited');
      });
    });
    return this.ready;
  }

  /** A worker died: its job (not a later worker's) ends with an internal diagnostic. */
  private fail(w: Worker, msg: string): void {
    const p = this.pending;
    if (!p || p.worker !== w) return;
    this.pending = null;
    p.resolve({ stdout: '', stderr: '', exitCode: 2, simDiagnostics: [`internal: ${msg}`] });
  }

  /** Simulates one crate; never rejects (a crash or an overrun becomes a simDiagnostic). */
  async simulate(crateDir: string, req: SimRequest, timeoutSec = this.timeoutSec): Promise<SimResponse> {
    try {
      if (!this.worker) await this.start();
      else await this.ready;
    } catch (e) {
      const w = this.worker;
      this.worker = null;
      if (w) void w.terminate();
      return { stdout: '', stderr: '', exitCode: 2, simDiagnostics: [`internal: 시뮬레이터 작업자를 시작하지 못했습니다: ${String(e instanceof Error ? e.message : e).split('\n')[0]}`] };
    }
    const w = this.worker;
    if (!w) return { stdout: '', stderr: '', exitCode: 2, simDiagnostics: ['internal: simulator worker exited'] };
    const id = this.nextId++;
    return new Promise<SimResponse>((resolve) => {
      const timer = setTimeout(() => {
        this.pending = null;
        this.worker = null;
        void w.terminate();
        resolve({ stdout: '', stderr: '', exitCode: 2, simDiagnostics: [`time-guard: 시뮬레이터가 ${timeoutSec}초 안에 끝나지 않았습니다`] });
      }, timeoutSec * 1000);
      this.pending = {
        id,
        worker: w,
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
