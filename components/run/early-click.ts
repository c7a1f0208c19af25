// A click on 실행 before the island has hydrated is remembered by a tiny inline script and replayed on mount.
// The script also marks <html> with `hb-js`, so without JavaScript the (inert) run/edit toolbar is not shown.

/** Inline script placed before each listing (it runs once per page). Keep it tiny: it ships in the HTML. */
export const EARLY_CLICK_SCRIPT =
  "(function(){var d=document.documentElement;if(d.hasAttribute('data-hbq'))return;d.setAttribute('data-hbq','');d.classList.add('hb-js');" +
  'var q=window.__hbRun=window.__hbRun||[];document.addEventListener(\'click\',function(e){var b=e.target&&e.target.closest&&e.target.closest(\'[data-action="run"]\');' +
  "if(!b)return;var i=b.closest('astro-island');if(!i||!i.hasAttribute('ssr'))return;var l=b.closest('[data-listing]');if(!l)return;" +
  "q.push(l.getAttribute('data-listing'));var s=l.querySelector('[data-status]');if(s)s.textContent='불러오는 중…'},true)})()";

/** Whether 실행 was clicked on listing `id` before hydration (and forget it). */
export function takePendingRun(id: string): boolean {
  const q = (globalThis as { __hbRun?: unknown }).__hbRun;
  if (!Array.isArray(q)) return false;
  const i = q.indexOf(id);
  if (i < 0) return false;
  q.splice(i, 1);
  return true;
}
