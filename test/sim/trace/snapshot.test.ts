// snapshotAt resolves a step's pool indices into complete frames and heap objects with output so far,
// and unchanged frames share one pool entry across steps.
import { describe, expect, it } from 'vitest';
import { runRust } from '../../../src/sim/api.ts';
import { indicesAt, snapshotAt } from '../../../src/sim/trace/snapshot.ts';

const SRC = `fn main() {
    let a = 1;
    println!("one");
    let b = Box::new(2);
    println!("two");
}
`;

describe('snapshotAt', () => {
  const r = runRust(SRC, { trace: true });
  const t = r.trace!;

  it('resolves frames, heap and output prefixes', () => {
    const last = snapshotAt(t, t.steps.length - 1);
    expect(last.step.event).toBe('end');
    expect(last.stdout).toBe('one\ntwo\n');
    const atTwo = t.steps.findIndex((s) => s.at.line === 5);
    const s = snapshotAt(t, atTwo);
    expect(s.stdout).toBe('one\n');
    expect(s.frames.map((f) => f.fn)).toEqual(['main']);
    expect(s.frames[0].slots.map((x) => [x.name, x.ty, x.state])).toEqual([['a', 'i32', 'live'], ['b', 'Box<i32>', 'live']]);
    expect(s.heap).toEqual([{ id: 1, kind: 'Box', ty: 'i32', size: 4, value: { k: 'prim', ty: 'i32', text: '2' } }]);
    expect(t.steps[atTwo].changed).toEqual(['slot:1:1', 'heap:1']);
  });

  it('clamps out-of-range indices and shares unchanged frames', () => {
    expect(snapshotAt(t, 999).step).toBe(t.steps[t.steps.length - 1]);
    // The step after `println!("two")` changed no memory: same pool entries, nothing in `changed`.
    const atTwo = t.steps.findIndex((s) => s.at.line === 5);
    const next = t.steps[atTwo + 1];
    expect(indicesAt(t, atTwo + 1)).toEqual(indicesAt(t, atTwo));
    expect([next.frameSet, next.heapSet, next.heapGone]).toEqual([undefined, undefined, undefined]);
    expect(next.changed).toEqual([]);
  });

  it('gives an empty picture for a run that never started', () => {
    const bad = runRust('fn main() { let x = ; }', { trace: true });
    expect(bad.outcome.kind).toBe('error');
    const s = snapshotAt(bad.trace!, 0);
    expect([s.frames, s.heap, s.step.event]).toEqual([[], [], 'end']);
  });

  it('maps lines of a wrapped snippet with lineOffset', () => {
    const w = runRust('let x = 5;\nprintln!("{}", x);', { trace: true });
    expect(w.stdout).toBe('5\n');
    expect(w.trace!.lineOffset).toBe(1);
    expect(w.trace!.source.startsWith('fn main() {\n')).toBe(true);
  });
});
