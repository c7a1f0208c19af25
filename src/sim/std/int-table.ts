// Integer methods as a table (one entry per method, every integer type): bit counting and rotation,
// checked / wrapping / saturating / overflowing variants of pow / neg / abs / shifts / div, Euclidean
// division, ilog / isqrt, powers of two, byte conversions. Exact BigInt arithmetic, then Rust's type range.
import { type Value, type IntV, type IntTy, bool, some, none, int } from '../memory/value.ts';
import { derefAll } from '../semantics/place.ts';
import { RANGES, wrap, inRange, norm } from '../memory/int.ts';
import { overflow, divideByZero } from '../format/panic-message.ts';
import { methods, lookup, type MethodCall } from './method-table.ts';

type C = MethodCall<IntV>;
const big = (v: IntV) => BigInt(v.v);
const argBig = (c: C, i = 0) => { const a = derefAll(c.ip, c.args[i]); return a.k === 'int' ? BigInt(a.v) : 0n; };
const bits = (ty: IntTy) => RANGES[ty].bits;
const signed = (ty: IntTy) => RANGES[ty].signed;
const unsignedOf = (ty: IntTy): IntTy => (signed(ty) ? (('u' + ty.slice(1)) as IntTy) : ty);
const mk = (ty: IntTy, x: bigint): Value => int(ty, norm(x));
const raw = (c: C) => BigInt.asUintN(bits(c.v.ty), big(c.v));
const fromRaw = (ty: IntTy, u: bigint) => (signed(ty) ? BigInt.asIntN(bits(ty), u) : BigInt.asUintN(bits(ty), u));
const u32 = (n: number): Value => int('u32', n);

function popcount(x: bigint): number { let c = 0; while (x) { c += Number(x & 1n); x >>= 1n; } return c; }

/** An exact result, checked against the type: Some/None, wrapped, saturated, or (wrapped, overflowed). */
const checked = (ty: IntTy, r: bigint | null) => (r === null || !inRange(ty, r) ? none() : some(mk(ty, r)));
const wrapping = (ty: IntTy, r: bigint) => int(ty, wrap(ty, norm(r)));
const saturating = (ty: IntTy, r: bigint) => mk(ty, r > RANGES[ty].max ? RANGES[ty].max : r < RANGES[ty].min ? RANGES[ty].min : r);
const overflowing = (ty: IntTy, r: bigint): Value => ({ k: 'tuple', f: [wrapping(ty, r), bool(!inRange(ty, r))] });

function ipow(b: bigint, e: bigint): bigint { let r = 1n; for (let i = 0n; i < e; i++) { r *= b; if (r > 1n << 260n || r < -(1n << 260n)) return r; } return r; }
const divEuclid = (a: bigint, b: bigint) => { const q = a / b; return a % b < 0n ? (b > 0n ? q - 1n : q + 1n) : q; };
const remEuclid = (a: bigint, b: bigint) => { const r = a % b; return r < 0n ? (b < 0n ? r - b : r + b) : r; };
function isqrt(n: bigint): bigint { if (n < 2n) return n; let x = BigInt(Math.floor(Math.sqrt(Number(n)))); while (x * x > n) x--; while ((x + 1n) * (x + 1n) <= n) x++; return x; }
function ilog(n: bigint, b: bigint): number { let k = 0; while (n >= b) { n /= b; k++; } return k; }

function panicking(c: C, r: bigint, what: Parameters<typeof overflow>[0]): Value {
  if (!inRange(c.v.ty, r)) return c.ip.panic(overflow(what), c.span.start);
  return mk(c.v.ty, r);
}
function shiftAmount(c: C): bigint { return argBig(c); }
const asciiTest = (c: C, re: RegExp) => { const b = big(c.v); return bool(b >= 0n && b < 128n && re.test(String.fromCharCode(Number(b)))); };

function bytesOut(c: C, order: 'le' | 'be'): Value {
  let u = raw(c);
  const out: number[] = [];
  for (let i = 0; i < bits(c.v.ty) / 8; i++) { out.push(Number(u & 0xffn)); u >>= 8n; }
  if (order === 'be') out.reverse();
  return { k: 'array', f: out.map((b) => int('u8', b)) };
}

const INT: Readonly<Record<string, (c: C) => Value | null>> = methods<IntV>('int', {
  count_zeros: (c) => u32(bits(c.v.ty) - popcount(raw(c))),
  leading_ones: (c) => { let n = 0; for (let i = bits(c.v.ty) - 1; i >= 0 && (raw(c) >> BigInt(i)) & 1n; i--) n++; return u32(n); },
  trailing_ones: (c) => { let n = 0; for (let x = raw(c); x & 1n; x >>= 1n) n++; return u32(n); },
  rotate_left: (c) => { const b = BigInt(bits(c.v.ty)); const k = argBig(c) % b; const u = raw(c); return mk(c.v.ty, fromRaw(c.v.ty, (u << k) | (u >> (b - k)))); },
  rotate_right: (c) => { const b = BigInt(bits(c.v.ty)); const k = argBig(c) % b; const u = raw(c); return mk(c.v.ty, fromRaw(c.v.ty, (u >> k) | (u << (b - k)))); },
  swap_bytes: (c) => { let u = raw(c), r = 0n; for (let i = 0; i < bits(c.v.ty) / 8; i++) { r = (r << 8n) | (u & 0xffn); u >>= 8n; } return mk(c.v.ty, fromRaw(c.v.ty, r)); },
  reverse_bits: (c) => { let u = raw(c), r = 0n; for (let i = 0; i < bits(c.v.ty); i++) { r = (r << 1n) | (u & 1n); u >>= 1n; } return mk(c.v.ty, fromRaw(c.v.ty, r)); },
  checked_pow: (c) => checked(c.v.ty, ipow(big(c.v), argBig(c))),
  wrapping_pow: (c) => wrapping(c.v.ty, ipow(big(c.v), argBig(c))),
  saturating_pow: (c) => saturating(c.v.ty, ipow(big(c.v), argBig(c))),
  overflowing_pow: (c) => overflowing(c.v.ty, ipow(big(c.v), argBig(c))),
  checked_neg: (c) => checked(c.v.ty, -big(c.v)),
  overflowing_neg: (c) => overflowing(c.v.ty, -big(c.v)),
  saturating_neg: (c) => saturating(c.v.ty, -big(c.v)),
  checked_abs: (c) => checked(c.v.ty, big(c.v) < 0n ? -big(c.v) : big(c.v)),
  wrapping_abs: (c) => wrapping(c.v.ty, big(c.v) < 0n ? -big(c.v) : big(c.v)),
  saturating_abs: (c) => saturating(c.v.ty, big(c.v) < 0n ? -big(c.v) : big(c.v)),
  overflowing_abs: (c) => overflowing(c.v.ty, big(c.v) < 0n ? -big(c.v) : big(c.v)),
  unsigned_abs: (c) => mk(unsignedOf(c.v.ty), big(c.v) < 0n ? -big(c.v) : big(c.v)),
  checked_shl: (c) => (shiftAmount(c) < BigInt(bits(c.v.ty)) ? some(mk(c.v.ty, fromRaw(c.v.ty, raw(c) << shiftAmount(c)))) : none()),
  checked_shr: (c) => (shiftAmount(c) < BigInt(bits(c.v.ty)) ? some(mk(c.v.ty, big(c.v) >> shiftAmount(c))) : none()),
  wrapping_shl: (c) => mk(c.v.ty, fromRaw(c.v.ty, raw(c) << (shiftAmount(c) % BigInt(bits(c.v.ty))))),
  wrapping_shr: (c) => mk(c.v.ty, big(c.v) >> (shiftAmount(c) % BigInt(bits(c.v.ty)))),
  wrapping_div: (c) => { const b = argBig(c); if (b === 0n) return c.ip.panic(divideByZero(), c.span.start); return wrapping(c.v.ty, big(c.v) / b); },
  wrapping_rem: (c) => { const b = argBig(c); if (b === 0n) return c.ip.panic('attempt to calculate the remainder with a divisor of zero', c.span.start); return wrapping(c.v.ty, big(c.v) % b); },
  saturating_div: (c) => { const b = argBig(c); if (b === 0n) return c.ip.panic(divideByZero(), c.span.start); return saturating(c.v.ty, big(c.v) / b); },
  overflowing_div: (c) => { const b = argBig(c); if (b === 0n) return c.ip.panic(divideByZero(), c.span.start); return overflowing(c.v.ty, big(c.v) / b); },
  div_euclid: (c) => { const b = argBig(c); if (b === 0n) return c.ip.panic(divideByZero(), c.span.start); return panicking(c, divEuclid(big(c.v), b), 'divide'); },
  checked_div_euclid: (c) => { const b = argBig(c); return b === 0n ? none() : checked(c.v.ty, divEuclid(big(c.v), b)); },
  checked_rem_euclid: (c) => { const b = argBig(c); return b === 0n ? none() : checked(c.v.ty, remEuclid(big(c.v), b)); },
  wrapping_rem_euclid: (c) => wrapping(c.v.ty, remEuclid(big(c.v), argBig(c))),
  div_ceil: (c) => { const a = big(c.v), b = argBig(c); if (b === 0n) return c.ip.panic(divideByZero(), c.span.start); const q = a / b; return mk(c.v.ty, (a % b !== 0n && (a % b > 0n) === (b > 0n)) ? q + 1n : q); },
  next_multiple_of: (c) => { const a = big(c.v), b = argBig(c); const r = remEuclid(a, b); return panicking(c, r === 0n ? a : a + (b - r), 'add'); },
  checked_next_multiple_of: (c) => { const a = big(c.v), b = argBig(c); if (b === 0n) return none(); const r = remEuclid(a, b); return checked(c.v.ty, r === 0n ? a : a + (b - r)); },
  is_multiple_of: (c) => { const b = argBig(c); return bool(b === 0n ? big(c.v) === 0n : big(c.v) % b === 0n); },
  isqrt: (c) => (big(c.v) < 0n ? c.ip.panic('argument of integer square root cannot be negative', c.span.start) : mk(c.v.ty, isqrt(big(c.v)))),
  checked_isqrt: (c) => (big(c.v) < 0n ? none() : some(mk(c.v.ty, isqrt(big(c.v))))),
  ilog2: (c) => (big(c.v) <= 0n ? c.ip.panic('argument of integer logarithm must be positive', c.span.start) : u32(ilog(big(c.v), 2n))),
  ilog10: (c) => (big(c.v) <= 0n ? c.ip.panic('argument of integer logarithm must be positive', c.span.start) : u32(ilog(big(c.v), 10n))),
  ilog: (c) => (big(c.v) <= 0n ? c.ip.panic('argument of integer logarithm must be positive', c.span.start) : u32(ilog(big(c.v), argBig(c)))),
  checked_ilog2: (c) => (big(c.v) <= 0n ? none() : some(u32(ilog(big(c.v), 2n)))),
  checked_ilog10: (c) => (big(c.v) <= 0n ? none() : some(u32(ilog(big(c.v), 10n)))),
  next_power_of_two: (c) => { let p = 1n; while (p < big(c.v)) p <<= 1n; return panicking(c, p, 'add'); },
  checked_next_power_of_two: (c) => { let p = 1n; while (p < big(c.v)) p <<= 1n; return checked(c.v.ty, p); },
  midpoint: (c) => { const s = big(c.v) + argBig(c); return mk(c.v.ty, signed(c.v.ty) ? s / 2n : s >> 1n); },
  to_le_bytes: (c) => bytesOut(c, 'le'),
  to_be_bytes: (c) => bytesOut(c, 'be'),
  to_ne_bytes: (c) => bytesOut(c, 'le'),
  cast_signed: (c) => mk(('i' + c.v.ty.slice(1)) as IntTy, BigInt.asIntN(bits(c.v.ty), big(c.v))),
  cast_unsigned: (c) => mk(unsignedOf(c.v.ty), raw(c)),
  is_positive: (c) => bool(big(c.v) > 0n),
  is_negative: (c) => bool(big(c.v) < 0n),
  checked_add_signed: (c) => checked(c.v.ty, big(c.v) + argBig(c)),
  wrapping_add_signed: (c) => wrapping(c.v.ty, big(c.v) + argBig(c)),
  saturating_add_signed: (c) => saturating(c.v.ty, big(c.v) + argBig(c)),
  checked_sub_unsigned: (c) => checked(c.v.ty, big(c.v) - argBig(c)),
  checked_add_unsigned: (c) => checked(c.v.ty, big(c.v) + argBig(c)),
  checked_sub_signed: (c) => checked(c.v.ty, big(c.v) - argBig(c)),
  checked_ilog: (c) => (big(c.v) <= 0n || argBig(c) < 2n ? none() : some(u32(ilog(big(c.v), argBig(c))))),
  wrapping_add_unsigned: (c) => wrapping(c.v.ty, big(c.v) + argBig(c)),
  wrapping_sub_unsigned: (c) => wrapping(c.v.ty, big(c.v) - argBig(c)),
  wrapping_sub_signed: (c) => wrapping(c.v.ty, big(c.v) - argBig(c)),
  wrapping_div_euclid: (c) => wrapping(c.v.ty, divEuclid(big(c.v), argBig(c))),
  saturating_add_unsigned: (c) => saturating(c.v.ty, big(c.v) + argBig(c)),
  saturating_sub_unsigned: (c) => saturating(c.v.ty, big(c.v) - argBig(c)),
  saturating_sub_signed: (c) => saturating(c.v.ty, big(c.v) - argBig(c)),
  saturating_mul: (c) => saturating(c.v.ty, big(c.v) * argBig(c)),
  overflowing_add_signed: (c) => overflowing(c.v.ty, big(c.v) + argBig(c)),
  overflowing_add_unsigned: (c) => overflowing(c.v.ty, big(c.v) + argBig(c)),
  overflowing_sub_signed: (c) => overflowing(c.v.ty, big(c.v) - argBig(c)),
  overflowing_sub_unsigned: (c) => overflowing(c.v.ty, big(c.v) - argBig(c)),
  overflowing_rem: (c) => overflowing(c.v.ty, big(c.v) % argBig(c)),
  overflowing_div_euclid: (c) => overflowing(c.v.ty, divEuclid(big(c.v), argBig(c))),
  overflowing_rem_euclid: (c) => overflowing(c.v.ty, remEuclid(big(c.v), argBig(c))),
  overflowing_shl: (c) => { const b = BigInt(bits(c.v.ty)); const k = argBig(c); return { k: 'tuple', f: [mk(c.v.ty, fromRaw(c.v.ty, raw(c) << (k % b))), bool(k >= b)] }; },
  overflowing_shr: (c) => { const b = BigInt(bits(c.v.ty)); const k = argBig(c); return { k: 'tuple', f: [mk(c.v.ty, big(c.v) >> (k % b)), bool(k >= b)] }; },
  unbounded_shl: (c) => (argBig(c) >= BigInt(bits(c.v.ty)) ? mk(c.v.ty, 0n) : mk(c.v.ty, fromRaw(c.v.ty, raw(c) << argBig(c)))),
  unbounded_shr: (c) => (argBig(c) >= BigInt(bits(c.v.ty)) ? mk(c.v.ty, big(c.v) < 0n ? -1n : 0n) : mk(c.v.ty, big(c.v) >> argBig(c))),
  strict_add: (c) => panicking(c, big(c.v) + argBig(c), 'add'),
  strict_sub: (c) => panicking(c, big(c.v) - argBig(c), 'subtract'),
  strict_mul: (c) => panicking(c, big(c.v) * argBig(c), 'multiply'),
  strict_neg: (c) => panicking(c, -big(c.v), 'negate'),
  strict_pow: (c) => panicking(c, ipow(big(c.v), argBig(c)), 'multiply'),
  to_be: (c) => INT.swap_bytes(c)!,
  to_le: (c) => c.v,
  is_ascii: (c) => bool(big(c.v) >= 0n && big(c.v) < 128n),
  is_ascii_alphabetic: (c) => asciiTest(c, /^[A-Za-z]$/),
  is_ascii_alphanumeric: (c) => asciiTest(c, /^[A-Za-z0-9]$/),
  is_ascii_digit: (c) => asciiTest(c, /^[0-9]$/),
  is_ascii_hexdigit: (c) => asciiTest(c, /^[0-9A-Fa-f]$/),
  is_ascii_lowercase: (c) => asciiTest(c, /^[a-z]$/),
  is_ascii_uppercase: (c) => asciiTest(c, /^[A-Z]$/),
  is_ascii_punctuation: (c) => asciiTest(c, /^[!-\/:-@\[-`{-~]$/),
  is_ascii_whitespace: (c) => asciiTest(c, /^[ \t\n\x0C\r]$/),
  is_ascii_graphic: (c) => asciiTest(c, /^[!-~]$/),
  is_ascii_control: (c) => asciiTest(c, /^[\x00-\x1F\x7F]$/),
  to_ascii_uppercase: (c) => { const b = Number(big(c.v)); return mk(c.v.ty, BigInt(b >= 97 && b <= 122 ? b - 32 : b)); },
  to_ascii_lowercase: (c) => { const b = Number(big(c.v)); return mk(c.v.ty, BigInt(b >= 65 && b <= 90 ? b + 32 : b)); },
  eq_ignore_ascii_case: (c) => { const low = (b: number) => (b >= 65 && b <= 90 ? b + 32 : b); return bool(low(Number(big(c.v))) === low(Number(argBig(c)))); },
});

/** `u32::from_le_bytes([..])` and friends for every integer type. */
export function intFromBytes(ty: IntTy, bytes: number[], order: 'le' | 'be'): Value {
  const bs = order === 'be' ? bytes : [...bytes].reverse();
  let u = 0n;
  for (const b of bs) u = (u << 8n) | BigInt(b);
  return mk(ty, fromRaw(ty, u));
}

export function intTableMethod(c: C, name: string): Value | null {
  return lookup(INT, name)?.(c) ?? null;
}
export function hasIntMethod(name: string): boolean {
  return lookup(INT, name) !== undefined;
}
