// The program-output part of cargo transcripts (real ones from the fixtures), normalisation and the line diff.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { diffOutputs, normalizeOutput, programOutput } from '../../src/check/listing-output.ts';

const fixture = (p: string) => readFileSync(fileURLToPath(new URL(`./fixtures/${p}`, import.meta.url)), 'utf8');

describe('programOutput', () => {
  it('drops cargo lines and compiler warnings before `Running`', () => {
    const out = programOutput(fixture('good/listings/ch01/listing-01-01/output.txt'));
    expect(out?.split('\n').filter((l) => l !== '')).toEqual(['p = Point { x: 1, y: 2 }', '합계 = 6']);
  });

  it('keeps a panic (stderr) with its leading blank line', () => {
    const out = programOutput(fixture('good/listings/ch01/listing-01-02/output.txt'))!;
    const lines = out.split('\n');
    expect(lines[0]).toBe('첫째 = 1');
    expect(lines[1]).toBe('');
    expect(lines[2]).toMatch(/^thread 'main' \(\d+\) panicked at src\/main\.rs:5:14:$/);
  });

  it('is null for transcripts where no program ran', () => {
    expect(programOutput('$ cargo run\n   Compiling x v0.1.0\nerror[E0382]: borrow of moved value: `s`\n')).toBeNull();
    expect(programOutput('$ cargo test\n     Running unittests src/lib.rs\n')).toBeNull();
    expect(programOutput('그냥 글\n')).toBeNull();
  });
});

describe('normalizeOutput', () => {
  it('ignores OS thread ids, timings and trailing blank lines', () => {
    expect(normalizeOutput("thread 'main' (48213) panicked at src/main.rs:2:5:\n\n")).toBe(normalizeOutput("thread 'main' (1) panicked at src/main.rs:2:5:"));
    expect(normalizeOutput('걸린 시간 1.25ms')).toBe(normalizeOutput('걸린 시간 0.9ms'));
  });
});

describe('diffOutputs', () => {
  it('is null for equal outputs', () => {
    expect(diffOutputs('a\nb\n', 'a\nb')).toBeNull();
  });

  it('shows removed and added lines and where the difference starts', () => {
    const d = diffOutputs('a\nb\nc', 'a\nB\nc\nd')!;
    expect(d.firstLine).toBe(2);
    expect(d.lines).toEqual(['- b', '+ B', '+ d']); // removed before added, like a unified diff
    expect(d.lines).not.toContain('- a');
  });

  it('caps long diffs', () => {
    const many = Array.from({ length: 40 }, (_, i) => `줄 ${i}`).join('\n');
    const d = diffOutputs(many, '')!;
    expect(d.lines).toHaveLength(13);
    expect(d.lines[12]).toBe('… (28줄 더)');
  });
});
