// Truncated and garbled programs never throw and never hit an internal error: every prefix of a
// 40-line program, every single-line deletion, and seeded random character edits.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProgram } from '../../../src/sim/syntax/parse.ts';

const source = readFileSync(new URL('./fixtures/rc-list.rs', import.meta.url), 'utf8');
const lineCount = source.split('\n').length;

/** Checks one input: the result is well-formed and diagnostics point inside the input. */
function check(input: string): string | null {
  const r = parseProgram(input);
  if (r.ok) return null;
  if (r.diagnostics.length === 0) return 'no diagnostics';
  for (const d of r.diagnostics) {
    if (d.code === 'internal') return `internal: ${d.message}`;
    const { start, end } = d.span;
    if (start.line < 1 || start.col < 1 || start.line > lineCount + 1) return `bad span ${JSON.stringify(d.span)}`;
    if (end.line < start.line || (end.line === start.line && end.col < start.col)) return `inverted span ${JSON.stringify(d.span)}`;
  }
  return null;
}

/** Small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('fuzz', () => {
  it('the full fixture parses cleanly', () => {
    expect(lineCount).toBeGreaterThanOrEqual(40);
    expect(parseProgram(source).ok).toBe(true);
  });

  it('every prefix', () => {
    const failures: string[] = [];
    for (let i = 0; i <= source.length; i++) {
      const problem = check(source.slice(0, i));
      if (problem) failures.push(`prefix ${i}: ${problem}`);
    }
    expect(failures).toEqual([]);
  });

  it('every single-line deletion', () => {
    const lines = source.split('\n');
    const failures: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      const problem = check([...lines.slice(0, i), ...lines.slice(i + 1)].join('\n'));
      if (problem) failures.push(`without line ${i + 1}: ${problem}`);
    }
    expect(failures).toEqual([]);
  });

  it('seeded random edits (insert / delete / replace punctuation)', () => {
    const random = rng(20261120);
    const alphabet = ['(', ')', '{', '}', '[', ']', '<', '>', ';', ',', '.', ':', '!', '&', '|', "'", '"', '#', '=', '-', '@', '?', 'r#', '한', '\\', ' ', '\n', '0x', '1e', '..'];
    const failures: string[] = [];
    for (let round = 0; round < 400; round++) {
      let text = source;
      const edits = 1 + Math.floor(random() * 3);
      for (let k = 0; k < edits; k++) {
        const at = Math.floor(random() * text.length);
        const piece = alphabet[Math.floor(random() * alphabet.length)];
        const op = random();
        if (op < 0.4) text = text.slice(0, at) + piece + text.slice(at);
        else if (op < 0.7) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 4));
        else text = text.slice(0, at) + piece + text.slice(at + 1);
      }
      const problem = check(text);
      if (problem) failures.push(`round ${round}: ${problem}\n${text}`);
    }
    expect(failures.slice(0, 3)).toEqual([]);
  });
});
