// Maps the book's pages to Astro routes: one per `Page.url`, plus `index.html` showing the first page.
// Pure; `[...slug].astro` feeds the result straight into getStaticPaths.
import type { Page } from '../../book/model.ts';

export interface PageRoute {
  /** Rest-parameter value: 'ch15-06-reference-cycles' for 'ch15-06-reference-cycles.html'; undefined for index. */
  slug: string | undefined;
  page: Page;
  /** For the index copy of the first page: the page's own URL, for `<link rel="canonical">`. */
  canonicalUrl: string | null;
}

/** 'ch01.html' → 'ch01', 'appendix/a.html' → 'appendix/a', 'index.html' → undefined. */
export function slugOfUrl(url: string): string | undefined {
  if (!url.endsWith('.html')) throw new Error(`페이지 URL은 .html로 끝나야 합니다: '${url}'`);
  const stem = url.slice(0, -'.html'.length);
  return stem === 'index' ? undefined : stem;
}

export function pageRoutes(pages: Page[]): PageRoute[] {
  const routes: PageRoute[] = pages.map((page) => ({ slug: slugOfUrl(page.url), page, canonicalUrl: null }));
  const first = pages[0];
  if (first && !routes.some((r) => r.slug === undefined)) {
    routes.push({ slug: undefined, page: first, canonicalUrl: first.url });
  }
  return routes;
}
