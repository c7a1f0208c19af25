// Where integer methods panic, as rustc 1.95 reports it: #[track_caller] methods at the call, the others inside
// core (`library/core/src/num/mod.rs`, at the line of the type's `int_impl!` / `uint_impl!`), observed on real binaries.
import type { IntTy } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import type { Span } from '../syntax/span.ts';
import { libPanic } from './method-helpers.ts';

const NUM_RS = '/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/num/mod.rs';

/** The line of each type's `int_impl!` / `uint_impl!` invocation in core/src/num/mod.rs (rustc 1.95). */
const IMPL_LINE: Record<IntTy, number> = {
  i8: 346, i16: 370, i32: 394, i64: 418, i128: 442, isize: 519,
  u8: 546, u16: 1188, u32: 1243, u64: 1274, u128: 1305, usize: 1400,
};

/** A panic raised inside core's integer code (not #[track_caller]): located in num/mod.rs. */
export function coreIntPanic(ip: Interp, ty: IntTy, message: string, span: Span): never {
  return libPanic(ip, message, { file: NUM_RS, line: IMPL_LINE[ty], col: 5 }, span);
}

/**
 * Division by zero in `wrapping_div` / `overflowing_rem` / `strict_div` / `saturating_div` …: for signed types these
 * divide inside core (located there), for unsigned types the division is inlined at the caller.
 */
export function divisionByZero(ip: Interp, ty: IntTy, message: string, span: Span): never {
  if (ty.startsWith('i')) return coreIntPanic(ip, ty, message, span);
  return ip.panic(message, span.start);
}
