import { describe, expect, it } from 'vitest';
import { canonicalBraces, differsBetweenRuns, lineMultiset, mayVary } from '../../src/conformance/nondeterminism.ts';
import { compareCrate } from '../../src/conformance/compare.ts';
import { programStderr } from '../../src/conformance/cargo-output.ts';
import { truthOf } from './truth-fixture.ts';

describe('differsBetweenRuns', () => {
  const divide = truthOf('divide');

  it('ignores thread ids and timings, sees changed or reordered output', () => {
    const again = { ...divide, stderr: divide.stderr.replace(/\(\d+\)/, '(99999)').replace(/in 0\.00s/, 'in 0.31s') };
    expect(differsBetweenRuns('run', divide, again)).toBe(false);
    const greet = truthOf('greet');
    const reordered = { ...greet, stdout: greet.stdout.split('\n').reverse().join('\n') };
    expect(differsBetweenRuns('run', greet, reordered)).toBe(true);
    expect(differsBetweenRuns('run', greet, { ...greet, exitCode: 1 })).toBe(true);
  });

  it('a parallel and a sequential cargo test of the same tests are the same run', () => {
    expect(differsBetweenRuns('test', truthOf('order'), truthOf('sequential'))).toBe(false);
  });
});

describe('nondeterministic truth is compared regardless of line order', () => {
  const greet = truthOf('greet');
  const view = { classification: greet.classification, mode: 'run' as const, stdout: greet.stdout, stderr: greet.stderr, exitCode: greet.exitCode };
  const swapped = { stdout: '안녕, 둘!\n안녕, 하나!\n', stderr: programStderr(greet.stderr), exitCode: 0, simDiagnostics: [] };

  it('matches (relaxed) only when the truth changed between runs', () => {
    expect(compareCrate({ ...view, nondeterministic: true }, swapped)).toEqual({ kind: 'runtime', match: true, reason: null, relaxed: true });
    expect(compareCrate(view, swapped)).toMatchObject({ match: false });
  });

  it('still needs the same lines and exit code', () => {
    expect(compareCrate({ ...view, nondeterministic: true }, { ...swapped, stdout: '안녕, 둘!\n' })).toMatchObject({ match: false });
    expect(compareCrate({ ...view, nondeterministic: true }, { ...swapped, exitCode: 101 })).toMatchObject({ match: false });
    expect(lineMultiset('b\na\n')).toBe(lineMultiset('a\nb\n'));
  });

  it('a map printed with its entries in another order is the same line', () => {
    expect(canonicalBraces('{"yes": 3, "no": 1}')).toBe('{"no": 1, "yes": 3}');
    expect(lineMultiset('점수: {"b": 2, "a": 1}\n')).toBe(lineMultiset('점수: {"a": 1, "b": 2}\n'));
    expect(lineMultiset('{"a": 1}\n')).not.toBe(lineMultiset('{"a": 2}\n'));
  });
});

describe('mayVary', () => {
  it('flags hash maps, threads and clocks in the sources', () => {
    expect(mayVary(['use std::collections::HashMap;\n'])).toBe(true);
    expect(mayVary(['fn main() {}\n', 'let h = thread::spawn(|| {});\n'])).toBe(true);
    expect(mayVary(['let v = vec![1, 2];\n'])).toBe(false);
  });
});
