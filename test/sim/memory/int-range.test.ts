// inRange / fitsNumber (the per-type switch on the hot path) agree with the bigint bounds in RANGES, at and just
// beyond each type's limits, for JS-number values (safe integers) and bigints alike.
import { describe, expect, it } from 'vitest';
import { RANGES, fitsNumber, inRange } from '../../../src/sim/memory/int.ts';
import type { IntTy } from '../../../src/sim/memory/value.ts';

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Values around a type's bounds and zero, as the simulator holds them (numbers when safe, bigints beyond). */
function probes(ty: IntTy): Array<number | bigint> {
  const { min, max } = RANGES[ty];
  const out: Array<number | bigint> = [];
  for (const b of [min - 1n, min, min + 1n, -1n, 0n, 1n, max - 1n, max, max + 1n, SAFE, -SAFE]) out.push(b >= -SAFE && b <= SAFE ? Number(b) : b);
  return out;
}

describe('integer ranges', () => {
  for (const ty of Object.keys(RANGES) as IntTy[]) {
    it(`${ty}: inRange matches [min, max]`, () => {
      const { min, max } = RANGES[ty];
      for (const v of probes(ty)) {
        const want = BigInt(v) >= min && BigInt(v) <= max;
        expect(inRange(ty, v), `${ty} ${v}`).toBe(want);
        if (typeof v === 'number') expect(fitsNumber(ty, v), `${ty} ${v}`).toBe(want);
      }
    });
  }
  it('fitsNumber: null for a name that is not an integer type', () => {
    expect(fitsNumber('f64', 1)).toBeNull();
    expect(fitsNumber('String', 0)).toBeNull();
  });
});
