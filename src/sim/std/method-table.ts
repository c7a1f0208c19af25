// The registry of std method tables keyed by type: each type's module registers one table (one entry per
// method), and the static check and the coverage report derive the list of what exists from it.
import type * as A from '../syntax/ast.ts';
import type { Span } from '../syntax/span.ts';
import type { Value, Place } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';

/** Type groups as the coverage list names them (`int` is every integer type). */
export type TypeGroup =
  | 'int' | 'float' | 'bool' | 'char' | 'str' | 'String' | 'slice' | 'Vec' | 'VecDeque'
  | 'HashMap' | 'HashSet' | 'BTreeMap' | 'BTreeSet' | 'BinaryHeap' | 'Option' | 'Result'
  | 'Rc' | 'Weak' | 'Cell' | 'RefCell' | 'Iterator' | 'Ordering' | 'Formatter' | 'Entry' | 'UtfError' | 'Box' | 'Any';

/** What a method sees: the receiver's place and value, its arguments, turbofish and call span. */
export interface MethodCall<V extends Value = Value> {
  ip: Interp;
  p: Place;
  v: V;
  args: Value[];
  span: Span;
  generics: A.Type[];
}

export type Method<V extends Value = Value> = (c: MethodCall<V>) => Value | null;
export type MethodTable<V extends Value = Value> = Readonly<Record<string, Method<V>>>;

const tables = new Map<TypeGroup, Record<string, unknown>>();

/** Register `table` as (part of) `group`'s methods; returns it for the module's dispatcher. */
export function methods<V extends Value>(group: TypeGroup, table: MethodTable<V>): MethodTable<V> {
  const t = tables.get(group) ?? {};
  Object.assign(t, table);
  tables.set(group, t);
  return table;
}

/** Look a method up in a table without touching Object.prototype (`constructor`, `toString`). */
export function lookup<V extends Value>(table: MethodTable<V>, name: string): Method<V> | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined;
}

export function isRegisteredMethod(name: string): boolean {
  for (const t of tables.values()) if (Object.hasOwn(t, name)) return true;
  return false;
}

/** Every registered method name per group (for the check and the coverage report). */
export function registeredMethods(): Map<TypeGroup, string[]> {
  const out = new Map<TypeGroup, string[]>();
  for (const [g, t] of tables) out.set(g, Object.keys(t).sort());
  return out;
}

/** Records which (group, method) pairs a run dispatched, when a recorder is installed (coverage tool). */
let recorder: Set<string> | null = null;
export function recordUsage(into: Set<string> | null): void {
  recorder = into;
}
export function used(group: string, name: string): void {
  if (recorder) recorder.add(`${group}::${name}`);
}

/** Record a method call on `v` under its group (an `Arc` block is an Rc value marked `arc`). */
export function usedOn(ip: Interp, v: Value, name: string): void {
  if (!recorder) return;
  used(v.k === 'rc' && ip.heap.allocs.get(v.id)?.arc ? 'Arc' : groupOf(v) ?? '?', name);
}

/** The coverage group of a receiver value (null: not a std type). */
export function groupOf(v: Value): string | null {
  switch (v.k) {
    case 'int': return 'int';
    case 'float': return 'float';
    case 'bool': return 'bool';
    case 'char': return 'char';
    case 'str': return 'str';
    case 'string': return 'String';
    case 'vec': return v.deque ? 'VecDeque' : v.binheap ? 'BinaryHeap' : 'Vec';
    case 'array': return 'array';
    case 'slice': return 'slice';
    case 'rc': return 'Rc';
    case 'weak': return 'Weak';
    case 'cell': return 'Cell';
    case 'refcell': return 'RefCell';
    case 'guard': return v.mut ? 'RefMut' : 'Ref';
    case 'iter': case 'range': return 'Iterator';
    case 'map': return v.kind;
    case 'entry': return 'Entry';
    case 'formatter': return 'Formatter';
    case 'enum': return v.name === 'Option' || v.name === 'Result' || v.name === 'Ordering' ? v.name : null;
    case 'struct': return v.name === 'Reverse' ? 'Reverse' : null;
    case 'box': return 'Box';
    case 'unit': case 'tuple': case 'ref': case 'fn': case 'closure': case 'moved': case 'uninit': return null;
  }
}
