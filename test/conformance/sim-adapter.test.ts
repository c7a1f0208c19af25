import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cargoSelection, simulateCrate, type SimRequest } from '../../src/conformance/sim-adapter.ts';
import { programStderr, rustcDiagnostics } from '../../src/conformance/cargo-output.ts';
import { parseCargoCommand } from '../../src/conformance/command.ts';
import { compareCrate } from '../../src/conformance/compare.ts';
import { FIXTURE_BOOK, truthOf, type FixtureTruth } from './truth-fixture.ts';

const dir = (chapter: string, n: string) => join(FIXTURE_BOOK, 'listings', chapter, n);
const demo = (n: string) => dir('ch01-demo', n);
const plain = { args: [], env: {}, stdin: '' };

/** The request the conformance run makes for a fixture crate, from its output.txt command. */
function requestOf(t: FixtureTruth): SimRequest {
  const cmd = parseCargoCommand(t.command);
  if (typeof cmd === 'string') throw new Error(cmd);
  return { mode: cmd.mode, args: cmd.programArgs, env: cmd.env, stdin: '', cargoArgs: cmd.cargoArgs };
}

function verdictOf(name: string, chapter: string) {
  const t = truthOf(name);
  const req = requestOf(t);
  const sim = simulateCrate(dir(chapter, name), req);
  const real = (s: string) => s.split('/BOOK').join(FIXTURE_BOOK);
  return { sim, verdict: compareCrate({ classification: t.classification, mode: req.mode, stdout: real(t.stdout), stderr: real(t.stderr), exitCode: t.exitCode }, sim) };
}

describe('simulateCrate', () => {
  it('runs src/main.rs of a crate like cargo run', () => {
    const r = simulateCrate(demo('greet'), { mode: 'run', ...plain });
    expect(r).toEqual({ stdout: truthOf('greet').stdout, stderr: programStderr(truthOf('greet').stderr), exitCode: 0, simDiagnostics: [] });
  });

  it('a panic gives exit 101 and the panic message on stderr', () => {
    const r = simulateCrate(demo('divide'), { mode: 'run', ...plain });
    expect(r.exitCode).toBe(101);
    expect(r.stderr).toMatch(/panicked at src\/main\.rs:4:18:/);
  });

  it('passes the program its arguments and environment (`LOUD=1 cargo run -- one two`)', () => {
    expect(truthOf('echoargs').command).toBe('LOUD=1 cargo run -- one two');
    const { sim, verdict } = verdictOf('echoargs', 'ch01-demo');
    expect(sim.stdout).toBe(truthOf('echoargs').stdout);
    expect(verdict).toEqual({ kind: 'runtime', match: true, reason: null });
  });

  it('a workspace package is found by -p', () => {
    expect(verdictOf('tools', 'ch01-demo').verdict).toMatchObject({ kind: 'runtime', match: true });
  });

  it('cargo build of a library rustc accepts: no compile error, nothing printed, exit 0', () => {
    expect(truthOf('shapes').command).toBe('cargo build');
    const { sim, verdict } = verdictOf('shapes', 'ch01-demo');
    expect(sim).toEqual({ stdout: '', stderr: '', exitCode: 0, simDiagnostics: [] });
    expect(verdict).toMatchObject({ kind: 'runtime', match: true });
  });

  it('cargo build of a library rustc rejects: the checker\'s text, first error and location as rustc\'s', () => {
    const { sim, verdict } = verdictOf('lender', 'ch04-builds');
    expect(sim.exitCode).toBe(101);
    expect(sim.stderr).toMatch(/^error\[E0382\]: borrow of moved value: `items`\n --> src\/lib\.rs:3:5\n/);
    expect(sim.stderr).toMatch(/error: could not compile `lender` \(lib\) due to 1 previous error\n$/);
    expect(verdict).toMatchObject({ kind: 'compile-error', code: 'E0382', firstMatch: true });
    // Whether the whole text matches is the checker's business; the comparison must say which line differs.
    if (verdict.kind === 'compile-error' && !verdict.fullMatch) expect(verdict.reason).toMatch(/rustc 출력 \d+행/);
    else expect(sim.stderr).toBe(rustcDiagnostics(truthOf('lender').stderr.split('/BOOK').join(FIXTURE_BOOK)));
  });

  it('cargo test with a filter, a --test target and harness arguments goes through the test harness', () => {
    expect(truthOf('filtered').command).toBe('cargo test adds');
    expect(verdictOf('filtered', 'ch02-tests').verdict).toMatchObject({ kind: 'runtime', match: true });
    expect(truthOf('integ').command).toBe('cargo test --test outside');
    expect(verdictOf('integ', 'ch02-tests').verdict).toMatchObject({ kind: 'runtime', match: true });
    expect(truthOf('ignored').command).toBe('cargo test -- --ignored');
    expect(verdictOf('ignored', 'ch02-tests').verdict).toMatchObject({ kind: 'runtime', match: true });
    const failing = verdictOf('integfail', 'ch02-tests');
    expect(failing.sim.exitCode).toBe(101);
    expect(failing.verdict).toMatchObject({ kind: 'runtime', match: true });
  });

  it('no fixture crate cargo accepts is rejected by the simulator', () => {
    const truth = JSON.parse(readFileSync(join(FIXTURE_BOOK, '../truth.json'), 'utf8')) as { crates: FixtureTruth[] };
    const accepted = truth.crates.filter((t) => t.classification === 'runs' || t.classification === 'panics');
    expect(accepted.length).toBeGreaterThan(20);
    for (const t of accepted) {
      const [, chapter, ...rest] = t.path.split('/');
      const sim = simulateCrate(join(FIXTURE_BOOK, 'listings', chapter, ...rest), requestOf(t));
      expect(rustcDiagnostics(sim.stderr), t.path).not.toMatch(/^error: could not compile/m);
    }
  });

  it('says what it cannot follow instead of guessing', () => {
    expect(simulateCrate(demo('shapes'), { mode: 'build', ...plain, cargoArgs: ['--features', 'x'] }).simDiagnostics).toEqual(['cargo 인자는 아직 지원하지 않습니다: --features']);
    expect(simulateCrate(demo('nowhere'), { mode: 'run', ...plain })).toMatchObject({ exitCode: 2, simDiagnostics: [expect.stringMatching(/크레이트 폴더가 없습니다/)] });
    // A library has nothing to run: the crate API's message, pointing at the manifest.
    expect(simulateCrate(demo('shapes'), { mode: 'run', ...plain }).simDiagnostics[0]).toMatch(/^Cargo\.toml:1:1: error: .*바이너리/);
  });
});

describe('cargoSelection', () => {
  it('reads the package, a test target and a filter', () => {
    expect(cargoSelection('run', ['-p', 'app'])).toEqual({ package: 'app' });
    expect(cargoSelection('run', ['--package=app', '-q'])).toEqual({ package: 'app' });
    expect(cargoSelection('test', ['--test', 'outside', 'adds'])).toEqual({ testTarget: '--test outside', filter: 'adds' });
    expect(cargoSelection('test', ['--doc'])).toEqual({ testTarget: '--doc' });
  });

  it('names what it cannot follow', () => {
    expect(cargoSelection('run', ['-p'])).toBe('cargo 인자 -p 뒤에 패키지 이름이 없습니다');
    expect(cargoSelection('test', ['--test'])).toBe('cargo 인자 --test 뒤에 이름이 없습니다');
    expect(cargoSelection('test', ['a', 'b'])).toBe('cargo 인자는 아직 지원하지 않습니다: b');
    expect(cargoSelection('build', ['--lib'])).toBe('cargo 인자는 아직 지원하지 않습니다: --lib');
  });
});
