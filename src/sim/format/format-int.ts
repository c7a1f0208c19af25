// Integer formatting as Rust's Display/Debug/LowerHex/UpperHex/Octal/Binary impls for i8..u128.
// Radix formats print negatives in two's complement at the type's width; `#` adds 0x/0o/0b.
import type { ConcreteSpec, IntTy } from './fmt-value.ts';
import { padIntegral } from './pad.ts';

export const INT_BITS: Record<IntTy, number> = {
  i8: 8, i16: 16, i32: 32, i64: 64, i128: 128, isize: 64,
  u8: 8, u16: 16, u32: 32, u64: 64, u128: 128, usize: 64,
};

export function intDecimal(n: bigint, spec: ConcreteSpec): string {
  return padIntegral(n >= 0n, '', (n < 0n ? -n : n).toString(), spec);
}

export type Radix = 'lower-hex' | 'upper-hex' | 'octal' | 'binary';

export function intRadix(n: bigint, ty: IntTy, radix: Radix, spec: ConcreteSpec): string {
  const u = n < 0n ? n + (1n << BigInt(INT_BITS[ty])) : n;
  const base = radix === 'octal' ? 8 : radix === 'binary' ? 2 : 16;
  const prefix = radix === 'octal' ? '0o' : radix === 'binary' ? '0b' : '0x';
  let digits = u.toString(base);
  if (radix === 'upper-hex') digits = digits.toUpperCase();
  return padIntegral(true, prefix, digits, spec);
}
