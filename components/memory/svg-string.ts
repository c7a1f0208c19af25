// Standalone SVG text of a memory snapshot (no DOM: runs in Node), for `heapbook figure` and the book's images.
// Same layout and element tree as the island's diagram; styles are embedded, with a <title> and <desc>.
import { drawMemory, type SvgNode } from './draw.ts';
import { layoutMemory, textWidth } from './layout.ts';
import type { MemorySnapshot } from './snapshot.ts';
import { describeMemoryText } from './text-alt.ts';
import { diagramCss, LIGHT, syncArrowCss, threadCss } from './theme.ts';

export interface SvgOptions {
  /** Accessible title (<title>). */
  title: string;
  /** Extra lines under the diagram (e.g. the leak explanation). */
  caption?: string[];
  /** Mark what changed at this step (✱, thick border). Off by default: a figure has no "this step". */
  showChanges?: boolean;
  /** Prefix of the <title>/<desc> ids (several figures on one page need distinct ones). */
  idPrefix?: string;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function nodeText(n: SvgNode, indent: string): string {
  const attrs = Object.entries(n.attrs)
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join('');
  if (n.text !== undefined) return `${indent}<${n.tag}${attrs}>${esc(n.text)}</${n.tag}>`;
  if (!n.children || n.children.length === 0) return `${indent}<${n.tag}${attrs}/>`;
  return `${indent}<${n.tag}${attrs}>\n${n.children.map((c) => nodeText(c, indent + '  ')).join('\n')}\n${indent}</${n.tag}>`;
}

/** Arrow kinds whose rules (syncArrowCss) a figure carries only when it draws one. */
const SYNC_ARROWS: ReadonlySet<string> = new Set(['Arc', 'MutexGuard', 'RwLockReadGuard', 'RwLockWriteGuard']);

/** A complete, self-contained SVG document of the snapshot. Deterministic. */
export function renderMemorySvg(snapshot: MemorySnapshot, opts: SvgOptions): string {
  return renderMemoryFigure(snapshot, opts).svg;
}

/** The SVG document and its size in px. */
export function renderMemoryFigure(snapshot: MemorySnapshot, opts: SvgOptions): { svg: string; width: number; height: number } {
  const layout = layoutMemory(opts.showChanges ? snapshot : { ...snapshot, changed: [] });
  const caption = opts.caption ?? [];
  const capH = caption.length ? caption.length * 20 + 12 : 0;
  const width = Math.max(layout.width, ...caption.map((c) => textWidth(c) + 24));
  const height = layout.height + capH;
  const sync = layout.arrows.some((a) => SYNC_ARROWS.has(a.kind));
  const css = diagramCss((_, fallback) => fallback) + (layout.threads.length || layout.channelY !== undefined ? threadCss((_, fallback) => fallback) : '') + (sync ? syncArrowCss((_, fallback) => fallback) : '') + `.hb-m-caption { fill: ${LIGHT.danger}; font-size: 13px; }\n`;
  const body = drawMemory(layout).map((n) => nodeText(n, '  '));
  const caps = caption.map((c, i) => nodeText({ tag: 'text', attrs: { class: 'hb-m-caption', x: 12, y: layout.height + 20 + i * 20 }, text: c.replace(/`/g, '') }, '  '));
  const id = opts.idPrefix ?? 'hb-fig';
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="hb-m-svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `  <title id="${id}-title">${esc(opts.title)}</title>`,
    `  <desc id="${id}-desc">${esc(describeMemoryText(snapshot))}</desc>`,
    `  <style>${css}</style>`,
    `  <rect width="100%" height="100%" fill="${LIGHT.bg}"/>`,
    ...body,
    ...caps,
    '</svg>',
    '',
  ].join('\n');
  return { svg, width, height };
}
