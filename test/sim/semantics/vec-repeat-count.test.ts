// `vec![x; n]`'s count is a usize: an untyped literal there (`1 << 34`) is never an i32 that overflows.
// Too many elements for the simulator is its own limit, said as such — never a panic rustc would not raise.
import { describe, expect, it } from 'vitest';
import { runRust } from '../../../src/sim/api.ts';

describe('vec![x; n] count', () => {
  it('takes `1 << 34` as a usize and reports the simulator limit instead of a shift overflow', () => {
    const r = runRust('fn main() {\n    let v = vec![0u8; 1 << 34];\n    println!("{}", v.len());\n}\n');
    expect(r.stderr).not.toContain('overflow');
    expect(r.outcome.kind).toBe('error');
    expect(r.diagnostics.map((d) => [d.code, d.span.start.line])).toEqual([['unsupported', 2]]);
    expect(r.diagnostics[0].message).toContain('17,179,869,184');
  });
  it('still builds small vectors from computed counts', () => {
    const r = runRust('fn main() {\n    let k = 2;\n    let v = vec![7u8; k * 2 + 1];\n    println!("{:?}", v);\n}\n');
    expect(r.stdout).toBe('[7, 7, 7, 7, 7]\n');
  });
});
