// Vec capacity growth (0 → 4 → 8 → 16), RefCell borrow state while a RefMut guard lives,
// and the seed example: `let num = Box::new(1);` draws a Box slot pointing at a heap i32.
import { describe, expect, it } from 'vitest';
import { fixture, snapshots, traced } from './helpers.ts';

describe('Vec growth', () => {
  it('grows capacity 4 → 8 → 16 and sizes the buffer by capacity', () => {
    const r = traced(fixture('vec-growth.rs'));
    expect(r.stdout).toBe('9 16\n');
    const caps: number[] = [];
    for (const s of snapshots(r.trace)) {
      const v = s.heap.find((h) => h.kind === 'Vec');
      if (v && caps[caps.length - 1] !== v.cap) caps.push(v.cap!);
      if (v) expect(v.size).toBe(v.cap! * 4);
    }
    expect(caps).toEqual([4, 8, 16]);
  });
});

describe('Vec buffer of a declared element type', () => {
  it('sizes `Vec::<u64>::with_capacity(3)` by its element type before anything is pushed (3 × 8 bytes)', () => {
    const r = traced('fn main() {\n    let v = Vec::<u64>::with_capacity(3);\n    println!("{}", v.capacity());\n}\n');
    expect(r.stdout).toBe('3\n');
    const v = snapshots(r.trace).map((s) => s.heap.find((h) => h.kind === 'Vec')).find((h) => h !== undefined);
    expect(v).toMatchObject({ ty: 'u64', cap: 3, size: 24 });
  });
});

describe('Box of a zero-sized value', () => {
  it('is no heap block (`Box::new(())` does not allocate): the slot holds a dangling pointer', () => {
    const r = traced('fn main() {\n    let b = Box::new(());\n    let n = Box::new(5u8);\n    println!("{:?} {}", b, n);\n}\n');
    expect(r.stdout).toBe('() 5\n');
    const s = snapshots(r.trace).find((x) => x.frames[0]?.slots.some((sl) => sl.name === 'n'))!;
    expect(s.heap.map((h) => [h.kind, h.ty, h.size])).toEqual([['Box', 'u8', 1]]);
    expect(s.frames[0].slots.find((sl) => sl.name === 'b')?.value).toMatchObject({ k: 'ptr', kind: 'Box', target: { to: 'dangling' } });
  });
});

describe('RefCell borrow state', () => {
  it('is mut while the guard lives and unborrowed after its scope', () => {
    const r = traced(fixture('refcell-guard.rs'));
    expect(r.stdout).toBe('inside\nafter 6\n');
    const states = snapshots(r.trace).map((s) => {
      const cell = s.frames[0]?.slots.find((x) => x.name === 'cell');
      return cell && cell.value.k === 'cell' ? cell.value.borrow.state : undefined;
    });
    const firstMut = states.indexOf('mut');
    expect(firstMut).toBeGreaterThan(0);
    const lastMut = states.lastIndexOf('mut');
    expect(states.slice(lastMut + 1).filter((x) => x !== undefined)).toContain('unborrowed');
    const guardDrop = r.trace.steps.findIndex((s) => s.note?.startsWith('`guard` 드롭'));
    expect(r.trace.steps[guardDrop].note).toContain('RefMut 해제');
    expect(states[guardDrop - 1]).toBe('mut');
    expect(states[guardDrop]).toBe('unborrowed');
  });
});

describe('seed example', () => {
  it('`let num = Box::new(1);` is a Box slot pointing at a heap i32 holding 1', () => {
    const r = traced('fn main() { let num = Box::new(1); }');
    const snaps = snapshots(r.trace);
    const s = snaps.find((x) => x.frames[0]?.slots.some((sl) => sl.name === 'num' && sl.state === 'live'))!;
    const slot = s.frames[0].slots.find((sl) => sl.name === 'num')!;
    expect(slot.value).toMatchObject({ k: 'ptr', kind: 'Box', ty: 'Box<i32>' });
    const target = slot.value.k === 'ptr' ? slot.value.target : null;
    expect(target?.to).toBe('heap');
    const obj = s.heap.find((h) => target?.to === 'heap' && h.id === target.id)!;
    expect(obj).toMatchObject({ kind: 'Box', ty: 'i32', size: 4, value: { k: 'prim', ty: 'i32', text: '1' } });
    const end = snaps[snaps.length - 1];
    expect(end.heap).toHaveLength(0);
  });
});
