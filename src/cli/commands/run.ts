// `heapbook run PATH [-p NAME] [--env K=V] [--seed N] [--trace FILE.json] [--max-steps N] [-- ARGS]`: simulate a
// .rs file or a Cargo crate / workspace as `cargo run` does. Prints what the program prints, exits with its code.
//
// The simulation runs in a worker thread with a large stack so deep (but finite) recursion behaves as in
// Rust (an 8 MiB main stack) instead of hitting the JavaScript engine's much smaller default stack.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { readCrateFolder } from '../../book/listings/crate-folder.ts';
import { Worker } from 'node:worker_threads';
import type { RunResult } from '../../sim/api.ts';

/** Exit code for simulator diagnostics (parse error, unsupported feature, step limit): distinct from 0/1/101/134. */
export const DIAGNOSTIC_EXIT = 2;

interface Args {
  path: string;
  trace?: string;
  maxSteps?: number;
  package?: string;
  env: Record<string, string>;
  seed?: number;
  programArgs: string[];
}

const USAGE = '사용법: heapbook run PATH [-p 패키지] [--env 이름=값] [--seed N] [--trace FILE.json] [--max-steps N] [-- 인자…]';

function parseArgs(argv: string[]): Args | string {
  let path: string | undefined;
  let trace: string | undefined;
  let maxSteps: number | undefined;
  let pkg: string | undefined;
  let seed: number | undefined;
  const env: Record<string, string> = {};
  const dash = argv.indexOf('--');
  const programArgs = dash < 0 ? [] : argv.slice(dash + 1);
  if (dash >= 0) argv = argv.slice(0, dash);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-p' || a === '--package') {
      pkg = argv[++i];
      if (!pkg) return `${a} 뒤에 패키지 이름이 필요합니다`;
    } else if (a === '--env') {
      const kv = argv[++i] ?? '';
      const eq = kv.indexOf('=');
      if (eq <= 0) return `--env 값은 이름=값 꼴이어야 합니다: ${kv}`;
      env[kv.slice(0, eq)] = kv.slice(eq + 1);
    } else if (a === '--seed') {
      seed = Number(argv[++i]);
      if (!Number.isInteger(seed)) return `--seed 값이 올바르지 않습니다: ${argv[i]}`;
    } else if (a === '--trace') trace = argv[++i];
    else if (a === '--max-steps') {
      maxSteps = Number(argv[++i]);
      if (!Number.isInteger(maxSteps) || maxSteps <= 0) return `--max-steps 값이 올바르지 않습니다: ${argv[i]}`;
    } else if (a.startsWith('--')) return `알 수 없는 옵션: ${a}`;
    else if (!path) path = a;
    else return `인자가 너무 많습니다: ${a}`;
  }
  if (!path) return USAGE;
  if (trace === undefined && argv.includes('--trace')) return '--trace 뒤에 파일 이름이 필요합니다';
  return { path, trace, maxSteps, package: pkg, env, seed, programArgs };
}

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  try {
    const { register } = await import(workerData.tsxApi);
    register();
    const api = await import(workerData.apiUrl);
    const result = workerData.crate
      ? api[workerData.fn](workerData.crate, workerData.options)
      : api.runRust(workerData.source, workerData.options);
    parentPort.postMessage({ ok: true, result });
  } catch (e) {
    parentPort.postMessage({ ok: false, error: String(e && e.stack || e) });
  }
})();`;

/** Runs the simulator in a worker thread with a 512 MiB stack: a program (`source`) or a crate API call (`fn`). */
export function runInWorker(job: { source?: string; crate?: unknown; fn?: string }, options: Record<string, unknown>): Promise<RunResult> {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const apiUrl = new URL('../../sim/api.ts', import.meta.url).href;
  return new Promise((resolve, reject) => {
    const w = new Worker(WORKER, { eval: true, workerData: { ...job, options, tsxApi, apiUrl }, resourceLimits: { stackSizeMb: 512 } });
    w.once('message', (m: { ok: boolean; result?: RunResult; error?: string }) => {
      void w.terminate();
      if (m.ok) resolve(m.result!);
      else reject(new Error(m.error));
    });
    w.once('error', reject);
  });
}

/** Prints a run's output and diagnostics (`file:line:col: error: …`); returns its exit code. */
export async function report(r: RunResult, fileName: string, traceFile?: string): Promise<number> {
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  for (const d of r.diagnostics) {
    process.stderr.write(`${d.file ?? fileName}:${d.span.start.line}:${d.span.start.col}: ${d.severity === 'error' ? 'error' : 'warning'}: ${d.message}\n`);
  }
  if (traceFile && r.trace) writeFileSync(traceFile, JSON.stringify(r.trace));
  await new Promise<void>((res) => process.stdout.write('', () => res()));
  return r.exitCode;
}

/** All of stdin when it is a pipe or file; empty for a terminal (nothing to wait for). */
export function readStdin(): string {
  if (process.stdin.isTTY) return '';
  try {
    return readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(args);
    return DIAGNOSTIC_EXIT;
  }
  if (!existsSync(args.path)) {
    console.error(`경로가 없습니다: ${args.path}`);
    return DIAGNOSTIC_EXIT;
  }
  const stdin = readStdin();
  const options = { trace: !!args.trace, maxSteps: args.maxSteps };
  let r: RunResult;
  let fileName: string;
  try {
    if (statSync(args.path).isDirectory()) {
      const files = readCrateFolder(args.path);
      if (files['Cargo.toml'] === undefined) {
        console.error(`크레이트 폴더에 Cargo.toml이 없습니다: ${args.path}`);
        return DIAGNOSTIC_EXIT;
      }
      fileName = 'Cargo.toml';
      const crate = { files, package: args.package, args: args.programArgs, env: args.env, stdin, seed: args.seed };
      r = await runInWorker({ crate, fn: 'runCrate' }, options);
    } else {
      fileName = relative(process.cwd(), args.path) || args.path;
      const world = { args: [`target/debug/main`, ...args.programArgs], env: args.env, stdin, seed: args.seed, files: {} };
      r = await runInWorker({ source: readFileSync(args.path, 'utf8') }, { ...options, fileName, world });
    }
  } catch (e) {
    console.error(`heapbook run: 시뮬레이터를 실행하지 못했습니다: ${e instanceof Error ? e.message : String(e)}`);
    return DIAGNOSTIC_EXIT;
  }
  return report(r, fileName, args.trace);
}

/** Every text file of a crate folder by relative path (see src/book/listings/crate-folder.ts). */
export { readCrateFolder } from '../../book/listings/crate-folder.ts';
