// `cargo test` for a crate folder or workspace package: the library's unit tests, the binary's, each
// integration test file, then the library's doc-tests, in cargo's order, stopping after a failing binary.
import type { RunOptions, RunResult } from '../api.ts';
import type { Diagnostic } from '../trace/schema.ts';
import type { World } from '../std/world.ts';
import { runRust } from '../run.ts';
import { assembleCrate, libDeps } from './assemble.ts';
import { collectTests, parseTestCrate, parseTestFlags, runTests, type TestFlags } from './libtest.ts';
import { findDocTests } from './doctest.ts';
import { crateError, mapDiagnostics, pickPackage, type CrateInput } from './run-crate.ts';
import { checkTarget, type TargetToCheck } from './build-crate.ts';
import type { Package, Workspace } from './manifest.ts';
import type { CrateTarget } from '../check/index.ts';

export interface TestInput extends CrateInput {
  /** `cargo test FILTER` */
  filter?: string;
  /** Arguments after `--`, for the test harness: `--show-output`, `--ignored`, `--test-threads=1`, `--exact`. */
  harnessArgs?: string[];
  /** Only one test target: `--lib`, `--doc`, `--bin NAME`, `--test NAME` (as after `cargo test`). */
  testTarget?: string;
}

const DEFAULT_MAX_STEPS = 10_000_000;
/** Name of a doc-test's program inside the assembled files. */
const DOCTEST_FILE = '__doctest__.rs';

/** rustdoc's failures block: each failed test's output, then the sorted names. */
function docFailures(failures: Array<{ name: string; output: string }>): string {
  let s = '\nfailures:\n\n';
  for (const f of failures) s += `---- ${f.name} stdout ----\n${f.output}\n`;
  s += '\nfailures:\n';
  for (const n of failures.map((f) => f.name).sort()) s += `    ${n}\n`;
  return s;
}

/** Runs a package's tests as `cargo test` does; stdout is libtest's, stderr cargo's error line. Never throws. */
export function testCrate(input: TestInput, options: RunOptions = {}): RunResult {
  const picked = pickPackage(input.files, input.package);
  if (typeof picked === 'string') return crateError(picked);
  const { ws, pkg } = picked;
  const flags = parseTestFlags(input.filter, input.harnessArgs ?? []);
  if (typeof flags === 'string') return crateError(flags);
  const root = pkg.dir ? pkg.dir + '/' : '';
  const world: World = { args: [`target/debug/deps/${pkg.crateName}`], env: input.env ?? {}, files: input.files, stdin: input.stdin ?? '', seed: input.seed };
  const env = { maxSteps: options.maxSteps ?? DEFAULT_MAX_STEPS, fileName: root + 'src/lib.rs', world, panics: { count: 0 } };

  // Test binaries in cargo's order, with the flag cargo names when one fails.
  const binaries: Array<{ file: string; deps: ReturnType<typeof libDeps>; rerun: string }> = [];
  if (pkg.hasLib) binaries.push({ file: root + 'src/lib.rs', deps: libDeps(ws, pkg, false), rerun: '--lib' });
  if (pkg.hasBin) binaries.push({ file: root + 'src/main.rs', deps: libDeps(ws, pkg, true), rerun: `--bin ${pkg.name}` });
  for (const t of pkg.tests) binaries.push({ file: t, deps: libDeps(ws, pkg, true), rerun: `--test ${t.slice(t.lastIndexOf('/') + 1, -3)}` });

  const target = input.testTarget;
  const only = target ? binaries.filter((b) => b.rerun === target) : binaries;
  if (target && target !== '--doc' && !only.length) return crateError(`테스트 대상 \`${target}\`이 없습니다`);
  const rejected = compileCheck(input.files, ws, pkg, target === '--doc' ? [] : only, target);
  if (rejected) return rejected;
  let stdout = '';
  const diagnostics: Diagnostic[] = [];
  for (const b of target === '--doc' ? [] : only) {
    const asm = assembleCrate(input.files, b.file, pkg.crateName, b.deps);
    if (!asm.ok) return { ...crateError(asm.error), stdout };
    const parsed = parseTestCrate(asm.crate, b.file);
    if (!parsed.ok) return { stdout, stderr: '', exitCode: 2, outcome: { kind: 'error' }, diagnostics: mapDiagnostics(asm.crate, parsed.diagnostics) };
    const tests = collectTests(parsed.program, asm.crate, pkg.crateName);
    const rep = runTests(parsed.program, asm.crate.source, asm.crate, tests, flags, { ...env, fileName: b.file });
    stdout += rep.text;
    if (rep.diagnostics.length) return { stdout, stderr: '', exitCode: 2, outcome: { kind: 'error' }, diagnostics: mapDiagnostics(asm.crate, rep.diagnostics) };
    if (rep.failed) return { stdout, stderr: `error: test failed, to rerun pass \`${b.rerun}\`\n`, exitCode: 101, outcome: { kind: 'exit', code: 101 }, diagnostics };
  }

  // cargo runs no doc-tests when given a test-name filter (`cargo test add`), only with harness filters.
  if (pkg.hasLib && (!target || target === '--doc') && input.filter === undefined) {
    const doc = runDocTests(input, pkg.dir, pkg.crateName, pkg.edition, libDeps(ws, pkg, true), flags, options, world);
    stdout += doc.text;
    diagnostics.push(...doc.diagnostics);
    if (doc.diagnostics.some((d) => d.severity === 'error')) return { stdout, stderr: '', exitCode: 2, outcome: { kind: 'error' }, diagnostics };
    if (doc.failed) return { stdout, stderr: 'error: doctest failed, to rerun pass `--doc`\n', exitCode: 101, outcome: { kind: 'exit', code: 101 }, diagnostics };
  }
  return { stdout, stderr: '', exitCode: 0, outcome: { kind: 'finished' }, diagnostics };
}

/**
 * rustc's checks on what `cargo test` compiles before it runs anything: the library as the other targets
 * and the doc-tests use it, then each chosen test harness (`cfg(test)` on) in cargo's order. The first
 * rejected target is the build's output (cargo builds in parallel; when several fail, the one it prints
 * first varies). A target the checker cannot judge is left to the run.
 */
function compileCheck(files: Record<string, string>, ws: Workspace, pkg: Package, binaries: ReadonlyArray<{ file: string; rerun: string }>, testTarget: string | undefined): RunResult | undefined {
  const root = pkg.dir ? pkg.dir + '/' : '';
  const targets: TargetToCheck[] = [];
  // Every target but `--lib` alone needs the library built as a dependency (doc-tests, binaries, tests/).
  if (pkg.hasLib && testTarget !== '--lib') targets.push({ file: root + 'src/lib.rs', target: { kind: 'lib' }, ownLib: false });
  for (const b of binaries) {
    const name = b.rerun.slice(b.rerun.indexOf(' ') + 1);
    const target: CrateTarget = b.rerun === '--lib' ? { kind: 'lib', test: true } : b.rerun.startsWith('--bin') ? { kind: 'bin', name, test: true } : { kind: 'test', name };
    targets.push({ file: b.file, target, ownLib: b.rerun !== '--lib', cfgTest: true });
  }
  for (const t of targets) {
    const r = checkTarget(files, ws, pkg, t);
    if (r.kind === 'rejected') return { stdout: '', stderr: r.stderr, exitCode: 101, outcome: { kind: 'compile-error' }, diagnostics: [], compileDiagnostics: r.diagnostics };
  }
  return undefined;
}

function runDocTests(input: TestInput, dir: string, crateName: string, edition: string, deps: ReturnType<typeof libDeps>, flags: TestFlags, options: RunOptions, world: World) {
  const lib = (dir ? dir + '/' : '') + 'src/lib.rs';
  const all = findDocTests(lib, input.files[lib] ?? '');
  const filters = flags.filters;
  const chosen = all.filter((t) => (flags.ignored !== 'only' || t.ignore) && (!filters.length || filters.some((f) => (flags.exact ? t.name === f : t.name.includes(f)))));
  let text = `\nrunning ${chosen.length} test${chosen.length === 1 ? '' : 's'}\n`;
  let passed = 0, failed = 0, ignored = 0;
  const failures: Array<{ name: string; output: string }> = [];
  const diagnostics: Diagnostic[] = [];
  const merged = edition >= '2024';
  for (const t of chosen) {
    if (t.compileFail) {
      diagnostics.push({ severity: 'error', code: 'unsupported', message: `${t.name}: 지원하지 않는 기능: compile_fail 문서 테스트 (컴파일 오류는 시뮬레이터가 판정하지 않습니다)`, span: { start: { line: 1, col: 1 }, end: { line: 1, col: 1 } }, file: lib });
      break;
    }
    if (t.ignore && flags.ignored === 'skip') {
      ignored++;
      text += `test ${t.name} ... ignored\n`;
      continue;
    }
    if (t.noRun) {
      passed++;
      text += `test ${t.name} - compile ... ok\n`;
      continue;
    }
    const files = { ...input.files, [DOCTEST_FILE]: t.code };
    const asm = assembleCrate(files, DOCTEST_FILE, crateName, deps);
    if (!asm.ok) { diagnostics.push(crateError(asm.error).diagnostics[0]); break; }
    // rustdoc compiles the block after `#![allow(unused)]`, an `extern crate` pair when the code names the
    // crate, and `fn main() {` when it has none; panics report lines of that file under the library's name.
    const shift = 1 + (new RegExp(`\\b${crateName}\\b`).test(t.code) ? 2 : 0);
    const locate = (line: number) => {
      const l = asm.crate.locate(line);
      return l.file === DOCTEST_FILE ? { file: lib, line: l.line + shift } : l;
    };
    const r = runRust(asm.crate.source, { maxSteps: options.maxSteps, wrapMain: false, fileName: lib, locate, world, multiFile: asm.crate.segments.length > 1 });
    if (r.exitCode === 2) {
      diagnostics.push(...mapDiagnostics(asm.crate, r.diagnostics).map((d) => ({ ...d, severity: 'error' as const, message: `${t.name}: ${d.message}` })));
      break;
    }
    const ok = t.shouldPanic ? r.exitCode !== 0 : r.exitCode === 0;
    // Edition 2024 merges doc-tests into one binary, which names should_panic tests like libtest does.
    text += `test ${t.name}${t.shouldPanic && merged ? ' - should panic' : ''} ... ${ok ? 'ok' : 'FAILED'}\n`;
    if (ok) { passed++; continue; }
    failed++;
    const out = t.shouldPanic
      ? 'Test executable succeeded, but it\'s marked `should_panic`.'
      : `Test executable failed (exit status: ${r.exitCode}).\n\n${r.stdout ? `stdout:\n${r.stdout}\n` : ''}${r.stderr ? `stderr:\n${r.stderr}\n` : ''}`;
    failures.push({ name: t.name, output: out });
  }
  if (failed) text += docFailures(failures);
  text += `\ntest result: ${failed ? 'FAILED' : 'ok'}. ${passed} passed; ${failed} failed; ${ignored} ignored; 0 measured; ${all.length - chosen.length} filtered out; finished in 0.00s\n\n`;
  if (merged && chosen.length > 0) text += 'all doctests ran in 0.00s; merged doctests compilation took 0.00s\n';
  return { text, failed, diagnostics };
}
