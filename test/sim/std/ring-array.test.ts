// The VecDeque element list (std/ring-array.ts): behaves as a plain array under every operation the
// simulator uses, while shift / unshift stay cheap (100,000 of them well under a second).
import { describe, expect, it } from 'vitest';
import { ringArray, isRing } from '../../../src/sim/std/ring-array.ts';
import { mulberry32 } from '../../../src/sim/semantics/mulberry32.ts';
import type { Value } from '../../../src/sim/memory/value.ts';

const int = (v: number): Value => ({ k: 'int', ty: 'i32', v });
const nums = (xs: Value[]) => [...xs].map((x) => (x.k === 'int' ? Number(x.v) : NaN));

describe('ringArray', () => {
  it('matches a plain array under a random mix of operations', () => {
    const rand = mulberry32(7);
    const ring = ringArray([int(1), int(2)]);
    const plain: Value[] = [int(1), int(2)];
    for (let step = 0; step < 3000; step++) {
      const op = Math.floor(rand() * 8);
      const x = int(step);
      const at = Math.floor(rand() * (plain.length + 1));
      switch (op) {
        case 0: ring.push(x); plain.push(x); break;
        case 1: expect(ring.pop()).toBe(plain.pop()); break;
        case 2: expect(ring.shift()).toBe(plain.shift()); break;
        case 3: ring.unshift(x); plain.unshift(x); break;
        case 4: expect(ring.splice(at, 1, x, x)).toEqual(plain.splice(at, 1, x, x)); break;
        case 5: if (at < plain.length) { ring[at] = x; plain[at] = x; } break;
        case 6: expect(ring.slice(at)).toEqual(plain.slice(at)); break;
        case 7: expect(ring.indexOf(plain[at])).toBe(plain.indexOf(plain[at])); break;
      }
      expect(ring.length).toBe(plain.length);
    }
    expect(nums(ring)).toEqual(nums(plain));
    expect(ring.map((v) => v)).toEqual(plain.map((v) => v));
  });

  it('is an array to Array.isArray, spread, for-of and length writes', () => {
    const ring = ringArray([int(3), int(1), int(2)]);
    expect(Array.isArray(ring)).toBe(true);
    expect(isRing(ring)).toBe(true);
    expect(isRing([int(1)])).toBe(false);
    ring.sort((a, b) => Number((a as { v: number }).v) - Number((b as { v: number }).v));
    expect(nums(ring)).toEqual([1, 2, 3]);
    ring.reverse();
    expect(nums(ring)).toEqual([3, 2, 1]);
    ring.length = 1;
    expect(nums(ring)).toEqual([3]);
    expect(ring.splice(0)).toHaveLength(1);
    expect(ring.length).toBe(0);
  });

  it('keeps shift / unshift amortized O(1)', () => {
    const ring = ringArray([]);
    const t = Date.now();
    for (let i = 0; i < 100_000; i++) ring.unshift(int(i));
    for (let i = 0; i < 100_000; i++) ring.shift();
    expect(ring.length).toBe(0);
    expect(Date.now() - t).toBeLessThan(2000);
  });
});
