// Method calls: user impl methods first (with auto-ref / auto-deref of the receiver), then the std models —
// dispatched by receiver kind to cell-, vec-, str-, option-, number-methods, maps and iterators.
import { bool, type EnumV, none, type Place, some, str, UNIT, usize, type Value } from '../memory/value.ts';
import { rangeBackInPlace, rangeInPlace, rangeIsEmpty, rangeStep } from './range-step.ts';
import { newString, setText, utf8Len, vecReserve } from '../semantics/buffers.ts';
import { dropValue } from '../semantics/drop.ts';
import { cloneValue, evalExpr } from '../semantics/expr.ts';
import { displayText } from '../semantics/fmt-bridge.ts';
import type { Interp } from '../semantics/interp.ts';
import { needsDrop } from '../semantics/interp.ts';
import { nativeMethod, wrongArgCount } from '../semantics/native.ts';
import { valueCmp, valueEq } from '../semantics/ops.ts';
import { moveOut } from '../semantics/pattern.ts';
import { derefAll, derefPlace, evalPlaceOrTemp } from '../semantics/place.ts';
import { UserCall } from '../semantics/std-port.ts';
import { STD_METHOD_PARAMS } from '../check/types/std-method-params.ts';
import { afterWrites, floatWrites, intToStringCap } from '../semantics/string-capacity.ts';
import { implName } from '../semantics/trait-call.ts';
import { astTy, tyNameOf } from '../semantics/types.ts';
import { isIntTy } from '../memory/int.ts';
import type * as A from '../syntax/ast.ts';
import type { Span } from '../syntax/span.ts';
import { binaryHeapMethod, hasBinaryHeapMethod } from './binary-heap.ts';
import { boolMethod } from './bool-table.ts';
import { defaultFor, stdCall } from './calls.ts';
import { cellMethod, rcMethod, refcellMethod, weakMethod } from './cell-methods.ts';
import { cellTableMethod, refcellTableMethod } from './cell-table.ts';
import { charTableMethod } from './char-table.ts';
import { dequeMethod, hasDequeMethod } from './deque-table.ts';
import { expectedTypeOf } from './expected-types.ts';
import { floatTableMethod, hasFloatMethod } from './float-table.ts';
import { formatterMethod } from './formatter-methods.ts';
import { hashValue } from './hash.ts';
import { hasIntMethod, intTableMethod } from './int-table.ts';
import { hasIterMethod, iterTableMethod } from './iter-table.ts';
import { adopt, iterMethod, toIter, userIter } from './iter.ts';
import { mapTableMethod } from './map-table.ts';
import { entryMethod, mapFromPairs, mapMethod } from './maps.ts';
import { libPanic, n } from './method-helpers.ts';
import { groupOf, used, usedOn } from './method-table.ts';
import { charMethod, floatMethod, intMethod } from './number-methods.ts';
import { optionMethod } from './option-methods.ts';
import { optionTableMethod } from './option-table.ts';
import { orderingMethod } from './ordering-table.ts';
import { hasSeqMethod, seqTableMethod } from './seq-table.ts';
import { constArgFromType } from './seq-view.ts';
import { chunksRemainder } from './slice-pieces-table.ts';
import { anyTableMethod, boxTableMethod, rcTableMethod } from './smart-methods.ts';
import { strMethod } from './str-methods.ts';
import { userWriteMethod } from './user-write.ts';
import { utf8ChunkMethod } from './utf8-chunks.ts';
import { utfErrorMethod } from './utf-errors.ts';
import { seqMethod } from './vec-methods.ts';
import { worldMethod } from './world.ts';

export { implName, UserCall };

export function callMethodExpr(ip: Interp, e: A.MethodCallExpr): Value {
  const p = evalPlaceOrTemp(ip, e.receiver);
  const args = e.args.map((a) => evalExpr(ip, a));
  const r = dispatchMethod(ip, p, e, args);
  // Straight to callFn (not via callMethod): one JS frame fewer per recursive Rust method call.
  if (r instanceof UserCall) return ip.callFn(r.def.fn, r.def.qual, r.def.selfName, r.args, e.span);
  return ip.settle(r);
}

/**
 * `recv.method(args)` once the receiver place and arguments are evaluated: user impl methods first (auto-ref /
 * auto-deref of the receiver), then the std models. A user method comes back as a UserCall; a std result may be
 * a Deferred (it has to wait: the machine runs it).
 */
export function dispatchMethod(ip: Interp, p: Place, e: A.MethodCallExpr, args: Value[]): Value | UserCall {
  const name = e.method;
  // `let r: Result<Vec<_>, _> = it.collect();`: collect builds the declared type (short-circuiting on Err).
  const expected = name === 'collect' && e.generics.length === 0 ? expectedTypeOf(ip.program, e) : undefined;
  // `let a: Option<&[i32; 4]> = s.as_array();`: the const N comes from the declared type.
  const constN = !expected && e.generics.length === 0 ? constArgFromType(name, expectedTypeOf(ip.program, e)) : [];
  const generics = expected ? [expected] : constN.length ? constN : e.generics;
  if (name === 'unwrap_or_default' && args.length === 0) {
    // None / Err: T::default() for the T the value flows into (a bare `0` only when T is unknown).
    // The checker's T (as the call's turbofish, ../check/types/evaluator-hints.ts) or the let's declared type.
    const t = e.generics[0] ?? expectedTypeOf(ip.program, e);
    const r = p.c[p.i];
    if (t && r.k === 'enum' && (r.variant === 'None' || r.variant === 'Err')) { const d = defaultFor(ip, astTy(t)); if (d) { used(r.name, name); return d; } }
  }
  if (name === 'into' && args.length === 0) {
    // `let m: Meters = x.into();` with a user `impl From<X> for Meters`.
    const t = expectedTypeOf(ip.program, e);
    const def = t ? ip.index.method(astTy(t).n, 'from') : undefined;
    if (def) return new UserCall(def, [moveOut(ip, p)]);
    // `let s: BTreeSet<_> = [3, 1, 2].into();` — std's `From<[T; N]>` for the maps and sets.
    const kind = t ? astTy(t).n : '';
    const src = p.c[p.i];
    if (/^(Hash|BTree)(Map|Set)$/.test(kind) && src.k === 'array') {
      moveOut(ip, p);
      return mapFromPairs(ip, kind as 'HashMap', src.f);
    }
    // `let n: i64 = x.into();`, `let s: String = 'c'.into();`: std's `From` of the target (a number, a String, a
    // char, a Vec); other targets are left to the method tables below (which say plainly what they lack).
    if ((isIntTy(kind) || kind === 'f64' || kind === 'f32' || kind === 'String' || kind === 'char' || kind === 'Vec' || kind === 'Option')) {
      return stdCall(ip, [kind, 'from'], null, null, [moveOut(ip, p)], e.methodSpan);
    }
  }
  for (let d = 0; d < 16; d++) {
    const v = p.c[p.i];
    const tn = implName(v);
    if (tn || v.k === 'vec' || v.k === 'array' || v.k === 'slice') {
      const def = (tn ? ip.index.method(tn, name) : undefined) ?? sliceImplMethod(ip, v, name);
      if (def && def.fn.receiver) {
        const mode = def.fn.receiver.mode;
        const self: Value = mode === 'value' ? moveOut(ip, p) : { k: 'ref', mut: mode === 'ref-mut', p };
        args.unshift(self);
        return new UserCall(def, args);
      }
    }
    // A std method called with another number of arguments than its signature (rustc: E0061, which the checker
    // reports where it knows the receiver's type) stops here with a message instead of running on without.
    // (An atomic is a Cell-shaped value with its own methods: `swap(v, order)` is not Cell's `swap(&other)`.)
    const params = v.k === 'cell' && v.atomic ? undefined : STD_METHOD_PARAMS[groupOf(v) ?? '']?.[name];
    if (params && params.length !== args.length) return wrongArgCount(ip, name, args.length, params.length, e.methodSpan);
    const r = guarded(ip, name, e.methodSpan, () => callBuiltinMethod(ip, p, name, args, e.methodSpan, generics));
    if (r !== null) { usedOn(ip, v, name); return r; }
    const next = derefPlace(ip, p);
    if (!next) break;
    p = next;
  }
  return ip.unsupported(`지원하지 않는 메서드 \`.${name}()\``, e.methodSpan);
}

/** std collections with `IntoIterator for &C` (and `&mut C`). */
function iterableByRef(t: Value): boolean {
  switch (t.k) {
    case 'vec': case 'array': case 'slice': case 'map': return true;
    case 'enum': return t.name === 'Option' || t.name === 'Result';
    case 'int': case 'float': case 'bool': case 'char': case 'unit': case 'str': case 'ref': case 'fn': case 'range': case 'moved':
    case 'uninit': case 'formatter': case 'entry': case 'string': case 'box': case 'rc': case 'weak': case 'struct': case 'tuple':
    case 'refcell': case 'cell': case 'guard': case 'closure': case 'iter':
      return false;
  }
}

/** A std method on the value at `p` (no auto-deref here). Null: not a method of this kind of value. */
export function callBuiltinMethod(ip: Interp, p: Place, name: string, args: Value[], span: Span, generics: A.Type[]): Value | null {
  const v = p.c[p.i];
  const native = nativeMethod(ip, p, v, name, args, span);
  if (native !== null) return native as Value;
  // `r.into_iter()` on `&C` / `&mut C` for a std collection: `IntoIterator for &C` iterates by reference (it does
  // not move the collection out from behind the reference).
  if (name === 'into_iter' && args.length === 0 && v.k === 'ref' && iterableByRef(v.p.c[v.p.i])) return toIter(ip, v, span);
  // Methods every Clone / Display type has.
  // `Ref`/`RefMut` are not Clone: `c.borrow().clone()` auto-derefs to the borrowed value's clone.
  if (name === 'clone' && v.k !== 'ref' && v.k !== 'guard') return cloneValue(ip, v);
  if (name === 'to_string' && v.k !== 'ref' && v.k !== 'box' && v.k !== 'rc') {
    const t = displayText(ip, v);
    return newString(ip, t, toStringCap(v, t));
  }
  if (name === 'to_owned' && v.k === 'str') return newString(ip, v.s);
  if ((name === 'eq' || name === 'ne') && args.length === 1 && v.k !== 'iter' && v.k !== 'range') { const r = valueEq(ip, v, args[0]); return bool(name === 'eq' ? r : !r); }
  if (name === 'hash' && args.length === 1 && v.k !== 'ref' && v.k !== 'box' && v.k !== 'rc') return hashValue(ip, v, args[0], span);
  if (name === 'clone_from' && args.length === 1 && v.k !== 'ref' && v.k !== 'guard') return cloneFrom(ip, p, v, derefAll(ip, args[0]));
  if ((name === 'lt' || name === 'le' || name === 'gt' || name === 'ge') && args.length === 1 && v.k !== 'ref' && v.k !== 'iter' && v.k !== 'range') {
    // PartialOrd's provided methods, from the type's order (a user `partial_cmp` included); NaN: all false.
    const c = valueCmp(ip, v, args[0]);
    return bool(name === 'lt' ? c < 0 : name === 'le' ? c <= 0 : name === 'gt' ? c > 0 : c >= 0);
  }
  if ((name === 'cmp' || name === 'partial_cmp') && args.length === 1 && v.k !== 'ref' && v.k !== 'iter' && v.k !== 'range') {
    const c = valueCmp(ip, v, args[0]);
    // Unordered (a NaN on either side, also inside a tuple or struct): `partial_cmp` is None.
    if (name === 'partial_cmp' && Number.isNaN(c)) return none();
    const o: EnumV = { k: 'enum', name: 'Ordering', variant: c < 0 ? 'Less' : c > 0 ? 'Greater' : 'Equal', f: [] };
    return name === 'cmp' ? o : some(o);
  }
  // Ord's provided `max` / `min` / `clamp` on a user type or tuple (numbers, strings and iterators have their own):
  // on a tie `max` gives the argument and `min` the receiver, as std does.
  if ((v.k === 'struct' || v.k === 'enum' || v.k === 'tuple') && ((name === 'max' || name === 'min') && args.length === 1 || name === 'clamp' && args.length === 2)) {
    if (name === 'clamp' && valueCmp(ip, args[0], args[1]) > 0) return libPanic(ip, 'assertion failed: min <= max', { file: '/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/cmp.rs', line: 1102, col: 9 }, span);
    const pick = name === 'max' ? (valueCmp(ip, v, args[0]) > 0 ? v : args[0])
      : name === 'min' ? (valueCmp(ip, v, args[0]) <= 0 ? v : args[0])
      : valueCmp(ip, v, args[0]) < 0 ? args[0] : valueCmp(ip, v, args[1]) > 0 ? args[1] : v;
    for (const x of [v, ...args]) if (x !== pick && needsDrop(x)) dropValue(ip, x, null);
    return pick;
  }
  const any = anyTableMethod({ ip, p, v, args, span, generics }, name);
  if (any !== null) return any;
  switch (v.k) {
    case 'rc': return rcTableMethod({ ip, p, v, args, span, generics }, name) ?? rcMethod(ip, v.id, name);
    case 'box': return boxTableMethod({ ip, p, v, args, span, generics }, name);
    case 'weak': return weakMethod(ip, v.id, name);
    case 'refcell': return refcellTableMethod({ ip, p, v, args, span, generics }, name) ?? refcellMethod(ip, p, v, name, args, span);
    case 'cell': return cellTableMethod({ ip, p, v, args, span, generics }, name) ?? cellMethod(ip, v, name, args, span);
    case 'vec': case 'array': case 'slice':
      if (v.k === 'vec' && v.deque && hasDequeMethod(name)) return dequeMethod({ ip, p, v, args, span, generics }, name);
      if (v.k === 'vec' && v.binheap && hasBinaryHeapMethod(name)) return binaryHeapMethod({ ip, p, v, args, span, generics }, name);
      return hasSeqMethod(name) ? seqTableMethod({ ip, p, v, args, span, generics }, name) ?? seqMethod(ip, p, v, name, args, span, generics) : seqMethod(ip, p, v, name, args, span, generics);
    case 'string': case 'str': return strMethod(ip, p, v, name, args, span, generics);
    case 'int': return hasIntMethod(name) ? intTableMethod({ ip, p, v, args, span, generics }, name) : intMethod(ip, v, name, args, span);
    case 'float': return hasFloatMethod(name) ? floatTableMethod({ ip, p, v, args, span, generics }, name) : floatMethod(ip, v, name, args);
    case 'char': return charTableMethod({ ip, p, v, args, span, generics }, name) ?? charMethod(ip, v, name, args, span);
    case 'bool': return boolMethod({ ip, p, v, args, span, generics }, name);
    case 'iter':
      if (name === 'remainder' || name === 'into_remainder') { const r = chunksRemainder(v); if (r) return r; }
      if (name === 'as_str' && args.length === 0 && v.rest) return str(v.rest());
      return adopt(v, hasIterMethod(name) ? iterTableMethod({ ip, p, v, args, span, generics }, name) : iterMethod(ip, v, name, args, span, generics), name);
    case 'range': {
      if (name === 'contains') {
        const x = args[0];
        const lo = v.lo ? valueCmp(ip, x, v.lo) >= 0 : true;
        // An exhausted `a..=b` excludes its end (std's `end_bound`).
        const hi = v.hi ? (v.incl && !v.exhausted ? valueCmp(ip, x, v.hi) <= 0 : valueCmp(ip, x, v.hi) < 0) : true;
        return bool(lo && hi);
      }
      if (name === 'len') return usize(v.exhausted ? 0 : Math.max(0, n(v.hi!) - n(v.lo!) + (v.incl ? 1 : 0)));
      if (name === 'is_empty' && args.length === 0) return bool(rangeIsEmpty(v));
      // `r.next_back()` / `r.nth_back(k)` move the range's end; the front's `&mut self` methods go through an
      // iterator that writes each step back into `r`.
      if ((name === 'next_back' || name === 'nth_back') && rangeStep(v, true)) return rangeBackInPlace(ip, p, name === 'nth_back' ? n(args[0]) : 0);
      const it = (RANGE_FRONT_MUT.has(name) ? rangeInPlace(ip, p) : null) ?? toIter(ip, v, span);
      return hasIterMethod(name) ? iterTableMethod({ ip, p, v: it, args, span, generics }, name) : iterMethod(ip, it, name, args, span, generics);
    }
    case 'struct': case 'enum': {
      if (v.k === 'enum' && (v.name === 'Option' || v.name === 'Result')) return optionTableMethod({ ip, p, v, args, span, generics }, name) ?? optionMethod(ip, p, v, name, args, span);
      if (v.k === 'enum' && v.name === 'Ordering' && !ip.index.enums.has('Ordering')) return orderingMethod({ ip, p, v, args, span, generics }, name);
      if (v.k === 'enum' && v.name === 'Utf8Chunk' && !ip.index.enums.has('Utf8Chunk')) return utf8ChunkMethod(v, name);
      const w = worldMethod(ip, p, v, name, args, span, generics) ?? utfErrorMethod({ ip, p, v, args, span, generics }, name) ?? userWriteMethod(ip, p, name, args, span);
      if (w !== null) return w;
      // Iterator adaptors on a user iterator (`counter.take(3).sum()`).
      const it = userIter(ip, p, span);
      return it ? iterMethod(ip, it, name, args, span, generics) : null;
    }
    case 'formatter': return formatterMethod({ ip, p, v, args, span, generics }, name);
    case 'map': return mapTableMethod({ ip, p, v, args, span, generics }, name) ?? mapMethod(ip, p, v, name, args, span);
    case 'entry': return entryMethod(ip, v, name, args, span);
    // No std methods of their own here: references and guards were dereferenced by the caller (autoderef).
    case 'tuple': case 'unit': case 'ref': case 'guard': case 'fn': case 'closure': case 'moved': case 'uninit':
      return null;
  }
}

/** Iterator methods taking `&mut self` that consume from the front: on a range they move the range itself. */
const RANGE_FRONT_MUT: ReadonlySet<string> = new Set(['next', 'nth', 'by_ref', 'find', 'find_map', 'position', 'any', 'all', 'try_fold', 'try_for_each', 'advance_by']);

/** `a.clone_from(&b)`: a String / Vec keeps its buffer (growing it only when b does not fit), as std does. */
function cloneFrom(ip: Interp, p: Place, v: Value, src: Value): Value {
  if (v.k === 'string' && src.k === 'string') { setText(ip, v.id, ip.heap.get(src.id).text); return UNIT; }
  if (v.k === 'vec' && src.k === 'vec' && !v.deque && !v.binheap) {
    const a = ip.heap.get(v.id);
    for (const old of a.vals) if (needsDrop(old)) dropValue(ip, old, null);
    const items = ip.heap.get(src.id).vals.map((x) => cloneValue(ip, x));
    a.vals = [];
    vecReserve(ip, v.id, items.length);
    a.vals = items;
    return UNIT;
  }
  const fresh = cloneValue(ip, src);
  if (needsDrop(v)) dropValue(ip, v, null);
  p.c[p.i] = fresh;
  return UNIT;
}

/** Capacity of `x.to_string()`: exact for str/String/char/bool and unsigned ints, widest value for signed
 *  ints, amortized growth over the writes for floats and other Display types. */
function toStringCap(v: Value, text: string): number {
  switch (v.k) {
    case 'int': return intToStringCap(v.ty, text);
    case 'float': return afterWrites(0, floatWrites(text));
    case 'str': case 'string': case 'char': case 'bool': return utf8Len(text);
    // A user `Display` (and what delegates to one): counted as one write of the whole text.
    case 'struct': case 'enum': case 'tuple': case 'unit': case 'vec': case 'box': case 'rc': case 'weak': case 'array':
    case 'ref': case 'slice': case 'refcell': case 'cell': case 'guard': case 'fn': case 'closure': case 'iter': case 'range':
    case 'moved': case 'uninit': case 'formatter': case 'map': case 'entry':
      return afterWrites(0, [utf8Len(text)]);
  }
}


/** Run a std method model; a JavaScript TypeError inside it (a call rustc would reject, e.g. a missing
 *  argument, or a case the model does not handle) becomes a diagnostic at the method instead of an
 *  internal error. */
export function guarded<T>(ip: Interp, name: string, span: Span, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof TypeError) return ip.unsupported(`\`.${name}()\` 호출 (인자의 개수나 타입을 확인하세요)`, span);
    throw e;
  }
}

/** A user `impl Trait for [T]` / `for [i32]` / `for [T; N]` method, for a Vec, array or slice receiver. */
function sliceImplMethod(ip: Interp, v: Value, name: string): import('../semantics/program.ts').MethodDef | undefined {
  if (v.k !== 'vec' && v.k !== 'array' && v.k !== 'slice') return undefined;
  let elem: string | undefined; // the element's type name, found only when some `impl … for [T]` has the method
  for (const [self, ms] of ip.index.methods) {
    if (!ms.has(name)) continue;
    const m = /^\[\s*([^;\]]+?)\s*(;\s*(\d+)\s*)?\]$/.exec(self);
    if (!m) continue;
    if (m[3] !== undefined && (v.k !== 'array' || Number(m[3]) !== v.f.length)) continue;
    if (elem === undefined) {
      const first = v.k === 'vec' ? ip.heap.get(v.id).vals[0] : v.k === 'array' ? v.f[0] : v.from < v.to ? v.c[v.from] : undefined;
      elem = first !== undefined ? tyNameOf(first, ip.heap) : v.k === 'vec' ? ip.heap.get(v.id).ty : '_';
    }
    if (m[1] === elem || /^[A-Z]\w*$/.test(m[1]) && !ip.index.structs.has(m[1]) && !ip.index.enums.has(m[1])) return ms.get(name);
  }
  return undefined;
}
