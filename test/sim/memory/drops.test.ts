// Drop order: reverse declaration order at scope end, statement temporaries at the end of their
// statement, moved values dropped by their new owner (never twice), with drop notes in the trace.
import { describe, expect, it } from 'vitest';
import { fixture, snapshots, traced } from './helpers.ts';

describe('drop order', () => {
  const r = traced(fixture('drop-order.rs'));

  it('prints drops where Rust does', () => {
    expect(r.stdout).toBe(
      ['consume moved', 'drop moved', 'drop temp', 'after temp', 'end of main', 'drop c', 'drop b', 'drop a', ''].join('\n'),
    );
  });

  it('marks the moved slot as moved, not dropped', () => {
    const snaps = snapshots(r.trace);
    const end = snaps[snaps.length - 2];
    const main = end.frames[0];
    const moved = main.slots.find((s) => s.name === 'moved');
    expect(moved?.state).toBe('moved');
    const notes = r.trace.steps.map((s) => s.note ?? '').filter((n) => n.includes('드롭'));
    expect(notes).toEqual(expect.arrayContaining(['`c` 드롭', '`b` 드롭', '`a` 드롭']));
    expect(notes.some((n) => n.startsWith('`moved`') && n.includes('main'))).toBe(false);
  });
});
