// The texts std prints when a program panics or main fails, exact for rustc 1.95 with RUST_BACKTRACE unset.
// Messages are the panic payloads; panicReport wraps one in the header and backtrace note written to stderr.
import { debugChar } from './escape-debug.ts';

// Where rustc 1.95 puts the location (line:col, 1-based, of src/main.rs), observed on real binaries:
//   panic!/assert!/assert_eq!/todo!/unreachable!: the macro name; x.unwrap()/expect()/remove()/insert():
//   the method name; arithmetic overflow / divide by zero: the start of the binary expression (`x + 1`, and
//   for `x += 1` the start of `x`); built-in array indexing `a[i]`: the start of `a`; overloaded indexing
//   (Vec, HashMap, range slicing of Vec/String/str) `values[i]`: the `[`.
//   Vec::swap_remove is not #[track_caller]: its location is SWAP_REMOVE_LOCATION inside std.

export const SWAP_REMOVE_LOCATION = {
  file: '/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/alloc/src/vec/mod.rs',
  line: 2202,
  col: 13,
} as const;

/** `slice::range` (Vec/String/VecDeque::drain): where core reports a bad range (rustc 1.95). */
const SLICE_INDEX_RS = '/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/slice/index.rs';
export const SLICE_RANGE_LOCATIONS = {
  end: { file: SLICE_INDEX_RS, line: 1020, col: 51 },
  inclusiveEnd: { file: SLICE_INDEX_RS, line: 1016, col: 52 },
  order: { file: SLICE_INDEX_RS, line: 1031, col: 55 },
} as const;

/** `\nthread 'main' (1) panicked at src/main.rs:L:C:\n` — 1.95 starts the report with an empty line; thread id fixed to 1. */
export function panicHeader(file: string, line: number, col: number, thread = "'main' (1)"): string {
  return `\nthread ${thread} panicked at ${file}:${line}:${col}:\n`;
}

export const BACKTRACE_NOTE = 'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n';

/** Everything a panic writes to stderr: header, message, newline, backtrace note. */
export function panicReport(message: string, file: string, line: number, col: number, thread?: string): string {
  return panicHeader(file, line, col, thread) + message + '\n' + BACKTRACE_NOTE;
}

/** `assert_eq!` (op '==') / `assert_ne!` (op '!='); left/right are the Debug texts of the operands. */
export function assertEqFailed(op: '==' | '!=', leftDebug: string, rightDebug: string, custom?: string): string {
  const head = `assertion \`left ${op} right\` failed`;
  return `${custom === undefined ? head : `${head}: ${custom}`}\n  left: ${leftDebug}\n right: ${rightDebug}`;
}

/**
 * `assert!(cond)` without a message. `exprSource` is the condition pretty-printed like rustc's stringify!:
 * tokens re-spaced (`v.len()>1` → `v.len() > 1`, `|&x|x>5` → `|&x| x > 5`, `!a&&b` → `!a && b`), macros kept.
 */
export function assertFailed(exprSource: string): string {
  return `assertion failed: ${exprSource}`;
}

export function unwrapNone(): string {
  return 'called `Option::unwrap()` on a `None` value';
}
export function unwrapErr(errDebug: string): string {
  return `called \`Result::unwrap()\` on an \`Err\` value: ${errDebug}`;
}
export function unwrapErrOnOk(okDebug: string): string {
  return `called \`Result::unwrap_err()\` on an \`Ok\` value: ${okDebug}`;
}
/** `Option::expect(msg)` on None: just the message. */
export function expectNone(msg: string): string {
  return msg;
}
/** `Result::expect(msg)` on Err: the message and the error's Debug. */
export function expectErr(msg: string, errDebug: string): string {
  return `${msg}: ${errDebug}`;
}

export function indexOutOfBounds(len: number | bigint, index: number | bigint): string {
  return `index out of bounds: the len is ${len} but the index is ${index}`;
}

export type OverflowOp = 'add' | 'subtract' | 'multiply' | 'divide' | 'calculate the remainder' | 'negate' | 'shift left' | 'shift right';
export function overflow(op: OverflowOp): string {
  return `attempt to ${op} with overflow`;
}
export function divideByZero(): string {
  return 'attempt to divide by zero';
}
export function remainderByZero(): string {
  return 'attempt to calculate the remainder with a divisor of zero';
}

/** `borrow_mut()` while any borrow is alive. */
export function refCellAlreadyBorrowed(): string {
  return 'RefCell already borrowed';
}
/** `borrow()` while a mutable borrow is alive. */
export function refCellAlreadyMutablyBorrowed(): string {
  return 'RefCell already mutably borrowed';
}

export function unreachable(msg?: string): string {
  return msg === undefined ? 'internal error: entered unreachable code' : `internal error: entered unreachable code: ${msg}`;
}
export function todo(msg?: string): string {
  return msg === undefined ? 'not yet implemented' : `not yet implemented: ${msg}`;
}
export function unimplemented(msg?: string): string {
  return msg === undefined ? 'not implemented' : `not implemented: ${msg}`;
}
/** `panic!()` with no arguments. */
export function explicitPanic(): string {
  return 'explicit panic';
}

export function sliceEndOutOfRange(end: number | bigint, len: number | bigint): string {
  return `range end index ${end} out of range for slice of length ${len}`;
}
export function sliceStartOutOfRange(start: number | bigint, len: number | bigint): string {
  return `range start index ${start} out of range for slice of length ${len}`;
}
export function sliceIndexOrder(start: number | bigint, end: number | bigint): string {
  return `slice index starts at ${start} but ends at ${end}`;
}

const MAX_DISPLAY_LENGTH = 256;
const encoder = new TextEncoder();

/** core::str's `s_trunc`: the string cut to at most 256 bytes at a char boundary, plus `[...]` if cut. */
function truncated(s: string): { text: string; ellipsis: string } {
  if (encoder.encode(s).length <= MAX_DISPLAY_LENGTH) return { text: s, ellipsis: '' };
  let bytes = 0;
  let text = '';
  for (const c of s) {
    const n = encoder.encode(c).length;
    if (bytes + n > MAX_DISPLAY_LENGTH) break;
    bytes += n;
    text += c;
  }
  return { text, ellipsis: '[...]' };
}

export type StrBound = 'start' | 'end';

/** Slicing a str with a byte index past its end. */
export function strIndexOutOfBounds(bound: StrBound, index: number | bigint, s: string): string {
  const { text, ellipsis } = truncated(s);
  return `${bound} byte index ${index} is out of bounds of \`${text}\`${ellipsis}`;
}

/** Slicing a str at a byte offset inside a multi-byte char. */
export function strNotCharBoundary(bound: StrBound, index: number, s: string): string {
  const { text, ellipsis } = truncated(s);
  let start = 0;
  for (const c of s) {
    const n = encoder.encode(c).length;
    if (index < start + n) {
      return `${bound} byte index ${index} is not a char boundary; it is inside ${debugChar(c)} (bytes ${start}..${start + n}) of \`${text}\`${ellipsis}`;
    }
    start += n;
  }
  return strIndexOutOfBounds(bound, index, s);
}

/** Slicing a str with begin > end (both in bounds). */
export function strBeginGtEnd(begin: number, end: number, s: string): string {
  const { text, ellipsis } = truncated(s);
  return `begin > end (${begin} > ${end}) when slicing \`${text}\`${ellipsis}`;
}

/** Byte length of a string in UTF-8. */
export function utf8Length(s: string): number {
  return encoder.encode(s).length;
}

export function isCharBoundary(s: string, index: number): boolean {
  if (index === 0) return true;
  // Walk UTF-16 units, counting UTF-8 bytes (a surrogate pair is one 4-byte char), until `index` is reached.
  let at = 0;
  for (let i = 0; i < s.length; i++) {
    if (at === index) return true;
    const c = s.charCodeAt(i);
    if (c < 0x80) at += 1;
    else if (c < 0x800) at += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) { at += 4; i++; }
    else at += 3;
    if (at > index) return false;
  }
  return at === index;
}

/**
 * The panic message for `&s[begin..end]` (byte offsets, end exclusive), or null when the slice is valid.
 * Checked in rustc 1.95's order: start out of bounds, end out of bounds, begin > end, start boundary, end boundary.
 */
export function strSliceError(s: string, begin: number, end: number): string | null {
  const len = utf8Length(s);
  if (begin > len) return strIndexOutOfBounds('start', begin, s);
  if (end > len) return strIndexOutOfBounds('end', end, s);
  if (begin > end) return strBeginGtEnd(begin, end, s);
  if (!isCharBoundary(s, begin)) return strNotCharBoundary('start', begin, s);
  if (!isCharBoundary(s, end)) return strNotCharBoundary('end', end, s);
  return null;
}

/**
 * The panic message for `&v[start..end]` on a slice/Vec of length `len`, or null when valid.
 * For `..=e` pass the inclusive `e` as `end` with `inclusive` set (the message shows `e`, the check uses e+1).
 */
export function sliceRangeError(len: number, start: number, end: number, inclusive = false): string | null {
  const endExclusive = inclusive ? end + 1 : end;
  if (start > len) return sliceStartOutOfRange(start, len);
  if (endExclusive > len) return sliceEndOutOfRange(end, len);
  if (start > endExclusive) return sliceIndexOrder(start, endExclusive);
  return null;
}


export function vecRemoveIndex(index: number | bigint, len: number | bigint): string {
  return `removal index (is ${index}) should be < len (is ${len})`;
}
export function vecInsertIndex(index: number | bigint, len: number | bigint): string {
  return `insertion index (is ${index}) should be <= len (is ${len})`;
}
export function vecSwapRemoveIndex(index: number | bigint, len: number | bigint): string {
  return `swap_remove index (is ${index}) should be < len (is ${len})`;
}
/** `map[&key]` on a HashMap/BTreeMap without that key. */
export function hashMapKeyNotFound(): string {
  return 'no entry found for key';
}
/** `Vec::split_off(at)` with at > len. */
export function vecSplitOffIndex(at: number | bigint, len: number | bigint): string {
  return `\`at\` split index (is ${at}) should be <= len (is ${len})`;
}
/** `String::remove(idx)` with idx == len. */
export function stringRemoveAtEnd(): string {
  return 'cannot remove a char from the end of a string';
}

/** Stderr when the main thread overflows its stack (the process then aborts with exit code 134). */
export function stackOverflow(thread = "'main' (1)"): string {
  return `\nthread ${thread} has overflowed its stack\nfatal runtime error: stack overflow, aborting\n`;
}

/** Stderr when `main` returns `Err(e)` (exit code 1): the error's Debug text. */
export function mainReturnedErr(errDebug: string): string {
  return `Error: ${errDebug}\n`;
}
