// Extra evaluator programs beyond the golden corpus (traits, generics, closures, Cell/RefCell, Box lists,
// casts, `?` and main returning Err, Default, user iterators, iterator adaptors). Expected output was
// produced by the real rustc 1.95 binaries; thread ids normalised to (1).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { runRust } from '../../../src/sim/api.ts';

const dir = fileURLToPath(new URL('./fixtures/', import.meta.url));
const names = readdirSync(dir).filter((f) => f.endsWith('.rs')).map((f) => f.slice(0, -3)).sort();

describe('evaluator programs', () => {
  for (const name of names) {
    it(name, () => {
      const read = (ext: string) => readFileSync(join(dir, `${name}.${ext}`), 'utf8');
      const r = runRust(read('rs'), { fileName: `${name}.rs` });
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(r.stdout).toBe(read('stdout'));
      expect(r.stderr).toBe(read('stderr'));
      expect(r.exitCode).toBe(Number(read('exit_code').trim()));
      // Tracing must not change what the program does, and drawing every step must not fail.
      const t = runRust(read('rs'), { fileName: `${name}.rs`, trace: true });
      expect(t.diagnostics.filter((d) => d.code === 'internal')).toEqual([]);
      expect([t.stdout, t.stderr, t.exitCode]).toEqual([r.stdout, r.stderr, r.exitCode]);
    });
  }
});
