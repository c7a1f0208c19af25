// Decides whether a ←/→ key press turns the page: never while typing, never when a widget owns the arrows.
// Pure over a minimal element shape so it is tested without a DOM.

/** The little of a DOM element (or event target) this decision needs. */
export interface KeyTarget {
  tagName?: string;
  isContentEditable?: boolean;
  closest?(selector: string): unknown;
}

export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  defaultPrevented: boolean;
}

/** Elements that handle arrow keys themselves or take text: inputs, editors, listings, sliders, menus. */
export const ARROW_OWNERS = [
  'input',
  'textarea',
  'select',
  '[contenteditable]:not([contenteditable="false"])',
  '[data-listing]',
  '[role="slider"]',
  '[role="tablist"]',
  '[role="listbox"]',
  '[role="menu"]',
  '[role="grid"]',
  '[role="textbox"]',
  '.pagefind-ui',
].join(', ');

/** True when the focused element takes typing or handles arrow keys itself. */
export function ownsKeys(target: KeyTarget | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  return Boolean(target.closest && target.closest(ARROW_OWNERS));
}

export function pageTurn(press: KeyPress, target: KeyTarget | null): 'prev' | 'next' | null {
  if (press.defaultPrevented || press.altKey || press.ctrlKey || press.metaKey || press.shiftKey) return null;
  const dir = press.key === 'ArrowLeft' ? 'prev' : press.key === 'ArrowRight' ? 'next' : null;
  if (!dir || ownsKeys(target)) return null;
  return dir;
}
