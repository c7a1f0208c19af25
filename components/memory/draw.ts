// Turns a memory layout into a renderer-neutral SVG element tree (tag, attributes, children).
// The Preact view and the standalone SVG string both render this tree, so island and figure look alike.
import { HEADER_H, PAD, ROW_H, textWidth, type Box, type MemoryLayout, type PlacedRow, type ThreadColumn } from './layout.ts';

export interface SvgNode {
  tag: string;
  attrs: Record<string, string | number>;
  children?: SvgNode[];
  text?: string;
}

const el = (tag: string, attrs: SvgNode['attrs'], children?: SvgNode[]): SvgNode => ({ tag, attrs, children });
const txt = (attrs: SvgNode['attrs'], text: string): SvgNode => ({ tag: 'text', attrs, text });

/** Marker drawn beside anything that changed at this step (so change is not signalled by color alone). */
export const CHANGED_MARK = '✱';

function rowNodes(b: Box, r: PlacedRow): SvgNode[] {
  const slotAttrs: SvgNode['attrs'] = b.kind === 'frame' && r.depth === 0 && !r.ret ? { 'data-slot': r.label, 'data-state': r.state } : r.ret ? { 'data-return': 'true' } : {};
  const base = r.y + 15;
  const out: SvgNode[] = [];
  const gone = r.state !== 'live';
  if (r.changed) {
    out.push(el('rect', { class: 'hb-m-rowhl', x: b.x + 1, y: r.y + 1, width: b.w - 2, height: ROW_H - 2 }));
    out.push(txt({ class: 'hb-m-mark', x: b.x - 3, y: base, 'text-anchor': 'end' }, CHANGED_MARK));
  }
  const cls = (gone ? ` hb-m-${r.state}` : '') + (r.ret ? ' hb-m-ret' : '');
  if (r.label) out.push(txt({ class: `hb-m-label${cls}`, x: r.labelX, y: base, ...slotAttrs }, r.label));
  out.push(txt({ class: `hb-m-text${cls}${r.ptr ? ' hb-m-ptrtext' : ''}`, x: r.textX, y: base }, r.text));
  if (r.ret) out.push(el('line', { class: 'hb-m-retline', x1: b.x + 1, x2: b.x + b.w - 1, y1: r.y, y2: r.y }));
  if (r.badge) {
    const bw = textWidth(r.badge) + 6;
    out.push(el('rect', { class: `hb-m-badge${gone ? ' hb-m-badge-gone' : ''}`, x: r.badgeX, y: r.y + 3, width: bw, height: ROW_H - 6, rx: 4 }));
    out.push(txt({ class: 'hb-m-badgetext', x: r.badgeX + 4, y: base - 1 }, r.badge));
  }
  return out;
}

function boxNode(b: Box): SvgNode {
  const attrs: SvgNode['attrs'] = {
    class: `hb-m-box hb-m-${b.kind}${b.changed ? ' hb-m-changed' : ''}${b.kind === 'heap' && b.leaked ? ' hb-m-leaked' : ''}${b.kind === 'heap' && b.freed ? ' hb-m-freed' : ''}`,
  };
  if (b.kind === 'channel') {
    attrs['data-channel'] = b.channelId;
    attrs['data-pending'] = b.pending;
  } else if (b.kind === 'heap') {
    attrs['data-alloc'] = b.heapId;
    attrs['data-kind'] = b.heapKind;
    if (b.freed) attrs['data-freed'] = 'true';
    if (b.strong !== undefined) attrs['data-strong'] = b.strong;
    if (b.weak !== undefined) attrs['data-weak'] = b.weak;
    if (b.leaked) attrs['data-leaked'] = 'true';
  } else {
    attrs['data-frame'] = b.title;
    if (b.thread !== undefined) attrs['data-thread'] = b.thread;
  }
  const children: SvgNode[] = [
    el('rect', { class: 'hb-m-frame-rect', x: b.x, y: b.y, width: b.w, height: b.h, rx: 6 }),
    el('path', { class: 'hb-m-head', d: `M${b.x} ${b.y + HEADER_H}V${b.y + 6}a6 6 0 0 1 6 -6H${b.x + b.w - 6}a6 6 0 0 1 6 6V${b.y + HEADER_H}Z` }),
    txt({ class: 'hb-m-title', x: b.x + PAD, y: b.y + 17 }, b.title),
  ];
  if (b.kind !== 'frame') children.push(txt({ class: 'hb-m-meta', x: b.x + b.w - PAD, y: b.y + 17, 'text-anchor': 'end' }, b.meta));
  if (b.changed && b.rows.every((r) => !r.changed)) children.push(txt({ class: 'hb-m-mark', x: b.x - 3, y: b.y + 17, 'text-anchor': 'end' }, CHANGED_MARK));
  if (b.rows.length === 0) children.push(txt({ class: 'hb-m-empty', x: b.x + PAD, y: b.y + HEADER_H + 15 }, '(변수 없음)'));
  for (const r of b.rows) children.push(...rowNodes(b, r));
  return el('g', attrs, children);
}

/** A thread's column: an outline (solid while it runs, dashed while it waits, dotted once done) and a heading
 *  with its name and its state in words. */
function threadNode(t: ThreadColumn): SvgNode {
  const stateX = t.x + t.w - PAD;
  const bw = textWidth(t.stateText) + 8;
  const children: SvgNode[] = [
    el('rect', { class: 'hb-m-thread-rect', x: t.x, y: t.y, width: t.w, height: t.h, rx: 8 }),
    txt({ class: 'hb-m-thread-title', x: t.x + PAD, y: t.y + 18 }, t.title),
    el('rect', { class: 'hb-m-thread-badge', x: stateX - bw, y: t.y + 5, width: bw, height: 18, rx: 9 }),
    txt({ class: 'hb-m-thread-state', x: stateX - 4, y: t.y + 18, 'text-anchor': 'end' }, t.stateText),
  ];
  return el('g', { class: `hb-m-thread hb-m-thread-${t.state}`, 'data-thread-col': t.id, 'data-thread-state': t.state }, children);
}

/** The diagram's element tree (without the outer <svg>). */
export function drawMemory(layout: MemoryLayout): SvgNode[] {
  const nodes: SvgNode[] = layout.threads.length
    ? layout.threads.map(threadNode)
    : [txt({ class: 'hb-m-col', x: layout.stackX, y: 20 }, '스택')];
  nodes.push(txt({ class: 'hb-m-col', x: layout.heapX, y: layout.heapY }, '힙'));
  if (layout.channelY !== undefined) nodes.push(txt({ class: 'hb-m-col', x: layout.heapX, y: layout.channelY }, '채널'));
  if (!layout.threads.length && !layout.boxes.some((b) => b.kind === 'frame')) nodes.push(txt({ class: 'hb-m-empty', x: layout.stackX, y: 44 }, '(스택 비어 있음)'));
  if (!layout.boxes.some((b) => b.kind === 'heap')) nodes.push(txt({ class: 'hb-m-empty', x: layout.heapX, y: layout.heapY + 24 }, '(할당 없음)'));
  for (const b of layout.boxes) nodes.push(boxNode(b));
  const arrows = layout.arrows.map((a) =>
    el('g', { class: `hb-m-arrow hb-m-arrow-${a.kind}${a.dashed ? ' hb-m-weak' : ''}`, 'data-arrow': a.key, 'data-arrow-kind': a.kind, 'data-to': a.toPath }, [
      el('path', { class: 'hb-m-shaft', d: a.d }),
      el('path', { class: a.headFilled ? 'hb-m-tip' : 'hb-m-tip-open', d: a.head }),
      el('circle', { class: `hb-m-dot${a.dashed ? ' hb-m-weak' : ''}`, cx: a.from.x, cy: a.from.y, r: 3.5 }),
    ]),
  );
  nodes.push(el('g', { class: 'hb-m-arrows' }, arrows));
  return nodes;
}
