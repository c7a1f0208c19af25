// What a threaded run's trace says: each thread's own frames (a scoped thread's closure is its own frame, not its
// creator's), a channel's receiver dropped with the `for` loop that consumed it, the sync types under their Rust
// names (recorded so, not renamed by the view; a Weak's too), and a step's bytes proportional to what changed.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRust } from '../../../src/sim/api.ts';
import { snapshotAt } from '../../../src/sim/trace/snapshot.ts';
import type { Trace } from '../../../src/sim/trace/schema.ts';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const traced = (src: string): Trace => {
  const r = runRust(src, { trace: true });
  expect(r.exitCode).toBe(0);
  return r.trace!;
};
const steps = (t: Trace) => t.steps.map((_, i) => snapshotAt(t, i));

describe('a threaded trace', () => {
  it('draws a scoped thread’s closure as its own frame, and its locals only there', () => {
    const t = traced(fixture('scoped-borrow.rs'));
    const inWorker = steps(t).filter((s) => s.step.thread === 2 && s.frames.some((f) => f.slots.some((x) => x.name === 'second')));
    expect(inWorker.length).toBeGreaterThan(0);
    for (const s of inWorker) {
      const [main, worker] = s.threads!;
      expect(worker.frames.map((f) => f.fn)).toEqual(['main::{{closure}}']);
      expect(worker.frames[0].slots.map((x) => x.name)).toEqual(['first', 'second']);
      expect(main.frames.map((f) => f.fn)).toEqual(['main']);
      expect(main.frames[0].slots.map((x) => x.name)).not.toContain('first');
    }
    // What the closure wrote through its borrow shows in main's frame once main runs again.
    const after = steps(t).find((s) => s.step.at.line === 14)!;
    expect(after.frames[0].slots.find((x) => x.name === 'total')?.value).toMatchObject({ text: '5' });
  });

  it('shows the receiver dropped once the `for` loop that took it ends', () => {
    const t = traced(fixture('receiver-loop.rs'));
    const receiverAt = (line: number) => steps(t).filter((s) => s.step.at.line === line && s.step.thread === 1).map((s) => s.channels![0].receiver);
    expect(receiverAt(12)).not.toHaveLength(0);
    expect(receiverAt(12).every((r) => r)).toBe(true);
    expect(receiverAt(14)).toEqual([false]);
    const end = snapshotAt(t, t.steps.length - 1);
    expect(end.channels).toEqual([{ id: 1, pending: [], senders: 0, receiver: false }]);
  });

  it('records Arc, Mutex, RwLock and their guards under their Rust names', () => {
    const t = traced(fixture('arc-mutex-names.rs'));
    const s = steps(t).find((x) => x.step.at.line === 17)!;
    const slot = (name: string) => s.frames[0].slots.find((x) => x.name === name && x.state === 'live')!;
    expect(slot('shared').ty).toBe('Arc<Mutex<Vec<i32>>>');
    expect(slot('shared').value).toMatchObject({ k: 'ptr', kind: 'Arc', ty: 'Arc<Mutex<Vec<i32>>>' });
    expect(slot('table').ty).toBe('Arc<RwLock<i32>>');
    expect(slot('reader').value).toMatchObject({ kind: 'RwLockReadGuard', ty: 'RwLockReadGuard<i32>' });
    expect(slot('guard').value).toMatchObject({ kind: 'MutexGuard', ty: 'MutexGuard<Vec<i32>>' });
    expect(s.heap.filter((h) => h.kind === 'Arc').map((h) => [h.ty, h.strong])).toEqual([['Mutex<Vec<i32>>', 1], ['RwLock<i32>', 1]]);
    // The worker's guard while it holds the lock.
    const held = steps(t).find((x) => x.step.thread === 2 && x.frames.some((f) => f.slots.some((v) => v.name === 'items' && v.state === 'live')))!;
    expect(held.frames[0].slots.find((v) => v.name === 'items')!.ty).toBe('MutexGuard<Vec<i32>>');
    expect(JSON.stringify(t)).not.toMatch(/"(Rc|RefCell|RefMut)</);
  });

  it('names what a Weak to an Arc leads to as in Rust (a Mutex, not a RefCell)', () => {
    const t = traced(fixture('weak-sync-names.rs'));
    const s = steps(t).find((x) => x.step.at.line === 8)!;
    expect(s.frames[0].slots.find((x) => x.name === 'watcher')!.ty).toBe('Weak<Mutex<i32>>');
    expect(JSON.stringify(t)).not.toMatch(/"(Weak|Rc|Arc)<RefCell</);
  });
});

describe('a threaded trace’s size', () => {
  /** JSON bytes per recorded step. */
  const perStep = (t: Trace): number => JSON.stringify(t).length / t.steps.length;

  /** A worker thread waits on a channel while main grows a Box list, sending each value it adds. */
  const growing = (n: number) => `use std::sync::mpsc;
use std::thread;

enum List { Cons(u32, Box<List>), Nil }

fn main() {
    let (tx, rx) = mpsc::channel::<u32>();
    let worker = thread::spawn(move || {
        let mut sum = 0;
        for v in rx {
            sum += v;
        }
        sum
    });
    let mut list = List::Nil;
    for i in 0..${n} {
        list = List::Cons(i, Box::new(list));
        tx.send(i).unwrap();
    }
    drop(tx);
    println!("{}", worker.join().unwrap());
    if let List::Cons(top, _) = list {
        println!("{top}");
    }
}
`;

  it('stays flat as the heap grows: a 4× longer list costs the same bytes per step', () => {
    const small = traced(growing(500));
    const large = traced(growing(2000));
    expect(large.truncated).toBe(false);
    expect(large.steps.length).toBeGreaterThan(3.9 * small.steps.length);
    expect(snapshotAt(large, large.steps.length - 1).threads!.map((x) => x.state)).toEqual(['running', 'done']);
    const ratio = perStep(large) / perStep(small);
    expect(ratio).toBeGreaterThan(0.8);
    expect(ratio).toBeLessThan(1.25);
  });

  /** A spawned thread recursing `n` deep while main waits to join it. */
  const deep = (n: number) => `use std::thread;

fn down(n: u32) -> u32 {
    if n == 0 { 0 } else { 1 + down(n - 1) }
}

fn main() {
    let worker = thread::spawn(|| down(${n}));
    println!("{}", worker.join().unwrap());
}
`;

  it('draws a spawned thread’s deep recursion at every depth, each step costing the same', () => {
    const small = traced(deep(600));
    const large = traced(deep(2400));
    expect(large.truncated).toBe(false);
    const deepest = large.steps.findIndex((s) => s.thread === 2 && s.depth === 2401);
    expect(deepest).toBeGreaterThan(0);
    const s = snapshotAt(large, deepest);
    expect(s.frames.map((f) => f.fn).slice(0, 3)).toEqual(['main::{{closure}}', 'down', 'down']);
    expect(s.threads![0].frames.map((f) => f.fn)).toEqual(['main']);
    const ratio = perStep(large) / perStep(small);
    expect(ratio).toBeGreaterThan(0.8);
    expect(ratio).toBeLessThan(1.25);
  });
});
