// `cargo build` / `cargo check` for a crate folder or workspace package: runs rustc's checks (../check) on
// the package's library, then its binary, as cargo compiles them, and runs nothing. Never throws.
import type { Diagnostic } from '../trace/schema.ts';
import type { CompileDiagnostic } from '../check/diagnostic.ts';
import type { CrateTarget } from '../check/index.ts';
import { checkCrate } from '../check/index.ts';
import { parseProgram } from '../syntax/parse.ts';
import { assembleCrate, libDeps } from './assemble.ts';
import { externCrates } from './manifest.ts';
import { checkable, crateError, mapDiagnostics, pickPackage, type CrateInput } from './run-crate.ts';
import type { Package, Workspace } from './manifest.ts';

export interface BuildResult {
  /** 'built': the checker found no error (nothing ran); 'compile-error': `stderr` holds cargo's error text;
   *  'error': the simulator could not check the crate (see `diagnostics`). */
  outcome: 'built' | 'compile-error' | 'error';
  /** 0 built, 101 rustc rejects it (cargo's exit code), 2 the simulator could not check it. */
  exitCode: 0 | 101 | 2;
  /** Cargo's diagnostics text from the first diagnostic to `error: could not compile …`; '' when built. */
  stderr: string;
  /** The simulator's own problems (bad manifest, parse error, a crate it cannot check yet). */
  diagnostics: Diagnostic[];
  /** When rejected: rustc's diagnostics as data. */
  compileDiagnostics?: CompileDiagnostic[];
}

export interface BuildOptions {
  /** See RunOptions.crates. */
  crates?: string[];
}

function failed(ds: Diagnostic[]): BuildResult {
  return { outcome: 'error', exitCode: 2, stderr: '', diagnostics: ds };
}

/** One target of a package to check as cargo compiles it. */
export interface TargetToCheck {
  /** Root file of the target (`src/lib.rs`, `src/main.rs`, `tests/x.rs`). */
  file: string;
  target: CrateTarget;
  /** The target sees its package's library (a binary, an integration test). */
  ownLib: boolean;
  /** Compiled with `cfg(test)` on (a `cargo test` harness build). */
  cfgTest?: boolean;
}

export type TargetCheck =
  | { kind: 'ok' }
  | { kind: 'rejected'; stderr: string; diagnostics: CompileDiagnostic[] }
  | { kind: 'error'; diagnostics: Diagnostic[] };

/** rustc's checks on one target: its files assembled with the libraries it uses, checked in those files. */
export function checkTarget(files: Record<string, string>, ws: Workspace, pkg: Package, t: TargetToCheck, crates?: string[]): TargetCheck {
  const deps = libDeps(ws, pkg, t.ownLib);
  const asm = assembleCrate(files, t.file, pkg.crateName, deps);
  if (!asm.ok) return { kind: 'error', diagnostics: crateError(asm.error).diagnostics };
  const a = asm.crate;
  const where = { start: { line: 1, col: 1 }, end: { line: 1, col: 1 } };
  // Several files: checked in those files when the checker can map them (as `cargo run` does), else said so
  // rather than called built.
  const assembled = a.segments.length > 1 ? checkable(a, files, t.file, deps, pkg) : undefined;
  if (a.segments.length > 1 && !assembled) {
    return { kind: 'error', diagnostics: [{ severity: 'error', code: 'unsupported', message: `지원하지 않는 기능: 여러 파일로 된 크레이트의 컴파일 검사 (${t.file})`, span: where, file: t.file }] };
  }
  let parsed;
  try {
    parsed = parseProgram(a.source, { cfgTest: t.cfgTest === true });
  } catch (e) {
    return { kind: 'error', diagnostics: [{ severity: 'error', code: 'internal', message: `내부 오류: ${e instanceof Error ? e.message : String(e)}`, span: where, file: t.file }] };
  }
  if (!parsed.ok) return { kind: 'error', diagnostics: mapDiagnostics(a, parsed.diagnostics) };
  const checked = checkCrate({ program: parsed.program, source: a.source, file: t.file, wrapped: false, ...(assembled ? { assembled } : {}) },
    { packageName: pkg.name, target: t.target, crates: crates ?? externCrates(ws, pkg, t.ownLib), edition: pkg.edition });
  return checked.errors > 0 ? { kind: 'rejected', stderr: checked.stderr, diagnostics: checked.diagnostics } : { kind: 'ok' };
}

/** Checks the package's targets in cargo's order (library first; a failing target stops the build). */
export function buildCrate(input: CrateInput, options: BuildOptions = {}): BuildResult {
  const picked = pickPackage(input.files, input.package);
  if (typeof picked === 'string') return failed(crateError(picked).diagnostics);
  const { ws, pkg } = picked;
  const root = pkg.dir ? pkg.dir + '/' : '';
  const targets: TargetToCheck[] = [];
  if (pkg.hasLib) targets.push({ file: root + 'src/lib.rs', target: { kind: 'lib' }, ownLib: false });
  if (pkg.hasBin) targets.push({ file: root + 'src/main.rs', target: { kind: 'bin', name: pkg.name }, ownLib: true });
  if (!targets.length) return failed(crateError(`패키지 \`${pkg.name}\`에 src/lib.rs도 src/main.rs도 없습니다`).diagnostics);
  for (const t of targets) {
    const r = checkTarget(input.files, ws, pkg, t, options.crates);
    if (r.kind === 'error') return failed(r.diagnostics);
    if (r.kind === 'rejected') return { outcome: 'compile-error', exitCode: 101, stderr: r.stderr, diagnostics: [], compileDiagnostics: r.diagnostics };
  }
  return { outcome: 'built', exitCode: 0, stderr: '', diagnostics: [] };
}
