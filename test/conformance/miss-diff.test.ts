import { describe, expect, it } from 'vitest';
import { missDiff } from '../../src/conformance/miss-diff.ts';
import { programStderr, rustcDiagnostics } from '../../src/conformance/cargo-output.ts';
import { truthOf } from './truth-fixture.ts';

const view = (n: string) => {
  const t = truthOf(n);
  return { classification: t.classification, mode: 'run' as const, stdout: t.stdout, stderr: t.stderr, exitCode: t.exitCode };
};

describe('missDiff', () => {
  it('diffs stdout and stderr of a runtime crate, and lists the simulator\'s diagnostics', () => {
    const lines = missDiff(view('greet'), { stdout: '안녕, 하나!\n안녕, 셋!\n', stderr: programStderr(truthOf('greet').stderr), exitCode: 0, simDiagnostics: ['src/main.rs:1:1: warning: x'] });
    expect(lines).toEqual(['stdout (2행부터, - cargo / + 시뮬레이터):', '  - 안녕, 둘!', '  + 안녕, 셋!', '시뮬레이터 진단:', '  src/main.rs:1:1: warning: x']);
  });

  it('diffs rustc\'s diagnostics of a rejected crate', () => {
    const full = rustcDiagnostics(truthOf('moved').stderr);
    const lines = missDiff(view('moved'), { stdout: '', stderr: full.replace('src/main.rs:8:20', 'src/main.rs:8:21'), exitCode: 101, simDiagnostics: [] });
    expect(lines).toEqual(['rustc (2행부터, - cargo / + 시뮬레이터):', '  -  --> src/main.rs:8:20', '  +  --> src/main.rs:8:21']);
  });
});
