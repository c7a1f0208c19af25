// Panics raised inside std's slice / Vec / VecDeque code that is not #[track_caller]: the messages and
// the std source locations rustc 1.95 reports for them (observed on real binaries).
import type { Value } from '../memory/value.ts';
import type { MethodCall } from './method-table.ts';
import { libPanic } from './method-helpers.ts';

const LIB = '/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library';
const loc = (file: string, line: number, col: number) => ({ file: `${LIB}/${file}`, line, col });

export const ROTATE_LEFT = loc('core/src/slice/mod.rs', 3885, 9);
export const ROTATE_RIGHT = loc('core/src/slice/mod.rs', 3931, 9);
export const PARTITION_AT_INDEX = loc('core/src/slice/sort/select.rs', 29, 9);
export const CAPACITY_OVERFLOW = loc('alloc/src/raw_vec/mod.rs', 28, 5);
export const DEQUE_INSERT = loc('alloc/src/collections/vec_deque/mod.rs', 2431, 9);
export const DEQUE_SWAP_I = loc('alloc/src/collections/vec_deque/mod.rs', 971, 9);
export const DEQUE_SWAP_J = loc('alloc/src/collections/vec_deque/mod.rs', 972, 9);
export const DEQUE_ROTATE_LEFT = loc('alloc/src/collections/vec_deque/mod.rs', 2986, 9);
export const DEQUE_ROTATE_RIGHT = loc('alloc/src/collections/vec_deque/mod.rs', 3029, 9);
export const DEQUE_SPLIT_OFF = loc('alloc/src/collections/vec_deque/mod.rs', 2539, 9);
export const DEQUE_RESERVE = loc('alloc/src/collections/vec_deque/mod.rs', 1049, 56);
export const DEQUE_RESERVE_EXACT = loc('alloc/src/collections/vec_deque/mod.rs', 1019, 56);

/** `assert!(cond)` failing inside std at `at`. */
export function libAssert(c: MethodCall, cond: string, at: { file: string; line: number; col: number }): Value {
  return libPanic(c.ip, `assertion failed: ${cond}`, at, c.span);
}

/** `TryReserveError { kind: CapacityOverflow }` (its Debug form). */
export function capacityOverflow(): Value {
  return { k: 'enum', name: 'TryReserveError', variant: 'TryReserveError', f: [{ k: 'enum', name: 'TryReserveErrorKind', variant: 'CapacityOverflow', f: [] }], names: ['kind'] };
}

/** Would `len + additional` elements of `elemSize` bytes exceed isize::MAX bytes (RawVec's capacity overflow)? */
export function capacityOverflows(len: number, additional: number, elemSize: number): boolean {
  return (len + additional) * Math.max(1, elemSize) > 2 ** 63 - 1;
}
