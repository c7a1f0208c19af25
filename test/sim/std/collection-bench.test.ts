// The collection benchmark programs (100,000 operations each) run in the simulator without a diagnostic
// and print what the program computes (the same text rustc's binary printed when the bench was written).
import { describe, expect, it } from 'vitest';
import { COLLECTION_BENCHES } from '../../../src/sim/bench/collections.ts';
import { runRust } from '../../../src/sim/api.ts';

const EXPECTED: Record<string, string> = {
  'Vec::push + 인덱스': '100000 131072 4999950000\n',
  'String::push': '150000 262144\n',
};

describe('collection benches', () => {
  for (const b of COLLECTION_BENCHES) {
    it(b.name, () => {
      const r = runRust(b.source);
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(r.exitCode).toBe(0);
      if (EXPECTED[b.name]) expect(r.stdout).toBe(EXPECTED[b.name]);
      else expect(r.stdout.length).toBeGreaterThan(0);
    });
  }
});
