// Converts the evaluator's live state into the trace schema's views: ValueView for slot contents,
// HeapObject for allocations, with pointers resolved to frame/slot indices as the diagram draws them.
import type { ValueView, PtrTarget, HeapObject, Slot } from './schema.ts';
import { type Value, type Root, inlineParts } from '../memory/value.ts';
import { Heap, type Alloc } from '../memory/heap.ts';
import { tyName } from '../memory/ty.ts';
import type { Interp, FrameRec } from '../semantics/interp.ts';
import { tyNameOf } from '../semantics/types.ts';
import { debugText } from '../semantics/fmt-bridge.ts';
import { utf8Len } from '../semantics/buffers.ts';
import { allKeys, allVals } from '../memory/map-chunks.ts';
import { closureFrameById, drawsSlot } from '../std/thread.ts';
import { guardKind, heapTyName, isArc, syncTyName } from './sync-names.ts';

/** Longest Vec/array drawn element by element and longest String text drawn; `len` stays exact. */
export const MAX_VIEW_ITEMS = 256;
export const MAX_VIEW_TEXT = 4096;

/** Frame id → (layout slot index → index in the drawn Frame.slots). */
export type SlotMaps = Map<number, Map<number, number>>;

const STATE = ['live', 'live', 'moved', 'dropped'] as const;

/** What a drawn value depends on outside itself, collected while it is drawn (the recorder re-draws a holder when
 *  one of these changes): heap blocks its handles point at, frames its references point into, and `volatile` when
 *  it holds a reference (whose target may be written through it at any step) or needs a search to draw. */
export interface ViewDeps {
  heap: number[];
  frames: number[];
  volatile: boolean;
}

let deps: ViewDeps | null = null;

/** Collect the dependencies of the values drawn from now on into `d` (null: stop collecting). */
export function collectViewDeps(d: ViewDeps | null): void {
  deps = d;
}

export function slotMaps(frames: FrameRec[]): SlotMaps {
  const maps: SlotMaps = new Map();
  for (const f of frames) {
    const m = new Map<number, number>();
    for (let s = 0; s < f.state.length; s++) if (f.state[s] !== 0 && drawsSlot(f, s)) m.set(s, m.size);
    maps.set(f.id, m);
  }
  return maps;
}

export function slotView(ip: Interp, f: FrameRec, s: number, maps: SlotMaps): Slot {
  const declared = f.layout.tys[s];
  const v = f.vals[s];
  return {
    name: f.layout.names[s],
    ty: declared && !declared.a.some((x) => x.n === '_') && declared.n !== '_' ? tyName(declared) : safeTyName(ip, v),
    value: valueView(ip, v, maps),
    state: STATE[f.state[s]],
    declLine: f.layout.lines[s],
  };
}

/** Values whose view cannot change while the same JS object sits in a slot (scalars, string literals). */
export function isFrozenView(v: Value): boolean {
  switch (v.k) {
    case 'int': case 'float': case 'bool': case 'char': case 'unit': case 'fn': case 'uninit': case 'moved':
      return true;
    case 'str': return v.root.to === 'static';
    case 'string': case 'vec': case 'box': case 'rc': case 'weak': case 'struct': case 'enum': case 'tuple': case 'array':
    case 'ref': case 'slice': case 'refcell': case 'cell': case 'guard': case 'closure': case 'iter': case 'range':
    case 'formatter': case 'map': case 'entry':
      return false;
  }
}

function safeTyName(ip: Interp, v: Value): string {
  try {
    return syncTyName(ip.heap, tyNameOf(v, ip.heap), v);
  } catch {
    return '?';
  }
}

function target(ip: Interp, r: Root, maps: SlotMaps, at?: { c: Value[]; i: number }): PtrTarget {
  switch (r.to) {
    case 'slot': {
      // A thread's closure frame shares its creator's slots: what it borrows is drawn in the creator's frame.
      const cf = closureFrameById(ip, r.frame);
      const frame = cf && (r.slot < cf.from || r.slot >= cf.to) ? cf.creator.id : r.frame;
      if (deps) deps.frames.push(frame), (deps.volatile = true);
      const idx = maps.get(frame)?.get(r.slot);
      if (idx === undefined) return { to: 'dangling' };
      const t: PtrTarget = { to: 'slot', frame, slot: idx };
      const path = at ? slotPath(ip, r.frame, r.slot, at) : '';
      if (path) t.path = path;
      return t;
    }
    case 'heap': {
      if (deps) deps.heap.push(r.id), (deps.volatile = true);
      const a = ip.heap.allocs.get(r.id);
      if (!a) return { to: 'dangling' };
      const t: PtrTarget = { to: 'heap', id: r.id };
      const path = at ? heapPath(ip, a, at) : '';
      if (path) t.path = path;
      return t;
    }
    case 'static': return { to: 'static' };
    case 'temp':
      if (deps) deps.volatile = true;
      return at ? owner(ip, at.c[at.i], maps) : { to: 'dangling' };
  }
}

/** Most slots and blocks searched for the owner of a value reached through a temporary place. */
const OWNER_SEARCH = 4096;

/** Where a value reached through a temporary place really lives (e.g. `self` in `Drop::drop`, whose value is
 *  still in its slot or heap block while it is dropped): found by identity; aggregates only. */
function owner(ip: Interp, v: Value | undefined, maps: SlotMaps): PtrTarget {
  if (!v || !(v.k === 'struct' || v.k === 'enum' || v.k === 'tuple' || v.k === 'array')) return { to: 'dangling' };
  let budget = OWNER_SEARCH;
  for (let k = ip.frames.length - 1; k >= 0 && budget > 0; k--) {
    const f = ip.frames[k];
    for (let s = 0; s < f.vals.length && budget-- > 0; s++) {
      if (f.vals[s] !== v) continue;
      const idx = maps.get(f.id)?.get(s);
      if (idx !== undefined) return { to: 'slot', frame: f.id, slot: idx };
    }
  }
  for (const a of ip.heap.allocs.values()) {
    if (budget-- <= 0) break;
    const i = a.kind === 'String' ? -1 : a.vals.indexOf(v);
    if (i < 0) continue;
    return a.kind === 'Vec' ? { to: 'heap', id: a.id, path: `[${i}]` } : { to: 'heap', id: a.id };
  }
  return { to: 'dangling' };
}

// ---------------------------------------------------------------- which part a reference points at

/** Deepest parts searched for the place a reference points into (fields of fields…). */
const PATH_DEPTH = 6;

/** Row-path step of part `i` of an aggregate (see PtrTarget.path in the schema). */
function partLabel(ip: Interp, v: Value, i: number): string {
  switch (v.k) {
    case 'struct':
      return v.tuple ? `.${i}` : `.${ip.index.structs.get(v.name)?.fieldNames[i] ?? i}`;
    case 'enum':
      return v.names ? `.${v.names[i]}` : `.${i}`;
    case 'array':
      return `[${i}]`;
    case 'refcell': case 'cell':
      return '.value';
    case 'tuple': case 'int': case 'float': case 'bool': case 'char': case 'unit': case 'str': case 'string': case 'vec':
    case 'box': case 'rc': case 'weak': case 'ref': case 'slice': case 'guard': case 'fn': case 'closure': case 'iter':
    case 'range': case 'moved': case 'uninit': case 'formatter': case 'map': case 'entry':
      return `.${i}`;
  }
}

/** Path from `v` to the place (container `c`, index `i`), or null when the place is not inside `v`. */
function pathIn(ip: Interp, v: Value, at: { c: Value[]; i: number }, depth: number): string | null {
  if (depth > PATH_DEPTH) return null;
  const f = inlineParts(v);
  if (f === null) return null;
  if (f === at.c) return partLabel(ip, v, at.i);
  for (let k = 0; k < f.length && k < MAX_VIEW_ITEMS; k++) {
    const sub = pathIn(ip, f[k], at, depth + 1);
    if (sub !== null) return partLabel(ip, v, k) + sub;
  }
  return null;
}

function slotPath(ip: Interp, frame: number, slot: number, at: { c: Value[]; i: number }): string {
  const f = ip.frames.find((x) => x.id === frame);
  if (!f || (at.c === f.vals && at.i === slot)) return '';
  return pathIn(ip, f.vals[slot], at, 0) ?? '';
}

function heapPath(ip: Interp, a: Alloc, at: { c: Value[]; i: number }): string {
  const vec = a.kind === 'Vec';
  if (at.c === a.vals) return vec ? `[${at.i}]` : '';
  for (let k = 0; k < a.vals.length && k < MAX_VIEW_ITEMS; k++) {
    const sub = pathIn(ip, a.vals[k], at, 0);
    if (sub !== null) return (vec ? `[${k}]` : '') + sub;
  }
  return '';
}

function heapTarget(ip: Interp, id: number): PtrTarget {
  if (deps) deps.heap.push(id);
  const a = ip.heap.allocs.get(id);
  if (!a || ((a.kind === 'Vec' || a.kind === 'String') && a.cap === 0)) return { to: 'dangling' };
  return { to: 'heap', id };
}

export function valueView(ip: Interp, v: Value, maps: SlotMaps, depth = 0): ValueView {
  if (depth > 50) return { k: 'prim', ty: '…', text: '…' };
  const d = depth + 1;
  switch (v.k) {
    case 'int': return { k: 'prim', ty: v.ty, text: String(v.v) };
    case 'float': return { k: 'prim', ty: v.ty, text: debugText(ip, v) };
    case 'bool': return { k: 'prim', ty: 'bool', text: String(v.v) };
    case 'char': return { k: 'prim', ty: 'char', text: debugText(ip, v) };
    case 'unit': return { k: 'prim', ty: '()', text: '()' };
    case 'str': return { k: 'str', text: v.s, target: target(ip, v.root, maps) };
    case 'string': return { k: 'ptr', kind: 'String', target: heapTarget(ip, v.id), ty: 'String' };
    case 'vec': return { k: 'ptr', kind: 'Vec', target: heapTarget(ip, v.id), ty: safeTyName(ip, v) };
    case 'box': {
      if (deps) deps.heap.push(v.id);
      const a = ip.heap.allocs.get(v.id);
      return { k: 'ptr', kind: 'Box', target: a && !isAllocated(a) ? { to: 'dangling' } : heapTarget(ip, v.id), ty: safeTyName(ip, v) };
    }
    case 'rc': return { k: 'ptr', kind: isArc(ip.heap, v.id) ? 'Arc' : 'Rc', target: heapTarget(ip, v.id), ty: safeTyName(ip, v) };
    case 'weak': {
      // A Weak whose value was dropped still points at the block (the husk: strong 0, weak > 0).
      if (deps && v.id !== null) deps.heap.push(v.id);
      const a = v.id === null ? undefined : ip.heap.allocs.get(v.id);
      return { k: 'ptr', kind: 'Weak', target: a ? { to: 'heap', id: a.id } : { to: 'dangling' }, ty: safeTyName(ip, v) };
    }
    case 'ref': return { k: 'ptr', kind: v.mut ? 'ref-mut' : 'ref', target: target(ip, v.p.root, maps, v.p), ty: safeTyName(ip, v) };
    case 'slice': return { k: 'ptr', kind: v.mut ? 'ref-mut' : 'ref', target: target(ip, v.root, maps, { c: v.c, i: v.from }), ty: safeTyName(ip, v) };
    case 'guard': return { k: 'ptr', kind: guardKind(v.mut, v.cell.lock), target: target(ip, v.root, maps, cellPlace(ip, v.root, v.cell)), ty: safeTyName(ip, v) };
    case 'struct': {
      const def = ip.index.structs.get(v.name);
      if (v.tuple) return { k: 'tuple-struct', name: v.name, items: viewsOf(ip, v.f, maps, d) };
      return { k: 'struct', name: v.name, fields: v.f.map((x, i) => [def?.fieldNames[i] ?? String(i), valueView(ip, x, maps, d)] as [string, ValueView]) };
    }
    case 'enum': {
      const out: ValueView = { k: 'enum', name: v.name, variant: v.variant };
      if (v.names) out.fields = v.f.map((x, i) => [v.names![i], valueView(ip, x, maps, d)] as [string, ValueView]);
      else if (v.f.length) out.items = viewsOf(ip, v.f, maps, d);
      return out;
    }
    case 'tuple': return { k: 'tuple', items: viewsOf(ip, v.f, maps, d) };
    case 'array': return { k: 'array', items: viewsOf(ip, v.f, maps, d, MAX_VIEW_ITEMS) };
    case 'refcell': {
      // A borrowed cell is released by its guard's drop, which may happen where no lookup reaches the cell.
      if (deps && v.borrow !== 0) deps.volatile = true;
      const c: ValueView = { k: 'cell', kind: 'RefCell', borrow: v.borrow < 0 ? { state: 'mut' } : v.borrow > 0 ? { state: 'shared', count: v.borrow } : { state: 'unborrowed' }, value: valueView(ip, v.f[0], maps, d) };
      if (v.lock) Object.assign(c, { lock: v.lock, poisoned: !!v.poisoned }, v.holder !== undefined && v.borrow < 0 ? { holder: v.holder } : {});
      return c;
    }
    case 'cell': return v.atomic ? { k: 'cell', kind: 'Cell', borrow: { state: 'unborrowed' }, value: valueView(ip, v.f[0], maps, d), atomic: v.atomic } : { k: 'cell', kind: 'Cell', borrow: { state: 'unborrowed' }, value: valueView(ip, v.f[0], maps, d) };
    case 'fn': return { k: 'fn', name: v.name };
    case 'closure': return { k: 'closure', text: v.text };
    case 'iter': return { k: 'prim', ty: v.desc, text: v.desc };
    case 'range': return { k: 'prim', ty: 'Range', text: debugText(ip, v) };
    case 'formatter': return { k: 'prim', ty: 'Formatter', text: 'Formatter' };
    case 'moved': return { k: 'uninit' };
    case 'uninit': return { k: 'uninit' };
    case 'map':
    {
      const keys = allKeys(v), vals = allVals(v);
      if (v.kind.endsWith('Set')) return { k: 'tuple-struct', name: v.kind, items: viewsOf(ip, keys, maps, d) };
      return { k: 'struct', name: v.kind, fields: keys.map((key, i) => [debugText(ip, key), valueView(ip, vals[i], maps, d)] as [string, ValueView]) };
    }
    case 'entry': return { k: 'prim', ty: 'Entry', text: `Entry(${debugText(ip, v.key)})` };
  }
}

/** Views of the first `max` values of `xs` (a plain loop: this runs for every drawn element). */
function viewsOf(ip: Interp, xs: Value[], maps: SlotMaps, depth: number, max = Infinity): ValueView[] {
  const n = xs.length < max ? xs.length : max;
  const out: ValueView[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = valueView(ip, xs[i], maps, depth);
  return out;
}

/** The place holding a guard's RefCell, found by identity under the guard's root (undefined: the root itself). */
function cellPlace(ip: Interp, r: Root, cell: Value): { c: Value[]; i: number } | undefined {
  const find = (v: Value, depth: number): { c: Value[]; i: number } | undefined => {
    if (depth > PATH_DEPTH) return undefined;
    const f = inlineParts(v);
    if (f === null) return undefined;
    for (let k = 0; k < f.length && k < MAX_VIEW_ITEMS; k++) {
      if (f[k] === cell) return { c: f, i: k };
      const sub = find(f[k], depth + 1);
      if (sub) return sub;
    }
    return undefined;
  };
  const holder = r.to === 'heap' ? ip.heap.allocs.get(r.id)?.vals : r.to === 'slot' ? ip.frames.find((x) => x.id === r.frame)?.vals : undefined;
  if (!holder) return undefined;
  if (r.to === 'slot') {
    const v = holder[r.slot];
    return v === cell || v === undefined ? undefined : find(v, 0);
  }
  for (let k = 0; k < holder.length && k < MAX_VIEW_ITEMS; k++) {
    if (holder[k] === cell) return r.to === 'heap' && ip.heap.allocs.get(r.id)?.kind === 'Vec' ? { c: holder, i: k } : undefined;
    const sub = find(holder[k], 0);
    if (sub) return sub;
  }
  return undefined;
}

/** Whether an allocation is a real heap block (an empty Vec/String has not allocated, nor has a Box of a
 *  zero-sized value: `Box::new(())` holds a dangling, well-aligned pointer). */
export function isAllocated(a: Alloc): boolean {
  if (a.kind === 'Box') return Heap.size(a) > 0;
  return a.kind === 'Rc' || a.cap > 0;
}

export function heapView(ip: Interp, a: Alloc, maps: SlotMaps, leaked: boolean): HeapObject {
  const o: HeapObject = { id: a.id, kind: a.kind === 'Rc' && isArc(ip.heap, a.id) ? 'Arc' : a.kind, ty: heapTyName(ip.heap, a), size: Heap.size(a) };
  switch (a.kind) {
    case 'Box': o.value = valueView(ip, a.vals[0], maps); break;
    case 'Rc':
      if (!a.valueDropped) o.value = valueView(ip, a.vals[0], maps);
      o.strong = a.strong;
      o.weak = a.weak;
      break;
    case 'Vec': o.items = a.vals.slice(0, MAX_VIEW_ITEMS).map((x) => valueView(ip, x, maps)); o.len = a.vals.length; o.cap = a.cap; break;
    case 'String': o.text = a.text.length > MAX_VIEW_TEXT ? a.text.slice(0, MAX_VIEW_TEXT) : a.text; o.len = utf8Len(a.text); o.cap = a.cap; break;
  }
  if (leaked) o.leaked = true;
  return o;
}
