// The diagram as a reader needs it: heap in reading order, arrows ending at the part they point at, pointer
// kinds told apart by shape, freed blocks and moved slots said in words, return values, and a phone layout.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRust } from '../../src/sim/api.ts';
import type { Trace } from '../../src/sim/trace/schema.ts';
import { arrowHead, assignLanes, layoutMemory, reachabilityOrder, type HeapBox } from '../../components/memory/layout.ts';
import { snapshotOf } from '../../components/memory/snapshot.ts';
import { drawMemory, type SvgNode } from '../../components/memory/draw.ts';
import { endOfMain } from '../../components/timeline/steps.ts';

const run = (src: string): Trace => {
  const r = runRust(src, { trace: true });
  if (!r.trace) throw new Error('no trace');
  return r.trace;
};
const fixture = (n: string) => readFileSync(new URL(`./fixtures/${n}`, import.meta.url), 'utf8');
const book = (n: string) => readFileSync(new URL(`../../content/listings/ch15-smart-pointers/${n}/src/main.rs`, import.meta.url), 'utf8');
const parts = readFileSync(new URL('../sim/trace/fixtures/parts-and-return.rs', import.meta.url), 'utf8');

describe('reading order', () => {
  it('lays out a Box list head to tail (reachability), not in allocation order', () => {
    const t = run(fixture('list.rs'));
    const snap = snapshotOf(t, endOfMain(t));
    // tail's block was allocated first, yet the list reads from `list` (mid) to its tail.
    const order = reachabilityOrder(snap);
    expect(order).toEqual([...order].sort((a, b) => b - a));
    const l = layoutMemory(snap);
    const heap = l.boxes.filter((b): b is HeapBox => b.kind === 'heap');
    for (let k = 1; k < heap.length; k++) expect(heap[k].y).toBeGreaterThan(heap[k - 1].y);
    expect(heap.map((b) => b.heapId)).toEqual(order);
  });
});

describe('arrows', () => {
  const t = run(parts);
  const snap = snapshotOf(t, endOfMain(t));
  const l = layoutMemory(snap);
  const byFrom = (name: string) => {
    const main = l.boxes.find((b) => b.kind === 'frame')!;
    const row = main.rows.find((r) => r.label === name && r.depth === 0)!;
    return l.arrows.find((a) => a.key === `frame:${main.kind === 'frame' ? main.frameId : 0}/${row.path}`)!;
  };

  it('end at the field or element they point to', () => {
    expect(byFrom('py').toPath).toMatch(/^s\d+\.y$/);
    expect(byFrom('second').toPath).toBe('v[1]');
  });

  it('tell &, &mut, Box/Rc, Weak and guards apart by shape, not colour', () => {
    const shapes = (['Box', 'Rc', 'Weak', 'ref', 'ref-mut', 'RefMut'] as const).map((k) => {
      const h = arrowHead(k, 100, 50, 1);
      return `${h.filled}|${h.d.replace(/[\d.]+/g, '#')}`;
    });
    // Box and Rc share the owner's filled head (Rc's shaft is thicker); every other kind has its own head.
    expect(new Set(shapes).size).toBe(5);
    expect(shapes[0]).toBe(shapes[1]);
    expect([byFrom('py').kind, byFrom('second').kind, byFrom('g').kind]).toEqual(['ref-mut', 'ref', 'RefMut']);
    const kinds = drawMemory(l).find((n) => n.attrs.class === 'hb-m-arrows')!.children!.map((g: SvgNode) => g.attrs.class);
    expect(kinds).toContain('hb-m-arrow hb-m-arrow-ref-mut');
    expect(kinds).toContain('hb-m-arrow hb-m-arrow-RefMut');
  });
});

describe('heap-to-heap arrows', () => {
  it('share a lane only when their spans do not overlap, shortest innermost', () => {
    // A list's next pointers (disjoint spans) share lane 0; a pointer around them goes outside.
    expect(assignLanes([{ a: 10, b: 40 }, { a: 50, b: 80 }, { a: 20, b: 70 }])).toEqual([0, 0, 1]);
    expect(assignLanes([{ a: 0, b: 100 }, { a: 30, b: 60 }])).toEqual([1, 0]);
    expect(assignLanes([])).toEqual([]);
  });

  it('never run along each other: a Weak beside an Rc keeps its own lane, right of every heap box (15-26, 15-29)', () => {
    let checked = 0;
    for (const name of ['listing-15-26', 'listing-15-29']) {
      const t = run(book(name));
      for (let i = 0; i < t.steps.length; i++) {
        for (const maxWidth of [undefined, 353]) {
          const l = layoutMemory(snapshotOf(t, i), { maxWidth });
          const right = Math.max(...l.boxes.filter((b) => b.kind === 'heap').map((b) => b.x + b.w));
          const runs = l.arrows.filter((a) => a.key.startsWith('heap:')).map((a) => {
            const m = /^M[\d.]+ ([\d.]+) L[\d.]+ [\d.]+ Q([\d.]+) .* L[\d.]+ ([\d.]+)$/.exec(a.d);
            if (!m) throw new Error(`not a lane path: ${a.d}`);
            const [sy, lane, ty] = [Number(m[1]), Number(m[2]), Number(m[3])];
            return { lane, a: Math.min(sy, ty), b: Math.max(sy, ty), kind: a.kind };
          });
          for (const r of runs) expect(r.lane).toBeGreaterThan(right);
          for (const p of runs)
            for (const q of runs) if (p !== q && p.a <= q.b && q.a <= p.b) expect(p.lane).not.toBe(q.lane);
          checked += runs.length;
          expect(l.width).toBeGreaterThanOrEqual(Math.max(0, ...runs.map((r) => r.lane)));
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('words for what happened', () => {
  it('a freed block is drawn once, marked 해제됨', () => {
    const t = run(readFileSync(new URL('../sim/trace/fixtures/freed-and-husk.rs', import.meta.url), 'utf8'));
    const i = t.steps.findIndex((s) => s.note?.startsWith('힙 #1 해제'));
    const box = layoutMemory(snapshotOf(t, i)).boxes.find((b): b is HeapBox => b.kind === 'heap' && b.heapId === 1)!;
    expect(box.freed).toBe(true);
    expect(box.meta).toContain('해제됨');
    expect(box.rows.every((r) => r.state === 'dropped')).toBe(true);
  });

  it('a moved-from slot says moved instead of redrawing an empty String', () => {
    const t = run(fixture('../../sim/trace/fixtures/moved.rs'));
    const i = t.steps.findIndex((s) => s.event === 'stmt' && s.at.line === 4);
    const main = layoutMemory(snapshotOf(t, i)).boxes[0];
    expect(main.rows.map((r) => [r.label, r.text, r.ptr === undefined])).toEqual([
      ['s', '(이동됨)', true],
      ['t', 'String', false],
    ]);
  });

  it('the returning frame shows its return value', () => {
    const t = run(parts);
    const i = t.steps.findIndex((s) => s.event === 'return' && s.note === 'add 반환');
    const l = layoutMemory(snapshotOf(t, i));
    const add = l.boxes.find((b) => b.title === 'add')!;
    expect(add.rows.at(-1)).toMatchObject({ label: '반환값', text: '5', ret: true });
  });
});

describe('phone layout', () => {
  it('puts the heap under the stack when side by side does not fit, and then fits 15-26 and 15-29 in 353 px', () => {
    for (const name of ['listing-15-26', 'listing-15-29']) {
      const t = run(book(name));
      for (let i = 0; i < t.steps.length; i++) {
        const snap = snapshotOf(t, i);
        const wide = layoutMemory(snap);
        const l = layoutMemory(snap, { maxWidth: 353 });
        if (wide.width <= 353) expect(l).toEqual(wide);
        else {
          expect(l.stacked).toBe(true);
          const stackBottom = Math.max(...l.boxes.filter((b) => b.kind === 'frame').map((b) => b.y + b.h), 0);
          for (const b of l.boxes) if (b.kind === 'heap') expect(b.y).toBeGreaterThan(stackBottom);
        }
        expect(l.width).toBeLessThanOrEqual(353);
      }
    }
  });
});

describe('Drop::drop', () => {
  it("draws the slot being dropped (faded, 드롭 중) with self's arrow ending at it", () => {
    const t = run(readFileSync(new URL('../sim/trace/fixtures/drop-self.rs', import.meta.url), 'utf8'));
    const calls = t.steps.map((s, i) => [s, i] as const).filter(([s]) => s.event === 'call' && s.note === 'Guard::drop 호출');
    const l = layoutMemory(snapshotOf(t, calls[1][1]));
    const main = l.boxes.find((b) => b.title === 'main')!;
    const g = main.rows.find((r) => r.label === 'g' && r.depth === 0)!;
    expect([g.state, g.badge]).toEqual(['dropped', '드롭 중']);
    const self = l.arrows.find((a) => a.kind === 'ref-mut')!;
    expect(self.toPath).toBe(g.path);
  });
});
