// The simulated heap: numbered allocations (Box, Rc, Vec buffer, String buffer) with sizes, counts and capacity.
// Pure data and bookkeeping; dropping the *contents* is the evaluator's drop glue (semantics/drop.ts).
import type { Value } from './value.ts';
import type { Ty } from './ty.ts';

export type HeapKind = 'Box' | 'Rc' | 'Vec' | 'String';

export interface Alloc {
  id: number;
  kind: HeapKind;
  /** Content type as Rust spells it: 'List', 'i32'; for Vec the element type. */
  ty: string;
  /** Box/Rc: [value]; Vec: the elements. */
  vals: Value[];
  /** String buffer text. */
  text: string;
  /** Vec/String capacity (elements / bytes). */
  cap: number;
  /** Bytes per element (Vec), per value (Box/Rc: size_of T). */
  elemSize: number;
  strong: number;
  weak: number;
  /** Rc whose value has been dropped (strong hit 0) but the block is kept alive by weak refs. */
  valueDropped: boolean;
  live: boolean;
  /** An Rc block that is an `Arc` (atomically counted; drawn like Rc). */
  arc?: boolean;
}

/** A read or write of a heap block that was freed (or never was): the program used a moved or dropped value —
 *  something rustc rejects and the checker missed. The run stops with a diagnostic, never touching the block. */
export class FreedBlockError extends Error {
  constructor(readonly id: number | undefined) {
    super(id === undefined || !Number.isFinite(id) ? 'heap block of a non-heap value' : `heap #${id} not found`);
  }
}

export class Heap {
  private next = 1;
  /** size_of for a type name (set by the evaluator, which knows the program's types). */
  sizeOf: (tyName: string) => number = () => 4;
  /** Turns a collected Vec into a map/set (set by the evaluator; `let m: HashMap<_, _> = iter.collect()`). */
  toMap: ((vecId: number, kind: string) => Value) | undefined = undefined;
  /** Turns a collected Vec of `Result`s / `Option`s into `Result<C, E>` / `Option<C>` (set by the evaluator). */
  toTry: ((vecId: number, ty: Ty) => Value | null) | undefined = undefined;
  /** Reorders a collected Vec's buffer into std's BinaryHeap order (set by the evaluator). */
  toHeap: ((vecId: number) => void) | undefined = undefined;
  readonly allocs = new Map<number, Alloc>();

  alloc(kind: HeapKind, ty: string, vals: Value[], elemSize: number, cap = 0, text = ''): Alloc {
    const a: Alloc = { id: this.next++, kind, ty, vals, text, cap, elemSize, strong: kind === 'Rc' ? 1 : 0, weak: 0, valueDropped: false, live: true };
    this.allocs.set(a.id, a);
    return a;
  }

  get(id: number): Alloc {
    const a = this.allocs.get(id);
    if (!a) throw new FreedBlockError(id);
    return a;
  }

  free(id: number): void {
    const a = this.allocs.get(id);
    if (a) a.live = false;
    this.allocs.delete(id);
  }

  /** Block size in bytes as the allocator sees it. */
  static size(a: Alloc): number {
    switch (a.kind) {
      case 'Box': return a.elemSize;
      case 'Rc': return 16 + a.elemSize;
      case 'Vec': return a.cap * a.elemSize;
      case 'String': return a.cap;
    }
  }

  live(): Alloc[] {
    return [...this.allocs.values()].sort((x, y) => x.id - y.id);
  }
}

/** RawVec::grow_amortized: the capacity after needing room for `required` elements. */
export function grownCap(cap: number, required: number, elemSize: number): number {
  if (required <= cap) return cap;
  const minNonZero = elemSize === 1 ? 8 : elemSize <= 1024 ? 4 : 1;
  return Math.max(cap * 2, required, minNonZero);
}
