// Float formatting as Rust's `impl Display/Debug/LowerExp/UpperExp for f32/f64` (core::fmt::float).
// Display never uses exponents; Debug switches to them below 1e-4 and from 1e16; precision rounds half-even.
import type { ConcreteSpec } from './fmt-value.ts';
import { type Digits, exactFixed, exactSignificant, exactSignificantInt, shortest } from './float-digits.ts';
import { padParts } from './pad.ts';

type FloatTy = 'f32' | 'f64';

/** Sign as Rust prints it: '-' for any negative (incl. -0.0), '+' with `{:+}` otherwise; never for NaN. */
function signOf(v: number, spec: ConcreteSpec): string {
  if (Number.isNaN(v)) return '';
  if (v < 0 || Object.is(v, -0)) return '-';
  return spec.sign === '+' ? '+' : '';
}

function special(v: number): string | null {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return 'inf';
  return null;
}

/** `flt2dec::digits_to_dec_str`: 0.D × 10^exp in positional notation with at least `minFrac` fraction digits. */
export function digitsToDec(d: Digits, minFrac: number): string {
  if (d.digits === '') return minFrac > 0 ? '0.' + '0'.repeat(minFrac) : '0';
  const { digits, exp } = d;
  const len = digits.length;
  if (exp <= 0) {
    const frac = '0'.repeat(-exp) + digits;
    return '0.' + frac + '0'.repeat(Math.max(0, minFrac - frac.length));
  }
  if (exp < len) {
    const frac = digits.slice(exp);
    return digits.slice(0, exp) + '.' + frac + '0'.repeat(Math.max(0, minFrac - frac.length));
  }
  return digits + '0'.repeat(exp - len) + (minFrac > 0 ? '.' + '0'.repeat(minFrac) : '');
}

/** `flt2dec::digits_to_exp_str`: d.ddd e X with at least `minDigits` significant digits. */
export function digitsToExp(d: Digits, minDigits: number, upper: boolean): string {
  const e = upper ? 'E' : 'e';
  if (d.digits === '') return (minDigits > 1 ? '0.' + '0'.repeat(minDigits - 1) : '0') + e + '0';
  const { digits, exp } = d;
  let out = digits[0];
  if (digits.length > 1 || minDigits > 1) {
    out += '.' + digits.slice(1) + '0'.repeat(Math.max(0, minDigits - digits.length));
  }
  return out + e + String(exp - 1);
}

/** Fixed notation with exactly `frac` digits after the point (exact value, half-to-even). */
function fixed(v: number, ty: FloatTy, frac: number): string {
  const n = exactFixed(v, ty, frac);
  if (frac === 0) return n;
  const s = n.padStart(frac + 1, '0');
  return s.slice(0, s.length - frac) + '.' + s.slice(s.length - frac);
}

export function floatDisplay(v: number, ty: FloatTy, spec: ConcreteSpec): string {
  const sign = signOf(v, spec);
  const body = special(v) ?? (spec.precision !== null ? fixed(v, ty, spec.precision) : digitsToDec(shortest(v, ty), 0));
  return padParts(sign, body, spec);
}

export function floatDebug(v: number, ty: FloatTy, spec: ConcreteSpec): string {
  const sign = signOf(v, spec);
  let body = special(v);
  if (body === null) {
    if (spec.precision !== null) body = fixed(v, ty, spec.precision);
    else {
      const a = Math.abs(v);
      const small = ty === 'f32' ? Math.fround(1e-4) : 1e-4;
      const large = ty === 'f32' ? Math.fround(1e16) : 1e16;
      const useExp = (a !== 0 && a < small) || a >= large;
      body = useExp ? digitsToExp(shortest(v, ty), 0, false) : digitsToDec(shortest(v, ty), 1);
    }
  }
  return padParts(sign, body, spec);
}

export function floatExp(v: number, ty: FloatTy, spec: ConcreteSpec, upper: boolean): string {
  const sign = signOf(v, spec);
  let body = special(v);
  if (body === null) {
    body =
      spec.precision !== null
        ? digitsToExp(exactSignificant(v, ty, spec.precision + 1), spec.precision + 1, upper)
        : digitsToExp(shortest(v, ty), 0, upper);
  }
  return padParts(sign, body, spec);
}

/** `{:e}` / `{:E}` on integers: trailing zeros become the exponent; precision rounds half-even. */
export function intExp(n: bigint, spec: ConcreteSpec, upper: boolean): string {
  const sign = n < 0n ? '-' : spec.sign === '+' ? '+' : '';
  const abs = n < 0n ? -n : n;
  let d: Digits;
  if (spec.precision !== null) d = exactSignificantInt(abs, spec.precision + 1);
  else if (abs === 0n) d = { digits: '', exp: 0 };
  else {
    const s = abs.toString();
    d = { digits: s.replace(/0+$/, ''), exp: s.length };
  }
  const body = abs === 0n && spec.precision === null ? (upper ? '0E0' : '0e0') : digitsToExp(d, spec.precision === null ? 0 : spec.precision + 1, upper);
  return padParts(sign, body, spec);
}
