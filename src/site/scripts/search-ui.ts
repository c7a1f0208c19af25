// Pagefind's UI with Korean labels, built in the search box: fetched by search-loader.ts only when the reader
// reaches for the box, so none of this ships with the page.
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

/** Replaces the plain input in `box` with Pagefind's UI, searching for what was already typed. */
export async function mountSearch(box: HTMLElement, input: HTMLInputElement, bundle: string): Promise<void> {
  await Promise.all([loadOnce('link', `${bundle}pagefind-ui.css`), loadOnce('script', `${bundle}pagefind-ui.js`)]);
  const PagefindUI = (window as unknown as { PagefindUI: PagefindUICtor }).PagefindUI;
  const typed = input.value;
  box.replaceChildren();
  const ui = new PagefindUI({ element: box, bundlePath: bundle, showSubResults: true, showImages: false, autofocus: true, resetStyles: false, translations: TRANSLATIONS });
  if (typed) ui.triggerSearch(typed);
}
