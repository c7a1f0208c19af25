// JS stack headroom: deep Rust recursion and the (recursive in Rust) drop of a long Box list run in-process
// on Node's default stack without a false stack overflow. Expected outputs are rustc's.
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

  it('builds and drops a 3000-node Box list', () => {
    const r = runRust(fixture('long-box-list.rs'));
    expect(r.diagnostics).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('3000\n');
  });
});
