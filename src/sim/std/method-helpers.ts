// Small helpers shared by the std method models: argument reads, references into containers, defaults,
// and std's sort (insertion sort for short slices, so key functions run as often as in Rust).
import { sliceIndexOrder, sliceEndOutOfRange, panicReport, SLICE_RANGE_LOCATIONS, BACKTRACE_NOTE } from '../format/panic-message.ts';
import { threadLabel } from '../semantics/threads.ts';
import { PanicSignal } from '../semantics/signals.ts';
import type { Span } from '../syntax/span.ts';
import { type Value, type Place, int, bool, none, str } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { cloneValue } from '../semantics/expr.ts';
import { derefAll } from '../semantics/place.ts';
import { newVec, newString } from '../semantics/buffers.ts';
import { toNumber } from '../memory/int.ts';
import { tyOf } from '../semantics/types.ts';
import { tyName } from '../memory/ty.ts';
import { defaultFor } from './calls.ts';
import { isCopy } from '../semantics/copy.ts';
import { emptyChunks } from '../memory/map-chunks.ts';

export function n(v: Value): number {
  v = derefSimple(v);
  return v.k === 'int' ? toNumber(v.v) : v.k === 'float' ? v.v : 0;
}

export function derefSimple(v: Value): Value {
  while (v.k === 'ref') v = v.p.c[v.p.i];
  return v;
}

export function refTo(c: Value[], i: number, root: Place['root'], mut = false): Value {
  return { k: 'ref', mut, p: { c, i, root } };
}

export function adoptTy(old: Value, v: Value): Value {
  if (v.k === 'int' && v.lit && old.k === 'int') return int(old.ty, v.v);
  return v;
}

/** `T::default()` for the type of `v` (what `mem::take`, `Cell::take` and `or_default` leave behind), read off the
 *  value; a type whose default the simulator cannot build stops with a diagnostic naming the call, never reusing `v`. */
export function defaultLike(ip: Interp, v: Value, span: Span): Value {
  const byType = (): Value => defaultFor(ip, tyOf(v, ip.heap)) ?? ip.unsupported(`\`${tyName(tyOf(v, ip.heap))}\`의 Default 값`, span);
  switch (v.k) {
    case 'int': return int(v.ty, 0, v.lit);
    case 'float': return { k: 'float', ty: v.ty, v: 0 };
    case 'bool': return bool(false);
    case 'string': return newString(ip, '', 0);
    case 'vec': {
      const d = newVec(ip, [], 0, ip.heap.get(v.id).ty);
      if (v.deque) d.deque = true;
      if (v.binheap) d.binheap = true;
      return d;
    }
    case 'str': return str('');
    case 'char': return { k: 'char', v: '\0' };
    case 'unit': return v;
    case 'tuple': return { k: 'tuple', f: v.f.map((x) => defaultLike(ip, x, span)) };
    case 'array': return { ...v, f: v.f.map((x) => defaultLike(ip, x, span)) };
    case 'map': return v.tys ? { k: 'map', kind: v.kind, chunks: emptyChunks(), tys: v.tys } : { k: 'map', kind: v.kind, chunks: emptyChunks() };
    case 'enum': return v.name === 'Option' ? none() : byType();
    // `Box<T>` / `Rc<T>` / `Arc<T>`: a new allocation holding `T::default()`; the cells: `T::default()` inside.
    case 'box': {
      const a = ip.heap.get(v.id);
      const b = ip.heap.alloc('Box', a.ty, [defaultLike(ip, a.vals[0], span)], a.elemSize);
      return { k: 'box', id: b.id };
    }
    case 'rc': {
      const a = ip.heap.get(v.id);
      const b = ip.heap.alloc('Rc', a.ty, [defaultLike(ip, a.vals[0], span)], a.elemSize);
      if (a.arc) b.arc = true;
      return { k: 'rc', id: b.id };
    }
    case 'refcell': return v.lock ? { k: 'refcell', f: [defaultLike(ip, v.f[0], span)], borrow: 0, lock: v.lock } : { k: 'refcell', f: [defaultLike(ip, v.f[0], span)], borrow: 0 };
    case 'cell': return v.atomic ? { k: 'cell', f: [defaultLike(ip, v.f[0], span)], atomic: v.atomic } : { k: 'cell', f: [defaultLike(ip, v.f[0], span)] };
    case 'weak': return { k: 'weak', id: null };
    case 'struct': return byType();
    // No `Default` std models for these (references, guards, closures, iterators…): never the old value again.
    case 'ref': case 'slice': case 'guard': case 'fn': case 'closure': case 'iter': case 'range': case 'moved': case 'uninit':
    case 'formatter': case 'entry':
      return byType();
  }
}

export function derefCopy(ip: Interp, x: Value): Value {
  if (x.k === 'ref') { const t = x.p.c[x.p.i]; return isCopy(ip, t) ? t : cloneValue(ip, t); }
  return x;
}

export function coerceElem(_ip: Interp, items: Value[], v: Value): Value {
  if (v.k === 'int' && v.lit && items.length && items[0].k === 'int' && !items[0].lit) return int((items[0] as { ty: 'i32' }).ty, v.v);
  return v;
}

export function ordering(v: Value): number {
  if (v.k === 'enum' && v.name === 'Ordering') return v.variant === 'Less' ? -1 : v.variant === 'Greater' ? 1 : 0;
  return 0;
}

const td = new TextDecoder();

export function dec(b: Uint8Array): string {
  return td.decode(b);
}

/** Stable sort calling `isLess(a, b)` the way std does for short slices (insertion sort, shifting left),
 *  so key functions with side effects run as often as in Rust; longer slices use a stable merge. */
export function rustSort(xs: Value[], isLess: (a: Value, b: Value) => boolean): Value[] {
  if (xs.length <= 20) {
    for (let i = 1; i < xs.length; i++) {
      const cur = xs[i];
      let j = i;
      while (j > 0 && isLess(cur, xs[j - 1])) {
        xs[j] = xs[j - 1];
        j--;
      }
      xs[j] = cur;
    }
    return xs;
  }
  return xs.sort((a, b) => (isLess(a, b) ? -1 : isLess(b, a) ? 1 : 0));
}

/** A panic raised inside std by a function that is not #[track_caller]: rustc reports std's own source
 *  location (`/rustc/<hash>/library/...:L:C`) instead of the caller's. */
export function libPanic(ip: Interp, message: string, loc: { file: string; line: number; col: number }, at: Span): never {
  const report = panicReport(message, loc.file, loc.line, loc.col, threadLabel(ip.cur));
  ip.eprint(ip.panicked ? report.slice(0, report.length - BACKTRACE_NOTE.length) : report);
  ip.panicked = true;
  ip.unwinding = true;
  ip.note('panic', at.start, `패닉: ${message}`);
  throw new PanicSignal(message, at.start);
}

/** A range argument (`1..`, `..=3`, `..`) as [start, end exclusive] over a sequence of `len`, checked like
 *  `slice::range` (not #[track_caller]: the panic is located in core's slice/index.rs). */
export function rangeArg(ip: Interp, r: Value, len: number, span: Span): [number, number] {
  r = derefAll(ip, r);
  if (r.k !== 'range') return ip.unsupported('범위가 아닌 인자', span);
  const lo = r.lo ? n(r.lo) : 0;
  if (r.hi && r.incl) {
    const end = n(r.hi);
    if (end >= len) return libPanic(ip, sliceEndOutOfRange(end, len), SLICE_RANGE_LOCATIONS.inclusiveEnd, span);
    if (lo > end + 1) return libPanic(ip, sliceIndexOrder(lo, end + 1), SLICE_RANGE_LOCATIONS.order, span);
    return [lo, end + 1];
  }
  const hi = r.hi ? n(r.hi) : len;
  if (hi > len) return libPanic(ip, sliceEndOutOfRange(hi, len), SLICE_RANGE_LOCATIONS.end, span);
  if (lo > hi) return libPanic(ip, sliceIndexOrder(lo, hi), SLICE_RANGE_LOCATIONS.order, span);
  return [lo, hi];
}
