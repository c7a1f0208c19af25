// runRust / startRust: parse, check, evaluate (on the machine, resumable in slices) and optionally trace one
// program; never throws. Every failure — parse error, unsupported feature, step budget, internal error — becomes a Diagnostic.
import type { RunOptions, RunResult } from './api.ts';
import { checkCrate } from './check/index.ts';
import { applyTypeHints } from './check/types/evaluator-hints.ts';
import { mainReturnedErr, stackOverflow } from './format/panic-message.ts';
import type { Value } from './memory/value.ts';
import { callFnStep } from './semantics/exec.ts';
import { debugText } from './semantics/fmt-bridge.ts';
import { Interp } from './semantics/interp.ts';
import { BreakSignal, ContinueSignal, ExitSignal, freedBlockMessage, OverflowSignal, PanicSignal, StepLimitSignal, UnsupportedSignal } from './semantics/signals.ts';
import { FreedBlockError } from './memory/heap.ts';
import { PAUSED } from './semantics/step.ts';
import { runThreads, seeded, threadLabel } from './semantics/threads.ts';
import { checkProgram } from './std/modelled-check.ts';
import { STD_PORT } from './std/port.ts';
import type * as A from './syntax/ast.ts';
import { parseProgram } from './syntax/parse.ts';
import { wrapSnippet } from './syntax/wrap.ts';
import { copyPlain, NotPlainData } from './syntax/copy-plain.ts';
import { leakNotes } from './trace/leaks.ts';
import { Recorder } from './trace/recorder.ts';
import { TRACE_VERSION, type Diagnostic, type Outcome, type Span, type Trace } from './trace/schema.ts';

const DEFAULT_MAX_STEPS = 10_000_000;
const DEFAULT_MAX_SNAPSHOTS = 50_000;
/** The main thread's stack, as rustc's default (8 MiB); frames take their locals' layout sizes. */
const MAIN_STACK_BYTES = 8 * 1024 * 1024;

const NOWHERE: Span = { start: { line: 1, col: 1 }, end: { line: 1, col: 1 } };

/** Run a program to its end. */
export function runRust(source: string, options: RunOptions = {}): RunResult {
  const session = startRust(source, options);
  while (!session.advance(Infinity));
  return session.finish();
}

/** A run in progress: advance it in slices of steps, read its output so far, finish it (or stop it) for the result. */
export interface RunSession {
  /** Run up to `steps` more steps; true once the program has ended. */
  advance(steps: number): boolean;
  /** What the program has printed so far. */
  readonly stdout: string;
  readonly stderr: string;
  /** The result: complete once ended; otherwise stops the run (`reason`) and returns the output and trace so far. */
  finish(reason?: 'time-limit' | 'stopped'): RunResult;
}

/** Start a run: parse and check now (or take them from `options.frontCache`); evaluation happens in `advance`. */
export function startRust(source: string, options: RunOptions = {}): RunSession {
  const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
  const maxSnapshots = options.maxSnapshots ?? DEFAULT_MAX_SNAPSHOTS;
  const fileName = options.fileName ?? 'src/main.rs';
  const { program, lineOffset, unshift, fail } = framing(source, options);
  /** A run that ended before evaluation (rejected by the checks, or nothing to run). */
  const over = (r: RunResult): RunSession => ({ advance: () => true, stdout: r.stdout, stderr: r.stderr, finish: () => r });

  const front = options.frontCache ? options.frontCache.take(source, options) : frontEnd(source, options);
  if ('ended' in front) return over(front.ended);
  const ast = front.ast;
  const main = ast.items.find((i): i is A.FnItem => i.kind === 'Fn' && i.name.name === 'main');
  if (!main) return fail([{ severity: 'error', code: 'unsupported', message: '`fn main`이 없습니다', span: NOWHERE }]);

  const recorder = options.trace ? new Recorder(maxSnapshots) : undefined;
  if (recorder && options.traceFull) recorder.full = true;
  let ip: Interp;
  try {
    ip = new Interp(ast, { maxSteps, fileName, tracer: recorder, stackBytes: MAIN_STACK_BYTES, world: options.world, locate: options.locate, std: STD_PORT }, program);
    const problems = checkProgram(ip, ast);
    if (problems.length) return fail(problems);
  } catch (e) {
    return fail([e instanceof UnsupportedSignal ? { severity: 'error', code: 'unsupported', message: e.message, span: e.span } : internal(e)]);
  }
  if (recorder) recorder.ip = ip;

  let outcome: Outcome = { kind: 'finished' };
  let exitCode = 0;
  const diagnostics: Diagnostic[] = [];
  const rng = options.seed === undefined ? null : seeded(options.seed);
  let ended = false;
  let result: RunResult | undefined;
  const theIp = ip;
  try {
    ip.stack.push(callFnStep(ip, main, 'main', undefined, []));
  } catch (e) {
    settle(e);
  }

  /** How the run ended, from what the machine threw. */
  function settle(e: unknown): void {
    ended = true;
    const ip = theIp;
    if (e instanceof PanicSignal) {
      outcome = { kind: 'panic', message: e.message, at: e.at };
      exitCode = 101;
    } else if (e instanceof ExitSignal) {
      outcome = { kind: 'exit', code: e.code };
      exitCode = e.code & 0xff;
    } else if (e instanceof OverflowSignal || e instanceof RangeError) {
      // std's overflow handler names an unnamed thread `<unknown>` (its panic messages say `<unnamed>`).
      ip.eprint(stackOverflow(threadLabel(ip.cur, '<unknown>')));
      outcome = { kind: 'stack-overflow' };
      exitCode = 134;
      if (e instanceof RangeError) {
        diagnostics.push({
          severity: 'warning', code: 'stack-limit',
          message: `std 콜백(반복자 어댑터·Display·Drop 등) 안에서 이어진 재귀로 이 환경의 자바스크립트 스택이 먼저 바닥나, 호출 깊이 ${ip.peakDepth}에서 스택 오버플로로 처리했습니다. 실제 러스트 프로그램은 더 깊이 재귀할 수 있습니다.`,
          span: { start: ip.at, end: ip.at },
        });
      }
    } else if (e instanceof StepLimitSignal) {
      outcome = { kind: 'step-limit', limit: e.limit };
      exitCode = 2;
      diagnostics.push({ severity: 'error', code: 'step-limit', message: `실행 단계 한도(${e.limit.toLocaleString('en-US')} 단계)를 넘어 실행을 멈췄습니다. 무한 루프가 아닌지 확인하세요.`, span: { start: ip.at, end: ip.at } });
    } else if (e instanceof UnsupportedSignal) {
      outcome = { kind: 'error' };
      exitCode = 2;
      diagnostics.push({ severity: 'error', code: 'unsupported', message: e.message, span: e.span });
    } else if (e instanceof FreedBlockError) {
      outcome = { kind: 'error' };
      exitCode = 2;
      diagnostics.push({ severity: 'error', code: 'unchecked', message: freedBlockMessage(e), span: { start: ip.at, end: ip.at } });
    } else {
      outcome = { kind: 'error' };
      exitCode = 2;
      diagnostics.push({ ...internal(e), span: { start: ip.at, end: ip.at } });
    }
  }

  function advance(steps: number): boolean {
    if (ended) return true;
    const ip = theIp;
    try {
      const r = runThreads(ip, steps === Infinity ? Infinity : ip.steps + steps, rng);
      if (r === PAUSED) return false;
      ended = true;
      const ret = r as Value;
      if (ret.k === 'enum' && ret.name === 'Result' && ret.variant === 'Err') {
        ip.eprint(mainReturnedErr(debugText(ip, ret.f[0])));
        exitCode = 1;
      }
    } catch (e) {
      settle(e);
    }
    return true;
  }

  function finish(reason?: 'time-limit' | 'stopped'): RunResult {
    if (result) return result;
    const ip = theIp;
    if (!ended) {
      ended = true;
      outcome = { kind: 'stopped', reason: reason ?? 'stopped' };
      exitCode = 2;
    }
    if (recorder) {
      const leaked = outcome.kind === 'finished';
      const note = leaked ? leakNotes(ip) : undefined;
      try {
        recorder.step('end', main!.body.span.end, note, leaked);
      } catch (e) {
        diagnostics.push({ ...internal(e), span: NOWHERE });
      }
      if (recorder.truncated) {
        diagnostics.push({ severity: 'warning', code: 'snapshot-limit', message: `기록 한도(${maxSnapshots.toLocaleString('en-US')} 단계)를 넘어 이후 단계의 메모리 그림은 기록하지 않았습니다. 출력은 끝까지 실행한 결과입니다.`, span: NOWHERE });
      }
    }
    result = { stdout: ip.stdout, stderr: ip.stderr, exitCode, outcome, diagnostics: diagnostics.map(unshift) };
    if (recorder) {
      const trace: Trace = {
        version: TRACE_VERSION, source: program, lineOffset, pool: recorder.pool, steps: recorder.steps,
        totalSteps: ip.steps, truncated: recorder.truncated, stdout: ip.stdout, stderr: ip.stderr, exitCode, outcome, diagnostics: result.diagnostics,
      };
      result.trace = trace;
    }
    return result;
  }

  return {
    advance,
    finish,
    get stdout() { return theIp.stdout; },
    get stderr() { return theIp.stderr; },
  };
}

/** The program as run (wrapped in `fn main` when it is a snippet), and how a diagnostic's lines go back to the source. */
function framing(source: string, options: RunOptions) {
  const { source: program, lineOffset } = options.wrapMain === false ? { source, lineOffset: 0 } : wrapSnippet(source);
  const unshift = (d: Diagnostic): Diagnostic =>
    lineOffset === 0 ? d : { ...d, span: { start: { line: Math.max(1, d.span.start.line - lineOffset), col: d.span.start.col }, end: { line: Math.max(1, d.span.end.line - lineOffset), col: d.span.end.col } } };
  const fail = (diagnostics: Diagnostic[]): RunSession => {
    const r: RunResult = { stdout: '', stderr: '', exitCode: 2, outcome: { kind: 'error' }, diagnostics: diagnostics.map(unshift) };
    if (options.trace) r.trace = emptyTrace(program, lineOffset, r);
    return { advance: () => true, stdout: r.stdout, stderr: r.stderr, finish: () => r };
  };
  return { program, lineOffset, unshift, fail };
}

/** What the front end made of a source: the run's result when it ended there, or the checked AST to evaluate. */
export type FrontEnd = { ended: RunResult } | { ast: A.Program };

/** Parse, rustc's checks, and the checker's hints written into the AST (what a run does before evaluating). */
function frontEnd(source: string, options: RunOptions): FrontEnd {
  const fileName = options.fileName ?? 'src/main.rs';
  const { program, lineOffset, fail } = framing(source, options);
  const failed = (diagnostics: Diagnostic[]): FrontEnd => ({ ended: fail(diagnostics).finish() });
  let parsed;
  try {
    parsed = parseProgram(program);
  } catch (e) {
    return failed([internal(e)]);
  }
  if (!parsed.ok) return failed(parsed.diagnostics);
  const ast = parsed.program;

  // rustc's front end first: a program rustc rejects prints cargo's errors and never runs.
  const fileIsLib = /(^|\/)lib\.rs$/.test(fileName);
  const target = options.crateType === 'lib' || (options.crateType === undefined && fileIsLib)
    ? { kind: 'lib' as const } : { kind: 'bin' as const, name: options.packageName ?? 'main' };
  // A source with no `fn main` that is a list of items is a library crate root: check it as written
  // (wrapping it would move its items into a function); only a statement snippet is checked wrapped.
  const raw = lineOffset > 0 ? parseProgram(source) : undefined;
  const checked = options.multiFile
    ? options.crateFiles && lineOffset === 0
      ? checkCrate({ program: ast, source: program, file: fileName, wrapped: false, assembled: options.crateFiles }, { packageName: options.packageName, target, crates: options.crates, edition: options.edition })
      : undefined
    : raw?.ok
    ? checkCrate({ program: raw.program, source, file: fileName, wrapped: false }, { packageName: options.packageName, target, crates: options.crates, edition: options.edition })
    : checkCrate({ program: ast, source: program, file: fileName, wrapped: lineOffset > 0, listing: lineOffset > 0 ? { source, lineOffset } : undefined },
      { packageName: options.packageName, target, crates: options.crates, edition: options.edition });
  if (checked && checked.errors > 0) {
    const r: RunResult = {
      stdout: '', stderr: checked.stderr, exitCode: 101, outcome: { kind: 'compile-error' }, diagnostics: [],
      compileDiagnostics: checked.diagnostics,
    };
    if (options.trace) r.trace = { ...emptyTrace(program, lineOffset, r), stderr: checked.stderr, compileDiagnostics: r.compileDiagnostics };
    return { ended: r };
  }
  // The evaluator takes the checker's inferred types where it would otherwise guess (when it checked this AST).
  if (checked && !raw?.ok) applyTypeHints(ast);
  return { ast };
}

/**
 * The front end's last result, kept for the next run of the same source (the worker's 실행 again, or a run
 * prepared when the reader approached 실행). It is kept pristine — never evaluated — and each run takes a deep
 * copy, so a cached run is exactly an uncached one: the evaluator's own annotations (resolved callees, slot
 * layouts, literal values, marks) are written onto the copy it runs, never onto what the next run starts from.
 */
export class FrontCache {
  private key: string | null = null;
  private kept: FrontEnd | null = null;
  /** Runs that took the cached front end (for tests and measurements). */
  hits = 0;

  /** The front end of `source` under `options`, computed now unless it is the one kept. */
  take(source: string, options: RunOptions): FrontEnd {
    const key = frontKey(source, options);
    if (key !== null && key === this.key && this.kept) {
      this.hits++;
      return copyPlain(this.kept);
    }
    const front = frontEnd(source, options);
    this.keep(key, front);
    return front;
  }

  /** Compute and keep the front end of `source` ahead of its run (no-op when it is kept already). */
  prepare(source: string, options: RunOptions): void {
    const key = frontKey(source, options);
    if (key === null || key === this.key) return;
    this.keep(key, frontEnd(source, options));
  }

  private keep(key: string | null, front: FrontEnd): void {
    this.key = null;
    this.kept = null;
    if (key === null) return;
    try {
      this.kept = 'ended' in front ? copyPlain(front) : { ast: copyPlain(front.ast) };
      this.key = key;
    } catch (e) {
      if (!(e instanceof NotPlainData)) throw e;
    }
  }
}

/** Everything the front end's result depends on, or null when it cannot be keyed (a crate's assembly callbacks). */
function frontKey(source: string, o: RunOptions): string | null {
  if (o.crateFiles || o.locate) return null;
  return JSON.stringify([source, o.wrapMain !== false, o.fileName ?? '', o.packageName ?? '', o.crateType ?? '', o.crates ?? null, o.edition ?? '', !!o.multiFile, !!o.trace]);
}

function internal(e: unknown): Diagnostic {
  // A `break` / `continue` that escaped every loop is a compile error in Rust (E0268 / E0267), not ours.
  if (e instanceof BreakSignal || e instanceof ContinueSignal) {
    return { severity: 'error', code: 'unsupported', message: `지원하지 않는 기능: 루프 밖의 \`${e instanceof BreakSignal ? 'break' : 'continue'}\``, span: NOWHERE };
  }
  const msg = e instanceof Error ? e.message : typeof e === 'object' && e ? `${e.constructor?.name ?? 'object'}` : String(e);
  return { severity: 'error', code: 'internal', message: `시뮬레이터 내부 오류: ${msg}`, span: NOWHERE };
}

function emptyTrace(source: string, lineOffset: number, r: RunResult): Trace {
  return { version: TRACE_VERSION, source, lineOffset, pool: [], steps: [], totalSteps: 0, truncated: false, stdout: '', stderr: '', exitCode: r.exitCode, outcome: r.outcome, diagnostics: r.diagnostics };
}
