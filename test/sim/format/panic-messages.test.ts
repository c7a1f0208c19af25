// Checks panic-message.ts against what rustc 1.95 binaries really wrote to stderr (fixtures/panics.json).
// Regenerate with `npx tsx test/sim/format/gen-panic-fixtures.ts` after editing panic-cases.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PANIC_CASES } from './panic-cases.ts';

type Run = { stdout: string; stderr: string; exitCode: number };
const fixture = JSON.parse(readFileSync(new URL('./fixtures/panics.json', import.meta.url), 'utf8')) as Record<string, Run>;

describe('panic and failure texts match rustc 1.95', () => {
  it('every case has a recorded run', () => {
    expect(Object.keys(fixture).sort()).toEqual(PANIC_CASES.map((c) => c.name).sort());
  });
  it.each(PANIC_CASES.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const real = fixture[name];
    const want = c.expected();
    expect(want.stderr).toBe(real.stderr);
    expect(want.exitCode).toBe(real.exitCode);
  });
});
