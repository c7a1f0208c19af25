// The checker never throws and always renders: every golden program and test program, with one line
// removed at a time (broken programs of every kind), goes through checkSource and rendering.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSource } from '../../../src/sim/check/index.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const sources = [join(root, 'test/programs'), join(root, 'test/sim/check/goldens')].flatMap((d) =>
  readdirSync(d).map((n) => join(d, n, 'main.rs')).filter((f) => existsSync(f)));

describe('checker robustness on broken programs', () => {
  let checked = 0;
  let rejected = 0;
  // One test per program (the corpus grows with every golden; one test for all of it outgrew its time limit).
  for (const f of sources) {
    it(`never throws; every rejection renders to cargo text: ${f.slice(root.length)}`, () => {
      const lines = readFileSync(f, 'utf8').split('\n');
      for (let i = 0; i < lines.length; i += 3) {
        const broken = [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n');
        const r = checkSource(broken);
        if (!r) continue;
        checked++;
        if (r.errors > 0) {
          rejected++;
          expect(r.stderr).toMatch(/error: could not compile `main` \(bin "main"\) due to \d+ previous errors?(; \d+ warnings? emitted)?\n$/);
        }
      }
    });
  }
  it('broke enough programs, and enough of them were rejected', () => {
    expect(checked).toBeGreaterThan(200);
    expect(rejected).toBeGreaterThan(10);
  });
});
