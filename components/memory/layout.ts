// Pure, deterministic layout of one memory snapshot: stack frames on the left (a column per thread), heap and
// channels on the right, arrows between. Both renderers (Preact island, standalone SVG string) draw exactly these.
import type { Frame, HeapKind, PtrKind } from '../../src/sim/trace/schema.ts';
import type { MemorySnapshot, ThreadSnapshot } from './snapshot.ts';
import { heapRows, heapTypeText, slotRows, valueRows, type OpenAt, type ValueRow } from './rows.ts';
import type { ValueView } from '../../src/sim/trace/schema.ts';
import { channelRows, channelTitle } from './channel-rows.ts';
import { emptyThreadText, NOT_STARTED, THREAD_STATE_TEXT, threadTitle } from './sync-text.ts';

export const ROW_H = 22;
export const HEADER_H = 26;
export const PAD = 8;
export const INDENT = 14;
/** Advance of one half-width character of the diagram's 13px monospace font. */
export const CHAR_W = 7.9;
const MIN_BOX_W = 150;
const COL_GAP = 64;
const BOX_GAP = 14;
const MARGIN = 12;

export interface PlacedRow extends ValueRow {
  y: number;
  /** x where the label starts, and where the value text starts. */
  labelX: number;
  textX: number;
  badgeX: number;
}

interface BoxBase {
  key: string;
  x: number;
  y: number;
  w: number;
  h: number;
  title: string;
  changed: boolean;
  rows: PlacedRow[];
}

export interface FrameBox extends BoxBase {
  kind: 'frame';
  frameId: number;
  /** The thread whose stack it is (threaded runs). */
  thread?: number;
}

export interface HeapBox extends BoxBase {
  kind: 'heap';
  heapId: number;
  heapKind: HeapKind;
  /** '#3 · 40 B' */
  meta: string;
  strong?: number;
  weak?: number;
  leaked: boolean;
  /** Freed at this step: drawn once, marked, then gone. */
  freed: boolean;
}

/** An mpsc channel: its senders, receiver and pending messages. */
export interface ChannelBox extends BoxBase {
  kind: 'channel';
  channelId: number;
  /** 'mpsc::channel' or 'sync_channel(2)'. */
  meta: string;
  pending: number;
}

export type Box = FrameBox | HeapBox | ChannelBox;

/** A thread's column: heading (name and state) and the outline around its frames. */
export interface ThreadColumn {
  id: number;
  state: ThreadSnapshot['state'];
  title: string;
  stateText: string;
  /** Outline of the column (heading included). */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Said in the column when it has no frames: not started, or finished. */
  empty?: string;
}

/** `chan`: a Sender/Receiver handle's arrow to its channel. */
export type ArrowKind = PtrKind | 'chan';

export interface Arrow {
  key: string;
  kind: ArrowKind;
  dashed: boolean;
  /** SVG path data of the shaft (a cubic curve) and of the head (its shape tells the pointer kind). */
  d: string;
  head: string;
  /** Whether the head is a filled shape (owners) or an open stroke (borrows, guards, Weak). */
  headFilled: boolean;
  /** Row path the arrow ends at in the target box (a field or element), '' for the whole box. */
  toPath: string;
  /** Source dot. */
  from: { x: number; y: number };
}

export interface MemoryLayout {
  width: number;
  height: number;
  boxes: Box[];
  arrows: Arrow[];
  /** Column headings' positions (the heap heading sits under the stack when stacked). */
  stackX: number;
  heapX: number;
  heapY: number;
  /** True when the heap is laid out below the stack (narrow screens). */
  stacked: boolean;
  /** Threaded runs: one column per thread (main first); empty otherwise. */
  threads: ThreadColumn[];
  /** Baseline of the channels' heading, when there are channels. */
  channelY?: number;
}

export interface LayoutOptions {
  /** Width available in px: below what side by side needs, the heap goes under the stack. */
  maxWidth?: number;
}

/** Width in px of text in the diagram font (CJK and other wide characters count double). */
export function textWidth(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    n += c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xff60)) ? 2 : 1;
  }
  return Math.ceil(n * CHAR_W);
}

function placeRows(rows: ValueRow[], x: number, top: number): { placed: PlacedRow[]; width: number } {
  let width = MIN_BOX_W;
  const placed = rows.map((r, i) => {
    const labelX = x + PAD + r.depth * INDENT;
    const textX = labelX + (r.label ? textWidth(r.label) + CHAR_W : 0);
    const badgeX = textX + textWidth(r.text) + CHAR_W;
    const right = badgeX + (r.badge ? textWidth(r.badge) + 10 : 0) + PAD + (r.ptr ? 10 : 0);
    width = Math.max(width, right - x);
    return { ...r, y: top + i * ROW_H, labelX, textX, badgeX };
  });
  return { placed, width };
}

const r1 = (n: number): number => Math.round(n * 10) / 10;

/** The head at (tx,ty) pointing in direction `dir` (1: rightwards), shaped by pointer kind:
 *  owners (Box/Vec/String/Rc) a filled triangle, `&` an open chevron, `&mut` a double chevron,
 *  `Weak` a hollow triangle, `Ref`/`RefMut` guards a bar. */
export function arrowHead(kind: ArrowKind, tx: number, ty: number, dir: 1 | -1): { d: string; filled: boolean; back: number } {
  const L = 8;
  const W = 4.5;
  const p = (x: number, y: number) => `${r1(x)} ${r1(y)}`;
  switch (kind) {
    case 'Box': case 'Vec': case 'String': case 'Rc': case 'Arc':
      return { d: `M${p(tx, ty)}L${p(tx - dir * L, ty - W)}L${p(tx - dir * L, ty + W)}Z`, filled: true, back: L };
    case 'Weak':
      return { d: `M${p(tx, ty)}L${p(tx - dir * L, ty - W)}L${p(tx - dir * L, ty + W)}Z`, filled: false, back: L };
    case 'ref':
      return { d: `M${p(tx - dir * L, ty - W)}L${p(tx, ty)}L${p(tx - dir * L, ty + W)}`, filled: false, back: 0 };
    case 'chan':
      // A channel handle: an open square at the channel's box.
      return { d: `M${p(tx, ty - W)}L${p(tx - dir * L, ty - W)}L${p(tx - dir * L, ty + W)}L${p(tx, ty + W)}Z`, filled: false, back: 0 };
    case 'ref-mut':
      return { d: `M${p(tx - dir * L, ty - W)}L${p(tx, ty)}L${p(tx - dir * L, ty + W)}M${p(tx - dir * (L + 5), ty - W)}L${p(tx - dir * 5, ty)}L${p(tx - dir * (L + 5), ty + W)}`, filled: false, back: 0 };
    case 'Ref': case 'RefMut': case 'MutexGuard': case 'RwLockReadGuard': case 'RwLockWriteGuard':
      return { d: `M${p(tx - dir * 1, ty - W - 1)}L${p(tx - dir * 1, ty + W + 1)}M${p(tx - dir * 5, ty - W - 1)}L${p(tx - dir * 5, ty + W + 1)}`, filled: false, back: 1 };
  }
}

/** A curve from (sx,sy) to (tx,ty) leaving towards `leave` and arriving from `arrive`, and its head. */
function curve(kind: ArrowKind, sx: number, sy: number, tx: number, ty: number, arrive: 'left' | 'right', bulge: number): { d: string; head: string; filled: boolean } {
  const c1x = sx + bulge;
  const c2x = arrive === 'left' ? tx - Math.max(24, (tx - sx) / 2) : tx + Math.abs(bulge);
  const dir = arrive === 'left' ? 1 : -1;
  const h = arrowHead(kind, tx, ty, dir);
  const ex = tx - dir * h.back;
  const d = `M${r1(sx)} ${r1(sy)} C${r1(c1x)} ${r1(sy)} ${r1(c2x)} ${r1(ty)} ${r1(ex)} ${r1(ty)}`;
  return { d, head: h.d, filled: h.filled };
}

/** From the left edge of a stack row, out to x = `lane`, down, and into a heap box's left edge. */
function gutterCurve(kind: ArrowKind, sx: number, sy: number, tx: number, ty: number, lane: number): { d: string; head: string; filled: boolean } {
  const h = arrowHead(kind, tx, ty, 1);
  const ex = tx - h.back;
  const d = `M${r1(sx)} ${r1(sy)} C${r1(lane)} ${r1(sy)} ${r1(lane)} ${r1(sy)} ${r1(lane)} ${r1(sy + 12)} L${r1(lane)} ${r1(ty - 12)} C${r1(lane)} ${r1(ty)} ${r1(lane)} ${r1(ty)} ${r1(ex)} ${r1(ty)}`;
  return { d, head: h.d, filled: h.filled };
}

/** Every frame of the picture: each thread's stack (main first), or the one stack of a single-threaded run. */
export function allFrames(snap: MemorySnapshot): Frame[] {
  return snap.threads ? snap.threads.flatMap((t) => t.frames) : snap.frames;
}

/** Heap ids in reading order: depth-first from the stack's pointers (outermost frame first), so a list reads
 *  head to tail; blocks nothing on the stack reaches (leaks, husks) follow in allocation order. */
export function reachabilityOrder(snap: MemorySnapshot): number[] {
  const byId = new Map(snap.heap.map((h) => [h.id, h]));
  const order: number[] = [];
  const seen = new Set<number>();
  const visit = (id: number) => {
    const todo = [id];
    while (todo.length) {
      const cur = todo.pop()!;
      if (seen.has(cur) || !byId.has(cur)) continue;
      seen.add(cur);
      order.push(cur);
      const kids = heapRows(byId.get(cur)!, false).flatMap((r) => (r.ptr && r.ptr.target.to === 'heap' ? [r.ptr.target.id] : []));
      for (let i = kids.length - 1; i >= 0; i--) todo.push(kids[i]);
    }
  };
  const roots = (label: string, v: ValueView) => {
    for (const r of valueRows(label, v, 0, '', 'live', false)) if (r.ptr && r.ptr.target.to === 'heap') visit(r.ptr.target.id);
  };
  for (const f of allFrames(snap)) for (const s of f.slots) if (s.state === 'live') roots(s.name, s.value);
  for (const c of snap.channels ?? []) for (const m of c.pending) roots('', m);
  for (const h of snap.heap) visit(h.id);
  return order;
}

/** The row an arrow ends at: the deepest row whose path is `path` or a prefix of it (a field drawn inline
 *  ends the arrow at the row that shows it). */
function rowFor(rows: PlacedRow[], path: string): PlacedRow | undefined {
  let best: PlacedRow | undefined;
  for (const r of rows) {
    if (r.path === path || (path.startsWith(r.path) && (path[r.path.length] === '.' || path[r.path.length] === '['))) {
      if (!best || r.path.length > best.path.length) best = r;
    }
  }
  return best;
}

/** Lay out a snapshot. Deterministic: the same snapshot (and width) always gives the same picture.
 *  Side by side (stack left, heap right) when it fits `maxWidth`, else the heap goes under the stack. */
export function layoutMemory(snap: MemorySnapshot, opts: LayoutOptions = {}): MemoryLayout {
  const wide = layoutWith(snap, false);
  // A figure (no width given) of many threads stacks them rather than growing sideways past a page's width.
  const maxWidth = opts.maxWidth ?? (snap.threads ? FIGURE_MAX_W : undefined);
  if (maxWidth === undefined || wide.width <= maxWidth) return wide;
  return layoutWith(snap, true);
}

/** Heap-to-heap arrows run in vertical lanes right of the heap column: the first lane's gap, the lanes' spacing. */
const LANE_GAP = 14;
const LANE_STEP = 10;

/** From a heap row's right edge out to x = `lane`, along it, and into the target's right edge (rounded corners). */
function laneCurve(kind: ArrowKind, sx: number, sy: number, tx: number, ty: number, lane: number): { d: string; head: string; filled: boolean } {
  const h = arrowHead(kind, tx, ty, -1);
  const ex = tx + h.back;
  const down = ty >= sy ? 1 : -1;
  const r = Math.min(6, Math.abs(ty - sy) / 2);
  const d =
    `M${r1(sx)} ${r1(sy)} L${r1(lane - r)} ${r1(sy)} Q${r1(lane)} ${r1(sy)} ${r1(lane)} ${r1(sy + down * r)}` +
    ` L${r1(lane)} ${r1(ty - down * r)} Q${r1(lane)} ${r1(ty)} ${r1(lane - r)} ${r1(ty)} L${r1(ex)} ${r1(ty)}`;
  return { d, head: h.d, filled: h.filled };
}

/** Lane index of each vertical span [a, b]: shortest spans innermost, a lane shared only by spans that do not
 *  overlap (a list's next pointers share one lane; a pointer around them takes the next). */
export function assignLanes(spans: readonly { a: number; b: number }[]): number[] {
  const lanes: { a: number; b: number }[][] = [];
  const out = new Array<number>(spans.length).fill(0);
  const order = spans.map((_, i) => i).sort((i, j) => spans[i].b - spans[i].a - (spans[j].b - spans[j].a) || spans[i].a - spans[j].a);
  for (const i of order) {
    const s = spans[i];
    let k = lanes.findIndex((lane) => lane.every((o) => s.b + 4 < o.a || o.b + 4 < s.a));
    if (k < 0) k = lanes.push([]) - 1;
    lanes[k].push(s);
    out[i] = k;
  }
  return out;
}

/** Widest a threaded figure drawn without a width (`heapbook figure`, the no-JavaScript picture) gets. */
const FIGURE_MAX_W = 1200;


/** Row paths references point at, per box ('frame:<id>' → 's2.y', 'heap:<id>' → 'v[1]'), so the parts they
 *  point into get rows of their own and the arrow can end there. */
function pointedParts(snap: MemorySnapshot): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (box: string, path: string) => (out.get(box) ?? out.set(box, []).get(box)!).push(path);
  const walk = (v: ValueView | undefined): void => {
    if (!v) return;
    switch (v.k) {
      case 'ptr':
        if (v.target.to === 'slot') add(`frame:${v.target.frame}`, `s${v.target.slot}${v.target.path ?? ''}`);
        else if (v.target.to === 'heap' && v.target.path) add(`heap:${v.target.id}`, `v${v.target.path}`);
        return;
      case 'struct': v.fields.forEach(([, f]) => walk(f)); return;
      case 'tuple-struct': case 'tuple': case 'array': v.items.forEach(walk); return;
      case 'enum': (v.items ?? []).forEach(walk); (v.fields ?? []).forEach(([, f]) => walk(f)); return;
      case 'cell': walk(v.value); return;
      case 'prim': case 'str': case 'fn': case 'closure': case 'uninit': return;
    }
  };
  for (const f of allFrames(snap)) for (const s of f.slots) if (s.state === 'live') walk(s.value);
  for (const c of snap.channels ?? []) c.pending.forEach(walk);
  for (const h of snap.heap) {
    walk(h.value);
    (h.items ?? []).forEach(walk);
  }
  return out;
}

/** `open` for one box: a row path is opened when a pointed-at path lies strictly inside it. */
function openIn(parts: Map<string, string[]>, box: string): OpenAt {
  const paths = parts.get(box);
  if (!paths) return () => false;
  return (p) => paths.some((t) => t.length > p.length && t.startsWith(p) && (t[p.length] === '.' || t[p.length] === '['));
}

/** Stacked: the left margin where arrows from the stack run down to the heap, and its lanes' spacing. */
const GUTTER = 22;
const GUTTER_STEP = 7;

/** Threaded runs: the heading band of a thread's column, the gap between columns side by side, and between
 *  columns stacked one under another. */
const THREAD_HEAD_H = 26;
const THREAD_GAP = 30;
const THREAD_VGAP = 12;
/** Inset of a thread column's outline around its frames. */
const THREAD_INSET = 6;

interface StackColumn {
  thread?: ThreadSnapshot;
  frames: Frame[];
}

function layoutWith(snap: MemorySnapshot, stacked: boolean): MemoryLayout {
  const changed = new Set(snap.changed);
  const parts = pointedParts(snap);
  const threaded = snap.threads !== undefined && snap.threads.length > 0;
  // Stacked thread columns have outlines: the gutter's lanes run outside them.
  const inset = threaded && stacked ? THREAD_INSET + 2 : 0;
  const stackX = stacked ? MARGIN + GUTTER + inset : MARGIN;
  const boxes: Box[] = [];
  // A frame is drawn once, in the first column that has it (a scoped thread's stack can list its creator's frame).
  const drawn = new Set<number>();
  const once = (fs: Frame[]) => fs.filter((f) => !drawn.has(f.id) && drawn.add(f.id));
  const columns: StackColumn[] = threaded ? snap.threads!.map((t) => ({ thread: t, frames: once(t.frames) })) : [{ frames: snap.frames }];
  // Each stack column: main first (top), callees below. Threads: side by side, or one under another when stacked.
  const frames: FrameBox[] = [];
  const threadCols: ThreadColumn[] = [];
  let colX = stackX;
  let y = threaded ? MARGIN : MARGIN + 18;
  let stackBottom = y;
  const colFrames: FrameBox[][] = [];
  for (const col of columns) {
    const t = col.thread;
    const headTop = y;
    if (t) y += THREAD_HEAD_H + 4;
    const mine: FrameBox[] = [];
    const top = col.frames.length - 1;
    for (const [i, f] of col.frames.entries()) {
      const ret = i === top && snap.ret && snap.ret.frame === f.id ? snap.ret.value : undefined;
      const pointed = parts.get(`frame:${f.id}`) ?? [];
      const shownSlot = (k: number) => pointed.some((p) => p === `s${k}` || p.startsWith(`s${k}.`) || p.startsWith(`s${k}[`));
      const rows = slotRows(f.id, f.slots, changed, ret, openIn(parts, `frame:${f.id}`), shownSlot);
      const { placed, width } = placeRows(rows, colX, y + HEADER_H);
      const title = f.fn;
      const w = Math.max(width, textWidth(title) + 2 * PAD);
      const rowsH = Math.max(1, placed.length) * ROW_H;
      const anyChanged = placed.some((r) => r.changed);
      const box: FrameBox = { kind: 'frame', key: `frame:${f.id}`, frameId: f.id, x: colX, y, w, h: HEADER_H + rowsH + 4, title, changed: anyChanged, rows: placed };
      if (t) box.thread = t.id;
      mine.push(box);
      y += HEADER_H + rowsH + 4 + BOX_GAP;
    }
    colFrames.push(mine);
    frames.push(...mine);
    if (t) {
      const title = threadTitle(t);
      // A thread without frames is only its heading: '‖ 시작 전' or '✓ 끝'.
      const stateText = mine.length === 0 && t.state === 'waiting' ? NOT_STARTED : THREAD_STATE_TEXT[t.state];
      const headW = textWidth(title) + textWidth(stateText) + 8 + 2 * PAD;
      const w = Math.max(MIN_BOX_W, headW, ...mine.map((b) => b.w));
      const tc: ThreadColumn = { id: t.id, state: t.state, title, stateText, x: colX - THREAD_INSET, y: headTop, w: w + 2 * THREAD_INSET, h: y - headTop - BOX_GAP + THREAD_INSET + 4 };
      if (mine.length === 0) tc.empty = emptyThreadText(t);
      threadCols.push(tc);
    }
    stackBottom = Math.max(stackBottom, y);
    if (t && !stacked) {
      // Side by side: the next thread's column starts at the top, right of this one.
      colX += threadCols[threadCols.length - 1].w - 2 * THREAD_INSET + THREAD_GAP;
      y = headTop;
    } else if (t) y += THREAD_VGAP;
  }
  if (threaded && stacked) stackBottom = Math.max(stackBottom, y);
  // All frames of a column (or, stacked, of every column) share one width.
  const widen = (group: FrameBox[], w: number) => group.forEach((b) => (b.w = w));
  if (threaded && !stacked) colFrames.forEach((g, i) => widen(g, threadCols[i].w - 2 * THREAD_INSET));
  else {
    const w = Math.max(MIN_BOX_W, ...frames.map((b) => b.w), ...threadCols.map((c) => c.w - 2 * THREAD_INSET));
    widen(frames, w);
    threadCols.forEach((c) => (c.w = w + 2 * THREAD_INSET));
  }
  const stackW = frames.reduce((m, b) => Math.max(m, b.w), MIN_BOX_W);
  const stackRight = threaded && !stacked ? threadCols.reduce((m, c) => Math.max(m, c.x + c.w), 0) : stackX + stackW;
  const heapX = stacked ? stackX + 12 : stackRight + COL_GAP;
  // Baseline of the heap's heading; its boxes start just below.
  const heapY = stacked ? Math.max(stackBottom, MARGIN + 18 + HEADER_H + BOX_GAP) + 12 : 20;

  // Where the first live stack pointer to each heap object sits, to place that object beside it.
  const firstRef = new Map<number, number>();
  if (!stacked)
    for (const b of frames)
      for (const r of b.rows)
        if (r.ptr && r.ptr.target.to === 'heap' && r.state === 'live' && !firstRef.has(r.ptr.target.id)) firstRef.set(r.ptr.target.id, r.y);

  const byId = new Map(snap.heap.map((h) => [h.id, h]));
  let hy = heapY + 10;
  const heapBoxes: HeapBox[] = [];
  for (const id of reachabilityOrder(snap)) {
    const h = byId.get(id)!;
    const isChanged = changed.has(`heap:${h.id}`);
    const want = firstRef.has(h.id) ? (firstRef.get(h.id) ?? 0) + ROW_H / 2 - HEADER_H / 2 : hy;
    const boxTop = Math.max(hy, want);
    const { placed, width } = placeRows(heapRows(h, false, openIn(parts, `heap:${h.id}`)), heapX, boxTop + HEADER_H);
    const freed = h.freed === true;
    const title = heapTypeText(h);
    const meta = `#${h.id} · ${h.size} B${h.leaked ? ' · 누수' : ''}${freed ? ' · 해제됨' : ''}`;
    const w = Math.max(width, textWidth(title) + textWidth(meta) + 3 * PAD + 16);
    const hh = HEADER_H + placed.length * ROW_H + 4;
    heapBoxes.push({
      kind: 'heap', key: `heap:${h.id}`, heapId: h.id, heapKind: h.kind, x: heapX, y: boxTop, w, h: hh, title, meta,
      strong: h.kind === 'Rc' || h.kind === 'Arc' ? h.strong ?? 0 : undefined,
      weak: h.kind === 'Rc' || h.kind === 'Arc' ? h.weak ?? 0 : undefined,
      leaked: h.leaked === true, freed, changed: isChanged, rows: freed ? placed.map((r) => ({ ...r, state: 'dropped' as const })) : placed,
    });
    hy = boxTop + hh + BOX_GAP;
  }
  // Channels under the heap, with a heading of their own.
  const chanBoxes: ChannelBox[] = [];
  let channelY: number | undefined;
  if (snap.channels && snap.channels.length > 0) {
    channelY = (heapBoxes.length ? hy : heapY + 34) + 12;
    hy = channelY + 10;
    for (const c of snap.channels) {
      const { title, meta } = channelTitle(c);
      const { placed, width } = placeRows(channelRows(c, false, openIn(parts, `chan:${c.id}`)), heapX, hy + HEADER_H);
      const w = Math.max(width, textWidth(title) + textWidth(meta) + 3 * PAD + 16);
      const hh = HEADER_H + placed.length * ROW_H + 4;
      chanBoxes.push({ kind: 'channel', key: `chan:${c.id}`, channelId: c.id, x: heapX, y: hy, w, h: hh, title, meta, pending: c.pending.length, changed: false, rows: placed });
      hy += hh + BOX_GAP;
    }
  }
  boxes.push(...frames, ...heapBoxes, ...chanBoxes);

  // Arrows.
  const heapById = new Map(heapBoxes.map((b) => [b.heapId, b]));
  const chanById = new Map(chanBoxes.map((b) => [b.channelId, b]));
  const frameById = new Map(frames.map((b) => [b.frameId, b]));
  const arrows: Arrow[] = [];
  const loops: { i: number; sx: number; sy: number; tx: number; ty: number }[] = [];
  let stackLoops = 0;
  const gutters: { i: number; sx: number; sy: number; tx: number; ty: number }[] = [];
  let maxRight = Math.max(stackRight, ...[...heapBoxes, ...chanBoxes].map((b) => b.x + b.w), stacked ? 0 : heapX + MIN_BOX_W);
  for (const b of boxes) {
    for (const r of b.rows) {
      if (r.state !== 'live') continue;
      if (r.chan !== undefined) {
        // A Sender / Receiver: an arrow to its channel's box (its text names the channel when that box is absent).
        const cb = chanById.get(r.chan);
        if (!cb || b.kind !== 'frame') continue;
        const sy = r.y + ROW_H / 2;
        const ty = cb.y + HEADER_H / 2;
        if (stacked) {
          // In its gutter lane with the stack-to-heap arrows (routed below).
          gutters.push({ i: arrows.length, sx: b.x, sy, tx: cb.x, ty });
          arrows.push({ key: `${b.key}/${r.path}`, kind: 'chan', dashed: false, d: '', head: '', headFilled: false, toPath: '', from: { x: b.x, y: sy } });
          continue;
        }
        const geo = curve('chan', b.x + b.w, sy, cb.x, ty, 'left', Math.max(30, (cb.x - b.x - b.w) / 2));
        arrows.push({ key: `${b.key}/${r.path}`, kind: 'chan', dashed: false, d: geo.d, head: geo.head, headFilled: geo.filled, toPath: '', from: { x: b.x + b.w, y: sy } });
        continue;
      }
      if (!r.ptr) continue;
      const sx = b.x + b.w;
      const sy = r.y + ROW_H / 2;
      const kind = r.ptr.kind;
      const t = r.ptr.target;
      let geo: { d: string; head: string; filled: boolean } | null = null;
      let toPath = '';
      if (t.to === 'heap') {
        const tb = heapById.get(t.id);
        if (!tb) continue;
        const tr = t.path ? rowFor(tb.rows, `v${t.path}`) : undefined;
        toPath = tr ? tr.path : '';
        const ty = tr ? tr.y + ROW_H / 2 : tb.y + HEADER_H / 2;
        if (b.kind === 'frame' && !stacked) geo = curve(kind, sx, sy, tb.x, ty, 'left', Math.max(30, (tb.x - sx) / 2));
        else if (b.kind === 'frame') {
          // Stacked: leave the stack box on its left, run down the gutter, enter the heap box from the left
          // (each in its lane: routed below, once every lane is known).
          gutters.push({ i: arrows.length, sx: b.x, sy, tx: tb.x, ty });
          arrows.push({ key: `${b.key}/${r.path}`, kind, dashed: kind === 'Weak', d: '', head: '', headFilled: false, toPath, from: { x: b.x, y: sy } });
          continue;
        } else {
          // Routed once every lane is known (below).
          loops.push({ i: arrows.length, sx, sy, tx: tb.x + tb.w, ty });
          arrows.push({ key: `${b.key}/${r.path}`, kind, dashed: kind === 'Weak', d: '', head: '', headFilled: false, toPath, from: { x: sx, y: sy } });
          continue;
        }
      } else if (t.to === 'slot') {
        const fb = frameById.get(t.frame);
        const tr = fb ? rowFor(fb.rows, `s${t.slot}${t.path ?? ''}`) : undefined;
        if (!fb || !tr) continue;
        toPath = tr.path;
        const ty = tr.y + ROW_H / 2;
        if (b.kind === 'frame') {
          const bulge = 22 + 10 * stackLoops++;
          geo = curve(kind, sx, sy, fb.x + fb.w, ty, 'right', bulge);
          maxRight = Math.max(maxRight, fb.x + fb.w + bulge);
        } else geo = curve(kind, b.x, sy, fb.x + fb.w, ty, 'right', -40);
      }
      if (!geo) continue;
      arrows.push({ key: `${b.key}/${r.path}`, kind, dashed: kind === 'Weak', d: geo.d, head: geo.head, headFilled: geo.filled, toPath, from: { x: sx, y: sy } });
    }
  }
  // Heap-to-heap arrows: each in a lane of its own right of every heap box, so they never run along each other.
  const laneX = heapBoxes.reduce((m, b) => Math.max(m, b.x + b.w), 0) + LANE_GAP;
  const lanes = assignLanes(loops.map((l) => ({ a: Math.min(l.sy, l.ty), b: Math.max(l.sy, l.ty) })));
  loops.forEach((l, n) => {
    const lane = laneX + LANE_STEP * lanes[n];
    const a = arrows[l.i];
    const geo = laneCurve(a.kind, l.sx, l.sy, l.tx, l.ty, lane);
    arrows[l.i] = { ...a, d: geo.d, head: geo.head, headFilled: geo.filled };
    maxRight = Math.max(maxRight, lane + 2);
  });
  // Stacked: the stack-to-heap arrows share the left gutter the same way (the shortest nearest the boxes).
  const gutterLanes = assignLanes(gutters.map((g) => ({ a: g.sy, b: g.ty })));
  gutters.forEach((g, n) => {
    const a = arrows[g.i];
    const geo = gutterCurve(a.kind, g.sx, g.sy, g.tx, g.ty, g.sx - (inset + 6 + GUTTER_STEP * Math.min(3, gutterLanes[n])));
    arrows[g.i] = { ...a, d: geo.d, head: geo.head, headFilled: geo.filled };
  });
  const bottom = Math.max(stackBottom, hy, MARGIN + 18 + HEADER_H);
  const out: MemoryLayout = { width: Math.ceil(maxRight + MARGIN), height: Math.ceil(bottom), boxes, arrows, stackX, heapX, heapY, stacked, threads: threadCols };
  if (channelY !== undefined) out.channelY = channelY;
  return out;
}
