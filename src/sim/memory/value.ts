// Runtime values of the simulated Rust program: scalars, aggregates, handles to heap allocations, references.
// Aggregates are mutable JS objects owned by exactly one place; a Place is (container array, index).
import type { IntTy } from '../format/fmt-value.ts';

export type { IntTy };
export type FloatTy = 'f32' | 'f64';

/** A memory location: element `i` of a container array (frame slots, struct fields, Vec items, Box cell…). */
export interface Place {
  c: Value[];
  i: number;
  /** Where the root of this place lives, for drawing reference arrows. */
  root: Root;
}

export type Root = { to: 'slot'; frame: number; slot: number } | { to: 'heap'; id: number } | { to: 'static' } | { to: 'temp' };

export interface IntV { k: 'int'; ty: IntTy; v: number | bigint; lit?: boolean }
export interface FloatV { k: 'float'; ty: FloatTy; v: number; lit?: boolean }
export interface BoolV { k: 'bool'; v: boolean }
export interface CharV { k: 'char'; v: string }
export interface UnitV { k: 'unit' }
/** &str: static text or a view into a String (root says which). */
export interface StrV { k: 'str'; s: string; root: Root }
export interface StringV { k: 'string'; id: number }
export interface VecV { k: 'vec'; id: number; /** A `VecDeque` (same buffer model, double-ended methods). */ deque?: true; /** A `BinaryHeap` (the buffer in std's heap order). */ binheap?: true }
export interface BoxV { k: 'box'; id: number }
export interface RcV { k: 'rc'; id: number }
export interface WeakV { k: 'weak'; id: number | null }
export interface StructV { k: 'struct'; name: string; f: Value[]; tuple: boolean }
export interface EnumV { k: 'enum'; name: string; variant: string; f: Value[]; names?: string[] }
export interface TupleV { k: 'tuple'; f: Value[] }
export interface ArrayV { k: 'array'; f: Value[]; elemTy?: string }
export interface RefV { k: 'ref'; mut: boolean; p: Place }
/** A slice reference (&v[..], v.iter() source): elements of a container from..to. */
export interface SliceV { k: 'slice'; c: Value[]; from: number; to: number; root: Root; mut: boolean }
/** RefCell; also Mutex / RwLock (`lock`), whose borrow count is the lock state and `poisoned` set by a panic. */
export interface RefCellV { k: 'refcell'; f: Value[]; borrow: number; lock?: 'Mutex' | 'RwLock'; poisoned?: boolean; /** Thread holding the (write) lock. */ holder?: number }
/** Cell; also the atomics (`atomic` is the type name: 'AtomicUsize', 'AtomicBool', …). */
export interface CellV { k: 'cell'; f: Value[]; atomic?: string }
/** Ref / RefMut guard from RefCell::borrow / borrow_mut. */
export interface GuardV {
  k: 'guard'; mut: boolean; cell: RefCellV; root: Root; released: boolean;
  /** `Ref::map(r, |v| &v.field)`: the part of the cell's value this guard leads to (absent: all of it). */
  at?: Place;
}

/** The place a Ref / RefMut / lock guard dereferences to. */
export function guardPlace(g: GuardV): Place {
  return g.at ?? { c: g.cell.f, i: 0, root: g.root };
}
export interface FnV { k: 'fn'; name: string }
export interface ClosureV { k: 'closure'; id: number; text: string; env: unknown; node: unknown; /** `move` closures: env slots whose values the closure owns. */ owned?: number[] }
/** An iterator over a sequence of values (ranges, vec iters, chars, map adaptors). */
export interface IterV { k: 'iter'; next: () => Value | null; desc: string; /** `.clone()`: an iterator at the same position with its own state (absent: not modelled). */ fork?: () => IterV; /** `next_back` (DoubleEndedIterator): the next item from the back, a cursor of its own. */ back?: () => Value | null; /** `len` (ExactSizeIterator): how many items are left. */ len?: () => bigint; /** `back` and `len` are exactly what std offers (absent: not offered). Without it a finite source without side effects is read into a buffer the first time it is used from the back. */ fixed?: true; /** `nth_back(k)` without stepping k times (a range). */ skipBack?: (k: bigint) => void; /** `Chars::as_str`: the text not yet iterated. */ rest?: () => string; /** Knows its exact length (TrustedLen): collect allocates exactly. */ exact?: boolean; /** What it prints with `{}` and `{:?}` (the escape iterators: `c.escape_default()`); no debug: not modelled. */ shown?: { display: string; debug?: string } }
export interface RangeV { k: 'range'; lo: Value | null; hi: Value | null; incl: boolean; /** A `RangeInclusive` that yielded its last item (std's `exhausted`). */ exhausted?: true }
/** Marker left in a place whose value was moved out (partial moves). */
export interface MovedV { k: 'moved' }
export interface UninitV { k: 'uninit' }

export type Value =
  | IntV | FloatV | BoolV | CharV | UnitV | StrV | StringV | VecV | BoxV | RcV | WeakV
  | StructV | EnumV | TupleV | ArrayV | RefV | SliceV | RefCellV | CellV | GuardV | FnV | ClosureV
  | IterV | RangeV | MovedV | UninitV | FormatterV | MapV | EntryV;

export const UNIT: UnitV = { k: 'unit' };
export const MOVED: MovedV = { k: 'moved' };
export const UNINIT: UninitV = { k: 'uninit' };
export const TRUE: BoolV = { k: 'bool', v: true };
export const FALSE: BoolV = { k: 'bool', v: false };
export const STATIC: Root = { to: 'static' };
export const TEMP: Root = { to: 'temp' };

export function bool(b: boolean): BoolV {
  return b ? TRUE : FALSE;
}
/** Typed integers in this range are shared: one value per type and number (values are never changed in place). */
const SMALL_MIN = -128, SMALL_MAX = 1023;
const S_I8: IntV[] = [], S_I16: IntV[] = [], S_I32: IntV[] = [], S_I64: IntV[] = [], S_I128: IntV[] = [], S_ISIZE: IntV[] = [];
const S_U8: IntV[] = [], S_U16: IntV[] = [], S_U32: IntV[] = [], S_U64: IntV[] = [], S_U128: IntV[] = [], S_USIZE: IntV[] = [];

/** The shared values of type `ty`: a switch on the name (a keyed load from a table costs more, on every result). */
function smallOf(ty: IntTy): IntV[] {
  switch (ty) {
    case 'i32': return S_I32;
    case 'usize': return S_USIZE;
    case 'u64': return S_U64;
    case 'u32': return S_U32;
    case 'i64': return S_I64;
    case 'u8': return S_U8;
    case 'i8': return S_I8;
    case 'i16': return S_I16;
    case 'u16': return S_U16;
    case 'isize': return S_ISIZE;
    case 'i128': return S_I128;
    case 'u128': return S_U128;
  }
}

/** The typed (not literal) integer `v` of type `ty`, a safe integer already in range: small ones allocate nothing. */
export function typedInt(ty: IntTy, v: number): IntV {
  if (v >= SMALL_MIN && v <= SMALL_MAX) {
    const c = smallOf(ty);
    // Filled whole on first use (a packed array: writing sparse indices would make it a dictionary).
    if (c.length === 0) for (let n = SMALL_MIN; n <= SMALL_MAX; n++) c.push({ k: 'int', ty, v: n });
    return c[v - SMALL_MIN];
  }
  return { k: 'int', ty, v };
}

export function int(ty: IntTy, v: number | bigint, lit?: boolean): IntV {
  if (typeof v === 'bigint' && v >= -9007199254740991n && v <= 9007199254740991n) v = Number(v);
  return lit ? { k: 'int', ty, v, lit } : { k: 'int', ty, v };
}
export function usize(n: number): IntV {
  return { k: 'int', ty: 'usize', v: n };
}
export function some(v: Value): EnumV {
  return { k: 'enum', name: 'Option', variant: 'Some', f: [v] };
}
export const NONE: EnumV = { k: 'enum', name: 'Option', variant: 'None', f: [] };
export function none(): EnumV {
  return { k: 'enum', name: 'Option', variant: 'None', f: [] };
}
export function ok(v: Value): EnumV {
  return { k: 'enum', name: 'Result', variant: 'Ok', f: [v] };
}
export function err(v: Value): EnumV {
  return { k: 'enum', name: 'Result', variant: 'Err', f: [v] };
}
export function str(s: string, root: Root = STATIC): StrV {
  return { k: 'str', s, root };
}
/** The values held inline in `v` (a struct's or enum's fields, a tuple's or array's elements, a cell's content), or
 *  null for a value with none: a scalar, a handle or reference to elsewhere, or a machine value. */
export function inlineParts(v: Value): Value[] | null {
  switch (v.k) {
    case 'struct': case 'enum': case 'tuple': case 'array': case 'refcell': case 'cell':
      return v.f;
    case 'int': case 'float': case 'bool': case 'char': case 'unit': case 'str': case 'string': case 'vec': case 'box':
    case 'rc': case 'weak': case 'ref': case 'slice': case 'guard': case 'fn': case 'closure': case 'iter': case 'range':
    case 'moved': case 'uninit': case 'formatter': case 'map': case 'entry':
      return null;
  }
}

export function num(v: Value): number {
  return (v as IntV).v as number;
}

/** HashMap / BTreeMap / HashSet / BTreeSet. Kept inline (its table is not drawn as a heap block).
 *  Hash containers iterate in insertion order here (real Rust's order is unspecified); BTree ones in key order. */
/** A run of a map's entries (see map-chunks.ts): keys and values side by side. */
export interface MapChunk { keys: Value[]; vals: Value[] }
/** `chunks`: sorted chunks for BTree*, one chunk in insertion order for Hash* (never empty: `[{ keys: [], vals: [] }]`). */
export interface MapV { k: 'map'; kind: 'HashMap' | 'BTreeMap' | 'HashSet' | 'BTreeSet'; chunks: MapChunk[]; /** Hash*: hashbrown's bucket count (capacity), or a `with_capacity` request not yet sized. */ buckets?: number; requested?: number; /** Hash*: the hasher builder (`with_hasher`), one slot so `hasher()` can point at it. */ hasher?: Value[]; /** Declared key (and value) types, when known (`entry().or_default()`). */ tys?: import('./ty.ts').Ty[] }
/** `map.entry(key)`. */
export interface EntryV { k: 'entry'; map: MapV; key: Value; root: Root }

/** The `&mut fmt::Formatter` handed to a user `Display`/`Debug` impl: collects what `write!` writes. */
export interface FormatterV {
  k: 'formatter'; out: string[];
  /** The placeholder's spec (`{:>6}`), when called by a format. */ spec?: import('../format/fmt-value.ts').ConcreteSpec;
  /** A `debug_struct` / `debug_tuple` / `debug_list` / `debug_set` / `debug_map` builder writing into `out`. */
  builder?: { kind: 'struct' | 'tuple' | 'list' | 'set' | 'map'; name: string; parts: string[]; key?: string };
}
