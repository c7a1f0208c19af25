// `heapbook test PATH [FILTER] [-p NAME] [--env K=V] [-- --show-output …]`: a crate's tests as `cargo test`
// runs them, in the simulator: libtest's report on stdout, cargo's exit code (0, or 101 when a test fails).
import { existsSync, statSync } from 'node:fs';
import { DIAGNOSTIC_EXIT, readCrateFolder, readStdin, report, runInWorker } from './run.ts';

const USAGE = '사용법: heapbook test PATH [필터] [-p 패키지] [--lib|--doc|--test 이름] [--env 이름=값] [--max-steps N] [-- --show-output|--ignored|--exact …]';

export async function run(argv: string[]): Promise<number> {
  const dash = argv.indexOf('--');
  const harnessArgs = dash < 0 ? [] : argv.slice(dash + 1);
  const own = dash < 0 ? argv : argv.slice(0, dash);
  let path: string | undefined, filter: string | undefined, pkg: string | undefined, maxSteps: number | undefined, testTarget: string | undefined;
  const env: Record<string, string> = {};
  for (let i = 0; i < own.length; i++) {
    const a = own[i];
    if (a === '-p' || a === '--package') pkg = own[++i];
    else if (a === '--test' || a === '--bin') testTarget = `${a} ${own[++i]}`;
    else if (a === '--lib' || a === '--doc') testTarget = a;
    else if (a === '--env') {
      const kv = own[++i] ?? '';
      const eq = kv.indexOf('=');
      if (eq <= 0) return fail(`--env 값은 이름=값 꼴이어야 합니다: ${kv}`);
      env[kv.slice(0, eq)] = kv.slice(eq + 1);
    } else if (a === '--max-steps') {
      maxSteps = Number(own[++i]);
      if (!Number.isInteger(maxSteps) || maxSteps <= 0) return fail(`--max-steps 값이 올바르지 않습니다: ${own[i]}`);
    } else if (a.startsWith('-')) return fail(`알 수 없는 옵션: ${a}\n${USAGE}`);
    else if (!path) path = a;
    else if (!filter) filter = a;
    else return fail(`인자가 너무 많습니다: ${a}`);
  }
  if (!path) return fail(USAGE);
  if (!existsSync(path) || !statSync(path).isDirectory()) return fail(`크레이트 폴더가 아닙니다: ${path}`);
  const files = readCrateFolder(path);
  if (files['Cargo.toml'] === undefined) return fail(`크레이트 폴더에 Cargo.toml이 없습니다: ${path}`);
  const crate = { files, package: pkg, env, stdin: readStdin(), filter, harnessArgs, testTarget };
  try {
    const r = await runInWorker({ crate, fn: 'testCrate' }, { maxSteps });
    return report(r, 'Cargo.toml');
  } catch (e) {
    return fail(`heapbook test: 시뮬레이터를 실행하지 못했습니다: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function fail(msg: string): number {
  console.error(msg);
  return DIAGNOSTIC_EXIT;
}
