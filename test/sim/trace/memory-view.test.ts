// What the recorder draws from the machine's state (src/sim/trace/view.ts, src/sim/trace/recorder.ts): a freed
// block stays one step marked freed, a Weak to a dropped value points at the husk, references name the part
// they point at, guards are their own pointer kind, and a return step carries the returned value.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRust } from '../../../src/sim/api.ts';
import { snapshotAt } from '../../../src/sim/trace/snapshot.ts';
import type { Slot, Trace } from '../../../src/sim/trace/schema.ts';

const program = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const trace = (name: string): Trace => {
  const r = runRust(program(name), { trace: true });
  if (!r.trace) throw new Error('no trace');
  return r.trace;
};
const slot = (t: Trace, i: number, name: string): Slot | undefined => snapshotAt(t, i).frames[0]?.slots.find((s) => s.name === name);

describe('freed blocks', () => {
  const t = trace('freed-and-husk.rs');
  const freeStep = t.steps.findIndex((s) => s.note?.startsWith('힙 #1 해제'));

  it('draws the Box block marked freed at the step announcing its free, then no more', () => {
    expect(freeStep).toBeGreaterThan(0);
    const at = snapshotAt(t, freeStep).heap.find((h) => h.id === 1);
    expect(at?.freed).toBe(true);
    expect(t.steps[freeStep].changed).toContain('heap:1');
    // The step before (drop(b)) still shows the block as it was; the step after no longer has it.
    expect(snapshotAt(t, freeStep - 1).heap.find((h) => h.id === 1)?.freed).toBeUndefined();
    expect(snapshotAt(t, freeStep + 1).heap.some((h) => h.id === 1)).toBe(false);
  });

  it('a freed block appears at exactly one step', () => {
    for (const id of [1, 2]) {
      const steps = t.steps.map((_, i) => snapshotAt(t, i).heap.find((h) => h.id === id)?.freed === true).filter(Boolean);
      expect(steps).toHaveLength(1);
    }
  });
});

describe('Weak to a dropped value', () => {
  const t = trace('freed-and-husk.rs');
  it('points at the husk (strong 0, weak 1, no value), not nowhere', () => {
    const afterScope = t.steps.findIndex((s, i) => s.event === 'stmt' && snapshotAt(t, i).heap.some((h) => h.kind === 'Rc' && h.strong === 0));
    expect(afterScope).toBeGreaterThan(0);
    const husk = snapshotAt(t, afterScope).heap.find((h) => h.kind === 'Rc')!;
    expect([husk.strong, husk.weak, husk.value]).toEqual([0, 1, undefined]);
    expect(slot(t, afterScope, 'w')?.value).toMatchObject({ k: 'ptr', kind: 'Weak', target: { to: 'heap', id: husk.id } });
  });
});

describe('references and guards', () => {
  const t = trace('parts-and-return.rs');
  const last = t.steps.findIndex((s) => s.event === 'drop') - 1;

  it('a reference to a field or an element names that part', () => {
    expect(slot(t, last, 'py')?.value).toMatchObject({ kind: 'ref-mut', target: { to: 'slot', path: '.y' } });
    expect(slot(t, last, 'second')?.value).toMatchObject({ kind: 'ref', target: { to: 'heap', path: '[1]' } });
  });

  it('a RefMut guard is its own pointer kind, pointing at the RefCell', () => {
    const g = slot(t, last, 'g')?.value;
    expect(g).toMatchObject({ k: 'ptr', kind: 'RefMut', target: { to: 'slot' } });
    const c = snapshotAt(t, last).frames[0].slots.findIndex((s) => s.name === 'c');
    expect(g && g.k === 'ptr' && g.target.to === 'slot' ? g.target.slot : -1).toBe(c);
  });

  it("a return step carries the returned value for the returning frame", () => {
    const ret = t.steps.find((s) => s.event === 'return' && s.note === 'add 반환');
    expect(ret?.ret?.value).toEqual({ k: 'prim', ty: 'i32', text: '5' });
    const frames = snapshotAt(t, t.steps.indexOf(ret!)).frames;
    expect(frames.find((f) => f.id === ret!.ret!.frame)?.fn).toBe('add');
  });
});

describe('moved-from slots', () => {
  it('stay listed as moved', () => {
    const t = trace('moved.rs');
    const i = t.steps.findIndex((_, k) => slot(t, k, 't')?.state === 'live');
    expect(slot(t, i, 's')?.state).toBe('moved');
  });
});

describe('self in Drop::drop', () => {
  it('points at the value being dropped: its heap block, or its slot', () => {
    const t = trace('drop-self.rs');
    const calls = t.steps.map((s, i) => [s, i] as const).filter(([s]) => s.event === 'call' && s.note === 'Guard::drop 호출');
    expect(calls).toHaveLength(2);
    const selfOf = (i: number) => snapshotAt(t, i).frames.at(-1)!.slots.find((s) => s.name === 'self')!.value;
    // `b` (a Box) drops first: self is the Box's block; then `g`: self is g's own slot.
    expect(selfOf(calls[0][1])).toMatchObject({ kind: 'ref-mut', target: { to: 'heap' } });
    const g = snapshotAt(t, calls[1][1]).frames[0].slots.findIndex((s) => s.name === 'g');
    expect(selfOf(calls[1][1])).toMatchObject({ kind: 'ref-mut', target: { to: 'slot', slot: g } });
  });
});
