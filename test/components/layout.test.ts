// Memory diagram layout: boxes for frames and allocations, arrows only from live pointers, deterministic.
import { describe, expect, it } from 'vitest';
import { layoutMemory, type HeapBox } from '../../components/memory/layout.ts';
import { snapshotOf, type MemorySnapshot } from '../../components/memory/snapshot.ts';
import { loadTrace } from './load-fixture.ts';

const heapBoxes = (s: MemorySnapshot) => layoutMemory(s).boxes.filter((b): b is HeapBox => b.kind === 'heap');

describe('layoutMemory', () => {
  const trace = loadTrace('rc-cycle');

  it('draws one box per frame and per live allocation, with Rc counts', () => {
    const l = layoutMemory(snapshotOf(trace, 2));
    expect(l.boxes.filter((b) => b.kind === 'frame').map((b) => b.title)).toEqual(['main']);
    expect(heapBoxes(snapshotOf(trace, 2)).map((b) => [b.heapId, b.heapKind, b.strong, b.weak])).toEqual([
      [2, 'Rc', 2, 0],
      [3, 'Rc', 2, 0],
    ]);
  });

  it('draws arrows from live stack pointers and from pointers inside heap values', () => {
    const l = layoutMemory(snapshotOf(trace, 2));
    // a → #2, b → #3, #2.value → #3, #3.value → #2
    expect(l.arrows.map((a) => a.key).sort()).toEqual(['frame:1/s0', 'frame:1/s1', 'heap:2/v.1.value', 'heap:3/v.1.value']);
    expect(l.arrows.every((a) => a.kind === 'Rc' && !a.dashed)).toBe(true);
  });

  it('draws no arrow from a dropped slot, and flags leaks at the end', () => {
    const end = snapshotOf(trace, 3);
    const l = layoutMemory(end);
    expect(l.arrows.map((a) => a.key).sort()).toEqual(['heap:2/v.1.value', 'heap:3/v.1.value']);
    const frame = l.boxes.find((b) => b.kind === 'frame');
    // Dropped at this very step: still drawn, faded, saying so (their old pointer is not redrawn).
    expect(frame?.rows.map((r) => [r.label, r.state, r.text, r.ptr])).toEqual([
      ['a', 'dropped', '(범위 끝, 드롭됨)', undefined],
      ['b', 'dropped', '(범위 끝, 드롭됨)', undefined],
    ]);
    expect(heapBoxes(end).map((b) => [b.strong, b.leaked, b.meta])).toEqual([
      [1, true, '#2 · 40 B · 누수'],
      [3 - 2, true, '#3 · 40 B · 누수'],
    ]);
  });

  it('shows RefCell borrow state as a badge', () => {
    const rows = heapBoxes(snapshotOf(trace, 2)).flatMap((b) => b.rows);
    expect(rows.filter((r) => r.badge).map((r) => r.badge)).toEqual(['가변 대여 중', '대여 없음']);
  });

  it('marks what changed at the step', () => {
    const l = layoutMemory(snapshotOf(trace, 1));
    const frame = l.boxes.find((b) => b.kind === 'frame');
    expect(frame?.rows.map((r) => r.changed)).toEqual([false, true]);
    expect(heapBoxes(snapshotOf(trace, 1)).map((b) => [b.heapId, b.changed]).sort()).toEqual([[1, false], [2, true], [3, true]]);
  });

  it('places boxes without overlap and inside the picture, and is deterministic', () => {
    for (let i = 0; i < trace.steps.length; i++) {
      const s = snapshotOf(trace, i);
      const l = layoutMemory(s);
      expect(layoutMemory(s)).toEqual(l);
      const hb = l.boxes.filter((b) => b.kind === 'heap');
      for (let j = 1; j < hb.length; j++) expect(hb[j].y).toBeGreaterThanOrEqual(hb[j - 1].y + hb[j - 1].h);
      for (const b of l.boxes) {
        expect(b.x + b.w).toBeLessThanOrEqual(l.width);
        expect(b.y + b.h).toBeLessThanOrEqual(l.height);
      }
    }
  });

  it('draws a Weak pointer dashed and a dangling Weak without an arrow', () => {
    const snap: MemorySnapshot = {
      frames: [
        {
          id: 1, fn: 'main', line: 3,
          slots: [
            { name: 'w', ty: 'Weak<i32>', value: { k: 'ptr', kind: 'Weak', ty: 'Weak<i32>', target: { to: 'heap', id: 1 } }, state: 'live', declLine: 2 },
            { name: 'd', ty: 'Weak<i32>', value: { k: 'ptr', kind: 'Weak', ty: 'Weak<i32>', target: { to: 'dangling' } }, state: 'live', declLine: 3 },
          ],
        },
      ],
      heap: [{ id: 1, kind: 'Rc', ty: 'i32', size: 24, strong: 1, weak: 1, value: { k: 'prim', ty: 'i32', text: '5' } }],
      changed: [],
    };
    const l = layoutMemory(snap);
    expect(l.arrows).toHaveLength(1);
    expect(l.arrows[0].dashed).toBe(true);
    expect(l.boxes[0].rows[1].text).toBe('Weak → 없음');
  });

  it('draws & references to stack slots as grey arrows within the stack column', () => {
    const snap: MemorySnapshot = {
      frames: [
        { id: 1, fn: 'main', line: 3, slots: [{ name: 'x', ty: 'i32', value: { k: 'prim', ty: 'i32', text: '5' }, state: 'live', declLine: 2 }] },
        { id: 2, fn: 'show', line: 7, slots: [{ name: 'r', ty: '&i32', value: { k: 'ptr', kind: 'ref', ty: '&i32', target: { to: 'slot', frame: 1, slot: 0 } }, state: 'live', declLine: 6 }] },
      ],
      heap: [],
      changed: ['slot:2:0'],
    };
    const l = layoutMemory(snap);
    expect(l.boxes.map((b) => b.title)).toEqual(['main', 'show']);
    expect(l.boxes[1].y).toBeGreaterThan(l.boxes[0].y + l.boxes[0].h - 1);
    expect(l.boxes[1].rows[0].text).toBe('&');
    expect(l.arrows.map((a) => [a.key, a.kind, a.dashed])).toEqual([['frame:2/s0', 'ref', false]]);
    expect(l.boxes[1].rows[0].changed).toBe(true);
  });

  it('lays out the Box seed example: num on the stack pointing at 1 in a Box', () => {
    const t = loadTrace('box-panic');
    const l = layoutMemory(snapshotOf(t, 1));
    const [heap] = l.boxes.filter((b): b is HeapBox => b.kind === 'heap');
    expect([heap.heapKind, heap.title, heap.rows.map((r) => r.text)]).toEqual(['Box', 'Box<i32>', ['1']]);
    expect(l.arrows.map((a) => [a.key, a.kind])).toEqual([['frame:1/s0', 'Box']]);
  });
});
