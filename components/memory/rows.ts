// Flattens a value into the rows of a diagram box: one row per scalar, nested rows for parts that hold pointers.
// Pure; a row that is a pointer carries its target so the layout can draw an arrow from it.
import type { HeapObject, PtrKind, PtrTarget, Slot, ValueView } from '../../src/sim/trace/schema.ts';
import { borrowText, channelHandle, hasPointer, lockText, ptrKindText, valueText } from './value-text.ts';

export interface RowPtr {
  kind: PtrKind;
  target: PtrTarget;
}

export interface ValueRow {
  /** Stable key within the box: the path of labels. */
  path: string;
  label: string;
  text: string;
  depth: number;
  /** Extra tag drawn after the text (RefCell borrow state). */
  badge?: string;
  ptr?: RowPtr;
  /** An mpsc Sender/Receiver: the id of its channel (an arrow to the channel's box). */
  chan?: number;
  state: 'live' | 'moved' | 'dropped';
  changed: boolean;
  /** The function's return value row (drawn in the returning frame). */
  ret?: boolean;
}

/** Path of part `label` under `path`: `[i]` elements attach directly, others with a dot (`.next`, `.0`). */
export function childPath(path: string, label: string): string {
  return label.startsWith('[') ? path + label : `${path}.${label}`;
}

const MAX_ITEMS = 12;

/** Says whether the part at a row path must get rows of its own (a reference points inside it). */
export type OpenAt = (path: string) => boolean;
const closed: OpenAt = () => false;

/** Rows for one value under `label`; `depth` is the nesting level. Parts holding pointers, and parts that a
 *  reference points into (`open`), get their own rows; anything else is one line of text. */
export function valueRows(label: string, v: ValueView, depth: number, path: string, state: ValueRow['state'], changed: boolean, open: OpenAt = closed): ValueRow[] {
  const row = (text: string, extra: Partial<ValueRow> = {}): ValueRow => ({ path, label, text, depth, state, changed, ...extra });
  if (v.k === 'ptr') {
    const text = v.target.to === 'heap' || v.target.to === 'slot' ? ptrKindText(v.kind) : valueText(v);
    return [row(text, { ptr: { kind: v.kind, target: v.target } })];
  }
  const chan = channelHandle(v);
  if (chan !== null && v.k === 'tuple-struct') return [row(v.name, { chan })];
  if (v.k === 'cell' && v.lock) {
    // A Mutex / RwLock: who holds it (and whether it is poisoned) beside it, the content below.
    return [row(v.lock, { badge: lockText(v) }), ...valueRows('value', v.value, depth + 1, `${path}.value`, state, changed, open)];
  }
  if (v.k === 'cell' && v.kind === 'RefCell') {
    // Always its own row with the borrow state, the content below: keeps boxes narrow enough for a phone.
    return [row('RefCell', { badge: borrowText(v.borrow) }), ...valueRows('value', v.value, depth + 1, `${path}.value`, state, changed, open)];
  }
  if (!hasPointer(v) && !open(path)) return [row(valueText(v))];
  const children = (parts: Array<[string, ValueView]>): ValueRow[] =>
    parts.slice(0, MAX_ITEMS).flatMap(([l, f]) => valueRows(l, f, depth + 1, childPath(path, l), state, changed, open));
  switch (v.k) {
    case 'struct':
      return [row(v.name), ...children(v.fields)];
    case 'tuple-struct':
      return [row(v.name), ...children(v.items.map((f, i) => [String(i), f]))];
    case 'tuple':
      return [row('()'), ...children(v.items.map((f, i) => [String(i), f]))];
    case 'array':
      return [row(`[${v.items.length}]`), ...children(v.items.map((f, i) => [`[${i}]`, f]))];
    case 'enum': {
      const parts: Array<[string, ValueView]> = v.fields ?? (v.items ?? []).map((f, i) => [String(i), f]);
      return [row(v.variant), ...children(parts)];
    }
    case 'cell':
      return [row(v.kind), ...valueRows('value', v.value, depth + 1, `${path}.value`, state, changed, open)];
    case 'prim': case 'str': case 'fn': case 'closure': case 'uninit':
      return [row(valueText(v))];
  }
}

/** Rows of a stack frame: its slots in declaration order. A moved-from slot says so (its old value is not
 *  redrawn); a slot whose scope ended is drawn, faded, only at the step it dropped, then left out. */
export function slotRows(frameId: number, slots: Slot[], changed: ReadonlySet<string>, ret?: ValueView, open: OpenAt = closed, pointed: (slot: number) => boolean = () => false): ValueRow[] {
  const rows = slots.flatMap((s, i) => {
    const isChanged = changed.has(`slot:${frameId}:${i}`);
    if (s.state === 'live') return valueRows(s.name, s.value, 0, `s${i}`, s.state, isChanged, open);
    // Being dropped while something still points at it (`self` in its Drop::drop): drawn, faded, with its value.
    if (s.state === 'dropped' && pointed(i)) {
      const r = valueRows(s.name, s.value, 0, `s${i}`, 'dropped', isChanged, open);
      r[0] = { ...r[0], badge: '드롭 중' };
      return r;
    }
    if (s.state === 'dropped' && !isChanged) return [];
    return [{ path: `s${i}`, label: s.name, text: STATE_TEXT[s.state], depth: 0, state: s.state, changed: isChanged }];
  });
  if (ret) rows.push(...valueRows('반환값', ret, 0, 'ret', 'live', true).map((r, i) => (i === 0 ? { ...r, ret: true } : r)));
  return rows;
}

/** Korean text of a slot whose value is gone. */
export const STATE_TEXT = { moved: '(이동됨)', dropped: '(범위 끝, 드롭됨)' } as const;

/** Content rows of a heap allocation (after its title): counts, length/capacity, value or items. */
export function heapRows(h: HeapObject, changed: boolean, open: OpenAt = closed): ValueRow[] {
  const info = (path: string, label: string, text: string): ValueRow => ({ path, label, text, depth: 0, state: 'live', changed });
  const rows: ValueRow[] = [];
  if (h.kind === 'Rc' || h.kind === 'Arc') rows.push(info('counts', '참조', `강한 ${h.strong ?? 0} · 약한 ${h.weak ?? 0}`));
  if (h.kind === 'Vec' || h.kind === 'String') rows.push(info('lencap', '', `len ${h.len ?? 0} · cap ${h.cap ?? 0}`));
  if (h.kind === 'String') rows.push(info('text', '', JSON.stringify(h.text ?? '')));
  if (h.kind === 'Vec') {
    const items = h.items ?? [];
    items.slice(0, MAX_ITEMS).forEach((it, i) => rows.push(...valueRows(`[${i}]`, it, 0, `v[${i}]`, 'live', changed, open)));
    if (items.length > MAX_ITEMS) rows.push(info('more', '', `… ${items.length - MAX_ITEMS}개 더`));
  }
  if (h.kind === 'Box' || h.kind === 'Rc' || h.kind === 'Arc') {
    if (h.value) rows.push(...valueRows('', h.value, 0, 'v', 'live', changed, open));
    else rows.push(info('gone', '', '(값 드롭됨 — Weak만 남음)'));
  }
  return rows;
}

/** Title of a heap allocation: 'Rc<List>', 'Box<i32>', 'Vec<i32>', 'String', 'Arc<Mutex<i32>>'. */
export function heapTypeText(h: HeapObject): string {
  if (h.kind === 'String') return 'String';
  const inner = h.ty.startsWith(`${h.kind}<`) && h.ty.endsWith('>') ? h.ty.slice(h.kind.length + 1, -1) : h.ty;
  return `${h.kind}<${inner}>`;
}
