// The diagram's colors and fonts as CSS, shared by the standalone SVG and the island (which maps them to site variables).
// One table so the book's figure and the interactive view look alike.

export const DIAGRAM_FONT = "ui-monospace, 'D2Coding', 'Noto Sans Mono CJK KR', 'Noto Sans CJK KR', 'Nanum Gothic Coding', Menlo, Consolas, monospace";

/** Light palette used by standalone figures (the book's images are shown on a light card). */
export const LIGHT = {
  bg: '#ffffff',
  fg: '#1f2328',
  muted: '#59636e',
  border: '#8c959f',
  head: '#eef1f5',
  heapHead: '#fff4d6',
  accent: '#0b66d6',
  changed: '#fff3b0',
  danger: '#c62828',
  dangerBg: '#fdecea',
  badge: '#e8eef8',
};

/** CSS rules for the diagram classes; `v(name, fallback)` lets the island use site variables. */
export function diagramCss(v: (name: keyof typeof LIGHT, fallback: string) => string): string {
  const c = (k: keyof typeof LIGHT) => v(k, LIGHT[k]);
  return `
.hb-m-svg text { font-family: ${DIAGRAM_FONT}; font-size: 13px; fill: ${c('fg')}; }
.hb-m-col { font-weight: 700; fill: ${c('muted')}; font-size: 12px; letter-spacing: .05em; }
.hb-m-frame-rect { fill: ${c('bg')}; stroke: ${c('border')}; stroke-width: 1.2; }
.hb-m-head { fill: ${c('head')}; }
.hb-m-heap .hb-m-head { fill: ${c('heapHead')}; }
.hb-m-title { font-weight: 700; }
.hb-m-meta, .hb-m-label, .hb-m-empty { fill: ${c('muted')}; }
.hb-m-changed > .hb-m-frame-rect { stroke: ${c('accent')}; stroke-width: 2.4; }
.hb-m-leaked > .hb-m-frame-rect { stroke: ${c('danger')}; stroke-width: 2.4; stroke-dasharray: 6 3; }
.hb-m-leaked .hb-m-meta { fill: ${c('danger')}; font-weight: 700; }
.hb-m-rowhl { fill: ${c('changed')}; }
.hb-m-mark { fill: ${c('accent')}; font-weight: 700; }
.hb-m-svg .hb-m-moved, .hb-m-svg .hb-m-dropped { fill: ${c('muted')}; font-style: italic; }
.hb-m-svg .hb-m-dropped { opacity: .6; }
.hb-m-svg .hb-m-ret { font-weight: 700; }
.hb-m-retline { stroke: ${c('border')}; stroke-dasharray: 3 2; }
.hb-m-freed > .hb-m-frame-rect { stroke: ${c('muted')}; stroke-dasharray: 3 3; }
.hb-m-freed { opacity: .7; }
.hb-m-svg .hb-m-freed .hb-m-meta { fill: ${c('danger')}; font-weight: 700; }
.hb-m-badge { fill: ${c('badge')}; stroke: ${c('border')}; stroke-width: .6; }
.hb-m-badge-gone { fill: ${c('bg')}; stroke-dasharray: 2 2; }
.hb-m-svg .hb-m-badgetext { font-size: 11px; }
.hb-m-ptrtext { font-weight: 700; }
.hb-m-dot { fill: ${c('accent')}; }
.hb-m-shaft { fill: none; stroke: ${c('accent')}; stroke-width: 1.6; }
.hb-m-tip { fill: ${c('accent')}; }
.hb-m-tip-open { fill: none; stroke: ${c('accent')}; stroke-width: 1.6; stroke-linecap: round; stroke-linejoin: round; }
.hb-m-arrow-Rc .hb-m-shaft { stroke-width: 2.6; }
.hb-m-weak .hb-m-shaft { stroke-dasharray: 5 4; }
.hb-m-weak.hb-m-dot, .hb-m-weak .hb-m-tip-open { fill: ${c('bg')}; stroke: ${c('accent')}; stroke-width: 1.4; }
.hb-m-arrow-ref .hb-m-shaft, .hb-m-arrow-ref-mut .hb-m-shaft, .hb-m-arrow-Ref .hb-m-shaft, .hb-m-arrow-RefMut .hb-m-shaft { stroke: ${c('muted')}; }
.hb-m-arrow-ref .hb-m-tip-open, .hb-m-arrow-ref-mut .hb-m-tip-open, .hb-m-arrow-Ref .hb-m-tip-open, .hb-m-arrow-RefMut .hb-m-tip-open { stroke: ${c('muted')}; }
.hb-m-arrow-ref .hb-m-shaft { stroke-width: 1.2; }
.hb-m-arrow-ref-mut .hb-m-shaft, .hb-m-arrow-ref-mut .hb-m-tip-open, .hb-m-arrow-RefMut .hb-m-shaft { stroke-width: 2.4; }
.hb-m-arrow-Ref .hb-m-shaft, .hb-m-arrow-RefMut .hb-m-shaft { stroke-dasharray: 1 4; stroke-linecap: round; }
`;
}

/** Rules for threaded pictures (thread columns, channels); added only when a picture has them, so a
 *  single-threaded figure's SVG stays as it was. */
export function threadCss(v: (name: keyof typeof LIGHT, fallback: string) => string): string {
  const c = (k: keyof typeof LIGHT) => v(k, LIGHT[k]);
  return `
.hb-m-thread-rect { fill: none; stroke: ${c('border')}; stroke-width: 1.2; }
.hb-m-thread-running > .hb-m-thread-rect { stroke: ${c('accent')}; stroke-width: 2.4; }
.hb-m-thread-waiting > .hb-m-thread-rect { stroke-dasharray: 7 4; }
.hb-m-thread-done > .hb-m-thread-rect { stroke-dasharray: 2 3; }
.hb-m-thread-done { opacity: .65; }
.hb-m-svg .hb-m-thread-title { font-weight: 700; }
.hb-m-thread-badge { fill: ${c('badge')}; stroke: ${c('border')}; stroke-width: .6; }
.hb-m-thread-running > .hb-m-thread-badge { fill: ${c('accent')}; stroke: none; }
.hb-m-svg .hb-m-thread-state { font-size: 11px; }
.hb-m-svg .hb-m-thread-running > .hb-m-thread-state { fill: ${c('bg')}; font-weight: 700; }
.hb-m-channel .hb-m-head { fill: ${c('badge')}; }
.hb-m-arrow-chan .hb-m-shaft { stroke-dasharray: 8 3 2 3; }
`;
}

/** Arrows of the sync types (`Arc` handles like `Rc`, lock guards like `Ref`/`RefMut`); added only when a picture has one. */
export function syncArrowCss(v: (name: keyof typeof LIGHT, fallback: string) => string): string {
  const c = (k: keyof typeof LIGHT) => v(k, LIGHT[k]);
  return `
.hb-m-arrow-Arc .hb-m-shaft { stroke-width: 2.6; }
.hb-m-arrow-MutexGuard .hb-m-shaft, .hb-m-arrow-RwLockReadGuard .hb-m-shaft, .hb-m-arrow-RwLockWriteGuard .hb-m-shaft { stroke: ${c('muted')}; stroke-dasharray: 1 4; stroke-linecap: round; }
.hb-m-arrow-MutexGuard .hb-m-shaft, .hb-m-arrow-RwLockWriteGuard .hb-m-shaft { stroke-width: 2.4; }
`;
}
