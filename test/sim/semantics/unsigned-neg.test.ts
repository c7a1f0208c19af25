// Negating an unsigned integer at run time (a program rustc rejects with E0600 that the checker missed) stops the
// run with a diagnostic: never a negative unsigned value, never an overflow panic rustc would not print.
import { describe, expect, it } from 'vitest';
import type { Interp } from '../../../src/sim/semantics/interp.ts';
import { neg } from '../../../src/sim/semantics/ops.ts';
import { UnsupportedSignal } from '../../../src/sim/semantics/signals.ts';
import { int } from '../../../src/sim/memory/value.ts';

const ip = {} as Interp;
const at = { line: 1, col: 1 };

describe('unary minus on integers at run time', () => {
  it('stops on a typed unsigned value', () => {
    for (const ty of ['u8', 'u32', 'usize', 'u128'] as const) expect(() => neg(ip, int(ty, 5), at)).toThrow(UnsupportedSignal);
  });
  it('still negates signed values and undecided literals', () => {
    expect(neg(ip, int('i64', 5), at)).toMatchObject({ ty: 'i64', v: -5 });
    expect(neg(ip, int('i32', 3, true), at)).toMatchObject({ v: -3, lit: true });
  });
});
