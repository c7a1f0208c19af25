// Crates through the crate API as cargo builds them (`cargo run`, a library's `cargo build`, `cargo test` with
// a `command` file): rustc-rejected ones print cargo's stderr byte for byte with each span in its own file;
// rustc-accepted ones are never rejected. Goldens: crates/regen.sh.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { runCrate } from '../../../src/sim/crate/run-crate.ts';
import { buildCrate } from '../../../src/sim/crate/build-crate.ts';
import { testCrate } from '../../../src/sim/crate/test-crate.ts';

/** Cases whose text is not all produced yet: only the first error line and its location must match. */
const FIRST_ERROR_ONLY: Record<string, string> = {
  'lib-module-scope': "rustc's `consider importing this module through its public re-export` help (its import-candidate search) is not produced",
};

function firstError(s: string): string {
  const lines = s.split('\n');
  const i = lines.findIndex((l) => /^error(\[E\d+\])?: /.test(l));
  return i < 0 ? '' : `${lines[i]}\n${lines[i + 1]}`;
}

const here = join(import.meta.dirname, 'crates');

function filesOf(dir: string, sub = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(join(dir, sub))) {
    const rel = sub ? `${sub}/${e}` : e;
    if (statSync(join(dir, rel)).isDirectory()) Object.assign(out, filesOf(dir, rel));
    else if (rel === 'Cargo.toml' || rel.startsWith('src/') || rel.startsWith('tests/')) out[rel] = readFileSync(join(dir, rel), 'utf8');
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
    const command = existsSync(join(dir, 'command')) ? readFileSync(join(dir, 'command'), 'utf8').trim() : 'build';
    it(`${name}: ${exit === 0 ? 'accepted' : 'cargo’s errors'} (cargo ${command})`, () => {
      const files = filesOf(dir);
      if (command === 'build' && !files['src/main.rs']) {
        const b = buildCrate({ files });
        expect(b.exitCode).toBe(exit === 0 ? 0 : 101);
        if (exit !== 0 && FIRST_ERROR_ONLY[name]) expect(firstError(b.stderr)).toBe(firstError(want));
        else expect(b.stderr).toBe(exit === 0 ? '' : want);
        return;
      }
      const r = command === 'test' ? testCrate({ files }, { maxSteps: 100_000 }) : runCrate({ files }, { maxSteps: 100_000 });
      if (exit === 0) {
        expect(r.outcome.kind).not.toBe('compile-error');
        expect(r.exitCode).toBe(0);
      } else {
        expect(r.outcome.kind).toBe('compile-error');
        if (FIRST_ERROR_ONLY[name]) expect(firstError(r.stderr)).toBe(firstError(want));
        else expect(r.stderr).toBe(want);
        expect(r.exitCode).toBe(101);
      }
    });
  }
});
