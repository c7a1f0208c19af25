// Persists a reader's edit of one listing in localStorage, keyed by page and listing id.
// Key: `heapbook:edit:<page>:<listing id>`; storage failures (private mode, quota) are ignored.

/** Page part of the key: the last path segment without `.html` ('index' for '/'). */
export function pageKey(pathname: string): string {
  const last = pathname.split('/').filter(Boolean).pop() ?? '';
  const stem = last.replace(/\.html?$/, '');
  return stem || 'index';
}

export function editKey(pathname: string, listingId: string): string {
  return `heapbook:edit:${pageKey(pathname)}:${listingId}`;
}

export function loadEdit(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function saveEdit(key: string, code: string, original: string): void {
  try {
    if (code === original) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, code);
  } catch {
    /* storage unavailable: the edit lives only in this page */
  }
}

export function clearEdit(key: string): void {
  try {
    globalThis.localStorage?.removeItem(key);
  } catch {
    /* ignore */
  }
}
