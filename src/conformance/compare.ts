// Decides whether a simulated crate matches the real cargo result: runtime crates by stdout, normalised
// stderr and exit code; rejected crates by first error line + location and by rustc's whole output. Pure.
import { normalizeOutput } from '../check/listing-output.ts';
import { COULD_NOT_COMPILE, firstError, programStderr, rustcDiagnostics } from './cargo-output.ts';
import { normalizeLibtest } from './libtest-normalize.ts';
import { lineMultiset } from './nondeterminism.ts';
import type { TruthClass } from './classify.ts';
import type { CrateMode } from './command.ts';
import type { SimResponse } from './sim-adapter.ts';

/** What the comparison needs from the real run. */
export interface TruthView {
  classification: TruthClass;
  mode: CrateMode;
  stdout: string;
  /** cargo's whole stderr. */
  stderr: string;
  exitCode: number | null;
  /** Two real runs printed different output (threads): lines are then compared regardless of order. */
  nondeterministic?: boolean;
}

export type Verdict =
  /**
   * `relaxed`: matched only as a multiset of lines (the truth is nondeterministic).
   * `falseRejection`: rustc accepts the crate but the simulator printed a compile error (the worst miss).
   */
  | { kind: 'runtime'; match: boolean; reason: string | null; relaxed?: boolean; falseRejection?: boolean }
  /** `ranAnyway`: rustc rejects the crate but the simulator ran it to exit code 0 without a word. */
  | { kind: 'compile-error'; code: string | null; firstMatch: boolean; fullMatch: boolean; reason: string | null; ranAnyway?: boolean }
  | { kind: 'not-compared'; reason: string };

/** The first line where `a` and `b` differ, shown as `line N: expected … / got …`. */
export function firstDifference(label: string, expected: string, actual: string): string {
  const x = expected.split('\n');
  const y = actual.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) {
      const show = (s: string | undefined) => (s === undefined ? '(끝)' : JSON.stringify(s.length > 100 ? s.slice(0, 100) + '…' : s));
      return `${label} ${i + 1}행: 예상 ${show(x[i])}, 시뮬레이터 ${show(y[i])}`;
    }
  }
  return `${label}: 줄 끝 문자만 다름`;
}

function simReason(sim: SimResponse): string | null {
  return sim.simDiagnostics.length ? `시뮬레이터: ${sim.simDiagnostics[0]}` : null;
}

function compareRuntime(t: TruthView, sim: SimResponse): Verdict {
  const expectedStderr = programStderr(t.stderr);
  // libtest prints timings, thread ids and results in completion order: `cargo test` output is normalised.
  const libtest = (s: string) => normalizeLibtest(normalizeOutput(s));
  const stdoutEqual = t.mode === 'test' ? libtest(t.stdout) === libtest(sim.stdout) : t.stdout === sim.stdout;
  const stderrEqual = normalizeOutput(expectedStderr) === normalizeOutput(sim.stderr);
  const exitEqual = t.exitCode === sim.exitCode;
  if (stdoutEqual && stderrEqual && exitEqual) return { kind: 'runtime', match: true, reason: null };
  if (t.nondeterministic && exitEqual && lineMultiset(t.stdout) === lineMultiset(sim.stdout) && lineMultiset(expectedStderr) === lineMultiset(sim.stderr)) {
    return { kind: 'runtime', match: true, reason: null, relaxed: true };
  }
  // Only a compile failure is a rejection: `error: test failed, …` of a failing `cargo test` is not.
  const diagnostics = rustcDiagnostics(sim.stderr);
  const rejected = diagnostics.split('\n').some((l) => COULD_NOT_COMPILE.test(l)) ? firstError(diagnostics) : null;
  if (rejected) return { kind: 'runtime', match: false, falseRejection: true, reason: `거짓 거부: rustc는 받아들이는데 시뮬레이터가 ${rejected.line}${rejected.location ? ` --> ${rejected.location}` : ''}` };
  const reason =
    simReason(sim) ??
    (!stdoutEqual
      ? t.mode === 'test'
        ? firstDifference('stdout(정규화)', libtest(t.stdout), libtest(sim.stdout))
        : firstDifference('stdout', t.stdout, sim.stdout)
      : !stderrEqual
        ? firstDifference('stderr', normalizeOutput(expectedStderr), normalizeOutput(sim.stderr))
        : `종료 코드: 예상 ${t.exitCode}, 시뮬레이터 ${sim.exitCode}`);
  return { kind: 'runtime', match: false, reason };
}

function compareRejected(t: TruthView, sim: SimResponse): Verdict {
  const expected = rustcDiagnostics(t.stderr);
  const actual = rustcDiagnostics(sim.stderr);
  const fe = firstError(expected);
  const fa = firstError(actual);
  const firstMatch = !!fe && !!fa && fe.line === fa.line && fe.location === fa.location;
  const fullMatch = expected === actual && sim.exitCode === t.exitCode;
  let reason: string | null = null;
  if (!fullMatch) {
    if (!fa) reason = simReason(sim) ?? `시뮬레이터가 오류를 내지 않음 (종료 코드 ${sim.exitCode})`;
    else if (!firstMatch) reason = `첫 오류: 예상 ${fe?.line ?? '(없음)'} --> ${fe?.location ?? '?'}, 시뮬레이터 ${fa.line} --> ${fa.location ?? '?'}`;
    else if (expected !== actual) reason = firstDifference('rustc 출력', expected, actual);
    else reason = `종료 코드: 예상 ${t.exitCode}, 시뮬레이터 ${sim.exitCode}`;
  }
  const verdict: Verdict = { kind: 'compile-error', code: fe?.code ?? null, firstMatch, fullMatch, reason };
  if (!fa && sim.exitCode === 0 && sim.simDiagnostics.length === 0) verdict.ranAnyway = true;
  return verdict;
}

export function compareCrate(t: TruthView, sim: SimResponse): Verdict {
  switch (t.classification) {
    case 'runs':
    case 'panics':
      return compareRuntime(t, sim);
    case 'compile-error':
      return compareRejected(t, sim);
    case 'needs-registry':
      return { kind: 'not-compared', reason: 'crates.io 의존성이 필요해 실제 결과를 모름' };
    case 'timeout':
      return { kind: 'not-compared', reason: '실제 프로그램이 시간 안에 끝나지 않음 (서버 등)' };
    case 'other':
      return { kind: 'not-compared', reason: 'cargo 자체가 실패함 (명령·매니페스트 오류)' };
  }
}
