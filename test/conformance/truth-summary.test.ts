import { describe, expect, it } from 'vitest';
import { discoverCrates } from '../../src/conformance/discover.ts';
import { mdCode, truthSummary } from '../../src/conformance/truth-summary.ts';
import type { TruthRecord } from '../../src/conformance/truth-cache.ts';
import { FIXTURE_BOOK, truthOf } from './truth-fixture.ts';

describe('truthSummary', () => {
  const { units } = discoverCrates(FIXTURE_BOOK);
  const ch01 = units.filter((u) => u.chapter === 'ch01');
  const truth: TruthRecord[] = ch01.map((u) => ({ ...truthOf(u.path.split('/').pop()!), key: 'k', toolchain: 'cargo 1.95.0', timedOut: false, seconds: 0 }));

  it('counts by classification and lists rejected crates with their first error', () => {
    const md = truthSummary(ch01, truth);
    expect(md).toContain('| runs | 4 |');
    expect(md).toContain('| compile-error | 1 |');
    expect(md).toContain('| needs-registry | 1 |');
    expect(md).toContain('| E0382 | 1 |');
    expect(md).toContain('- `listings/ch01-demo/moved` (`cargo run`): `` error[E0382]: borrow of moved value: `s` `` at `src/main.rs:8:20`');
  });
});

describe('mdCode', () => {
  it('fences around inner backticks', () => {
    expect(mdCode('a')).toBe('`a`');
    expect(mdCode('x `y`')).toBe('`` x `y` ``');
  });
});
