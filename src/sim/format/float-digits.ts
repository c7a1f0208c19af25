// Decimal digits of binary floats, like `core::num::flt2dec`: shortest round-trip digits and exact rounding.
// Digits are returned as (D, exp) meaning 0.D × 10^exp, D without leading or trailing zeros (or '' for zero).

export interface Digits {
  digits: string; // '' for zero
  exp: number; // value = 0.digits × 10^exp
}

/** A finite non-negative float as mant × 2^exp2 (exact), plus what is needed for its rounding interval. */
interface Decoded {
  mant: bigint;
  exp2: number;
  /** The lower neighbour is closer (mantissa is the smallest normal one): the interval below is half as wide. */
  narrowBelow: boolean;
}

const buf = new DataView(new ArrayBuffer(8));

function decode(v: number, ty: 'f32' | 'f64'): Decoded {
  if (ty === 'f32') {
    buf.setFloat32(0, v);
    const bits = buf.getUint32(0);
    const e = (bits >>> 23) & 0xff;
    const f = bits & 0x7fffff;
    if (e === 0) return { mant: BigInt(f), exp2: -149, narrowBelow: false };
    return { mant: BigInt(f | 0x800000), exp2: e - 150, narrowBelow: f === 0 && e > 1 };
  }
  buf.setFloat64(0, v);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const e = (hi >>> 20) & 0x7ff;
  const f = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (e === 0) return { mant: f, exp2: -1074, narrowBelow: false };
  return { mant: f | 0x10000000000000n, exp2: e - 1075, narrowBelow: f === 0n && e > 1 };
}

/** Is the f32 mantissa of v a power of two (interval asymmetric)? */
function f32MantissaIsPow2(v: number): boolean {
  buf.setFloat32(0, v);
  const bits = buf.getUint32(0);
  return (bits & 0x7fffff) === 0;
}

/** Parse the output of toExponential/toPrecision-in-exponent-form into Digits. */
function fromExponential(s: string): Digits {
  const e = s.indexOf('e');
  const mant = s.slice(0, e).replace('.', '');
  let end = mant.length;
  while (end > 1 && mant.charCodeAt(end - 1) === 48) end -= 1;
  return { digits: mant.slice(0, end), exp: Number(s.slice(e + 1)) + 1 };
}

/** An exact non-negative rational num/den. */
interface Rational {
  num: bigint;
  den: bigint;
}

function toRational(mant: bigint, exp2: number): Rational {
  return exp2 >= 0 ? { num: mant << BigInt(exp2), den: 1n } : { num: mant, den: 1n << BigInt(-exp2) };
}

const POW10: bigint[] = [];
function pow10(n: number): bigint {
  if (n < 300) {
    while (POW10.length <= n) POW10.push(POW10.length === 0 ? 1n : POW10[POW10.length - 1] * 10n);
    return POW10[n];
  }
  return 10n ** BigInt(n);
}

/** r × 10^k as a rational. */
function scale10(r: Rational, k: number): Rational {
  return k >= 0 ? { num: r.num * pow10(k), den: r.den } : { num: r.num, den: r.den * pow10(-k) };
}

/** Integer k with 10^k ≤ r < 10^(k+1), for r > 0. */
function floorLog10(r: Rational): number {
  const approx = (r.num.toString().length - 1) - (r.den.toString().length - 1);
  let k = approx;
  // 10^k ≤ num/den  ⇔  10^k·den ≤ num (k ≥ 0), or den ≤ num·10^-k (k < 0)
  const atLeast = (k2: number): boolean => (k2 >= 0 ? pow10(k2) * r.den <= r.num : r.den <= r.num * pow10(-k2));
  while (!atLeast(k)) k -= 1;
  while (atLeast(k + 1)) k += 1;
  return k;
}

/** Round num/den to an integer, ties to even. */
function roundHalfEven(r: Rational): bigint {
  const q = r.num / r.den;
  const rem2 = (r.num % r.den) * 2n;
  if (rem2 > r.den || (rem2 === r.den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** Strip trailing zeros of an integer's digit string; returns the digits and how many were removed. */
function trimDigits(n: bigint): { digits: string; removed: number } {
  const s = n.toString();
  let end = s.length;
  while (end > 1 && s[end - 1] === '0') end -= 1;
  return { digits: s.slice(0, end), removed: s.length - end };
}

/** Exactly `count` significant digits of v (≥ 1), rounded half to even on the exact value. Zero gives ''. */
export function exactSignificant(v: number, ty: 'f32' | 'f64', count: number): Digits {
  if (v === 0) return { digits: '', exp: 0 };
  const d = decode(Math.abs(v), ty);
  return exactSignificantOf(toRational(d.mant, d.exp2), count);
}

/** `count` significant digits of an exact integer (for `{:.N e}` on integers). */
export function exactSignificantInt(n: bigint, count: number): Digits {
  if (n === 0n) return { digits: '', exp: 0 };
  return exactSignificantOf({ num: n < 0n ? -n : n, den: 1n }, count);
}

function exactSignificantOf(r: Rational, count: number): Digits {
  let k = floorLog10(r);
  let t = roundHalfEven(scale10(r, count - 1 - k));
  if (t === pow10(count)) {
    t = pow10(count - 1);
    k += 1;
  }
  const s = t.toString().padStart(count, '0');
  return { digits: s, exp: k + 1 };
}

/** v rounded half-to-even at `frac` digits after the point, as an integer string of v × 10^frac. */
export function exactFixed(v: number, ty: 'f32' | 'f64', frac: number): string {
  if (v === 0) return '0';
  const d = decode(Math.abs(v), ty);
  return roundHalfEven(scale10(toRational(d.mant, d.exp2), frac)).toString();
}

/** The shortest digits that read back as v (closest to v among the shortest), like Grisu/Dragon shortest mode. */
export function shortest(v: number, ty: 'f32' | 'f64'): Digits {
  if (v === 0) return { digits: '', exp: 0 };
  const a = Math.abs(v);
  // ECMAScript's Number::toString is specified as the shortest, closest round-trip digits.
  if (ty === 'f64') return tieUp(a, fromExponential(a.toExponential()));
  if (!f32MantissaIsPow2(a)) {
    // Symmetric rounding interval: the nearest p-digit decimal is in it iff any p-digit decimal is.
    for (let p = 1; p <= 9; p += 1) {
      const s = a.toExponential(p - 1);
      if (Math.fround(Number(s)) === a) return fromExponential(s);
    }
  }
  return shortestExact(decode(a, ty));
}

/**
 * ECMAScript breaks an exact tie between two shortest candidates toward the even one; Rust rounds it up
 * (2^-25 = 2.98023223876953125e-8 prints as 2.9802322387695313e-8). Ties need ≥ 15 digits and a value whose
 * exact decimal expansion is only one digit longer, which a cheap size test rules out almost always.
 */
function tieUp(a: number, d: Digits): Digits {
  const k = d.digits.length;
  if (k < 15 || (d.digits.charCodeAt(k - 1) & 1) === 1) return d;
  const dec = decode(a, 'f64');
  let mant = dec.mant;
  let exp2 = dec.exp2;
  while ((mant & 1n) === 0n) {
    mant >>= 1n;
    exp2 += 1;
  }
  const j = -exp2; // x = mant / 2^j with mant odd: exactly j digits after the decimal point
  if (j <= 0 || Math.log10(Number(mant)) + j * Math.log10(5) > 18.5) return d;
  // Tie iff 2x = (2D + 1) × 10^q, i.e. mant × 2 × 10^-q = (2D + 1) × 2^j (q = exp - k, scaled to integers).
  const q = d.exp - k;
  const twoD1 = 2n * BigInt(d.digits) + 1n;
  const left = q >= 0 ? 2n * mant : 2n * mant * pow10(-q);
  const right = q >= 0 ? twoD1 * pow10(q) * (1n << BigInt(j)) : twoD1 * (1n << BigInt(j));
  if (left !== right) return d;
  const { digits, removed } = trimDigits(BigInt(d.digits) + 1n);
  return { digits, exp: q + removed + digits.length };
}

/** Shortest digits by search over digit counts, checking the rounding interval exactly (ties go to even mantissas). */
function shortestExact(d: Decoded): Digits {
  const v = toRational(d.mant, d.exp2);
  // Interval boundaries in units of 2^(exp2-2): v = 4m, high = 4m+2, low = 4m-2 (or 4m-1 when narrow below).
  const unitExp = d.exp2 - 2;
  const hi = 4n * d.mant + 2n;
  const lo = 4n * d.mant - (d.narrowBelow ? 1n : 2n);
  const inclusive = (d.mant & 1n) === 0n;
  const k = floorLog10(v);
  for (let count = 1; count <= 17; count += 1) {
    const q = k + 1 - count; // candidate = t × 10^q
    const scaled = scale10(v, -q);
    const t0 = scaled.num / scaled.den;
    // Closest to v; an exact tie goes up, as Rust's Grisu/Dragon shortest mode does (f32 55.2265625 → 55.226563).
    const best = [t0 + 1n, t0]
      .filter((t) => within(t, q, lo, hi, unitExp, inclusive))
      .sort((x, y) => cmpAbsDiff(x, y, q, v))[0];
    if (best !== undefined) {
      const { digits, removed } = trimDigits(best);
      return { digits, exp: q + removed + digits.length };
    }
  }
  throw new Error('shortest: no candidate found');
}

/** Is t × 10^q inside (lo, hi) × 2^unitExp (boundaries included when `inclusive`)? */
function within(t: bigint, q: number, lo: bigint, hi: bigint, unitExp: number, inclusive: boolean): boolean {
  // Compare t·10^q with b·2^unitExp by bringing both to integers.
  let c = t;
  let l = lo;
  let h = hi;
  if (q >= 0) c *= pow10(q);
  else {
    l *= pow10(-q);
    h *= pow10(-q);
  }
  if (unitExp >= 0) {
    l <<= BigInt(unitExp);
    h <<= BigInt(unitExp);
  } else c <<= BigInt(-unitExp);
  return inclusive ? l <= c && c <= h : l < c && c < h;
}

/** Order candidates x, y (× 10^q) by distance to v. */
function cmpAbsDiff(x: bigint, y: bigint, q: number, v: Rational): number {
  const dist = (t: bigint): Rational => {
    const c = scale10({ num: t, den: 1n }, q);
    const num = c.num * v.den - v.num * c.den;
    return { num: num < 0n ? -num : num, den: c.den * v.den };
  };
  const a = dist(x);
  const b = dist(y);
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}
