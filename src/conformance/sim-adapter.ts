// The ONE place where the conformance run calls the simulator: crate folder + how cargo would run it
// → what the simulated `cargo run` / `cargo test` / `cargo build` printed, through the crate API (src/sim/api.ts).
import { existsSync, statSync } from 'node:fs';
import { buildCrate, runCrate, testCrate, type Diagnostic, type RunResult } from '../sim/api.ts';
import { readCrateFolder } from '../book/listings/crate-folder.ts';
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

/** What cargo's own arguments select: the package, a test target, a `cargo test` filter. */
interface Selection {
  package?: string;
  testTarget?: string;
  filter?: string;
}

/** Reads cargo's arguments the simulator follows; a string names one it cannot. */
export function cargoSelection(mode: CrateMode, args: readonly string[]): Selection | string {
  const sel: Selection = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (): string | undefined => (i + 1 < args.length ? args[++i] : undefined);
    if (a === '-p' || a === '--package') sel.package = value();
    else if (a.startsWith('--package=')) sel.package = a.slice('--package='.length);
    else if (mode === 'test' && (a === '--test' || a === '--bin')) {
      const v = value();
      if (v === undefined) return `cargo 인자 ${a} 뒤에 이름이 없습니다`;
      sel.testTarget = `${a} ${v}`;
    } else if (mode === 'test' && (a === '--lib' || a === '--doc')) sel.testTarget = a;
    else if (a === '-q' || a === '--quiet' || a === '--release') continue;
    else if (mode === 'test' && !a.startsWith('-') && sel.filter === undefined) sel.filter = a;
    else return `cargo 인자는 아직 지원하지 않습니다: ${a}`;
    if ((a === '-p' || a === '--package') && sel.package === undefined) return `cargo 인자 ${a} 뒤에 패키지 이름이 없습니다`;
  }
  return sel;
}

/** A simulator diagnostic as `file:line:col: error: message`, in the file it points into. */
function located(d: Diagnostic, defaultFile: string): string {
  return `${d.file ?? defaultFile}:${d.span.start.line}:${d.span.start.col}: ${d.severity === 'error' ? 'error' : 'warning'}: ${d.message}`;
}

function fromRun(r: RunResult, defaultFile: string): SimResponse {
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, simDiagnostics: r.diagnostics.map((d) => located(d, defaultFile)) };
}

/** Simulates `cargo <mode>` of the crate at `crateDir`. Never throws for a bad crate: problems are simDiagnostics. */
export function simulateCrate(crateDir: string, req: SimRequest): SimResponse {
  if (!existsSync(crateDir) || !statSync(crateDir).isDirectory()) return unsupported(`${crateDir}: 크레이트 폴더가 없습니다`);
  const sel = cargoSelection(req.mode, req.cargoArgs ?? []);
  if (typeof sel === 'string') return unsupported(sel);
  const files = readCrateFolder(crateDir);
  const options = { maxSteps: req.maxSteps };
  const where = sel.package ? `${sel.package}/src/main.rs` : 'src/main.rs';
  switch (req.mode) {
    case 'run':
      return fromRun(runCrate({ files, package: sel.package, args: req.args, env: req.env, stdin: req.stdin }, options), where);
    case 'test':
      return fromRun(testCrate({ files, package: sel.package, env: req.env, stdin: req.stdin, filter: sel.filter, harnessArgs: req.args, testTarget: sel.testTarget }, options), where);
    case 'build': {
      if (req.args.length) return unsupported(`cargo build에 프로그램 인자는 없습니다: ${req.args.join(' ')}`);
      const b = buildCrate({ files, package: sel.package, env: req.env });
      return { stdout: '', stderr: b.stderr, exitCode: b.exitCode, simDiagnostics: b.diagnostics.map((d) => located(d, 'Cargo.toml')) };
    }
  }
}
