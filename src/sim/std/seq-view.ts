// What the slice method tables see of a Vec / array / slice receiver or argument: the elements it views
// (container, range, root), sub-slices of it, const generic `N`, and write-through array views of its chunks.
import type * as A from '../syntax/ast.ts';
import type { Value, Place, VecV, ArrayV, SliceV } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import type { Alloc } from '../memory/heap.ts';
import { derefAll } from '../semantics/place.ts';
import type { MethodCall } from './method-table.ts';
import { n } from './method-helpers.ts';

export type Seq = VecV | ArrayV | SliceV;

/** The elements a sequence value views: container, range, and the root references point into. */
export interface View { base: Value[]; from: number; to: number; len: number; root: Place['root']; a: Alloc | null }

export function viewOf(ip: Interp, v: Value, p: Place | null): View | null {
  const a = v.k === 'vec' ? ip.heap.get(v.id) : null;
  if (!a && v.k !== 'array' && v.k !== 'slice') return null;
  const base = a ? a.vals : v.k === 'array' ? v.f : (v as SliceV).c;
  const from = v.k === 'slice' ? v.from : 0;
  const to = v.k === 'slice' ? v.to : base.length;
  const root: Place['root'] = a ? { to: 'heap', id: a.id } : v.k === 'slice' ? v.root : p ? p.root : { to: 'temp' };
  return { base, from, to, len: to - from, root, a };
}

export function view(c: MethodCall<Seq>): View {
  return viewOf(c.ip, c.v, c.p)!;
}

/** A view of an argument (`&mut other`, `&[1, 2]`): follows references to the sequence they point at. */
export function argView(ip: Interp, v: Value): View | null {
  let p: Place | null = null;
  while (v.k === 'ref') { p = v.p; v = v.p.c[v.p.i]; }
  if (v.k === 'box') return argView(ip, derefAll(ip, v));
  return viewOf(ip, v, p);
}

export const sliceOf = (w: View, from: number, to: number, mut = false): SliceV => ({ k: 'slice', c: w.base, from, to, root: w.root, mut });
export const truthy = (v: Value): boolean => v.k === 'bool' && v.v;

/** The elements of a sequence argument (copies of the element values, not places). */
export function items(ip: Interp, v: Value): Value[] {
  const d = derefAll(ip, v);
  if (d.k === 'vec') return ip.heap.get(d.id).vals;
  if (d.k === 'array') return d.f;
  if (d.k === 'slice') return d.c.slice(d.from, d.to);
  return [];
}

/** The const generic argument `N` of `as_chunks::<N>()` (lowered as a type named by its value). */
export function constN(c: MethodCall, what: string): number {
  const t = c.generics[0];
  if (t && t.kind === 'PathType' && /^\d+$/.test(t.name)) return Number(t.name);
  return c.ip.unsupported(`\`.${what}()\`의 상수 인자 N을 추론할 수 없습니다 (\`.${what}::<N>()\`로 적어 주세요)`, c.span);
}

/** `[T; n]` whose elements are `base[from..from + n]`: reads and writes go to the viewed elements. */
export function arrayView(base: Value[], from: number, n: number): ArrayV {
  const f = new Proxy([] as Value[], {
    get(t, k, r) {
      if (typeof k === 'string' && /^\d+$/.test(k)) { const i = Number(k); return i < n ? base[from + i] : undefined; }
      if (k === 'length') return n;
      return Reflect.get(t, k, r);
    },
    set(t, k, v, r) {
      if (typeof k === 'string' && /^\d+$/.test(k) && Number(k) < n) { base[from + Number(k)] = v as Value; return true; }
      if (k === 'length') return true;
      return Reflect.set(t, k, v, r);
    },
    has(t, k) { return typeof k === 'string' && /^\d+$/.test(k) ? Number(k) < n : Reflect.has(t, k); },
    ownKeys() { return [...Array.from({ length: n }, (_, i) => String(i)), 'length']; },
    getOwnPropertyDescriptor(t, k) {
      if (k === 'length') return { value: n, writable: true, enumerable: false, configurable: false };
      if (typeof k === 'string' && /^\d+$/.test(k) && Number(k) < n) return { value: base[from + Number(k)], writable: true, enumerable: true, configurable: true };
      return Reflect.getOwnPropertyDescriptor(t, k);
    },
  });
  return { k: 'array', f };
}

/** `count` consecutive `[T; n]` views starting at `base[from]`, as a container: assigning a whole array
 *  to one of them (`*chunk = [1, 2]`, `pairs[0] = [1, 2]`) writes its elements through. */
export function arrayCells(base: Value[], from: number, n: number, count: number): Value[] {
  const cells = Array.from({ length: count }, (_, i) => arrayView(base, from + i * n, n));
  return new Proxy(cells, {
    set(t, k, v, r) {
      if (typeof k === 'string' && /^\d+$/.test(k) && Number(k) < count) {
        const src = v as Value;
        const xs = src.k === 'array' ? src.f : [];
        for (let j = 0; j < n && j < xs.length; j++) base[from + Number(k) * n + j] = xs[j];
        return true;
      }
      return Reflect.set(t, k, v, r);
    },
  });
}

/** `&[T; n]` / `&mut [T; n]` onto `w.base[from..from + n]`. */
export function arrayRef(w: View, from: number, n: number, mut: boolean): Value {
  return { k: 'ref', mut, p: { c: arrayCells(w.base, from, n, 1), i: 0, root: w.root } };
}

/** A slice of `[T; n]` arrays (`as_chunks`): `count` arrays starting at `from`. */
export function arraysSlice(w: View, from: number, n: number, count: number, mut: boolean): SliceV {
  return { k: 'slice', c: arrayCells(w.base, from, n, count), from: 0, to: count, root: w.root, mut };
}

/** The elements of `[[T; n]; count]` (`outer[from..from + count]`) as one flat `[T]` whose reads and writes
 *  go to the inner arrays. */
export function flatView(outer: Value[], from: number, count: number, n: number): Value[] {
  const len = count * n;
  const at = (k: string | symbol): number => (typeof k === 'string' && /^\d+$/.test(k) && Number(k) < len ? Number(k) : -1);
  const arr = (i: number): Value[] => { const a = outer[from + Math.floor(i / n)]; return a.k === 'array' ? a.f : []; };
  return new Proxy([] as Value[], {
    get(t, k, r) {
      const i = at(k);
      if (i >= 0) return arr(i)[i % n];
      if (k === 'length') return len;
      return Reflect.get(t, k, r);
    },
    set(t, k, v, r) {
      const i = at(k);
      if (i >= 0) { arr(i)[i % n] = v as Value; return true; }
      if (k === 'length') return true;
      return Reflect.set(t, k, v, r);
    },
    has(t, k) { return at(k) >= 0 || Reflect.has(t, k); },
  });
}

/** Methods whose const generic `N` can come from the declared type (`let a: Option<&[i32; 4]> = s.as_array();`). */
const CONST_N_METHODS = new Set([
  'as_array', 'as_mut_array', 'first_chunk', 'first_chunk_mut', 'last_chunk', 'last_chunk_mut',
  'split_first_chunk', 'split_first_chunk_mut', 'split_last_chunk', 'split_last_chunk_mut',
]);

/** The const argument a declared type gives such a method: the length of the first array type in it. */
export function constArgFromType(name: string, t: A.Type | undefined): A.Type[] {
  if (!t || !CONST_N_METHODS.has(name)) return [];
  const find = (t: A.Type): A.Type | null => {
    switch (t.kind) {
      case 'ArrayType': {
        const l = t.len;
        if (l.kind !== 'Lit' || l.lit.kind !== 'Int') return null;
        const value = String(l.lit.value);
        return { kind: 'PathType', segments: [{ name: value, args: [], bindings: [], span: t.span }], name: value, text: value, span: t.span };
      }
      case 'PathType': for (const s of t.segments) for (const a of s.args) { const r = find(a); if (r) return r; } return null;
      case 'RefType': return find(t.inner);
      case 'TupleType': for (const a of t.items) { const r = find(a); if (r) return r; } return null;
      case 'SliceType': case 'FnPtrType': case 'TraitObjectType': case 'InferType': case 'NeverType': return null;
    }
  };
  const r = find(t);
  return r ? [r] : [];
}

/** A `usize` argument (index, length, count). A negative number cannot be one — rustc rejects the program —
 *  so it becomes a TypeError, which the method guard reports as a bad argument instead of running on. */
export function u(v: Value): number {
  const x = n(v);
  if (x < 0) throw new TypeError(`negative usize argument ${x}`);
  return x;
}
