// Compares formatArgs with real rustc output for every case in cases.ts (fixtures/format-cases.json).
// Regenerate the fixture with `npx tsx test/sim/format/gen-fixtures.ts` after editing the table.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatArgs } from '../../../src/sim/format/format-args.ts';
import type { FmtValue } from '../../../src/sim/format/fmt-value.ts';
import { CASES } from './cases.ts';

const fixture = JSON.parse(readFileSync(new URL('./fixtures/format-cases.json', import.meta.url), 'utf8')) as Array<[string, string]>;

describe('formatArgs matches rustc 1.95 on the case table', () => {
  it('fixture and table are in step', () => {
    expect(fixture.length).toBe(CASES.length);
    expect(fixture.map((r) => r[0])).toEqual(CASES.map((c) => c.fmt));
  });

  const describeArgs = (c: (typeof CASES)[number]): string =>
    [...c.args.map((a) => a.rust), ...[...(c.named ?? []), ...(c.captures ?? [])].map(([n, a]) => `${n}=${a.rust}`)].join(', ');

  it.each(CASES.map((c, k) => [k, `${JSON.stringify(c.fmt)} ← ${describeArgs(c)}`.slice(0, 160), c] as const))(
    'case %i: %s',
    (k, _title, c) => {
      const named: Record<string, FmtValue> = {};
      for (const [n, a] of [...(c.named ?? []), ...(c.captures ?? [])]) named[n] = a.value;
      const got = formatArgs(c.fmt, c.args.map((a) => a.value), named);
      expect(got).toEqual({ ok: true, text: fixture[k][1] });
    },
  );
});
