// False positives are worse than misses: every program real cargo builds must pass the checker.
// test/programs/ (each built and run by real cargo, see its regen.sh) and the book's own listings.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSource } from '../../../src/sim/check/index.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function programs(): Array<[string, string]> {
  const dir = join(root, 'test/programs');
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'main.rs')))
    .map((d) => [d, join(dir, d, 'main.rs')]);
}

function listings(): Array<[string, string]> {
  const dir = join(root, 'content/listings');
  const out: Array<[string, string]> = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (e === 'main.rs' || e === 'lib.rs') out.push([p.slice(dir.length + 1), p]);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

describe('the checker accepts every program rustc accepts', () => {
  const all = [...programs(), ...listings()];
  it('has programs to check', () => {
    expect(all.length).toBeGreaterThan(50);
  });
  for (const [name, file] of all) {
    it(name, () => {
      const r = checkSource(readFileSync(file, 'utf8'), { fileName: file.endsWith('lib.rs') ? 'src/lib.rs' : 'src/main.rs' });
      expect(r?.stderr ?? '').toBe('');
    });
  }
});
