import { describe, expect, it } from 'vitest';
import { normalizeOutput } from '../../src/check/listing-output.ts';
import { normalizeLibtest } from '../../src/conformance/libtest-normalize.ts';
import { truthOf } from './truth-fixture.ts';

const norm = (s: string) => normalizeLibtest(normalizeOutput(s));

describe('normalizeLibtest (real cargo test output of the fixture crates)', () => {
  it('a parallel run and a --test-threads=1 run of the same tests normalise equal', () => {
    const parallel = truthOf('order').stdout;
    const sequential = truthOf('sequential').stdout;
    expect(parallel).not.toBe(sequential);
    expect(norm(parallel)).toBe(norm(sequential));
  });

  it('keeps a real difference: a missing test, another captured line, a second backtrace note', () => {
    const base = norm(truthOf('sequential').stdout);
    const s = normalizeOutput(truthOf('sequential').stdout);
    expect(norm(s.replace('test tests::c_slow_ok ... ok\n', ''))).not.toBe(base);
    expect(norm(s.replace('b: 바로 실패', 'b: 다른 줄'))).not.toBe(base);
    expect(norm(s.replace('b 실패\n', 'b 실패\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n'))).not.toBe(base);
  });

  it('sorts result lines only within one run', () => {
    const text = 'running 2 tests\ntest b ... ok\ntest a ... FAILED\n\ntest result: FAILED.\n\nrunning 1 test\ntest a2 ... ignored, 느림\n';
    expect(normalizeLibtest(text)).toBe('running 2 tests\ntest a ... FAILED\ntest b ... ok\n\ntest result: FAILED.\n\nrunning 1 test\ntest a2 ... ignored, 느림\n');
  });
});
