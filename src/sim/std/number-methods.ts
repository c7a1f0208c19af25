// Methods of integers, floats and chars: wrapping/checked/saturating/overflowing arithmetic, pow/abs,
// float math, and char classification/conversion.
import { overflow } from '../format/panic-message.ts';
import type { Span } from '../syntax/span.ts';
import { type Value, type IntV, type IntTy, usize, int, bool, some, none, str } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { derefAll } from '../semantics/place.ts';
import { valueCmp } from '../semantics/ops.ts';
import { utf8Len } from '../semantics/buffers.ts';
import { exact, inRange, wrap, RANGES, norm, toNumber, pow as ipow, cmp as icmp } from '../memory/int.ts';
import { n } from './method-helpers.ts';

export function intMethod(ip: Interp, v: Value & { k: 'int' }, name: string, args: Value[], span: Span): Value | null {
  const ty = v.ty;
  switch (name) {
    case 'wrapping_add': return wrapOp(ty, v, intArg(ip, args), '+');
    case 'wrapping_sub': return wrapOp(ty, v, intArg(ip, args), '-');
    case 'wrapping_mul': return wrapOp(ty, v, intArg(ip, args), '*');
    case 'wrapping_neg': return int(ty, wrap(ty, exact('-', 0, v.v)!));
    case 'checked_add': return checked(ty, v, intArg(ip, args), '+');
    case 'checked_sub': return checked(ty, v, intArg(ip, args), '-');
    case 'checked_mul': return checked(ty, v, intArg(ip, args), '*');
    case 'checked_div': return checked(ty, v, intArg(ip, args), '/');
    case 'checked_rem': return checked(ty, v, intArg(ip, args), '%');
    case 'saturating_add': return sat(ty, v, intArg(ip, args), '+');
    case 'saturating_sub': return sat(ty, v, intArg(ip, args), '-');
    case 'saturating_mul': return sat(ty, v, intArg(ip, args), '*');
    case 'overflowing_add': return over(ty, v, intArg(ip, args), '+');
    case 'overflowing_sub': return over(ty, v, intArg(ip, args), '-');
    case 'overflowing_mul': return over(ty, v, intArg(ip, args), '*');
    case 'abs': {
      if (icmp(v.v, 0) >= 0) return v;
      const r = exact('-', 0, v.v)!;
      if (!inRange(ty, r)) return ip.panic(overflow('negate'), span.start);
      return int(ty, r, v.lit);
    }
    case 'pow': {
      const r = ipow(v.v, toNumber(intArg(ip, args)));
      if (!inRange(ty, r)) return ip.panic(overflow('multiply'), span.start);
      return int(ty, r, v.lit);
    }
    // Ord::min keeps self on a tie, Ord::max takes other on a tie (std's `min_by` / `max_by`).
    case 'min': { const o = derefAll(ip, args[0]); return valueCmp(ip, v, o) <= 0 ? v : o; }
    case 'max': { const o = derefAll(ip, args[0]); return valueCmp(ip, v, o) > 0 ? v : o; }
    case 'clamp': { const lo = derefAll(ip, args[0]), hi = derefAll(ip, args[1]); return valueCmp(ip, v, lo) < 0 ? lo : valueCmp(ip, v, hi) > 0 ? hi : v; }
    case 'signum': return int(ty, icmp(v.v, 0), v.lit);
    case 'is_positive': return bool(icmp(v.v, 0) > 0);
    case 'is_negative': return bool(icmp(v.v, 0) < 0);
    case 'rem_euclid': { const m = intArg(ip, args); const r = exact('%', v.v, m)!; return int(ty, icmp(r, 0) < 0 ? exact('+', r, icmp(m, 0) < 0 ? exact('-', 0, m)! : m)! : r, v.lit); }
    case 'abs_diff': { const r = exact('-', v.v, intArg(ip, args))!; return int(ty.startsWith('i') ? ('u' + ty.slice(1)) as 'u32' : ty, icmp(r, 0) < 0 ? exact('-', 0, r)! : r); }
    case 'count_ones': { let x = BigInt.asUintN(RANGES[ty].bits, BigInt(v.v)), c = 0; while (x) { c += Number(x & 1n); x >>= 1n; } return int('u32', c); }
    case 'leading_zeros': { const x = BigInt.asUintN(RANGES[ty].bits, BigInt(v.v)); return int('u32', RANGES[ty].bits - x.toString(2).replace(/^0+$/, '').length); }
    case 'trailing_zeros': { let x = BigInt.asUintN(RANGES[ty].bits, BigInt(v.v)); if (!x) return int('u32', RANGES[ty].bits); let c = 0; while (!(x & 1n)) { c++; x >>= 1n; } return int('u32', c); }
    case 'is_power_of_two': { const x = BigInt(v.v); return bool(x > 0n && (x & (x - 1n)) === 0n); }
    case 'to_le_bytes': case 'to_be_bytes': return null;
  }

  return null;
}

export function floatMethod(ip: Interp, v: Value & { k: 'float' }, name: string, args: Value[]): Value | null {
  const f = (x: number): Value => ({ k: 'float', ty: v.ty, v: v.ty === 'f32' ? Math.fround(x) : x });
  const a = () => n(derefAll(ip, args[0]));
  switch (name) {
    case 'sqrt': return f(Math.sqrt(v.v));
    case 'abs': return f(Math.abs(v.v));
    case 'floor': return f(Math.floor(v.v));
    case 'ceil': return f(Math.ceil(v.v));
    case 'round': return f(v.v < 0 ? -Math.round(-v.v) : Math.round(v.v));
    case 'trunc': return f(Math.trunc(v.v));
    case 'fract': return f(v.v - Math.trunc(v.v));
    case 'powi': return f(Math.pow(v.v, a()));
    case 'powf': return f(Math.pow(v.v, a()));
    case 'exp': return f(Math.exp(v.v));
    case 'ln': return f(Math.log(v.v));
    case 'log10': return f(Math.log10(v.v));
    case 'log2': return f(Math.log2(v.v));
    case 'sin': return f(Math.sin(v.v));
    case 'cos': return f(Math.cos(v.v));
    case 'tan': return f(Math.tan(v.v));
    case 'atan2': return f(Math.atan2(v.v, a()));
    case 'hypot': return f(Math.hypot(v.v, a()));
    // IEEE minNum/maxNum: a NaN operand is ignored (NaN only when both are NaN).
    case 'min': { const o = a(); return f(Number.isNaN(o) ? v.v : Number.isNaN(v.v) ? o : Math.min(v.v, o)); }
    case 'max': { const o = a(); return f(Number.isNaN(o) ? v.v : Number.isNaN(v.v) ? o : Math.max(v.v, o)); }
    case 'signum': return f(Number.isNaN(v.v) ? NaN : v.v < 0 || Object.is(v.v, -0) ? -1 : 1);
    case 'is_nan': return bool(Number.isNaN(v.v));
    case 'is_finite': return bool(Number.isFinite(v.v));
    case 'is_infinite': return bool(!Number.isFinite(v.v) && !Number.isNaN(v.v));
    case 'is_sign_negative': return bool(v.v < 0 || Object.is(v.v, -0));
    case 'to_degrees': return f((v.v * 180) / Math.PI);
    case 'to_radians': return f((v.v * Math.PI) / 180);
    case 'mul_add': return f(v.v * a() + n(derefAll(ip, args[1])));
    case 'clamp': return f(Math.min(Math.max(v.v, a()), n(derefAll(ip, args[1]))));
  }
  return null;
}

export function charMethod(ip: Interp, v: Value & { k: 'char' }, name: string, args: Value[]): Value | null {
  const c = v.v;
  switch (name) {
    case 'is_alphabetic': return bool(/\p{Alphabetic}/u.test(c));
    case 'is_numeric': return bool(/\p{N}/u.test(c));
    case 'is_alphanumeric': return bool(/[\p{Alphabetic}\p{N}]/u.test(c));
    case 'is_whitespace': return bool(/\p{White_Space}/u.test(c));
    case 'is_uppercase': return bool(/\p{Uppercase}/u.test(c));
    case 'is_lowercase': return bool(/\p{Lowercase}/u.test(c));
    case 'is_ascii': return bool(c.charCodeAt(0) < 128);
    case 'is_ascii_digit': return bool(/^[0-9]$/.test(c));
    case 'is_ascii_alphabetic': return bool(/^[A-Za-z]$/.test(c));
    case 'is_ascii_uppercase': return bool(/^[A-Z]$/.test(c));
    case 'is_ascii_lowercase': return bool(/^[a-z]$/.test(c));
    case 'is_ascii_punctuation': return bool(/^[!-\/:-@\[-`{-~]$/.test(c));
    case 'is_ascii_alphanumeric': return bool(/^[A-Za-z0-9]$/.test(c));
    case 'is_digit': case 'to_digit': {
      const radix = args.length ? n(args[0]) : 10;
      const d = parseInt(c, 36);
      const okd = /^[0-9a-zA-Z]$/.test(c) && d < radix;
      if (name === 'is_digit') return bool(okd);
      return okd ? some(int('u32', d)) : none();
    }
    case 'to_ascii_uppercase': return { k: 'char', v: /[a-z]/.test(c) ? c.toUpperCase() : c };
    case 'to_ascii_lowercase': return { k: 'char', v: /[A-Z]/.test(c) ? c.toLowerCase() : c };
    case 'to_uppercase': { const s = c.toUpperCase(); return charsIter(s); }
    case 'to_lowercase': { const s = c.toLowerCase(); return charsIter(s); }
    case 'len_utf8': return usize(utf8Len(c));
    case 'eq_ignore_ascii_case': return bool(c.toLowerCase() === (derefAll(ip, args[0]) as { v: string }).v.toLowerCase());
  }
  return null;
}

/** char::to_uppercase(): an iterator of chars that also prints (Display) as its text. */
function charsIter(s: string): Value {
  return str(s);
}


function intArg(ip: Interp, args: Value[]): number | bigint {
  const x = derefAll(ip, args[0]);
  return x.k === 'int' ? x.v : 0;
}
type IntOp = '+' | '-' | '*';
function wrapOp(ty: IntTy, v: IntV, b: number | bigint, op: IntOp): Value {
  return int(ty, wrap(ty, exact(op, v.v, b)!));
}
function checked(ty: IntTy, v: IntV, b: number | bigint, op: IntOp | '/' | '%'): Value {
  const r = exact(op, v.v, b);
  return r === null || !inRange(ty, r) ? none() : some(int(ty, r));
}
function sat(ty: IntTy, v: IntV, b: number | bigint, op: IntOp): Value {
  const r = exact(op, v.v, b)!;
  return int(ty, inRange(ty, r) ? r : icmp(r, 0) < 0 ? norm(RANGES[ty].min) : norm(RANGES[ty].max));
}
function over(ty: IntTy, v: IntV, b: number | bigint, op: IntOp): Value {
  const r = exact(op, v.v, b)!;
  return { k: 'tuple', f: [int(ty, wrap(ty, r)), bool(!inRange(ty, r))] };
}
