// Multi-file crates (`mod x;` files) through runCrate: rustc-rejected ones print cargo's stderr byte for
// byte with each span in its own file; rustc-accepted ones are never rejected. Goldens: crates/regen.sh.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runCrate } from '../../../src/sim/crate/run-crate.ts';

const here = join(import.meta.dirname, 'crates');

function filesOf(dir: string, sub = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(join(dir, sub))) {
    const rel = sub ? `${sub}/${e}` : e;
    if (statSync(join(dir, rel)).isDirectory()) Object.assign(out, filesOf(dir, rel));
    else if (rel === 'Cargo.toml' || rel.startsWith('src/')) out[rel] = readFileSync(join(dir, rel), 'utf8');
  }
  return out;
}

const cases = readdirSync(here).filter((d) => statSync(join(here, d)).isDirectory()).sort();

describe('checker on multi-file crates', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(4));
  for (const name of cases) {
    const dir = join(here, name);
    const exit = Number(readFileSync(join(dir, 'exit_code'), 'utf8').trim());
    const want = readFileSync(join(dir, 'stderr'), 'utf8');
    it(`${name}: ${exit === 0 ? 'accepted, runs' : 'cargo’s errors'}`, () => {
      const r = runCrate({ files: filesOf(dir) }, { maxSteps: 100_000 });
      if (exit === 0) {
        expect(r.outcome.kind).not.toBe('compile-error');
        expect(r.exitCode).toBe(0);
      } else {
        expect(r.outcome.kind).toBe('compile-error');
        expect(r.stderr).toBe(want);
        expect(r.exitCode).toBe(101);
      }
    });
  }
});
