import { describe, expect, it } from 'vitest';
import { discoverCrates } from '../../src/conformance/discover.ts';
import { mdCode, staleTranscripts, truthEntries, truthSummary } from '../../src/conformance/truth-summary.ts';
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

describe('staleTranscripts', () => {
  const { units } = discoverCrates(FIXTURE_BOOK);
  const greet = units.find((u) => u.path.endsWith('/greet'))!;
  const t = truthOf('greet');
  const rec: TruthRecord = { ...t, key: 'k', toolchain: 'cargo 1.95.0', timedOut: false, seconds: 0 };
  const withTranscript = (text: string) => [{ ...greet, bookTranscript: text }];
  const entries = (u: typeof units) => truthEntries(u, [rec]);

  it('compares the program part of a cargo run transcript with stdout + the program\'s stderr', () => {
    const same = withTranscript('$ cargo run\n     Running `target/debug/greet`\n안녕, 하나!\n안녕, 둘!\n끝\n');
    expect(staleTranscripts(same, entries(same))).toEqual({ compared: 1, differ: [] });
    const old = withTranscript('$ cargo run\n     Running `target/debug/greet`\n안녕, 하나!\n\n끝\n');
    expect(staleTranscripts(old, entries(old))).toEqual({ compared: 1, differ: [{ path: greet.path, book: '(empty line)', real: '안녕, 둘!' }] });
  });

  it('skips transcripts without a program part', () => {
    const none = withTranscript('$ cargo run\n');
    expect(staleTranscripts(none, entries(none)).compared).toBe(0);
  });
});
