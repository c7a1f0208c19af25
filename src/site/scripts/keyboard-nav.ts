// ←/→ turn to the previous/next chapter (following <link rel=prev/next>), '/' focuses the search box.
// Whether a key press may turn the page is decided by the pure pageTurn() in arrow-keys.ts.
import { ownsKeys, pageTurn, type KeyTarget } from './arrow-keys.ts';

export function setupKeyboardNav(): void {
  document.addEventListener('keydown', (e) => {
    const target = e.target as (Element & KeyTarget) | null;
    if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !e.defaultPrevented && !ownsKeys(target)) {
      const input = document.querySelector<HTMLInputElement>('#search input');
      if (input) {
        e.preventDefault();
        input.focus();
      }
      return;
    }
    const dir = pageTurn(pick(e), target);
    if (!dir) return;
    const link = document.querySelector<HTMLLinkElement>(`link[rel="${dir}"]`);
    if (link) {
      e.preventDefault();
      location.href = link.href;
    }
  });
}

function pick(e: KeyboardEvent) {
  return { key: e.key, altKey: e.altKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, defaultPrevented: e.defaultPrevented };
}
