// False positives are worse than misses: every program real cargo builds must pass the checker.
// test/programs/ (each built and run by real cargo, see its regen.sh) and the book's own listings.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSource } from '../../../src/sim/check/index.ts';
import { runCrate } from '../../../src/sim/crate/run-crate.ts';

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

/** Every file of a crate folder (sources, Cargo.toml, data files), by its path relative to the folder. */
function crateFiles(dir: string, sub = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(join(dir, sub))) {
    const rel = sub ? `${sub}/${e}` : e;
    if (e === 'target' || e.startsWith('.')) continue;
    if (statSync(join(dir, rel)).isDirectory()) Object.assign(out, crateFiles(dir, rel));
    else out[rel] = readFileSync(join(dir, rel), 'utf8');
  }
  return out;
}

describe('the checker accepts every multi-file crate cargo builds (through runCrate)', () => {
  const dir = join(root, 'test/programs/crates');
  const crates = existsSync(dir) ? readdirSync(dir).filter((d) => existsSync(join(dir, d, 'Cargo.toml'))).sort() : [];
  it('has crates to check', () => expect(crates.length).toBeGreaterThanOrEqual(3));
  for (const name of crates) {
    it(name, () => {
      const r = runCrate({ files: crateFiles(join(dir, name)) }, { maxSteps: 1 });
      expect(r.outcome.kind === 'compile-error' ? r.stderr : '').toBe('');
    });
  }
});
