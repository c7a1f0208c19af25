// `heapbook run PATH [--trace FILE.json] [--max-steps N]`: simulate a .rs file or a Cargo crate's src/main.rs.
// Prints exactly what the program prints, exits with its exit code; simulator diagnostics exit 2.
//
// The simulation runs in a worker thread with a large stack so deep (but finite) recursion behaves as in
// Rust (an 8 MiB main stack) instead of hitting the JavaScript engine's much smaller default stack.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RunResult } from '../../sim/api.ts';

/** Exit code for simulator diagnostics (parse error, unsupported feature, step limit): distinct from 0/1/101/134. */
export const DIAGNOSTIC_EXIT = 2;

interface Args {
  path: string;
  trace?: string;
  maxSteps?: number;
}

function parseArgs(argv: string[]): Args | string {
  let path: string | undefined;
  let trace: string | undefined;
  let maxSteps: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--trace') trace = argv[++i];
    else if (a === '--max-steps') {
      maxSteps = Number(argv[++i]);
      if (!Number.isInteger(maxSteps) || maxSteps <= 0) return `--max-steps 값이 올바르지 않습니다: ${argv[i]}`;
    } else if (a.startsWith('--')) return `알 수 없는 옵션: ${a}`;
    else if (!path) path = a;
    else return `인자가 너무 많습니다: ${a}`;
  }
  if (!path) return '사용법: heapbook run PATH [--trace FILE.json] [--max-steps N]';
  if (trace === undefined && argv.includes('--trace')) return '--trace 뒤에 파일 이름이 필요합니다';
  return { path, trace, maxSteps };
}

/** A .rs file runs as given; a crate directory runs src/main.rs (or checks src/lib.rs) with cargo-style names. */
function locate(path: string): { file: string; fileName: string; packageName?: string; crates?: string[] } | string {
  if (!existsSync(path)) return `경로가 없습니다: ${path}`;
  if (statSync(path).isDirectory()) {
    const packageName = cargoPackageName(path);
    const crates = cargoCrates(path, packageName);
    for (const fileName of ['src/main.rs', 'src/lib.rs']) {
      const file = join(path, fileName);
      if (existsSync(file)) return { file, fileName, packageName, crates };
    }
    return `크레이트에 src/main.rs가 없습니다: ${path}`;
  }
  return { file: path, fileName: relative(process.cwd(), path) || path };
}

/** Crates the code may name: `[dependencies]` keys (and `package = "…"` renames) plus the crate's own library. */
function cargoCrates(dir: string, packageName: string | undefined): string[] | undefined {
  const toml = join(dir, 'Cargo.toml');
  if (!existsSync(toml) || !packageName) return undefined;
  const text = readFileSync(toml, 'utf8');
  const out: string[] = [];
  let inDeps = false;
  for (const line of text.split('\n')) {
    const header = /^\s*\[([^\]]+)\]/.exec(line);
    if (header) {
      inDeps = /^(dev-|build-)?dependencies$/.test(header[1].trim()) || /^target\..*\.dependencies$/.test(header[1].trim());
      if (/^(dev-|build-)?dependencies\./.test(header[1].trim())) out.push(header[1].trim().split('.')[1]);
      continue;
    }
    const key = inDeps ? /^\s*([A-Za-z0-9_-]+)\s*=/.exec(line) : null;
    if (key) out.push(key[1]);
  }
  if (existsSync(join(dir, 'src', 'lib.rs'))) out.push(packageName);
  return out.map((c) => c.replace(/-/g, '_'));
}

/** `[package] name = "…"` of a crate's Cargo.toml (for cargo's `could not compile \`name\`` line). */
function cargoPackageName(dir: string): string | undefined {
  const toml = join(dir, 'Cargo.toml');
  if (!existsSync(toml)) return undefined;
  const text = readFileSync(toml, 'utf8');
  const pkg = /^\[package\][^[]*/m.exec(text)?.[0] ?? '';
  return /^\s*name\s*=\s*"([^"]+)"/m.exec(pkg)?.[1];
}

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  try {
    const { register } = await import(workerData.tsxApi);
    register();
    const { runRust } = await import(workerData.apiUrl);
    parentPort.postMessage({ ok: true, result: runRust(workerData.source, workerData.options) });
  } catch (e) {
    parentPort.postMessage({ ok: false, error: String(e && e.stack || e) });
  }
})();`;

function runInWorker(source: string, options: Record<string, unknown>): Promise<RunResult> {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const apiUrl = new URL('../../sim/api.ts', import.meta.url).href;
  return new Promise((resolve, reject) => {
    const w = new Worker(WORKER, { eval: true, workerData: { source, options, tsxApi, apiUrl }, resourceLimits: { stackSizeMb: 512 } });
    w.once('message', (m: { ok: boolean; result?: RunResult; error?: string }) => {
      void w.terminate();
      if (m.ok) resolve(m.result!);
      else reject(new Error(m.error));
    });
    w.once('error', reject);
  });
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(args);
    return DIAGNOSTIC_EXIT;
  }
  const loc = locate(args.path);
  if (typeof loc === 'string') {
    console.error(loc);
    return DIAGNOSTIC_EXIT;
  }
  const source = readFileSync(loc.file, 'utf8');
  const options = { trace: !!args.trace, maxSteps: args.maxSteps, fileName: loc.fileName, packageName: loc.packageName, crates: loc.crates };
  // cargo compiles a crate's library before its binary: a library rustc rejects is the crate's output.
  const lib = loc.fileName === 'src/main.rs' && statSync(args.path).isDirectory() ? join(args.path, 'src', 'lib.rs') : undefined;
  let r: RunResult;
  try {
    const libRun = lib && existsSync(lib)
      ? await runInWorker(readFileSync(lib, 'utf8'), { ...options, fileName: 'src/lib.rs', trace: false, maxSteps: 1 })
      : undefined;
    r = libRun?.outcome.kind === 'compile-error' ? libRun : await runInWorker(source, options);
  } catch (e) {
    console.error(`heapbook run: 시뮬레이터를 실행하지 못했습니다: ${e instanceof Error ? e.message : String(e)}`);
    return DIAGNOSTIC_EXIT;
  }
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  for (const d of r.diagnostics) {
    process.stderr.write(`${loc.fileName}:${d.span.start.line}:${d.span.start.col}: ${d.severity === 'error' ? 'error' : 'warning'}: ${d.message}\n`);
  }
  if (args.trace && r.trace) writeFileSync(args.trace, JSON.stringify(r.trace));
  await new Promise<void>((res) => process.stdout.write('', () => res()));
  return r.exitCode;
}
