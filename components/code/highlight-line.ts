// Marks, in the static Shiki code block (the island's children), the line about to run ("다음 줄") and the line
// that ran just before ("실행한 줄"), and keeps the first in view. DOM edge only: which lines is decided elsewhere.
import type { ListingLine } from './line-map.ts';

export const CURRENT_CLASS = 'hb-current-line';
export const RAN_CLASS = 'hb-ran-line';
const REVEAL_CLASS = 'hb-reveal-line';
const NOW_CLASS = 'hb-now-line';

function clear(root: Element): void {
  for (const el of root.querySelectorAll(`.${CURRENT_CLASS}, .${RAN_CLASS}`)) {
    el.classList.remove(CURRENT_CLASS, RAN_CLASS, REVEAL_CLASS, NOW_CLASS);
    el.removeAttribute('aria-current');
    el.removeAttribute('data-mark');
  }
}

/** Keep `el` visible inside its scrolling <pre> (centred when it had to move). */
function keepInView(el: HTMLElement): void {
  const scroller = el.closest('pre');
  if (!scroller || scroller.scrollHeight <= scroller.clientHeight) return;
  const top = el.offsetTop - scroller.offsetTop;
  if (top < scroller.scrollTop + 8 || top + el.offsetHeight > scroller.scrollTop + scroller.clientHeight - 8)
    scroller.scrollTop = Math.max(0, top - scroller.clientHeight / 2);
}

/** Remove any marks, then mark `line` as current (and `ran` as the line that just ran). null: clear only.
 *  `isStmt` false: the step is not a statement about to run (a call, drop, return…) — marked "지금". */
export function markCurrentLine(root: Element | null, line: ListingLine | null, ran: ListingLine | null = null, isStmt = true): void {
  if (!root) return;
  clear(root);
  const lines = root.querySelectorAll('.line');
  if (ran && (!line || ran.index !== line.index)) {
    const r = lines[ran.index];
    if (r) {
      r.classList.add(RAN_CLASS);
      if (ran.hidden) r.classList.add(REVEAL_CLASS);
      r.setAttribute('data-mark', 'ran');
    }
  }
  if (!line) return;
  const el = lines[line.index] as HTMLElement | undefined;
  if (!el) return;
  el.classList.add(CURRENT_CLASS);
  if (!isStmt) el.classList.add(NOW_CLASS);
  if (line.hidden) el.classList.add(REVEAL_CLASS);
  el.setAttribute('aria-current', 'step');
  el.setAttribute('data-mark', isStmt ? 'next' : 'now');
  keepInView(el);
}
