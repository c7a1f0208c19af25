import { describe, expect, it } from 'vitest';
import { compareCrate, firstDifference, type TruthView } from '../../src/conformance/compare.ts';
import { programStderr, rustcDiagnostics } from '../../src/conformance/cargo-output.ts';
import type { SimResponse } from '../../src/conformance/sim-adapter.ts';
import { truthOf } from './truth-fixture.ts';

function view(name: string, mode: TruthView['mode'] = 'run'): TruthView {
  const t = truthOf(name);
  return { classification: t.classification, mode, stdout: t.stdout, stderr: t.stderr, exitCode: t.exitCode };
}
const sim = (p: Partial<SimResponse>): SimResponse => ({ stdout: '', stderr: '', exitCode: 0, simDiagnostics: [], ...p });

describe('compareCrate: runtime crates', () => {
  it('matches on equal stdout, stderr (thread id ignored) and exit code', () => {
    const t = view('divide');
    const stderr = programStderr(t.stderr).replace(/\(\d+\)/, '(1)');
    expect(compareCrate(t, sim({ stdout: '길이 0\n', stderr, exitCode: 101 }))).toEqual({ kind: 'runtime', match: true, reason: null });
  });

  it('names the first differing stdout line, else stderr, else the exit code', () => {
    const t = view('greet');
    expect(compareCrate(t, sim({ stdout: '안녕, 하나!\n안녕, 셋!\n', stderr: '끝\n' }))).toMatchObject({ match: false, reason: 'stdout 2행: 예상 "안녕, 둘!", 시뮬레이터 "안녕, 셋!"' });
    expect(compareCrate(t, sim({ stdout: t.stdout, stderr: '' }))).toMatchObject({ match: false, reason: expect.stringMatching(/^stderr 1행/) });
    expect(compareCrate(t, sim({ stdout: t.stdout, stderr: '끝\n', exitCode: 1 }))).toMatchObject({ match: false, reason: '종료 코드: 예상 0, 시뮬레이터 1' });
  });

  it('a simulator diagnostic is the reason of a miss', () => {
    expect(compareCrate(view('greet'), sim({ exitCode: 2, simDiagnostics: ['src/main.rs:2:5: error: 지원하지 않는 기능'] }))).toMatchObject({ reason: '시뮬레이터: src/main.rs:2:5: error: 지원하지 않는 기능' });
  });

  it('a compile error for a crate rustc accepts is a false rejection', () => {
    const v = compareCrate(view('greet'), sim({ stderr: rustcDiagnostics(truthOf('moved').stderr), exitCode: 101 }));
    expect(v).toMatchObject({ kind: 'runtime', match: false, falseRejection: true, reason: '거짓 거부: rustc는 받아들이는데 시뮬레이터가 error[E0382]: borrow of moved value: `s` --> src/main.rs:8:20' });
  });

  it('a failing cargo test whose output differs is a miss, not a false rejection', () => {
    const t = view('integfail', 'test');
    const v = compareCrate(t, sim({ stdout: 'running 0 tests\n', stderr: 'error: test failed, to rerun pass `--lib`\n', exitCode: 101 }));
    expect(v).toMatchObject({ kind: 'runtime', match: false });
    expect(v).not.toHaveProperty('falseRejection');
  });

  it('stdout is compared byte for byte for cargo run', () => {
    expect(compareCrate(view('greet'), sim({ stdout: '안녕, 하나!\n안녕, 둘!', stderr: '끝\n' }))).toMatchObject({ match: false });
  });
});

describe('compareCrate: rejected crates', () => {
  const t = view('moved');
  const full = rustcDiagnostics(t.stderr);

  it('rustc\'s whole output identical is a full match', () => {
    expect(compareCrate(t, sim({ stderr: full, exitCode: 101 }))).toEqual({ kind: 'compile-error', code: 'E0382', firstMatch: true, fullMatch: true, reason: null });
  });

  it('only the first error line and location right is a first-error match', () => {
    const partial = 'error[E0382]: borrow of moved value: `s`\n --> src/main.rs:8:20\n\nerror: could not compile `moved` (bin "moved") due to 1 previous error\n';
    const v = compareCrate(t, sim({ stderr: partial, exitCode: 101 }));
    expect(v).toMatchObject({ firstMatch: true, fullMatch: false, reason: expect.stringMatching(/^rustc 출력 3행: 예상 "  \|", 시뮬레이터 ""/) });
  });

  it('a wrong location or a program that ran is a miss with the reason', () => {
    const wrong = 'error[E0382]: borrow of moved value: `s`\n --> src/main.rs:8:19\n';
    expect(compareCrate(t, sim({ stderr: wrong, exitCode: 101 }))).toMatchObject({ firstMatch: false, reason: expect.stringContaining('src/main.rs:8:19') });
    expect(compareCrate(t, sim({ stdout: '3 abc\n' }))).toMatchObject({ firstMatch: false, fullMatch: false, ranAnyway: true, reason: '시뮬레이터가 오류를 내지 않음 (종료 코드 0)' });
    expect(compareCrate(t, sim({ exitCode: 2, simDiagnostics: ['src/main.rs:1:1: error: 지원하지 않는 기능'] }))).not.toHaveProperty('ranAnyway');
  });
});

describe('compareCrate: unknown truth', () => {
  it('is not compared', () => {
    expect(compareCrate({ ...view('dice') }, sim({})).kind).toBe('not-compared');
    expect(compareCrate({ ...view('greet'), classification: 'timeout' }, sim({})).kind).toBe('not-compared');
  });
});

describe('firstDifference', () => {
  it('shows the end of one side', () => {
    expect(firstDifference('stdout', 'a\nb', 'a')).toBe('stdout 2행: 예상 "b", 시뮬레이터 (끝)');
  });
});
