// f32 / f64 methods as a table (one entry per method): the rest of the math (cbrt, exp2, ln_1p, log,
// inverse and hyperbolic trig, recip, copysign, euclid, round_ties_even), classification, bits, total_cmp.
import { type Value, type FloatV, bool, int } from '../memory/value.ts';
import { derefAll } from '../semantics/place.ts';
import { methods, lookup, type MethodCall } from './method-table.ts';

type C = MethodCall<FloatV>;
const arg = (c: C, i = 0) => { const a = derefAll(c.ip, c.args[i]); return a.k === 'float' ? a.v : a.k === 'int' ? Number(a.v) : NaN; };
const f = (c: C, x: number): Value => ({ k: 'float', ty: c.v.ty, v: c.v.ty === 'f32' ? Math.fround(x) : x });
const view = new DataView(new ArrayBuffer(8));
function bitsOf(c: C): bigint {
  if (c.v.ty === 'f32') { view.setFloat32(0, c.v.v); return BigInt(view.getUint32(0)); }
  view.setFloat64(0, c.v.v); return view.getBigUint64(0);
}
const negative = (x: number) => x < 0 || Object.is(x, -0) || (Number.isNaN(x) && false);
function totalKey(c: C, x: number): bigint {
  // IEEE totalOrder via the sign-magnitude bits, as std's total_cmp.
  const b = c.v.ty === 'f32' ? (view.setFloat32(0, x), BigInt(view.getInt32(0))) : (view.setFloat64(0, x), view.getBigInt64(0));
  const mask = c.v.ty === 'f32' ? 0x7fffffffn : 0x7fffffffffffffffn;
  return b ^ ((b >> (c.v.ty === 'f32' ? 31n : 63n)) & mask);
}
function roundEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

const FLOAT = methods<FloatV>('float', {
  cbrt: (c) => f(c, Math.cbrt(c.v.v)),
  exp2: (c) => f(c, 2 ** c.v.v),
  exp_m1: (c) => f(c, Math.expm1(c.v.v)),
  ln_1p: (c) => f(c, Math.log1p(c.v.v)),
  log: (c) => f(c, Math.log(c.v.v) / Math.log(arg(c))),
  asin: (c) => f(c, Math.asin(c.v.v)),
  acos: (c) => f(c, Math.acos(c.v.v)),
  atan: (c) => f(c, Math.atan(c.v.v)),
  sinh: (c) => f(c, Math.sinh(c.v.v)),
  cosh: (c) => f(c, Math.cosh(c.v.v)),
  tanh: (c) => f(c, Math.tanh(c.v.v)),
  asinh: (c) => f(c, Math.asinh(c.v.v)),
  acosh: (c) => f(c, Math.acosh(c.v.v)),
  atanh: (c) => f(c, Math.atanh(c.v.v)),
  sin_cos: (c) => ({ k: 'tuple', f: [f(c, Math.sin(c.v.v)), f(c, Math.cos(c.v.v))] }),
  recip: (c) => f(c, 1 / c.v.v),
  copysign: (c) => { const s = arg(c); const m = Math.abs(c.v.v); return f(c, negative(s) ? -m : m); },
  div_euclid: (c) => { const b = arg(c); const q = Math.trunc(c.v.v / b); return f(c, c.v.v % b < 0 ? (b > 0 ? q - 1 : q + 1) : q); },
  rem_euclid: (c) => { const b = arg(c); const r = c.v.v % b; return f(c, r < 0 ? r + Math.abs(b) : r); },
  round_ties_even: (c) => f(c, roundEven(c.v.v)),
  is_sign_positive: (c) => bool(!negative(c.v.v)),
  is_normal: (c) => { const x = Math.abs(c.v.v); const min = c.v.ty === 'f32' ? 1.1754944e-38 : 2.2250738585072014e-308; return bool(Number.isFinite(x) && x >= min); },
  is_subnormal: (c) => { const x = Math.abs(c.v.v); const min = c.v.ty === 'f32' ? 1.1754944e-38 : 2.2250738585072014e-308; return bool(x > 0 && x < min); },
  to_bits: (c) => int(c.v.ty === 'f32' ? 'u32' : 'u64', c.v.ty === 'f32' ? Number(bitsOf(c)) : bitsOf(c)),
  total_cmp: (c) => { const a = totalKey(c, c.v.v), b = totalKey(c, arg(c)); return { k: 'enum', name: 'Ordering', variant: a < b ? 'Less' : a > b ? 'Greater' : 'Equal', f: [] }; },
  midpoint: (c) => f(c, (c.v.v + arg(c)) / 2),
  classify: (c) => ({ k: 'enum', name: 'FpCategory', variant: category(c), f: [] }),
  next_up: (c) => f(c, step(c.v.ty, c.v.v, 1)),
  next_down: (c) => f(c, step(c.v.ty, c.v.v, -1)),
  to_le_bytes: (c) => bytesValue(bytesOfFloat(c.v.ty, c.v.v).reverse()),
  to_be_bytes: (c) => bytesValue(bytesOfFloat(c.v.ty, c.v.v)),
  to_ne_bytes: (c) => bytesValue(bytesOfFloat(c.v.ty, c.v.v).reverse()),
});

/** `FpCategory` of the receiver. */
function category(c: C): string {
  const x = c.v.v;
  if (Number.isNaN(x)) return 'Nan';
  if (!Number.isFinite(x)) return 'Infinite';
  if (x === 0) return 'Zero';
  const min = c.v.ty === 'f32' ? 1.1754944e-38 : 2.2250738585072014e-308;
  return Math.abs(x) < min ? 'Subnormal' : 'Normal';
}

/** Big-endian bytes of a float's bits. */
function bytesOfFloat(ty: 'f32' | 'f64', x: number): number[] {
  const len = ty === 'f32' ? 4 : 8;
  if (ty === 'f32') view.setFloat32(0, x); else view.setFloat64(0, x);
  return Array.from({ length: len }, (_, i) => view.getUint8(i));
}
const bytesValue = (bs: number[]): Value => ({ k: 'array', f: bs.map((b) => int('u8', b)) });

/** The next representable float above (dir 1) or below (dir -1) x, as std's next_up / next_down (NaN stays NaN). */
function step(ty: 'f32' | 'f64', x: number, dir: 1 | -1): number {
  if (Number.isNaN(x) || x === dir * Infinity) return x;
  if (x === 0) { const tiny = ty === 'f32' ? 1.401298464324817e-45 : 5e-324; return dir * tiny; }
  if (ty === 'f32') {
    view.setFloat32(0, x); let b = view.getUint32(0);
    b = (x > 0) === (dir > 0) ? b + 1 : b - 1;
    view.setUint32(0, b); return view.getFloat32(0);
  }
  view.setFloat64(0, x); let b = view.getBigUint64(0);
  b = (x > 0) === (dir > 0) ? b + 1n : b - 1n;
  view.setBigUint64(0, b); return view.getFloat64(0);
}

/** `f64::from_le_bytes([..])` and friends: the float whose bits those bytes are. */
export function floatFromBytes(ty: 'f32' | 'f64', bytes: number[], order: 'le' | 'be'): Value {
  const bs = order === 'be' ? bytes : [...bytes].reverse();
  bs.forEach((b, i) => view.setUint8(i, b));
  return { k: 'float', ty, v: ty === 'f32' ? view.getFloat32(0) : view.getFloat64(0) };
}

/** `f64::from_bits(u64)` / `f32::from_bits(u32)`. */
export function floatFromBits(ty: 'f32' | 'f64', bits: bigint): Value {
  if (ty === 'f32') { view.setUint32(0, Number(bits)); return { k: 'float', ty, v: view.getFloat32(0) }; }
  view.setBigUint64(0, bits); return { k: 'float', ty, v: view.getFloat64(0) };
}

export function floatTableMethod(c: C, name: string): Value | null {
  return lookup(FLOAT, name)?.(c) ?? null;
}
export function hasFloatMethod(name: string): boolean {
  return lookup(FLOAT, name) !== undefined;
}
