// Stack depth: Rust calls run on the machine's own stack (not the JS stack), so recursion goes as deep as
// rustc's 8 MiB main stack allows and no deeper. Expected outputs are rustc's (cargo run, debug build).
import { describe, expect, it } from 'vitest';
import { runRust } from '../../../src/sim/api.ts';
import { fixture } from './helpers.ts';

describe('depth headroom', () => {
  it('recurses 700 calls deep (the old call path managed about 550)', () => {
    const r = runRust(fixture('deep-recursion.rs'));
    expect(r.diagnostics).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('245350\n');
  });

  it('recurses 100,000 calls deep like a debug build on the 8 MiB main stack', () => {
    const r = runRust(fixture('depth-100k.rs'));
    expect(r.diagnostics).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('100000\n');
  });

  it('ends unbounded recursion in the stack-overflow abort, keeping what was printed', () => {
    const r = runRust(fixture('unbounded-recursion.rs'));
    expect(r.diagnostics).toEqual([]);
    expect(r.exitCode).toBe(134);
    expect(r.outcome).toEqual({ kind: 'stack-overflow' });
    expect(r.stdout).toBe('start\n');
    expect(r.stderr).toBe("\nthread 'main' (1) has overflowed its stack\nfatal runtime error: stack overflow, aborting\n");
  });

  it('builds and drops a 3000-node Box list', () => {
    const r = runRust(fixture('long-box-list.rs'));
    expect(r.diagnostics).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('3000\n');
  });
});
