// Pure, deterministic layout of one memory snapshot: stack frames on the left, heap on the right, arrows between.
// Both renderers (Preact island, standalone SVG string) draw exactly these boxes and paths.
import type { HeapKind, PtrKind } from '../../src/sim/trace/schema.ts';
import type { MemorySnapshot } from './snapshot.ts';
import { heapRows, heapTypeText, slotRows, type ValueRow } from './rows.ts';

export const ROW_H = 22;
export const HEADER_H = 26;
export const PAD = 8;
export const INDENT = 14;
/** Advance of one half-width character of the diagram's 13px monospace font. */
export const CHAR_W = 7.9;
const MIN_BOX_W = 150;
const COL_GAP = 96;
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
}

export type Box = FrameBox | HeapBox;

export interface Arrow {
  key: string;
  kind: PtrKind;
  dashed: boolean;
  /** SVG path data of the shaft (a cubic curve) and the polygon points of the head. */
  d: string;
  head: string;
  /** Source dot. */
  from: { x: number; y: number };
}

export interface MemoryLayout {
  width: number;
  height: number;
  boxes: Box[];
  arrows: Arrow[];
  /** Column headings' x positions. */
  stackX: number;
  heapX: number;
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

/** A curve from (sx,sy) to (tx,ty) leaving right and arriving from `arrive` ('left' or 'right'), and its head. */
function curve(sx: number, sy: number, tx: number, ty: number, arrive: 'left' | 'right', bulge: number): { d: string; head: string } {
  const c1x = sx + bulge;
  const c2x = arrive === 'left' ? tx - Math.max(24, (tx - sx) / 2) : tx + Math.abs(bulge);
  const dir = arrive === 'left' ? 1 : -1;
  const L = 8;
  const W = 4.5;
  const ex = tx - dir * L;
  const d = `M${r1(sx)} ${r1(sy)} C${r1(c1x)} ${r1(sy)} ${r1(c2x)} ${r1(ty)} ${r1(ex)} ${r1(ty)}`;
  const head = `${r1(tx)},${r1(ty)} ${r1(ex)},${r1(ty - W)} ${r1(ex)},${r1(ty + W)}`;
  return { d, head };
}

/** Lay out a snapshot. Deterministic: the same snapshot always gives the same picture. */
export function layoutMemory(snap: MemorySnapshot): MemoryLayout {
  const changed = new Set(snap.changed);
  const stackX = MARGIN;
  const boxes: Box[] = [];
  // Stack column: main first (top), callees below.
  let y = MARGIN + 18;
  const frames: FrameBox[] = [];
  for (const f of snap.frames) {
    const { placed, width } = placeRows(slotRows(f.id, f.slots, changed), stackX, y + HEADER_H);
    const title = f.fn;
    const w = Math.max(width, textWidth(title) + 2 * PAD);
    const rowsH = Math.max(1, placed.length) * ROW_H;
    const anyChanged = placed.some((r) => r.changed);
    frames.push({ kind: 'frame', key: `frame:${f.id}`, frameId: f.id, x: stackX, y, w, h: HEADER_H + rowsH + 4, title, changed: anyChanged, rows: placed });
    y += HEADER_H + rowsH + 4 + BOX_GAP;
  }
  const stackW = frames.reduce((m, b) => Math.max(m, b.w), MIN_BOX_W);
  for (const b of frames) b.w = stackW;
  const stackBottom = y;
  const heapX = stackX + stackW + COL_GAP;

  // Where the first live stack pointer to each heap object sits, to place that object beside it.
  const firstRef = new Map<number, number>();
  for (const b of frames)
    for (const r of b.rows)
      if (r.ptr && r.ptr.target.to === 'heap' && r.state === 'live' && !firstRef.has(r.ptr.target.id)) firstRef.set(r.ptr.target.id, r.y);

  let hy = MARGIN + 18;
  const heapBoxes: HeapBox[] = [];
  for (const h of snap.heap) {
    const isChanged = changed.has(`heap:${h.id}`);
    const want = firstRef.has(h.id) ? (firstRef.get(h.id) ?? 0) + ROW_H / 2 - HEADER_H / 2 : hy;
    const top = Math.max(hy, want);
    const { placed, width } = placeRows(heapRows(h, false), heapX, top + HEADER_H);
    const title = heapTypeText(h);
    const meta = `#${h.id} · ${h.size} B${h.leaked ? ' · 누수' : ''}`;
    const w = Math.max(width, textWidth(title) + textWidth(meta) + 3 * PAD + 16);
    const hh = HEADER_H + placed.length * ROW_H + 4;
    heapBoxes.push({
      kind: 'heap', key: `heap:${h.id}`, heapId: h.id, heapKind: h.kind, x: heapX, y: top, w, h: hh, title, meta,
      strong: h.kind === 'Rc' ? h.strong ?? 0 : undefined,
      weak: h.kind === 'Rc' ? h.weak ?? 0 : undefined,
      leaked: h.leaked === true, changed: isChanged, rows: placed,
    });
    hy = top + hh + BOX_GAP;
  }
  boxes.push(...frames, ...heapBoxes);

  // Arrows.
  const heapById = new Map(heapBoxes.map((b) => [b.heapId, b]));
  const frameById = new Map(frames.map((b) => [b.frameId, b]));
  const arrows: Arrow[] = [];
  let heapLoops = 0;
  let stackLoops = 0;
  let maxRight = heapBoxes.reduce((m, b) => Math.max(m, b.x + b.w), heapX + MIN_BOX_W);
  for (const b of boxes) {
    for (const r of b.rows) {
      if (!r.ptr || r.state !== 'live') continue;
      const sx = b.x + b.w;
      const sy = r.y + ROW_H / 2;
      const kind = r.ptr.kind;
      const t = r.ptr.target;
      let geo: { d: string; head: string } | null = null;
      if (t.to === 'heap') {
        const tb = heapById.get(t.id);
        if (!tb) continue;
        const ty = tb.y + HEADER_H / 2;
        if (b.kind === 'frame') geo = curve(sx, sy, tb.x, ty, 'left', Math.max(30, (tb.x - sx) / 2));
        else {
          const bulge = 34 + 14 * heapLoops++;
          geo = curve(sx, sy, tb.x + tb.w, ty, 'right', bulge);
          maxRight = Math.max(maxRight, Math.max(sx, tb.x + tb.w) + bulge);
        }
      } else if (t.to === 'slot') {
        const fb = frameById.get(t.frame);
        const tr = fb?.rows.find((x) => x.path === `s${t.slot}` && x.depth === 0);
        if (!fb || !tr) continue;
        const ty = tr.y + ROW_H / 2;
        if (b.kind === 'frame') geo = curve(sx, sy, fb.x + fb.w, ty, 'right', 22 + 10 * stackLoops++);
        else geo = curve(b.x, sy, fb.x + fb.w, ty, 'right', -40);
      }
      if (!geo) continue;
      arrows.push({ key: `${b.key}/${r.path}`, kind, dashed: kind === 'Weak', d: geo.d, head: geo.head, from: { x: sx, y: sy } });
    }
  }
  const bottom = Math.max(stackBottom, hy, MARGIN + 18 + HEADER_H);
  return { width: Math.ceil(maxRight + MARGIN), height: Math.ceil(bottom), boxes, arrows, stackX, heapX };
}
