// Golden corpus: every test/programs/<name>/main.rs runs in the simulator and must reproduce real
// `cargo run` output byte for byte (stdout, stderr, exit code); thread ids are normalised to `(1)`.
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

const normalise = (s: string) => s.replace(/thread '([^']*)' \(\d+\)/g, "thread '$1' (1)");

describe('golden programs', () => {
  it('has a corpus', () => {
    expect(programs.length).toBeGreaterThan(0);
  });
  for (const name of programs) {
    it(name, () => {
      const dir = join(root, name);
      const source = readFileSync(join(dir, 'main.rs'), 'utf8');
      const r = runRust(source);
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const stdout = readFileSync(join(dir, 'stdout'), 'utf8');
      const stderr = normalise(readFileSync(join(dir, 'stderr'), 'utf8'));
      const exitCode = Number(readFileSync(join(dir, 'exit_code'), 'utf8').trim());
      if (existsSync(join(dir, 'stdout-prefix-only'))) {
        // Real output was cut at 4 KiB: compare over the common prefix, and require a long enough run.
        const n = Math.min(stdout.length, r.stdout.length);
        expect(r.stdout.slice(0, n)).toBe(stdout.slice(0, n));
        expect(r.stdout.length).toBeGreaterThanOrEqual(Math.min(stdout.length, 1024));
      } else {
        expect(r.stdout).toBe(stdout);
      }
      expect(normalise(r.stderr)).toBe(stderr);
      expect(r.exitCode).toBe(exitCode);
      // The traced run (what the book's Run button does) prints the same and draws every step.
      const t = runRust(source, { trace: true });
      expect(t.diagnostics.filter((d) => d.code === 'internal')).toEqual([]);
      expect([t.stdout, t.stderr, t.exitCode]).toEqual([r.stdout, r.stderr, r.exitCode]);
    });
  }
});
