// `heapbook bench`'s naive fib row: the simulator bundled with esbuild exactly as the browser worker runs it (timed
// in plain `node` children, CPU time, best of N), the same code in-process under tsx, and a `rustc -C opt-level=0` binary.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runRust } from '../../sim/api.ts';
import { FIB_N, FIB_SOURCE } from '../../sim/bench/programs.ts';
import { renderTable, type Cell } from '../../sim/bench/table.ts';

/** The issue's target: fib with tracing off at most this many times the native binary. */
export const FIB_TARGET_RATIO = 60;

/** Times one run of the program: `cpu` is this process's CPU time (less distorted by other load), `wall` real time. */
interface Timing { wall: number; cpu: number }

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Best of `repeat` runs after one warm-up (each figure's own minimum). */
function bestOf(f: () => void, repeat: number): Timing {
  f();
  let wall = Infinity, cpu = Infinity;
  for (let i = 0; i < repeat; i++) {
    const c = cpuMs(), t = performance.now();
    f();
    wall = Math.min(wall, performance.now() - t);
    cpu = Math.min(cpu, cpuMs() - c);
  }
  return { wall, cpu };
}

/**
 * The child's script (plain node, small heap): time `runRust` from the bundle on the source file (CPU, best of N), and
 * the native binary when given (wall, spawn included, best of 10: spawned from a small process, as a shell would);
 * print both with their outputs as JSON.
 */
const RUNNER = `import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
const [bundle, file, repeat, native] = process.argv.slice(2);
const { runRust } = await import(bundle);
const source = readFileSync(file, 'utf8');
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let stdout = runRust(source).stdout, wall = Infinity, cpu = Infinity;
for (let i = 0; i < Number(repeat); i++) {
  const c = cpuMs(), t = performance.now();
  stdout = runRust(source).stdout;
  wall = Math.min(wall, performance.now() - t);
  cpu = Math.min(cpu, cpuMs() - c);
}
let nativeMs = null, nativeOut = null;
if (native) {
  nativeOut = execFileSync(native, { encoding: 'utf8' });
  nativeMs = Infinity;
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    execFileSync(native, { stdio: 'ignore' });
    nativeMs = Math.min(nativeMs, performance.now() - t);
  }
}
console.log(JSON.stringify({ wall, cpu, stdout, nativeMs, nativeOut }));
`;

interface ChildResult extends Timing { stdout: string; nativeMs: number | null; nativeOut: string | null }
/** The children's minimums, and each child's own ratio (its simulator CPU time over its native time, measured moments apart). */
interface Bundled extends ChildResult { ratios: number[] }

/** Build the `rustc -C opt-level=0` binary in `dir`: its path, or why not. */
function buildNative(dir: string): { bin: string } | string {
  if (spawnSync('rustc', ['--version'], { encoding: 'utf8' }).status !== 0) return 'rustc 없음';
  try {
    writeFileSync(join(dir, 'fib.rs'), FIB_SOURCE);
    execFileSync('rustc', ['-C', 'opt-level=0', '-o', join(dir, 'fib'), join(dir, 'fib.rs')], { stdio: 'ignore' });
    return { bin: join(dir, 'fib') };
  } catch (e) {
    return `rustc 실패: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** Bundle src/sim/api.ts with esbuild (as the worker's build does) into `dir`; time fib on it, and the native binary, in plain node. */
async function bundledFib(dir: string, repeat: number, native: string | null): Promise<Bundled | string> {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    return 'esbuild 없음';
  }
  const bundle = join(dir, 'sim.mjs');
  await esbuild.build({ entryPoints: [join(process.cwd(), 'src', 'sim', 'api.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile: bundle, logLevel: 'silent' });
  writeFileSync(join(dir, 'runner.mjs'), RUNNER);
  writeFileSync(join(dir, 'fib-source.rs'), FIB_SOURCE);
  const args = [join(dir, 'runner.mjs'), pathToFileURL(bundle).href, join(dir, 'fib-source.rs'), String(repeat), ...(native ? [native] : [])];
  // Several children, each figure its minimum: on a shared machine a whole process can run slow (its JIT code
  // placement, a busy sibling core), and one child would report that as the simulator's speed.
  let best: ChildResult | null = null;
  const ratios: number[] = [];
  for (let i = 0; i < CHILDREN; i++) {
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (r.status !== 0) return `묶음 실행 실패: ${r.stderr.trim().split('\n').pop() ?? ''}`;
    const c = JSON.parse(r.stdout.trim().split('\n').pop()!) as ChildResult;
    if (c.nativeMs !== null) ratios.push(c.cpu / c.nativeMs);
    best = best === null ? c : { ...c, wall: Math.min(best.wall, c.wall), cpu: Math.min(best.cpu, c.cpu), nativeMs: c.nativeMs === null || best.nativeMs === null ? c.nativeMs : Math.min(best.nativeMs, c.nativeMs) };
  }
  return { ...best!, ratios };
}

/** How many plain-node children time the bundle (and the native binary). */
const CHILDREN = 5;

/** Print the fib table and the ratio against the target; returns the bundled ratio (null when not measured). */
export async function benchFib(quick: boolean): Promise<number | null> {
  console.log(`# 단순 재귀 fib(${FIB_N}), 추적 끔\n`);
  const dir = mkdtempSync(join(tmpdir(), 'heapbook-bench-fib-'));
  try {
    const native = buildNative(dir);
    const bundled = await bundledFib(dir, quick ? 3 : 6, typeof native === 'string' ? null : native.bin);
    const inProcess = bestOf(() => runRust(FIB_SOURCE), quick ? 2 : 4);
    const counted = runRust(FIB_SOURCE, { trace: true, maxSnapshots: 1 });
    const steps = counted.trace?.totalSteps ?? 0;
    const nativeMs = typeof bundled === 'string' ? null : bundled.nativeMs;
    const ratio = (ms: number): Cell => (nativeMs === null ? null : `${(ms / nativeMs).toFixed(1)}배`);
    const rows: Cell[][] = [
      typeof bundled === 'string'
        ? ['시뮬레이터, esbuild 묶음 (브라우저 워커와 같은 코드, node)', bundled, null, null, null]
        : ['시뮬레이터, esbuild 묶음 (브라우저 워커와 같은 코드, node)', bundled.cpu, bundled.wall, ratio(bundled.cpu), Math.round(steps / (bundled.cpu / 1000))],
      ['시뮬레이터, 이 프로세스 (tsx)', inProcess.cpu, inProcess.wall, ratio(inProcess.cpu), Math.round(steps / (inProcess.cpu / 1000))],
      ['rustc -C opt-level=0 (프로세스 생성 포함)', null, typeof native === 'string' ? native : nativeMs, null, null],
    ];
    console.log(renderTable(['실행', 'CPU ms (최소)', '경과 ms (최소)', '네이티브 대비', '단계/초'], rows));
    console.log(`\n단계 ${steps.toLocaleString('en-US')}개. 묶음: src/sim/api.ts를 esbuild로 임시 폴더(${tmpdir()})에 묶어 별도 node 프로세스에서 잼 (프로세스 ${CHILDREN}개의 최솟값; 시뮬레이터는 CPU 시간, 네이티브는 같은 프로세스에서 실행한 경과 시간).`);
    if (typeof bundled !== 'string' && bundled.nativeOut !== null && bundled.stdout !== bundled.nativeOut) console.log(`출력이 다릅니다: 시뮬레이터 ${JSON.stringify(bundled.stdout)}, rustc ${JSON.stringify(bundled.nativeOut)}`);
    if (nativeMs === null || typeof bundled === 'string' || bundled.ratios.length === 0) return null;
    // The verdict: the ratio of the two minimums (noise only ever adds time, so each minimum is its run's best
    // estimate). Each child's own ratio is printed beside it: how far a shared machine's drift spreads a single run.
    const r = bundled.cpu / nativeMs;
    const sorted = [...bundled.ratios].sort((a, b) => a - b);
    console.log(`프로세스별 비율 (각 프로세스의 시뮬레이터 ÷ 네이티브, 퍼짐): ${sorted.map((x) => `${x.toFixed(1)}배`).join(', ')}`);
    console.log(`묶음 기준 네이티브 대비 ${r.toFixed(1)}배 느림 (최솟값끼리; 목표: ${FIB_TARGET_RATIO}배 이하) — ${r <= FIB_TARGET_RATIO ? '통과' : '미달'}`);
    return r;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
