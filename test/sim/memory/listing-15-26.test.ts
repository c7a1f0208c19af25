// Listing 15-26 (reference cycle): both Rc blocks reach strong 2, and after `b` and `a` drop
// two 40-byte Rc<List> blocks remain with strong 1 each, flagged as leaked on the final step.
import { describe, expect, it } from 'vitest';
import { listing, rcBlocks, snapshots, traced } from './helpers.ts';

describe('listing 15-26 memory', () => {
  const r = traced(listing('listing-15-26'));
  const snaps = snapshots(r.trace);
  const cons = (s: (typeof snaps)[number]) => rcBlocks(s, 'List').filter((h) => h.value && h.value.k === 'enum' && h.value.variant === 'Cons');

  it('runs like the real program', () => {
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('a rc count after changing a = 2');
  });

  it('has a step where both Cons blocks have strong count 2', () => {
    const both = snaps.find((s) => cons(s).length === 2 && cons(s).every((h) => h.strong === 2));
    expect(both).toBeDefined();
  });

  it('drops b then a, leaving two leaked 40-byte Rc<List> blocks with strong 1', () => {
    const notes = r.trace.steps.map((s) => s.note ?? '');
    const dropB = notes.findIndex((n) => n.startsWith('`b` 드롭'));
    const dropA = notes.findIndex((n) => n.startsWith('`a` 드롭'));
    expect(dropB).toBeGreaterThan(0);
    expect(dropA).toBeGreaterThan(dropB);
    expect(notes[dropB]).toContain('Rc 강한 참조 2 → 1');
    const end = snaps[snaps.length - 1];
    expect(end.step.event).toBe('end');
    const blocks = cons(end);
    expect(blocks).toHaveLength(2);
    for (const h of blocks) {
      expect(h.strong).toBe(1);
      expect(h.size).toBe(40);
      expect(h.leaked).toBe(true);
    }
    expect(end.step.note).toContain('누수: 힙 #');
    expect(end.step.note).toContain('40 바이트');
  });
});
