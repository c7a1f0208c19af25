// Loads Pagefind UI only when the reader reaches for the search box (focus or click), with Korean labels.
// Until then the box is a plain input, so no search code ships with the page (the UI is in search-ui.ts).
export function setupSearch(): void {
  const box = document.getElementById('search');
  const input = box?.querySelector<HTMLInputElement>('input');
  if (!box || !input) return;
  // The build writes a relative folder ('pagefind/', '../pagefind/'); Pagefind imports from it, so make it absolute.
  const bundle = new URL(box.dataset.pagefindBundle ?? 'pagefind/', document.baseURI).href;
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    box.classList.add('is-loading');
    try {
      const { mountSearch } = await import('./search-ui.ts');
      await mountSearch(box, input, bundle);
      box.classList.add('is-ready');
    } catch {
      input.placeholder = '검색 색인이 없습니다 (heapbook build 후 사용 가능)';
      input.disabled = true;
    } finally {
      box.classList.remove('is-loading');
    }
  };
  input.addEventListener('focus', start, { once: true });
  box.addEventListener('click', start, { once: true });
}
