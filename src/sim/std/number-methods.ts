// The older `switch` models of integer, float and char methods (the tables in int-/float-/char-table.ts come
// first): basic wrapping/checked/saturating/overflowing arithmetic, float math, char classification.
import { RANGES, exact, cmp as icmp, inRange, norm, wrap } from '../memory/int.ts';
import { type IntTy, type IntV, type Value, bool, int, none, some, usize } from '../memory/value.ts';
import { utf8Len } from '../semantics/buffers.ts';
import type { Interp } from '../semantics/interp.ts';
import { valueCmp } from '../semantics/ops.ts';
import { derefAll } from '../semantics/place.ts';
import type { Span } from '../syntax/span.ts';
import { libPanic, n } from './method-helpers.ts';

export function intMethod(ip: Interp, v: Value & { k: 'int' }, name: string, args: Value[], _span: Span): Value | null {
  const ty = v.ty;
  switch (name) {
    case 'wrapping_add': return wrapOp(ty, v, intArg(ip, args), '+');
    case 'wrapping_sub': return wrapOp(ty, v, intArg(ip, args), '-');
    case 'wrapping_mul': return wrapOp(ty, v, intArg(ip, args), '*');
    case 'checked_add': return checked(ty, v, intArg(ip, args), '+');
    case 'checked_sub': return checked(ty, v, intArg(ip, args), '-');
    case 'checked_mul': return checked(ty, v, intArg(ip, args), '*');
    case 'checked_div': return checked(ty, v, intArg(ip, args), '/');
    case 'checked_rem': return checked(ty, v, intArg(ip, args), '%');
    case 'saturating_add': return sat(ty, v, intArg(ip, args), '+');
    case 'saturating_sub': return sat(ty, v, intArg(ip, args), '-');
    case 'overflowing_add': return over(ty, v, intArg(ip, args), '+');
    case 'overflowing_sub': return over(ty, v, intArg(ip, args), '-');
    case 'overflowing_mul': return over(ty, v, intArg(ip, args), '*');
    // Ord::min keeps self on a tie, Ord::max takes other on a tie (std's `min_by` / `max_by`).
    case 'min': { const o = derefAll(ip, args[0]); return valueCmp(ip, v, o) <= 0 ? v : o; }
    case 'max': { const o = derefAll(ip, args[0]); return valueCmp(ip, v, o) > 0 ? v : o; }
    case 'clamp': { const lo = derefAll(ip, args[0]), hi = derefAll(ip, args[1]); return valueCmp(ip, v, lo) < 0 ? lo : valueCmp(ip, v, hi) > 0 ? hi : v; }
    case 'signum': return int(ty, icmp(v.v, 0), v.lit);
    case 'abs_diff': { const r = exact('-', v.v, intArg(ip, args))!; return int(ty.startsWith('i') ? ('u' + ty.slice(1)) as 'u32' : ty, icmp(r, 0) < 0 ? exact('-', 0, r)! : r); }
    case 'count_ones': { let x = BigInt.asUintN(RANGES[ty].bits, BigInt(v.v)), c = 0; while (x) { c += Number(x & 1n); x >>= 1n; } return int('u32', c); }
    case 'leading_zeros': { const x = BigInt.asUintN(RANGES[ty].bits, BigInt(v.v)); return int('u32', RANGES[ty].bits - x.toString(2).replace(/^0+$/, '').length); }
    case 'trailing_zeros': { let x = BigInt.asUintN(RANGES[ty].bits, BigInt(v.v)); if (!x) return int('u32', RANGES[ty].bits); let c = 0; while (!(x & 1n)) { c++; x >>= 1n; } return int('u32', c); }
    case 'is_power_of_two': { const x = BigInt(v.v); return bool(x > 0n && (x & (x - 1n)) === 0n); }
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

export function charMethod(ip: Interp, v: Value & { k: 'char' }, name: string, args: Value[], span: Span): Value | null {
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
      if (radix < 2 || radix > 36) return libPanic(ip, 'to_digit: invalid radix -- radix must be in the range 2 to 36 inclusive', { file: '/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/char/methods.rs', line: 403, col: 9 }, span);
      const d = parseInt(c, 36);
      const okd = /^[0-9a-zA-Z]$/.test(c) && d < radix;
      if (name === 'is_digit') return bool(okd);
      return okd ? some(int('u32', d)) : none();
    }
    case 'to_ascii_uppercase': return { k: 'char', v: /[a-z]/.test(c) ? c.toUpperCase() : c };
    case 'to_ascii_lowercase': return { k: 'char', v: /[A-Z]/.test(c) ? c.toLowerCase() : c };
    case 'len_utf8': return usize(utf8Len(c));
    case 'eq_ignore_ascii_case': return bool(c.toLowerCase() === (derefAll(ip, args[0]) as { v: string }).v.toLowerCase());
  }
  return null;
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
