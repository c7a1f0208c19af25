// Trace mechanics and limits: structure sharing in the pool, the step budget on `loop {}`,
// the snapshot cap (keeps running, truncated + warning), and unsupported features as diagnostics.
import { describe, expect, it } from 'vitest';
import { runRust } from '../../../src/sim/api.ts';
import { indicesAt } from '../../../src/sim/trace/snapshot.ts';
import { fixture, traced } from './helpers.ts';

describe('structure sharing', () => {
  it('stores far fewer pool entries than steps × objects', () => {
    const r = traced(fixture('vec-growth.rs'));
    const objects = r.trace.steps.reduce((n, _, i) => {
      const at = indicesAt(r.trace, i);
      return n + at.frames.length + at.heap.length;
    }, 0);
    expect(r.trace.pool.length).toBeLessThan(objects);
    expect(r.trace.steps.length).toBeGreaterThan(10);
  });
});

describe('limits', () => {
  it('stops `loop {}` at the step budget quickly with a Korean diagnostic', () => {
    const t = Date.now();
    const r = runRust('fn main() { loop {} }', { maxSteps: 1_000_000 });
    expect(Date.now() - t).toBeLessThan(3000);
    expect(r.outcome).toEqual({ kind: 'step-limit', limit: 1_000_000 });
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', code: 'step-limit' });
    expect(r.diagnostics[0].message).toContain('단계');
  });

  it('keeps running past the snapshot cap and marks the trace truncated', () => {
    const r = runRust('fn main() { let mut s = 0; for i in 0..100 { s += i; } println!("{}", s); }', { trace: true, maxSnapshots: 20 });
    expect(r.stdout).toBe('4950\n');
    // 20 recorded steps plus the final `end` picture, which is always kept.
    expect(r.trace!.steps.length).toBe(21);
    expect(r.trace!.steps[20].event).toBe('end');
    expect(r.trace!.truncated).toBe(true);
    expect(r.trace!.totalSteps).toBeGreaterThan(100);
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'snapshot-limit' })]);
  });
});

describe('unsupported features', () => {
  it('reports an unknown std function with its position instead of throwing', () => {
    const src = 'fn main() {\n    let x = 1;\n    let t = std::net::TcpListener::bind(\"127.0.0.1:7878\");\n}\n';
    const r = runRust(src);
    expect(r.outcome.kind).toBe('error');
    const d = r.diagnostics[0];
    expect(d.code).toBe('unsupported');
    expect(d.message).toContain('지원하지 않는 기능');
    expect(d.span.start.line).toBe(3);
  });

  it('maps diagnostics of a wrapped snippet back to the snippet lines', () => {
    const r = runRust('let a = 1;\nlet b = std::net::TcpListener::bind(\"127.0.0.1:7878\");');
    expect(r.diagnostics[0].span.start.line).toBe(2);
  });
});
