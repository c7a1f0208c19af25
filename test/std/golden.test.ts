// std golden programs: every test/std/<name>/main.rs (one std area each) runs in the simulator and must
// reproduce real `cargo run` output byte for byte; goldens come from test/std/regen.sh (rustc 1.95).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runRust } from '../../src/sim/api.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const programs = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'main.rs')))
  .map((d) => d.name)
  .sort();

describe('std golden programs', () => {
  it('has programs', () => {
    expect(programs.length).toBeGreaterThan(0);
  });
  for (const name of programs) {
    it(name, () => {
      const dir = join(root, name);
      const source = readFileSync(join(dir, 'main.rs'), 'utf8');
      const r = runRust(source);
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(r.stdout).toBe(readFileSync(join(dir, 'stdout'), 'utf8'));
      expect(r.stderr).toBe(readFileSync(join(dir, 'stderr'), 'utf8'));
      expect(r.exitCode).toBe(Number(readFileSync(join(dir, 'exit_code'), 'utf8').trim()));
      const t = runRust(source, { trace: true });
      expect(t.diagnostics.filter((d) => d.code === 'internal')).toEqual([]);
      expect([t.stdout, t.stderr, t.exitCode]).toEqual([r.stdout, r.stderr, r.exitCode]);
    }, 30_000); // two whole runs (plain and traced): a ceiling for loaded machines, not a performance check
  }
});
