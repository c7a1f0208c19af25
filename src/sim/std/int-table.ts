// Integer methods as a table (one entry per method, every integer type): bit counting and rotation,
// checked / wrapping / saturating / overflowing variants of pow / neg / abs / shifts / div, Euclidean
// division, ilog / isqrt, powers of two, byte conversions. Exact BigInt arithmetic, then Rust's type range.
import { type Value, type IntV, type IntTy, bool, some, none, int, UNIT } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { derefAll } from '../semantics/place.ts';
import { RANGES, wrap, inRange, norm } from '../memory/int.ts';
import { overflow, divideByZero, remainderByZero } from '../format/panic-message.ts';
import { methods, lookup, type MethodCall } from './method-table.ts';
import { coreIntPanic, divisionByZero } from './int-panics.ts';
import { iterOf } from './iter.ts';

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
/** `MIN / -1` and `MIN % -1`: the one signed division whose exact quotient does not fit. */
const minByMinusOne = (c: C, b: bigint) => signed(c.v.ty) && big(c.v) === RANGES[c.v.ty].min && b === -1n;
/** The divisor of a division-like method, after its zero check (core's location for signed types unless `atCaller`). */
function divisor(c: C, rem: boolean, atCaller = false): bigint {
  const b = argBig(c);
  if (b !== 0n) return b;
  const msg = rem ? remainderByZero() : divideByZero();
  return atCaller ? c.ip.panic(msg, c.span.start) : divisionByZero(c.ip, c.v.ty, msg, c.span);
}
/** An exact result that must fit, else core's overflow panic (pow / abs / next_power_of_two are not #[track_caller]). */
function inCore(c: C, r: bigint, what: Parameters<typeof overflow>[0]): Value {
  if (!inRange(c.v.ty, r)) return coreIntPanic(c.ip, c.v.ty, overflow(what), c.span);
  return int(c.v.ty, norm(r), c.v.lit);
}
/** `u8::escape_ascii`: std's `\t \r \n \\ \' \"`, printable ASCII as itself, else `\xNN`. */
function escapeAscii(b: number): string {
  switch (b) {
    case 0x09: return '\\t';
    case 0x0d: return '\\r';
    case 0x0a: return '\\n';
    case 0x5c: return '\\\\';
    case 0x27: return "\\'";
    case 0x22: return '\\"';
  }
  return b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '\\x' + b.toString(16).padStart(2, '0');
}
/** `make_ascii_*case` on a byte: the receiver's place gets the converted value. */
function setSelf(c: C, x: bigint): Value { c.p.c[c.p.i] = int(c.v.ty, norm(x)); return UNIT; }
const upper = (b: bigint) => (b >= 97n && b <= 122n ? b - 32n : b);
const lower = (b: bigint) => (b >= 65n && b <= 90n ? b + 32n : b);
const asciiTest = (c: C, re: RegExp) => { const b = big(c.v); return bool(b >= 0n && b < 128n && re.test(String.fromCharCode(Number(b)))); };

const boolArg = (c: C, i: number) => { const a = derefAll(c.ip, c.args[i]); return a.k === 'bool' && a.v; };
/** The double-width product as (low, high) words of the receiver's type. */
function wideWords(c: C, full: bigint): Value {
  const w = BigInt(bits(c.v.ty));
  const u = BigInt.asUintN(2 * Number(w), full);
  return { k: 'tuple', f: [mk(c.v.ty, fromRaw(c.v.ty, BigInt.asUintN(Number(w), u))), mk(c.v.ty, fromRaw(c.v.ty, u >> w))] };
}

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
  wrapping_div: (c) => { const b = divisor(c, false); return wrapping(c.v.ty, big(c.v) / b); },
  wrapping_rem: (c) => { const b = divisor(c, true); return wrapping(c.v.ty, big(c.v) % b); },
  saturating_div: (c) => { const b = divisor(c, false); return saturating(c.v.ty, big(c.v) / b); },
  overflowing_div: (c) => { const b = divisor(c, false); return overflowing(c.v.ty, big(c.v) / b); },
  div_euclid: (c) => { const b = divisor(c, false, true); return panicking(c, divEuclid(big(c.v), b), 'divide'); },
  rem_euclid: (c) => { const b = divisor(c, true, true); if (minByMinusOne(c, b)) return c.ip.panic(overflow('calculate the remainder'), c.span.start); return int(c.v.ty, norm(remEuclid(big(c.v), b)), c.v.lit); },
  strict_div: (c) => { const b = divisor(c, false); return panicking(c, big(c.v) / b, 'divide'); },
  strict_rem: (c) => { const b = divisor(c, true); if (minByMinusOne(c, b)) return c.ip.panic(overflow('calculate the remainder'), c.span.start); return mk(c.v.ty, big(c.v) % b); },
  strict_div_euclid: (c) => { const b = divisor(c, false); return panicking(c, divEuclid(big(c.v), b), 'divide'); },
  strict_rem_euclid: (c) => { const b = divisor(c, true, true); if (minByMinusOne(c, b)) return c.ip.panic(overflow('calculate the remainder'), c.span.start); return mk(c.v.ty, remEuclid(big(c.v), b)); },
  pow: (c) => inCore(c, ipow(big(c.v), argBig(c)), 'multiply'),
  abs: (c) => inCore(c, big(c.v) < 0n ? -big(c.v) : big(c.v), 'negate'),
  checked_div_euclid: (c) => { const b = argBig(c); return b === 0n ? none() : checked(c.v.ty, divEuclid(big(c.v), b)); },
  checked_rem_euclid: (c) => { const b = argBig(c); return b === 0n ? none() : checked(c.v.ty, remEuclid(big(c.v), b)); },
  wrapping_rem_euclid: (c) => wrapping(c.v.ty, remEuclid(big(c.v), divisor(c, true))),
  div_ceil: (c) => { const a = big(c.v), b = argBig(c); if (b === 0n) return c.ip.panic(divideByZero(), c.span.start); const q = a / b; return mk(c.v.ty, (a % b !== 0n && (a % b > 0n) === (b > 0n)) ? q + 1n : q); },
  next_multiple_of: (c) => {
    const a = big(c.v), b = argBig(c);
    if (b === 0n) return coreIntPanic(c.ip, c.v.ty, remainderByZero(), c.span);
    const r = remEuclid(a, b);
    return inCore(c, r === 0n ? a : a + (b - r), 'add');
  },
  checked_next_multiple_of: (c) => { const a = big(c.v), b = argBig(c); if (b === 0n) return none(); const r = remEuclid(a, b); return checked(c.v.ty, r === 0n ? a : a + (b - r)); },
  is_multiple_of: (c) => { const b = argBig(c); return bool(b === 0n ? big(c.v) === 0n : big(c.v) % b === 0n); },
  isqrt: (c) => (big(c.v) < 0n ? c.ip.panic('argument of integer square root cannot be negative', c.span.start) : mk(c.v.ty, isqrt(big(c.v)))),
  checked_isqrt: (c) => (big(c.v) < 0n ? none() : some(mk(c.v.ty, isqrt(big(c.v))))),
  ilog2: (c) => (big(c.v) <= 0n ? c.ip.panic('argument of integer logarithm must be positive', c.span.start) : u32(ilog(big(c.v), 2n))),
  ilog10: (c) => (big(c.v) <= 0n ? c.ip.panic('argument of integer logarithm must be positive', c.span.start) : u32(ilog(big(c.v), 10n))),
  ilog: (c) => (argBig(c) < 2n ? c.ip.panic('base of integer logarithm must be at least 2', c.span.start) : big(c.v) <= 0n ? c.ip.panic('argument of integer logarithm must be positive', c.span.start) : u32(ilog(big(c.v), argBig(c)))),
  checked_ilog2: (c) => (big(c.v) <= 0n ? none() : some(u32(ilog(big(c.v), 2n)))),
  checked_ilog10: (c) => (big(c.v) <= 0n ? none() : some(u32(ilog(big(c.v), 10n)))),
  next_power_of_two: (c) => { let p = 1n; while (p < big(c.v)) p <<= 1n; return inCore(c, p, 'add'); },
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
  wrapping_div_euclid: (c) => wrapping(c.v.ty, divEuclid(big(c.v), divisor(c, false))),
  saturating_add_unsigned: (c) => saturating(c.v.ty, big(c.v) + argBig(c)),
  saturating_sub_unsigned: (c) => saturating(c.v.ty, big(c.v) - argBig(c)),
  saturating_sub_signed: (c) => saturating(c.v.ty, big(c.v) - argBig(c)),
  saturating_mul: (c) => saturating(c.v.ty, big(c.v) * argBig(c)),
  overflowing_add_signed: (c) => overflowing(c.v.ty, big(c.v) + argBig(c)),
  overflowing_add_unsigned: (c) => overflowing(c.v.ty, big(c.v) + argBig(c)),
  overflowing_sub_signed: (c) => overflowing(c.v.ty, big(c.v) - argBig(c)),
  overflowing_sub_unsigned: (c) => overflowing(c.v.ty, big(c.v) - argBig(c)),
  overflowing_rem: (c) => { const b = divisor(c, true); return { k: 'tuple', f: [wrapping(c.v.ty, big(c.v) % b), bool(minByMinusOne(c, b))] }; },
  overflowing_div_euclid: (c) => overflowing(c.v.ty, divEuclid(big(c.v), divisor(c, false))),
  overflowing_rem_euclid: (c) => { const b = divisor(c, true, true); return { k: 'tuple', f: [wrapping(c.v.ty, remEuclid(big(c.v), b)), bool(minByMinusOne(c, b))] }; },
  overflowing_shl: (c) => { const b = BigInt(bits(c.v.ty)); const k = argBig(c); return { k: 'tuple', f: [mk(c.v.ty, fromRaw(c.v.ty, raw(c) << (k % b))), bool(k >= b)] }; },
  overflowing_shr: (c) => { const b = BigInt(bits(c.v.ty)); const k = argBig(c); return { k: 'tuple', f: [mk(c.v.ty, big(c.v) >> (k % b)), bool(k >= b)] }; },
  unbounded_shl: (c) => (argBig(c) >= BigInt(bits(c.v.ty)) ? mk(c.v.ty, 0n) : mk(c.v.ty, fromRaw(c.v.ty, raw(c) << argBig(c)))),
  unbounded_shr: (c) => (argBig(c) >= BigInt(bits(c.v.ty)) ? mk(c.v.ty, big(c.v) < 0n ? -1n : 0n) : mk(c.v.ty, big(c.v) >> argBig(c))),
  strict_add: (c) => panicking(c, big(c.v) + argBig(c), 'add'),
  strict_sub: (c) => panicking(c, big(c.v) - argBig(c), 'subtract'),
  strict_mul: (c) => panicking(c, big(c.v) * argBig(c), 'multiply'),
  strict_neg: (c) => panicking(c, -big(c.v), 'negate'),
  strict_pow: (c) => panicking(c, ipow(big(c.v), argBig(c)), 'multiply'),
  strict_abs: (c) => panicking(c, big(c.v) < 0n ? -big(c.v) : big(c.v), 'negate'),
  strict_add_signed: (c) => panicking(c, big(c.v) + argBig(c), 'add'),
  strict_add_unsigned: (c) => panicking(c, big(c.v) + argBig(c), 'add'),
  strict_sub_signed: (c) => panicking(c, big(c.v) - argBig(c), 'subtract'),
  strict_sub_unsigned: (c) => panicking(c, big(c.v) - argBig(c), 'subtract'),
  strict_shl: (c) => (shiftAmount(c) >= BigInt(bits(c.v.ty)) ? c.ip.panic(overflow('shift left'), c.span.start) : mk(c.v.ty, fromRaw(c.v.ty, raw(c) << shiftAmount(c)))),
  strict_shr: (c) => (shiftAmount(c) >= BigInt(bits(c.v.ty)) ? c.ip.panic(overflow('shift right'), c.span.start) : mk(c.v.ty, big(c.v) >> shiftAmount(c))),
  wrapping_neg: (c) => wrapping(c.v.ty, -big(c.v)),
  checked_signed_diff: (c) => checked(('i' + c.v.ty.slice(1)) as IntTy, big(c.v) - argBig(c)),
  // Multi-word arithmetic: (sum, carry out), (difference, borrow out), (low word, high word).
  carrying_add: (c) => overflowing(c.v.ty, big(c.v) + argBig(c) + (boolArg(c, 1) ? 1n : 0n)),
  borrowing_sub: (c) => overflowing(c.v.ty, big(c.v) - argBig(c) - (boolArg(c, 1) ? 1n : 0n)),
  carrying_mul: (c) => wideWords(c, big(c.v) * argBig(c) + argBig(c, 1)),
  carrying_mul_add: (c) => wideWords(c, big(c.v) * argBig(c) + argBig(c, 1) + argBig(c, 2)),
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
  make_ascii_uppercase: (c) => setSelf(c, upper(big(c.v))),
  make_ascii_lowercase: (c) => setSelf(c, lower(big(c.v))),
  escape_ascii: (c) => { const text = escapeAscii(Number(raw(c))); const bs = [...text].map((ch) => int('u8', ch.charCodeAt(0))); let i = 0; return { ...iterOf('EscapeDefault', () => (i < bs.length ? bs[i++] : null)), shown: { display: text, debug: 'EscapeDefault { .. }' } }; },
  eq_ignore_ascii_case: (c) => { const low = (b: number) => (b >= 65 && b <= 90 ? b + 32 : b); return bool(low(Number(big(c.v))) === low(Number(argBig(c)))); },
});

/** `u32::from_le_bytes([..])` and friends for every integer type. */
export function intFromBytes(ty: IntTy, bytes: number[], order: 'le' | 'be'): Value {
  const bs = order === 'be' ? bytes : [...bytes].reverse();
  let u = 0n;
  for (const b of bs) u = (u << 8n) | BigInt(b);
  return mk(ty, fromRaw(ty, u));
}

const INT_TYS: IntTy[] = ['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize'];
/** The bytes of `x` in reverse order, as a value of `ty`. */
function swapped(ty: IntTy, x: bigint): Value {
  let u = BigInt.asUintN(bits(ty), x), r = 0n;
  for (let i = 0; i < bits(ty) / 8; i++) { r = (r << 8n) | (u & 0xffn); u >>= 8n; }
  return mk(ty, fromRaw(ty, r));
}
const intArg0 = (ip: Interp, args: Value[]) => { const a = derefAll(ip, args[0]); return a.k === 'int' ? BigInt(a.v) : 0n; };

/** Associated functions of every integer type (merged into calls.ts's table): `u32::from_be(x)`, `from_le`. */
export const INT_FNS: Record<string, (ip: Interp, args: Value[]) => Value> = Object.fromEntries(INT_TYS.flatMap((t) => [
  [`${t}::from_le`, (ip: Interp, args: Value[]) => mk(t, fromRaw(t, BigInt.asUintN(bits(t), intArg0(ip, args))))],
  [`${t}::from_be`, (ip: Interp, args: Value[]) => swapped(t, intArg0(ip, args))],
]));

export function intTableMethod(c: C, name: string): Value | null {
  return lookup(INT, name)?.(c) ?? null;
}
export function hasIntMethod(name: string): boolean {
  return lookup(INT, name) !== undefined;
}
