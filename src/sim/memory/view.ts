// Converts the evaluator's live state into the trace schema's views: ValueView for slot contents,
// HeapObject for allocations, with pointers resolved to frame/slot indices as the diagram draws them.
import type { ValueView, PtrTarget, HeapObject, Slot, Frame } from '../trace/schema.ts';
import type { Value, Root } from './value.ts';
import { Heap, type Alloc } from './heap.ts';
import { tyName } from './ty.ts';
import type { Interp, FrameRec } from '../semantics/interp.ts';
import { tyNameOf } from '../semantics/types.ts';
import { debugText } from '../semantics/fmt-bridge.ts';
import { utf8Len } from '../std/collections.ts';

/** Longest Vec/array drawn element by element and longest String text drawn; `len` stays exact. */
export const MAX_VIEW_ITEMS = 256;
export const MAX_VIEW_TEXT = 4096;

/** Frame id → (layout slot index → index in the drawn Frame.slots). */
export type SlotMaps = Map<number, Map<number, number>>;

const STATE = ['live', 'live', 'moved', 'dropped'] as const;

export function slotMaps(frames: FrameRec[]): SlotMaps {
  const maps: SlotMaps = new Map();
  for (const f of frames) {
    const m = new Map<number, number>();
    for (let s = 0; s < f.state.length; s++) if (f.state[s] !== 0) m.set(s, m.size);
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
    default: return false;
  }
}

function safeTyName(ip: Interp, v: Value): string {
  try {
    const t = tyNameOf(v, ip.heap);
    return t.replace(/^&str$/, '&str');
  } catch {
    return '?';
  }
}

function target(ip: Interp, r: Root, maps: SlotMaps): PtrTarget {
  switch (r.to) {
    case 'slot': {
      const idx = maps.get(r.frame)?.get(r.slot);
      return idx === undefined ? { to: 'dangling' } : { to: 'slot', frame: r.frame, slot: idx };
    }
    case 'heap': return ip.heap.allocs.has(r.id) ? { to: 'heap', id: r.id } : { to: 'dangling' };
    case 'static': return { to: 'static' };
    case 'temp': return { to: 'dangling' };
  }
}

function heapTarget(ip: Interp, id: number): PtrTarget {
  const a = ip.heap.allocs.get(id);
  if (!a || ((a.kind === 'Vec' || a.kind === 'String') && a.cap === 0)) return { to: 'dangling' };
  return { to: 'heap', id };
}

export function valueView(ip: Interp, v: Value, maps: SlotMaps, depth = 0): ValueView {
  if (depth > 50) return { k: 'prim', ty: '…', text: '…' };
  const sub = (x: Value) => valueView(ip, x, maps, depth + 1);
  switch (v.k) {
    case 'int': return { k: 'prim', ty: v.ty, text: String(v.v) };
    case 'float': return { k: 'prim', ty: v.ty, text: debugText(ip, v) };
    case 'bool': return { k: 'prim', ty: 'bool', text: String(v.v) };
    case 'char': return { k: 'prim', ty: 'char', text: debugText(ip, v) };
    case 'unit': return { k: 'prim', ty: '()', text: '()' };
    case 'str': return { k: 'str', text: v.s, target: target(ip, v.root, maps) };
    case 'string': return { k: 'ptr', kind: 'String', target: heapTarget(ip, v.id), ty: 'String' };
    case 'vec': return { k: 'ptr', kind: 'Vec', target: heapTarget(ip, v.id), ty: safeTyName(ip, v) };
    case 'box': return { k: 'ptr', kind: 'Box', target: heapTarget(ip, v.id), ty: safeTyName(ip, v) };
    case 'rc': return { k: 'ptr', kind: 'Rc', target: heapTarget(ip, v.id), ty: safeTyName(ip, v) };
    case 'weak': {
      const a = v.id === null ? undefined : ip.heap.allocs.get(v.id);
      return { k: 'ptr', kind: 'Weak', target: a && a.strong > 0 ? { to: 'heap', id: a.id } : { to: 'dangling' }, ty: safeTyName(ip, v) };
    }
    case 'ref': return { k: 'ptr', kind: v.mut ? 'ref-mut' : 'ref', target: target(ip, v.p.root, maps), ty: safeTyName(ip, v) };
    case 'slice': return { k: 'ptr', kind: v.mut ? 'ref-mut' : 'ref', target: target(ip, v.root, maps), ty: safeTyName(ip, v) };
    case 'guard': return { k: 'ptr', kind: v.mut ? 'ref-mut' : 'ref', target: target(ip, v.root, maps), ty: safeTyName(ip, v) };
    case 'struct': {
      const def = ip.index.structs.get(v.name);
      if (v.tuple) return { k: 'tuple-struct', name: v.name, items: v.f.map(sub) };
      return { k: 'struct', name: v.name, fields: v.f.map((x, i) => [def?.fieldNames[i] ?? String(i), sub(x)] as [string, ValueView]) };
    }
    case 'enum': {
      const out: ValueView = { k: 'enum', name: v.name, variant: v.variant };
      if (v.names) out.fields = v.f.map((x, i) => [v.names![i], sub(x)] as [string, ValueView]);
      else if (v.f.length) out.items = v.f.map(sub);
      return out;
    }
    case 'tuple': return { k: 'tuple', items: v.f.map(sub) };
    case 'array': return { k: 'array', items: v.f.slice(0, MAX_VIEW_ITEMS).map(sub) };
    case 'refcell': {
      const c: ValueView = { k: 'cell', kind: 'RefCell', borrow: v.borrow < 0 ? { state: 'mut' } : v.borrow > 0 ? { state: 'shared', count: v.borrow } : { state: 'unborrowed' }, value: sub(v.f[0]) };
      if (v.lock) Object.assign(c, { lock: v.lock, poisoned: !!v.poisoned }, v.holder !== undefined && v.borrow < 0 ? { holder: v.holder } : {});
      return c;
    }
    case 'cell': return v.atomic ? { k: 'cell', kind: 'Cell', borrow: { state: 'unborrowed' }, value: sub(v.f[0]), atomic: v.atomic } : { k: 'cell', kind: 'Cell', borrow: { state: 'unborrowed' }, value: sub(v.f[0]) };
    case 'fn': return { k: 'fn', name: v.name };
    case 'closure': return { k: 'closure', text: v.text };
    case 'iter': return { k: 'prim', ty: v.desc, text: v.desc };
    case 'range': return { k: 'prim', ty: 'Range', text: debugText(ip, v) };
    case 'formatter': return { k: 'prim', ty: 'Formatter', text: 'Formatter' };
    case 'moved': return { k: 'uninit' };
    case 'uninit': return { k: 'uninit' };
    case 'map':
      if (v.kind.endsWith('Set')) return { k: 'tuple-struct', name: v.kind, items: v.keys.map(sub) };
      return { k: 'struct', name: v.kind, fields: v.keys.map((key, i) => [debugText(ip, key), sub(v.vals[i])] as [string, ValueView]) };
    case 'entry': return { k: 'prim', ty: 'Entry', text: `Entry(${debugText(ip, v.key)})` };
  }
}

/** Whether an allocation is a real heap block (an empty Vec/String has not allocated). */
export function isAllocated(a: Alloc): boolean {
  return a.kind === 'Box' || a.kind === 'Rc' || a.cap > 0;
}

export function heapView(ip: Interp, a: Alloc, maps: SlotMaps, leaked: boolean): HeapObject {
  const o: HeapObject = { id: a.id, kind: a.kind, ty: a.ty, size: Heap.size(a) };
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
