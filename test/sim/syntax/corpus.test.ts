// Every program of the shared corpus (test/programs/*/main.rs, real rustc goldens) parses without diagnostics.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProgram } from '../../../src/sim/syntax/parse.ts';

const dir = new URL('../../programs/', import.meta.url);
const programs = existsSync(dir)
  ? readdirSync(dir)
      .filter((d) => existsSync(new URL(`${d}/main.rs`, dir)))
      .sort()
  : [];

describe('corpus', () => {
  it('has programs', () => {
    expect(programs.length).toBeGreaterThan(0);
  });

  it.each(programs)('%s parses without diagnostics', (name) => {
    const source = readFileSync(new URL(`${name}/main.rs`, dir), 'utf8');
    const r = parseProgram(source);
    expect(r.ok ? [] : r.diagnostics).toEqual([]);
  });
});
