import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { simulateCrate } from '../../src/conformance/sim-adapter.ts';
import { programStderr } from '../../src/conformance/cargo-output.ts';
import { FIXTURE_BOOK, truthOf } from './truth-fixture.ts';

const dir = (n: string) => join(FIXTURE_BOOK, 'listings/ch01-demo', n);
const plain = { args: [], env: {}, stdin: '' };

describe('simulateCrate', () => {
  it('runs src/main.rs of a crate like cargo run', () => {
    const r = simulateCrate(dir('greet'), { mode: 'run', ...plain });
    expect(r).toEqual({ stdout: truthOf('greet').stdout, stderr: programStderr(truthOf('greet').stderr), exitCode: 0, simDiagnostics: [] });
  });

  it('a panic gives exit 101 and the panic message on stderr', () => {
    const r = simulateCrate(dir('divide'), { mode: 'run', ...plain });
    expect(r.exitCode).toBe(101);
    expect(r.stderr).toMatch(/panicked at src\/main\.rs:4:18:/);
  });

  it('says what it cannot emulate yet instead of running', () => {
    expect(simulateCrate(dir('echoargs'), { mode: 'run', args: ['one'], env: {}, stdin: '' }).simDiagnostics[0]).toMatch(/인자/);
    expect(simulateCrate(dir('shapes'), { mode: 'build', ...plain }).simDiagnostics[0]).toMatch(/cargo build/);
    expect(simulateCrate(dir('shapes'), { mode: 'test', ...plain }).simDiagnostics[0]).toMatch(/cargo test/);
    expect(simulateCrate(dir('shapes'), { mode: 'run', ...plain })).toMatchObject({ exitCode: 2, simDiagnostics: ['src/main.rs가 없습니다'] });
  });

  it('a workspace package is found by -p and its messages name its path', () => {
    // Cross-crate calls are not simulated yet: the diagnostic must point into app/src/main.rs.
    const r = simulateCrate(dir('tools'), { mode: 'run', ...plain, cargoArgs: ['-p', 'app'] });
    if (r.exitCode === 0) expect(r.stdout).toBe(truthOf('tools').stdout);
    else expect(r.simDiagnostics[0]).toMatch(/^app\/src\/main\.rs:2:\d+: error: /);
  });
});
