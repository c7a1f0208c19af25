// The machine's port onto the standard library: every operation the evaluator asks of std's models, as one
// interface. std/port.ts implements it and run.ts hands it to the Interp, so the machine never imports std/.
import type * as A from '../syntax/ast.ts';
import type { Span } from '../syntax/span.ts';
import type { Value, Place, IterV, MapV, RefCellV, StructV, EnumV } from '../memory/value.ts';
import type { Ty } from '../memory/ty.ts';
import type { Slot } from '../memory/map-chunks.ts';
import type { FmtValue } from '../format/fmt-value.ts';
import type { Interp } from './interp.ts';
import type { MethodDef } from './program.ts';

/** A user method `dispatchMethod` chose: the caller runs it (the machine as a frame, a std callback nested). */
export class UserCall {
  constructor(readonly def: MethodDef, readonly args: Value[]) {}
}

/** An iterator as the machine drives it (`for`): std's iterators, with an optional early-drop hook. */
export type PortIter = IterV & { drop?: () => void };

export interface StdPort {
  /** A call by path to a std function or associated function (`Vec::new`, `String::from`, `thread::spawn`). */
  call(ip: Interp, segs: string[], path: A.Path | null, e: A.CallExpr | null, preArgs?: Value[], span?: Span): Value;
  /** A std path used as a value (`i32::MAX`, `f64::consts::PI`, `None`-like unit constructors), or null. */
  pathValue(ip: Interp, segs: string[]): Value | null;
  /** `Default::default()` of a type, or null when std has none for it. */
  defaultFor(ip: Interp, t: Ty): Value | null;
  /** `IntoIterator::into_iter` of a value a `for` loop walks. */
  toIter(ip: Interp, v: Value, span: Span): PortIter;
  /** A method call on an evaluated receiver place: std's result, or the user method to call. */
  dispatchMethod(ip: Interp, p: Place, e: A.MethodCallExpr, args: Value[]): Value | UserCall;
  /** A whole method-call expression evaluated directly (receiver and arguments cannot call). */
  callMethodExpr(ip: Interp, e: A.MethodCallExpr): Value;
  /** `{:?}` of a Mutex/RwLock: `Mutex { data: 0, poisoned: false, .. }`. */
  lockDebug(ip: Interp, c: RefCellV): string;
  /** How std's own outside-world values (`io::Error`, …) print, or null for other values. */
  worldFmt(v: StructV | EnumV, display: boolean): FmtValue | null;
  /** Display of std's UTF-8/UTF-16 error values (`invalid utf-8 sequence of 1 bytes from index 1`), or null. */
  utfErrorDisplay(v: EnumV): string | null;
  /** `format_args!(…)`: an `fmt::Arguments` holding the formatted text. */
  fmtArguments(text: string): Value;
  /** `write!` to a place whose type has a user `impl fmt::Write` (its `write_str` gets the text), or null. */
  userWriteStr(ip: Interp, at: Place, text: string, span: Span): Value | null;
  /** `write!` to a std handle (stdout/stderr and their locks); false when `dest` is not one. */
  worldWrite(ip: Interp, dest: Value, text: string): boolean;
  /** Where `key` is in a map/set's entry chunks, or null. */
  findKey(ip: Interp, m: MapV, key: Value): Slot | null;
  /** `m[i]` through a user `Index`/`IndexMut` impl, or null when the type has none. */
  userIndexPlace(ip: Interp, p: Place, index: Value, span: Span): Place | null;
  /** `collect()` into a map kind from the pairs of a Vec buffer. */
  mapFromPairs(ip: Interp, kind: MapV['kind'], items: Value[]): MapV;
  /** `collect::<Result<Vec<_>,_>>()` / `Option<Vec<_>>` from a Vec buffer, or null when the items don't fit `t`. */
  vecIntoTry(ip: Interp, vecId: number, t: Ty): Value | null;
  /** Re-establishes the max-heap order of a BinaryHeap's items. */
  heapify(ip: Interp, items: Value[]): void;
}
