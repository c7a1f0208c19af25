// Fixture programs lower to the AST recorded next to them (`fixtures/NAME.ast.txt`, one item per block,
// s-expressions without spans). Review a changed snapshot by diffing it; update with `vitest -u`.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProgram } from '../../../src/sim/syntax/parse.ts';
import { sexpr } from './sexpr.ts';

const dir = new URL('./fixtures/', import.meta.url);
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.rs')).sort();

describe('fixture snapshots', () => {
  it.each(fixtures)('%s', async (file) => {
    const r = parseProgram(readFileSync(new URL(file, dir), 'utf8'));
    expect(r.ok ? [] : r.diagnostics).toEqual([]);
    if (!r.ok) return;
    const text = r.program.items.map((item) => sexpr(item)).join('\n\n') + '\n';
    await expect(text).toMatchFileSnapshot(`./fixtures/${file.replace(/\.rs$/, '.ast.txt')}`);
  });
});
