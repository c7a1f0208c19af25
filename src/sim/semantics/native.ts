// Registry of the std types modelled natively as opaque structs (threads, channels, locks, time): their
// functions, methods by type, and drop / clone / Debug behaviour. Each model file registers its entries here.
import type * as A from '../syntax/ast.ts';
import type { Span } from '../syntax/span.ts';
import type { Place, Value, StructV } from '../memory/value.ts';
import type { Interp } from './interp.ts';
import type { Deferred } from './step.ts';

/** A std function; may return a Deferred (the machine runs its frame: waiting, calling a closure). */
export type NativeFn = (ip: Interp, args: Value[], span: Span, generics: A.Type[]) => Value | Deferred;
/** A method on the value at `p`; null: not a method of this type. */
export type NativeMethod = (ip: Interp, p: Place, v: Value, args: Value[], span: Span) => Value | Deferred | null;

export const NATIVE_FNS: Record<string, NativeFn> = {};
/** Methods by type key: a struct's name, 'Mutex' / 'RwLock' for locks, the atomic type's name. */
export const NATIVE_METHODS: Record<string, Record<string, NativeMethod>> = {};
export const NATIVE_DROP: Record<string, (ip: Interp, v: StructV) => void> = {};
export const NATIVE_CLONE: Record<string, (ip: Interp, v: StructV) => Value> = {};
/** How many arguments each native method takes after `self`, where its model declares it (`nativeArity`). A
 *  call with another count (rustc: E0061) stops with a message at the method instead of running on without. */
export const NATIVE_ARITY: Record<string, Record<string, number>> = {};
/** Debug text of a native struct (Display uses it too where std's is the same). */
export const NATIVE_DEBUG: Record<string, (ip: Interp, v: StructV) => string> = {};

/** The type key of a value for NATIVE_METHODS, or null when it is not a native type. */
export function nativeKey(v: Value): string | null {
  if (v.k === 'struct') return NATIVE_METHODS[v.name] ? v.name : null;
  if (v.k === 'refcell') return v.lock ?? null;
  if (v.k === 'cell') return v.atomic ? 'Atomic' : null;
  return null;
}

/** Dispatch a method on a native type; null when `v` is not one or has no such method. */
export function nativeMethod(ip: Interp, p: Place, v: Value, name: string, args: Value[], span: Span): Value | Deferred | null {
  const key = nativeKey(v);
  if (key === null) return null;
  const m = NATIVE_METHODS[key][name];
  if (!m) return null;
  const arity = NATIVE_ARITY[key]?.[name];
  if (arity !== undefined && args.length !== arity) return wrongArgCount(ip, name, args.length, arity, span);
  return m(ip, p, v, args, span);
}

/** Every native method name (the static check must not call them unknown). */
export function nativeMethodNames(): Set<string> {
  const out = new Set<string>();
  for (const t of Object.values(NATIVE_METHODS)) for (const k of Object.keys(t)) out.add(k);
  return out;
}

/** A std method called with another number of arguments than std's signature (rustc: E0061): the run stops at it. */
export function wrongArgCount(ip: Interp, name: string, given: number, takes: number, span: Span): never {
  return ip.unsupported(`\`.${name}()\`에 인자 ${given}개 (std의 \`${name}\`는 ${takes}개를 받음)`, span);
}

/** Declares the argument counts of a native type's methods (all of them, or the ones that take arguments). */
export function nativeArity(key: string, counts: Record<string, number>): void {
  NATIVE_ARITY[key] = { ...NATIVE_ARITY[key], ...counts };
}

export function opaque(name: string, ...f: Value[]): StructV {
  return { k: 'struct', name, f, tuple: true };
}
