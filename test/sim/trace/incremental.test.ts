// Recording a step re-draws only what the program touched and what depends on it: the pictures must be exactly
// those of re-drawing everything (RunOptions.traceFull), and a trace's size must stay linear in its steps.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRust } from '../../../src/sim/api.ts';
import { snapshotAt } from '../../../src/sim/trace/snapshot.ts';
import type { Trace } from '../../../src/sim/trace/schema.ts';
import { boxListSource } from '../../../src/sim/bench/programs.ts';

const corpus = (name: string): string => readFileSync(new URL(`../../programs/${name}/main.rs`, import.meta.url), 'utf8');
const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** Each step's picture (frames, heap, depth, every thread's stack, channels) and highlighted changes. */
function pictures(t: Trace): string[] {
  return t.steps.map((_, i) => {
    const s = snapshotAt(t, i);
    return JSON.stringify([s.step.depth, s.step.thread, s.frames, s.heap, s.threads, s.channels, [...s.step.changed].sort()]);
  });
}

describe('incremental recording', () => {
  // Moves out of `self`, Rc/Weak trees with RefCell borrows, Drop::drop, references into other frames and into the
  // heap, a &str outliving the call that made it, Vec growth, shadowing, unwinding, and threads: per-thread stacks,
  // spawn/join, channels (pending messages), Mutex holders, scoped threads borrowing main's locals, a panicking thread.
  const programs: Array<[string, string]> = [
    ['12-impl-methods', corpus('12-impl-methods')],
    ['38-references-deref', corpus('38-references-deref')],
    ['40-closures', corpus('40-closures')],
    ['55-refcell-borrow', corpus('55-refcell-borrow')],
    ['58-vec-capacity', corpus('58-vec-capacity')],
    ['89-panic-drop-unwinding', corpus('89-panic-drop-unwinding')],
    ['93-memory-box-linked-list', corpus('93-memory-box-linked-list')],
    ['94-memory-rc-weak-tree', corpus('94-memory-rc-weak-tree')],
    ['95-memory-rc-cycle-leak', corpus('95-memory-rc-cycle-leak')],
    ['97-memory-refcell-through-rc', corpus('97-memory-refcell-through-rc')],
    ...['101-thread-join-results', '102-thread-channel-producer', '103-thread-mutex-counter', '104-thread-panic-join-err', '105-thread-scope', '106-thread-atomics',
      '107-thread-builder-name', '108-thread-channel-multi-sender', '109-thread-rwlock-barrier', '110-thread-sync-channel', '111-thread-mutex-poison', '113-thread-condvar',
    ].map((n): [string, string] => [n, corpus(n)]),
    ['drop-self', fixture('drop-self.rs')],
    ['str-into-returned', fixture('str-into-returned.rs')],
  ];
  for (const [name, source] of programs) {
    it(`draws every step of ${name} as re-drawing everything does`, () => {
      const inc = runRust(source, { trace: true }).trace!;
      const full = runRust(source, { trace: true, traceFull: true }).trace!;
      expect(inc.steps.length).toBeGreaterThan(3);
      expect(pictures(inc)).toEqual(pictures(full));
    });
  }

  it('draws deep recursion (past 500 frames) at every depth', () => {
    const src = 'fn down(n: u32) -> u32 { if n == 0 { 0 } else { 1 + down(n - 1) } }\nfn main() { println!("{}", down(800)); }\n';
    const t = runRust(src, { trace: true }).trace!;
    expect(t.truncated).toBe(false);
    expect(Math.max(...t.steps.map((s) => s.depth))).toBe(802);
    const deepest = t.steps.findIndex((s) => s.depth === 802);
    expect(snapshotAt(t, deepest).frames.map((f) => f.fn).slice(0, 3)).toEqual(['main', 'down', 'down']);
  });
});

describe('trace size', () => {
  /** JSON bytes per recorded step of the Box list program with `n` nodes. */
  function bytesPerStep(n: number): { perStep: number; steps: number } {
    const t = runRust(boxListSource(n), { trace: true }).trace!;
    expect(t.truncated).toBe(false);
    return { perStep: JSON.stringify(t).length / t.steps.length, steps: t.steps.length };
  }

  it('is linear in the steps: a 4× longer Box list costs the same bytes per step', () => {
    const small = bytesPerStep(1000);
    const large = bytesPerStep(4000);
    expect(large.steps).toBeGreaterThan(3.9 * small.steps);
    expect(large.perStep / small.perStep).toBeGreaterThan(0.8);
    expect(large.perStep / small.perStep).toBeLessThan(1.25);
  });
});
