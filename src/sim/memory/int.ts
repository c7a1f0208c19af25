// Fixed-width integer arithmetic as a debug build does it: range checks, overflow detection, wrapping, casts.
// Values are JS numbers while they are safe integers, bigints beyond; every result is normalised.
import type { IntTy } from './value.ts';

interface Range { min: bigint; max: bigint; bits: number; signed: boolean; minN: number; maxN: number }

function range(bits: number, signed: boolean): Range {
  const min = signed ? -(1n << BigInt(bits - 1)) : 0n;
  const max = signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
  return { min, max, bits, signed, minN: Number(min), maxN: Number(max) };
}

export const RANGES: Record<IntTy, Range> = {
  i8: range(8, true), i16: range(16, true), i32: range(32, true), i64: range(64, true), i128: range(128, true), isize: range(64, true),
  u8: range(8, false), u16: range(16, false), u32: range(32, false), u64: range(64, false), u128: range(128, false), usize: range(64, false),
};

export const INT_TYS = new Set<string>(Object.keys(RANGES));

export function isIntTy(s: string): s is IntTy {
  return INT_TYS.has(s);
}

/** Normalise a bigint to a number when it is a safe integer. */
export function norm(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

export function inRange(ty: IntTy, v: number | bigint): boolean {
  if (typeof v === 'number') {
    // A switch on the type name, not a keyed load from RANGES: this runs on every arithmetic result.
    switch (ty) {
      case 'i32': return v >= -2147483648 && v <= 2147483647;
      case 'u32': return v >= 0 && v <= 4294967295;
      // Any safe integer fits a 64/128-bit type (unsigned: non-negative).
      case 'i64': case 'isize': case 'i128': return true;
      case 'u64': case 'usize': case 'u128': return v >= 0;
      case 'u8': return v >= 0 && v <= 255;
      case 'i8': return v >= -128 && v <= 127;
      case 'u16': return v >= 0 && v <= 65535;
      case 'i16': return v >= -32768 && v <= 32767;
    }
  }
  const r = RANGES[ty];
  return v >= r.min && v <= r.max;
}

/** Wrap a mathematically exact value into the type (two's complement). */
export function wrap(ty: IntTy, v: number | bigint): number | bigint {
  if (inRange(ty, v)) return v;
  const r = RANGES[ty];
  const b = r.signed ? BigInt.asIntN(r.bits, BigInt(v)) : BigInt.asUintN(r.bits, BigInt(v));
  return norm(b);
}

export type ArithOp = '+' | '-' | '*' | '/' | '%';

/** Exact result of a op b (null on division by zero). */
export function exact(op: ArithOp, a: number | bigint, b: number | bigint): number | bigint | null {
  if (typeof a === 'number' && typeof b === 'number') {
    let r: number;
    switch (op) {
      case '+': r = a + b; break;
      case '-': r = a - b; break;
      case '*': r = a * b; break;
      case '/': if (b === 0) return null; r = Math.trunc(a / b); if (Number.isSafeInteger(r) && Number.isSafeInteger(a)) { if (Math.abs(a) < 2 ** 52) return r; } break;
      case '%': if (b === 0) return null; return a % b;
    }
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  const x = BigInt(a), y = BigInt(b);
  switch (op) {
    case '+': return norm(x + y);
    case '-': return norm(x - y);
    case '*': return norm(x * y);
    case '/': return y === 0n ? null : norm(x / y);
    case '%': return y === 0n ? null : norm(x % y);
  }
}

export type BitOp = '&' | '|' | '^' | '<<' | '>>';

export function bitop(ty: IntTy, op: BitOp, a: number | bigint, b: number | bigint): number | bigint {
  const r = RANGES[ty];
  if (r.bits <= 32 && typeof a === 'number' && typeof b === 'number') {
    let x: number;
    switch (op) {
      case '&': x = a & b; break;
      case '|': x = a | b; break;
      case '^': x = a ^ b; break;
      case '<<': x = b >= 32 ? 0 : a << b; break;
      case '>>': x = r.signed ? a >> b : a >>> b; break;
    }
    return wrap(ty, r.signed ? x : x >>> 0);
  }
  const x = BigInt(a), y = BigInt(b);
  let v: bigint;
  switch (op) {
    case '&': v = x & y; break;
    case '|': v = x | y; break;
    case '^': v = x ^ y; break;
    case '<<': v = x << y; break;
    case '>>': v = x >> y; break;
  }
  return wrap(ty, norm(v));
}

export function cmp(a: number | bigint, b: number | bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `expr as T` from an integer. */
export function castInt(ty: IntTy, v: number | bigint): number | bigint {
  return wrap(ty, v);
}

/** `f as T`: saturating, NaN → 0. */
export function castFloat(ty: IntTy, f: number): number | bigint {
  if (Number.isNaN(f)) return 0;
  const r = RANGES[ty];
  const t = Math.trunc(f);
  if (t <= r.minN) return norm(r.min);
  if (t >= r.maxN) return norm(r.max);
  return Number.isSafeInteger(t) ? t : norm(BigInt(t));
}

export function toNumber(v: number | bigint): number {
  return typeof v === 'number' ? v : Number(v);
}

export function toBig(v: number | bigint): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

export function pow(a: number | bigint, e: number): number | bigint {
  return norm(BigInt(a) ** BigInt(e));
}
