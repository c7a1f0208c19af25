// The machine's threads: the default schedule interleaves sleeping threads like a quiet real run, a seed gives
// a reproducible run (and other seeds other valid interleavings), and a thread that cannot go on is reported.
// Line sets come from real runs of the fixtures (rustc 1.95); orders are checked for being ones Rust allows.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runRust } from '../../../src/sim/api.ts';
import { indicesAt, snapshotAt } from '../../../src/sim/trace/snapshot.ts';
import type { Interp } from '../../../src/sim/semantics/interp.ts';
import type { Step } from '../../../src/sim/semantics/step.ts';
import { initThreads, liveThreads, spawnThread } from '../../../src/sim/semantics/threads.ts';
import { UNIT } from '../../../src/sim/memory/value.ts';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./thread-fixtures/${name}.rs`, import.meta.url)), 'utf8');

const WORKER = ['worker step 1', 'worker step 2', 'worker step 3', 'worker step 4'];
const MAIN = ['main step 1', 'main step 2', 'main step 3'];

/** Each thread's lines appear in its own order, all of them, and `both done` last (after the join). */
function validInterleaving(out: string): boolean {
  const lines = out.trimEnd().split('\n');
  if (lines.length !== 8 || lines[7] !== 'both done') return false;
  const sub = (want: string[]) => lines.filter((l) => want.includes(l)).join('|') === want.join('|');
  return sub(WORKER) && sub(MAIN);
}

describe('thread scheduling', () => {
  it('alternates two sleeping threads by default, as a real run does', () => {
    const r = runRust(fixture('ping-pong-sleep'));
    expect(r.diagnostics).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(validInterleaving(r.stdout)).toBe(true);
    // Sleeping 1 ms hands the turn over: the first four lines come from both threads.
    const first = r.stdout.split('\n').slice(0, 4);
    expect(first.some((l) => l.startsWith('main'))).toBe(true);
    expect(first.some((l) => l.startsWith('worker'))).toBe(true);
  });

  it('gives the same run for the same seed, and other valid orders for other seeds', () => {
    const src = fixture('ping-pong-sleep');
    const a = runRust(src, { seed: 7 }), b = runRust(src, { seed: 7 });
    expect(b.stdout).toBe(a.stdout);
    const seen = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) {
      const r = runRust(src, { seed });
      expect(validInterleaving(r.stdout)).toBe(true);
      seen.add(r.stdout);
    }
    expect(seen.size).toBeGreaterThan(1);
  });

  it('lets the other threads run while the process exits after main returns, as a real run does', () => {
    // 40 real runs (rustc 1.95, debug): main 1–4 always; the worker printed 1–4 (19×), 1–5 (20×) or 1–6 (1×).
    const valid = (out: string): number | null => {
      const lines = out.trimEnd().split('\n');
      const main = lines.filter((l) => l.startsWith('main '));
      const worker = lines.filter((l) => l.startsWith('worker '));
      if (main.length + worker.length !== lines.length || main.join('|') !== 'main 1|main 2|main 3|main 4') return null;
      if (worker.some((l, i) => l !== `worker ${i + 1}`) || worker.length < 4 || worker.length > 6) return null;
      return worker.length;
    };
    const src = fixture('main-exits-first');
    const r = runRust(src);
    expect(r.exitCode).toBe(0);
    // The worker wakes with main from their last sleep: it prints once more before the process is gone.
    expect(valid(r.stdout)).toBe(5);
    for (let seed = 1; seed <= 8; seed++) expect(valid(runRust(src, { seed }).stdout)).not.toBeNull();
  });

  it('does not start a thread spawned just before main returns (the process is gone first)', () => {
    // 100 real runs (rustc 1.95, debug): exit 0, nothing on stderr — the send to the dropped receiver never ran.
    const r = runRust(fixture('spawn-then-return'));
    expect([r.exitCode, r.stdout, r.stderr]).toEqual([0, '', '']);
  });

  it('lets a thread wait inside a std callback by running the other threads from there', () => {
    // Outputs of real runs: `(0..2).map(|_| rx.recv().unwrap())`, `handles.into_iter().map(|h| h.join().unwrap())`.
    const r = runRust(fixture('recv-in-callback'));
    expect(r.diagnostics).toEqual([]);
    expect(r.stdout).toBe('[0, 1]\n');
    const j = runRust(fixture('join-in-map'));
    expect(j.diagnostics).toEqual([]);
    expect(j.stdout).toBe('[1, 4, 9, 16]\n[0, 10, 20]\n');
  });

  it('reports (in Korean, at the call) a spawned thread waiting inside a std callback for main', () => {
    const r = runRust(fixture('wait-main-in-callback'));
    expect(r.exitCode).toBe(2);
    const d = r.diagnostics[0];
    expect(d.code).toBe('unsupported');
    expect(d.message).toContain('std 콜백 안에서 main 스레드를 기다리는 것');
    expect(d.span.start.line).toBe(8);
  });

  it('reports a deadlock instead of hanging (real Rust would wait forever)', () => {
    const r = runRust(fixture('self-deadlock'));
    expect(r.stdout).toBe('waiting\n');
    expect(r.exitCode).toBe(2);
    expect(r.diagnostics[0].message).toContain('교착 상태');
  });

  it('records every thread’s stack, named, in the trace', () => {
    const r = runRust(fixture('ping-pong-sleep'), { trace: true });
    const t = r.trace!;
    const k = t.steps.findIndex((s) => s.thread !== undefined);
    expect(k).toBeGreaterThan(0);
    const snap = snapshotAt(t, k);
    expect(snap.threads!.map((t) => [t.id, t.name])).toEqual([[1, 'main'], [2, null]]);
    expect(snap.threads!.filter((t) => t.state === 'running')).toHaveLength(1);
    const running = snap.threads!.find((t) => t.state === 'running')!;
    expect(running.id).toBe(t.steps[k].thread);
    expect(running.frames).toEqual(indicesAt(t, k).frames.map((i) => t.pool[i]));
  });

  it('records channel queues and which thread holds a Mutex', () => {
    const src = readFileSync(fileURLToPath(new URL('../../programs/102-thread-channel-producer/main.rs', import.meta.url)), 'utf8');
    const r = runRust(src, { trace: true });
    const pending = r.trace!.steps.map((_, k) => snapshotAt(r.trace!, k).channels?.[0]?.pending.length ?? 0);
    expect(Math.max(...pending)).toBeGreaterThan(0);
    expect(snapshotAt(r.trace!, r.trace!.steps.length - 1).channels?.[0]).toMatchObject({ senders: 0, pending: [] });

    const m = readFileSync(fileURLToPath(new URL('../../programs/103-thread-mutex-counter/main.rs', import.meta.url)), 'utf8');
    const t = runRust(m, { trace: true }).trace!;
    const holders = new Set<number>();
    for (let k = 0; k < t.steps.length; k++) {
      for (const [, i] of indicesAt(t, k).heap) {
        const h = t.pool[i] as { value?: { k: string; lock?: string; holder?: number } };
        if (h.value?.k === 'cell' && h.value.lock === 'Mutex' && h.value.holder !== undefined) holders.add(h.value.holder);
      }
    }
    expect(holders.size).toBeGreaterThan(1);
  });
});

describe('the scheduler\'s thread list', () => {
  it('drops finished threads but keeps the running one and the spawn order', () => {
    const ip = { opts: {}, stackLimit: 8 << 20, threads: [], live: [] } as unknown as Interp;
    initThreads(ip);
    const ts = [1, 2, 3, 4, 5].map(() => spawnThread(ip, (function* () { return UNIT; })() as Step, null));
    ts[0].done = true;
    ts[2].done = true;
    ts[3].done = true;
    ip.cur = ts[3];
    expect(liveThreads(ip).map((t) => t.id)).toEqual([1, 3, 5, 6]);
    // Every thread stays known by id (join, ThreadId, the trace).
    expect(ip.threads.map((t) => t.id)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
