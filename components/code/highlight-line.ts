// Marks the line being executed in the static Shiki code block (the island's children) by adding a class.
// DOM edge only: which line to mark is decided by ./line-map.ts.
import type { ListingLine } from './line-map.ts';

export const CURRENT_CLASS = 'hb-current-line';
const REVEAL_CLASS = 'hb-reveal-line';

/** Remove any mark, then mark `line` (null: clear only). A hidden line is revealed just for this step. */
export function markCurrentLine(root: Element | null, line: ListingLine | null): void {
  if (!root) return;
  for (const el of root.querySelectorAll(`.${CURRENT_CLASS}`)) {
    el.classList.remove(CURRENT_CLASS, REVEAL_CLASS);
    el.removeAttribute('aria-current');
  }
  if (!line) return;
  const lines = root.querySelectorAll('.line');
  const el = lines[line.index];
  if (!el) return;
  el.classList.add(CURRENT_CLASS);
  if (line.hidden) el.classList.add(REVEAL_CLASS);
  el.setAttribute('aria-current', 'step');
  const scroller = el.closest('pre');
  if (scroller && scroller.scrollHeight > scroller.clientHeight) {
    const top = (el as HTMLElement).offsetTop - scroller.clientHeight / 2;
    scroller.scrollTop = Math.max(0, top);
  }
}
