// The menu button that opens the sidebar as a drawer on narrow screens (closes on backdrop, Esc or link).
// Also scrolls the sidebar so the current chapter is in view.
export function setupSidebar(): void {
  const button = document.getElementById('menu-toggle');
  const sidebar = document.getElementById('sidebar');
  const backdrop = document.getElementById('sidebar-backdrop');
  if (!button || !sidebar) return;
  const root = document.documentElement;
  const setOpen = (open: boolean) => {
    root.toggleAttribute('data-sidebar-open', open);
    button.setAttribute('aria-expanded', String(open));
    button.setAttribute('aria-label', open ? '목차 닫기' : '목차 열기');
    if (backdrop) backdrop.hidden = !open;
    if (open) sidebar.querySelector<HTMLElement>('[aria-current="page"], a')?.focus({ preventScroll: false });
  };
  button.addEventListener('click', () => setOpen(!root.hasAttribute('data-sidebar-open')));
  backdrop?.addEventListener('click', () => setOpen(false));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && root.hasAttribute('data-sidebar-open')) {
      setOpen(false);
      button.focus();
    }
  });
  // book.toml [output.html.fold]: the ›-buttons open and close their chapter's sections
  sidebar.addEventListener('click', (e) => {
    const fold = (e.target as Element | null)?.closest<HTMLButtonElement>('.toc-fold');
    const list = fold?.nextElementSibling;
    if (!fold || !(list instanceof HTMLOListElement)) return;
    const open = list.hidden;
    list.hidden = !open;
    fold.setAttribute('aria-expanded', String(open));
    fold.setAttribute('aria-label', (fold.getAttribute('aria-label') ?? '').replace(/(펼치기|접기)$/, open ? '접기' : '펼치기'));
  });
  const current = sidebar.querySelector<HTMLElement>('[aria-current="page"]');
  if (current) {
    const box = sidebar.getBoundingClientRect();
    const at = current.getBoundingClientRect();
    if (at.bottom > box.bottom || at.top < box.top) sidebar.scrollTop += at.top - box.top - box.height / 3;
  }
}
