// Listing 15-29 (Weak parent): inside the inner scope branch has strong 1, weak 1; at the scope's end
// branch's block is freed and leaf's strong count is back to 1.
import { describe, expect, it } from 'vitest';
import { listing, snapshots, traced } from './helpers.ts';

describe('listing 15-29 memory', () => {
  const r = traced(listing('listing-15-29'));
  const snaps = snapshots(r.trace);
  const byValue = (s: (typeof snaps)[number], v: string) =>
    s.heap.find((h) => h.kind === 'Rc' && h.value?.k === 'struct' && h.value.fields[0][1].k === 'prim' && h.value.fields[0][1].text === v);

  it('prints what rustc prints', () => {
    expect(r.stdout).toBe(
      'leaf strong = 1, weak = 0\nbranch strong = 1, weak = 1\nleaf strong = 2, weak = 0\nleaf parent = None\nleaf strong = 1, weak = 0\n',
    );
  });

  it('branch has strong 1 and weak 1 inside the scope', () => {
    const inside = snaps.find((s) => {
      const b = byValue(s, '5');
      return b && b.strong === 1 && b.weak === 1;
    });
    expect(inside).toBeDefined();
    expect(byValue(inside!, '3')?.strong).toBe(2);
  });

  it('frees branch at the end of the inner scope and leaf is back to strong 1', () => {
    const lastWithBranch = snaps.map((s) => !!byValue(s, '5')).lastIndexOf(true);
    expect(lastWithBranch).toBeGreaterThan(0);
    const after = snaps[lastWithBranch + 1];
    expect(byValue(after, '5')).toBeUndefined();
    expect(byValue(after, '3')?.strong).toBe(1);
    const freeNote = r.trace.steps.find((s) => s.note?.startsWith('힙 #') && s.note.includes('해제'));
    expect(freeNote).toBeDefined();
    const end = snaps[snaps.length - 1];
    expect(end.heap.filter((h) => h.leaked)).toHaveLength(0);
  });
});
