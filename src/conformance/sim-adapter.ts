// The ONE place where the conformance run calls the simulator: crate folder + how cargo would run it
// → what the simulated program printed. Extend this (multi-file crates, args, stdin, `cargo test`) here.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runRust } from '../sim/api.ts';
import type { CrateMode } from './command.ts';

export interface SimRequest {
  mode: CrateMode;
  /** Program arguments (`cargo run -- a b`), or the test harness's (`cargo test -- --show-output`). */
  args: string[];
  /** Extra environment variables (`IGNORE_CASE=1 cargo run`). */
  env: Record<string, string>;
  /** Bytes on standard input (the conformance run uses '' = /dev/null). */
  stdin: string;
  /** Cargo's own arguments before `--` (`-p adder`, a `cargo test` filter, `--test x`). */
  cargoArgs?: string[];
  /** Step budget for the simulator. */
  maxSteps?: number;
}

export interface SimResponse {
  stdout: string;
  /** What a user would see on stderr after cargo's status lines: the program's stderr, or rustc's diagnostics. */
  stderr: string;
  exitCode: number;
  /** The simulator's own messages (unsupported feature, parse error, step limit) as `file:line:col: error: …`. */
  simDiagnostics: string[];
}

function unsupported(message: string): SimResponse {
  return { stdout: '', stderr: '', exitCode: 2, simDiagnostics: [message] };
}

/** The package chosen by `-p NAME`, `--package NAME` or `--package=NAME`. */
function packageArg(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if ((args[i] === '-p' || args[i] === '--package') && i + 1 < args.length) return args[i + 1];
    if (args[i].startsWith('--package=')) return args[i].slice('--package='.length);
  }
  return undefined;
}

/** Simulates `cargo <mode>` of the crate at `crateDir`. Never throws for a bad crate: problems are simDiagnostics. */
export function simulateCrate(crateDir: string, req: SimRequest): SimResponse {
  switch (req.mode) {
    case 'run':
      break;
    case 'test':
      return unsupported('cargo test 에뮬레이션은 아직 없습니다');
    case 'build':
      return unsupported('cargo build/check 에뮬레이션은 아직 없습니다');
  }
  if (req.args.length) return unsupported(`프로그램 인자는 아직 지원하지 않습니다: ${req.args.join(' ')}`);
  if (Object.keys(req.env).length) return unsupported(`환경 변수는 아직 지원하지 않습니다: ${Object.keys(req.env).join(' ')}`);
  if (req.stdin !== '') return unsupported('표준 입력은 아직 지원하지 않습니다');
  const pkg = packageArg(req.cargoArgs ?? []);
  const rel = pkg ? `${pkg}/src/main.rs` : 'src/main.rs';
  const file = join(crateDir, rel);
  if (!existsSync(file)) return unsupported(`${rel}가 없습니다`);
  const r = runRust(readFileSync(file, 'utf8'), { fileName: rel, wrapMain: false, maxSteps: req.maxSteps });
  return {
    stdout: r.stdout,
    stderr: r.stderr,
    exitCode: r.exitCode,
    simDiagnostics: r.diagnostics.map((d) => `${rel}:${d.span.start.line}:${d.span.start.col}: ${d.severity === 'error' ? 'error' : 'warning'}: ${d.message}`),
  };
}
