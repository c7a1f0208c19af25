// Loads Pagefind UI only when the reader reaches for the search box (focus or click), with Korean labels.
// Until then the box is a plain input, so no search code ships with the page.
interface PagefindUIOptions {
  element: string | Element;
  bundlePath?: string;
  showSubResults?: boolean;
  showImages?: boolean;
  autofocus?: boolean;
  resetStyles?: boolean;
  translations?: Record<string, string>;
}
type PagefindUICtor = new (opts: PagefindUIOptions) => { triggerSearch(term: string): void };

const TRANSLATIONS = {
  placeholder: '책에서 검색',
  clear_search: '지우기',
  load_more: '결과 더 보기',
  search_label: '책에서 검색',
  zero_results: '[SEARCH_TERM]에 대한 결과가 없습니다',
  many_results: '[SEARCH_TERM]에 대한 결과 [COUNT]개',
  one_result: '[SEARCH_TERM]에 대한 결과 [COUNT]개',
  alt_search: '[SEARCH_TERM]에 대한 결과가 없어 [DIFFERENT_TERM]의 결과를 보여 드립니다',
  search_suggestion: '[SEARCH_TERM]에 대한 결과가 없습니다. 다른 검색어를 써 보세요.',
  searching: '[SEARCH_TERM] 검색 중…',
};

function loadOnce(tag: 'script' | 'link', url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const el = document.createElement(tag);
    if (el instanceof HTMLScriptElement) el.src = url;
    if (el instanceof HTMLLinkElement) Object.assign(el, { rel: 'stylesheet', href: url });
    el.addEventListener('load', () => resolve());
    el.addEventListener('error', () => reject(new Error(url)));
    document.head.append(el);
  });
}

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
      await Promise.all([loadOnce('link', `${bundle}pagefind-ui.css`), loadOnce('script', `${bundle}pagefind-ui.js`)]);
      const PagefindUI = (window as unknown as { PagefindUI: PagefindUICtor }).PagefindUI;
      const typed = input.value;
      box.replaceChildren();
      const ui = new PagefindUI({ element: box, bundlePath: bundle, showSubResults: true, showImages: false, autofocus: true, resetStyles: false, translations: TRANSLATIONS });
      if (typed) ui.triggerSearch(typed);
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
