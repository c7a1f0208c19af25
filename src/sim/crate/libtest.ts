// One test binary as libtest runs it: collects `#[test]` functions (module path names, sorted), runs each in
// its own interpreter with output captured, and prints libtest's report (ok / FAILED / ignored, failures, summary).
import type * as A from '../syntax/ast.ts';
import type { Diagnostic } from '../trace/schema.ts';
import { parseProgram } from '../syntax/parse.ts';
import { Interp } from '../semantics/interp.ts';
import { checkProgram } from '../std/modelled-check.ts';
import { STD_PORT } from '../std/port.ts';
import { PanicSignal, ExitSignal, freedBlockMessage, OverflowSignal, StepLimitSignal, UnsupportedSignal } from '../semantics/signals.ts';
import { FreedBlockError } from '../memory/heap.ts';
import { debugText } from '../semantics/fmt-bridge.ts';
import { debugStr } from '../format/escape-debug.ts';
import { BACKTRACE_NOTE } from '../format/panic-message.ts';
import type { World } from '../std/world.ts';
import type { Assembled } from './assemble.ts';

export interface TestCase {
  /** `tests::it_works` */
  name: string;
  fn: A.FnItem;
  shouldPanic: { expected?: string } | null;
  ignored: { reason?: string } | null;
}

/** libtest's command-line options that change what runs or what is shown. */
export interface TestFlags {
  /** Substring filters (any matches); `--exact` makes them whole names. */
  filters: string[];
  exact: boolean;
  /** `--ignored`: only ignored tests; `--include-ignored`: all. */
  ignored: 'skip' | 'only' | 'include';
  showOutput: boolean;
}

export const DEFAULT_FLAGS: TestFlags = { filters: [], exact: false, ignored: 'skip', showOutput: false };

/** Parses `cargo test [FILTER] -- [--ignored] [--show-output] [--test-threads=N] [--exact] [FILTER…]`. Unknown flags: an error. */
export function parseTestFlags(filter: string | undefined, harnessArgs: string[]): TestFlags | string {
  const flags: TestFlags = { ...DEFAULT_FLAGS, filters: filter ? [filter] : [] };
  for (let i = 0; i < harnessArgs.length; i++) {
    const a = harnessArgs[i];
    if (a === '--ignored') flags.ignored = 'only';
    else if (a === '--include-ignored') flags.ignored = 'include';
    else if (a === '--show-output' || a === '--nocapture') flags.showOutput = true;
    else if (a === '--exact') flags.exact = true;
    else if (a.startsWith('--test-threads')) { if (a === '--test-threads') i++; }
    else if (a === '-q' || a === '--quiet') return `지원하지 않는 테스트 옵션: ${a}`;
    else if (a.startsWith('-')) return `지원하지 않는 테스트 옵션: ${a}`;
    else flags.filters.push(a);
  }
  return flags;
}

function attr(fn: A.FnItem, name: string): A.Attribute | undefined {
  return fn.attrs.find((a) => a.name === name);
}

function stringArg(text: string, key: string | null): string | undefined {
  const re = key ? new RegExp(`${key}\\s*=\\s*"((?:[^"\\\\]|\\\\.)*)"`) : /=\s*"((?:[^"\\]|\\.)*)"/;
  const m = re.exec(text);
  return m ? m[1].replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c)) : undefined;
}

/** The `#[test]` functions of the root crate, named by module path, in libtest's (sorted) order. */
export function collectTests(program: A.Program, asm: Assembled, rootCrate: string): TestCase[] {
  const out: TestCase[] = [];
  const wrapper = new Map(asm.segments.filter((s) => s.wrapperLine !== undefined).map((s) => [s.wrapperLine!, s]));
  const walk = (items: A.Item[], path: string[], inRoot: boolean) => {
    for (const it of items) {
      if (it.kind === 'Mod') {
        const seg = wrapper.get(it.span.start.line);
        if (seg) walk(it.items, seg.modPath, seg.crate === rootCrate);
        else walk(it.items, [...path, it.name.name], inRoot);
      } else if (it.kind === 'Fn' && inRoot && attr(it, 'test')) {
        const sp = attr(it, 'should_panic');
        const ig = attr(it, 'ignore');
        out.push({
          name: [...path, it.name.name].join('::'),
          fn: it,
          shouldPanic: sp ? { expected: stringArg(sp.text, 'expected') } : null,
          ignored: ig ? { reason: stringArg(ig.text, null) } : null,
        });
      }
    }
  };
  walk(program.items, [], true);
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

type Outcome =
  | { kind: 'ok'; output: string }
  | { kind: 'failed'; output: string }
  | { kind: 'ignored'; reason?: string }
  | { kind: 'error'; diagnostic: Diagnostic };

export interface BinaryReport {
  /** libtest's stdout for this binary. */
  text: string;
  failed: number;
  /** Simulator problems (unsupported feature, step limit) that stopped a test. */
  diagnostics: Diagnostic[];
}

interface RunEnv {
  maxSteps: number;
  fileName: string;
  world: World;
  /** Shared by every test of the run: std prints the backtrace note only for the process's first panic. */
  panics: { count: number };
}

const NOWHERE = { start: { line: 1, col: 1 }, end: { line: 1, col: 1 } };

/** libtest captures a test's stdout and stderr into one buffer, in the order they were written. */
class CapturingInterp extends Interp {
  captured = '';
  override print(s: string): void {
    super.print(s);
    this.captured += s;
  }
  override eprint(s: string): void {
    super.eprint(s);
    this.captured += s;
  }
  /** Everything written, with stderr text that bypassed eprint (the panic report) at the end. */
  output(extraStderr: string): string {
    return this.captured + extraStderr;
  }
}

function runOne(program: A.Program, source: string, asm: Assembled, t: TestCase, env: RunEnv): Outcome {
  const ip = new CapturingInterp(program, { maxSteps: env.maxSteps, fileName: env.fileName, stackBytes: 2 * 1024 * 1024, world: env.world, locate: asm.locate, thread: t.name, std: STD_PORT }, source);
  let panicMsg: string | null = null;
  let returnedErr: string | null = null;
  try {
    const ret = ip.callFn(t.fn, t.name, undefined, [], t.fn.span);
    if (ret.k === 'enum' && ret.name === 'Result' && ret.variant === 'Err') returnedErr = debugText(ip, ret.f[0]);
  } catch (e) {
    if (e instanceof PanicSignal) panicMsg = e.message;
    else if (e instanceof ExitSignal) return { kind: 'error', diagnostic: { severity: 'error', code: 'unsupported', message: `테스트 안에서 process::exit(${e.code})를 불렀습니다: 실제 cargo test는 여기서 테스트 실행 전체가 끝납니다`, span: NOWHERE } };
    else if (e instanceof StepLimitSignal) return { kind: 'error', diagnostic: { severity: 'error', code: 'step-limit', message: `테스트 ${t.name}: 실행 단계 한도(${e.limit.toLocaleString('en-US')} 단계)를 넘어 멈췄습니다`, span: { start: ip.at, end: ip.at } } };
    else if (e instanceof UnsupportedSignal) return { kind: 'error', diagnostic: { severity: 'error', code: 'unsupported', message: e.message, span: e.span } };
    else if (e instanceof FreedBlockError) return { kind: 'error', diagnostic: { severity: 'error', code: 'unchecked', message: `테스트 ${t.name}: ${freedBlockMessage(e)}`, span: { start: ip.at, end: ip.at } } };
    else if (e instanceof OverflowSignal || e instanceof RangeError) return { kind: 'error', diagnostic: { severity: 'error', code: 'unsupported', message: `테스트 ${t.name}: 스택 오버플로 (cargo test에서는 프로세스 전체가 멈춥니다)`, span: { start: ip.at, end: ip.at } } };
    else return { kind: 'error', diagnostic: { severity: 'error', code: 'internal', message: `시뮬레이터 내부 오류: ${e instanceof Error ? e.message : String(e)}`, span: { start: ip.at, end: ip.at } } };
  }
  // The panic report is written to stderr directly (not through eprint): it comes last.
  const eprinted = ip.captured.length - ip.stdout.length;
  let tail = ip.stderr.slice(Math.max(0, eprinted));
  if (panicMsg !== null) {
    // Only the first panic of the test process prints the backtrace note.
    if (env.panics.count > 0 && tail.endsWith(BACKTRACE_NOTE)) tail = tail.slice(0, -BACKTRACE_NOTE.length);
    env.panics.count++;
  }
  if (returnedErr !== null) tail += `Error: ${returnedErr}\n`;
  let output = ip.output(tail);
  if (t.shouldPanic) {
    if (panicMsg === null) {
      const loc = asm.locate(t.fn.name.span.start.line);
      return { kind: 'failed', output: output + `note: test did not panic as expected at ${loc.file}:${loc.line}:${t.fn.name.span.start.col}` };
    }
    const exp = t.shouldPanic.expected;
    if (exp !== undefined && !panicMsg.includes(exp)) {
      output += `note: panic did not contain expected string\n      panic message: ${debugStr(panicMsg)}\n expected substring: ${debugStr(exp)}`;
      return { kind: 'failed', output };
    }
    return { kind: 'ok', output };
  }
  if (panicMsg !== null || returnedErr !== null) return { kind: 'failed', output };
  return { kind: 'ok', output };
}

function selected(t: TestCase, flags: TestFlags): boolean {
  // `--ignored` runs only the ignored tests; the others count as filtered out.
  if (flags.ignored === 'only' && !t.ignored) return false;
  if (!flags.filters.length) return true;
  return flags.filters.some((f) => (flags.exact ? t.name === f : t.name.includes(f)));
}

/** libtest's `write_results` block: `\nfailures:\n` + captured outputs + the sorted names. */
function resultsBlock(kind: 'failures' | 'successes', items: Array<{ name: string; output: string }>): string {
  let s = `\n${kind}:\n`;
  let outs = '';
  for (const it of items) if (it.output) outs += `---- ${it.name} stdout ----\n${it.output}\n`;
  if (outs) s += '\n' + outs;
  s += `\n${kind}:\n`;
  for (const n of items.map((x) => x.name).sort()) s += `    ${n}\n`;
  return s;
}

/** Runs the tests of one test binary (already parsed with cfg(test)) and formats libtest's report. */
export function runTests(program: A.Program, source: string, asm: Assembled, tests: TestCase[], flags: TestFlags, env: RunEnv): BinaryReport {
  const chosen = tests.filter((t) => selected(t, flags));
  const filteredOut = tests.length - chosen.length;
  let text = `\nrunning ${chosen.length} test${chosen.length === 1 ? '' : 's'}\n`;
  let passed = 0, failed = 0, ignored = 0;
  const failures: Array<{ name: string; output: string }> = [];
  const successes: Array<{ name: string; output: string }> = [];
  const diagnostics: Diagnostic[] = [];
  for (const t of chosen) {
    const label = `test ${t.name}${t.shouldPanic ? ' - should panic' : ''} ... `;
    const skip = flags.ignored === 'skip' && !!t.ignored;
    const r: Outcome = skip ? { kind: 'ignored', reason: t.ignored?.reason } : runOne(program, source, asm, t, env);
    switch (r.kind) {
      case 'ignored':
        ignored++;
        text += label + (r.reason ? `ignored, ${r.reason}` : 'ignored') + '\n';
        break;
      case 'ok':
        passed++;
        successes.push({ name: t.name, output: r.output });
        text += label + 'ok\n';
        break;
      case 'failed':
        failed++;
        failures.push({ name: t.name, output: r.output });
        text += label + 'FAILED\n';
        break;
      case 'error':
        diagnostics.push(r.diagnostic);
        return { text, failed: failed + 1, diagnostics };
    }
  }
  if (flags.showOutput) text += resultsBlock('successes', successes);
  if (failed) text += resultsBlock('failures', failures);
  text += `\ntest result: ${failed ? 'FAILED' : 'ok'}. ${passed} passed; ${failed} failed; ${ignored} ignored; 0 measured; ${filteredOut} filtered out; finished in 0.00s\n\n`;
  return { text, failed, diagnostics };
}

/** Parses an assembled test crate with `cfg(test)` on and runs the static check; diagnostics on failure. */
export function parseTestCrate(asm: Assembled, fileName: string): { ok: true; program: A.Program } | { ok: false; diagnostics: Diagnostic[] } {
  const parsed = parseProgram(asm.source, { cfgTest: true });
  if (!parsed.ok) return { ok: false, diagnostics: parsed.diagnostics };
  try {
    const ip = new Interp(parsed.program, { maxSteps: 1, fileName, stackBytes: 2 * 1024 * 1024, std: STD_PORT }, asm.source);
    const problems = checkProgram(ip, parsed.program);
    if (problems.length) return { ok: false, diagnostics: problems };
  } catch (e) {
    if (e instanceof UnsupportedSignal) return { ok: false, diagnostics: [{ severity: 'error', code: 'unsupported', message: e.message, span: e.span }] };
    throw e;
  }
  return { ok: true, program: parsed.program };
}
