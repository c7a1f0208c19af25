// The sync types under their Rust names in the trace: the machine models an Arc as an Rc block marked `arc`, a Mutex
// or RwLock as a RefCell with `lock`, an atomic as a Cell and lock guards as RefCell guards; the views name them.
import type { Value } from '../memory/value.ts';
import type { Alloc, Heap } from '../memory/heap.ts';
import { ty, tyName, type Ty } from '../memory/ty.ts';
import { parseTyName } from '../semantics/types.ts';
import type { PtrKind } from './schema.ts';

/** Allocation ids seen as Arc blocks (an id is never reused), so a handle to a freed block keeps its name. */
const arcIds = new WeakMap<Heap, Set<number>>();

/** Whether allocation `id` is (or was, when last drawn) an Arc block. */
export function isArc(heap: Heap, id: number): boolean {
  const a = heap.allocs.get(id);
  if (!a) return arcIds.get(heap)?.has(id) ?? false;
  if (!a.arc) return false;
  let ids = arcIds.get(heap);
  if (!ids) arcIds.set(heap, (ids = new Set()));
  ids.add(id);
  return true;
}

/** `t` (a type the machine wrote for `v`) with the sync types it holds named as in Rust, as far as `v` shows them. */
export function syncTy(heap: Heap, t: Ty, v: Value | undefined, depth = 0): Ty {
  if (!v || depth > 8) return t;
  const d = depth + 1;
  const arg = (i: number, x: Value | undefined): Ty[] => t.a.map((a, k) => (k === i ? syncTy(heap, a, x, d) : a));
  switch (v.k) {
    case 'rc': {
      if (t.n !== 'Rc') return t;
      const a = heap.allocs.get(v.id);
      return { n: isArc(heap, v.id) ? 'Arc' : 'Rc', a: arg(0, a && !a.valueDropped ? a.vals[0] : undefined) };
    }
    case 'box':
      return t.n === 'Box' ? { n: 'Box', a: arg(0, heap.allocs.get(v.id)?.vals[0]) } : t;
    case 'vec':
      return t.n === 'Vec' || t.n === 'VecDeque' ? { n: t.n, a: arg(0, heap.allocs.get(v.id)?.vals[0]) } : t;
    case 'refcell':
      return t.n === 'RefCell' ? { n: v.lock ?? 'RefCell', a: arg(0, v.f[0]) } : t;
    case 'cell':
      return v.atomic && t.n === 'Cell' ? ty(v.atomic) : t;
    case 'guard':
      return t.n === 'Ref' || t.n === 'RefMut' ? { n: guardKind(v.mut, v.cell.lock), a: arg(0, v.cell.f[0]) } : t;
    case 'ref':
      return t.n === '&' || t.n === '&mut' ? { n: t.n, a: arg(0, v.p.c[v.p.i]) } : t;
    case 'enum':
      if (t.n === 'Option' || (t.n === 'Result' && v.variant === 'Ok')) return { ...t, a: arg(0, v.f[0]) };
      if (t.n === 'Result' && v.variant === 'Err') return { ...t, a: arg(1, v.f[0]) };
      return t;
    case 'tuple':
      return t.n === 'tuple' ? { n: 'tuple', a: t.a.map((a, k) => syncTy(heap, a, v.f[k], d)) } : t;
    case 'array':
      return t.n === 'array' ? { ...t, a: arg(0, v.f[0]) } : t;
    case 'weak': {
      if (t.n !== 'Weak' || v.id === null) return t;
      const a = heap.allocs.get(v.id);
      return { n: 'Weak', a: arg(0, a && !a.valueDropped ? a.vals[0] : undefined) };
    }
    // A user struct's type is its name; the others hold no sync type the name shows.
    case 'struct': case 'int': case 'float': case 'bool': case 'char': case 'unit': case 'str': case 'string': case 'slice':
    case 'fn': case 'closure': case 'iter': case 'range': case 'moved': case 'uninit': case 'formatter': case 'map': case 'entry':
      return t;
  }
}

/** The type name of a value as the machine writes it, with the sync types named. */
export function syncTyName(heap: Heap, name: string, v: Value): string {
  if (!/Rc<|Cell<|Ref<|RefMut</.test(name)) return name;
  const t = parseTyName(name);
  // Only a name the parser reads back exactly (not `Rc<dyn Fn(i32)>`) is rewritten.
  return tyName(t) === name ? tyName(syncTy(heap, t, v)) : name;
}

/** An allocation's content type (HeapObject.ty) with the sync types named. */
export function heapTyName(heap: Heap, a: Alloc): string {
  if (a.kind === 'String' || (a.kind === 'Rc' && a.valueDropped)) return a.ty;
  return syncTyName(heap, a.ty, a.vals[0]);
}

/** A lock guard's pointer kind: `MutexGuard`, `RwLockReadGuard` / `RwLockWriteGuard`, or a RefCell's `Ref` / `RefMut`. */
export function guardKind(mut: boolean, lock: 'Mutex' | 'RwLock' | undefined): PtrKind {
  if (lock === 'Mutex') return 'MutexGuard';
  if (lock === 'RwLock') return mut ? 'RwLockWriteGuard' : 'RwLockReadGuard';
  return mut ? 'RefMut' : 'Ref';
}
