// Routes from page URLs (index copy of the first page) and the labels of chapter links.
import { describe, expect, it } from 'vitest';
import { pageRoutes, slugOfUrl } from '../../src/site/nav/page-routes.ts';
import { chapterLabel, navLinkLabel } from '../../src/site/nav/nav-label.ts';
import { loadFixtureBook } from './fixture-book.ts';

const book = await loadFixtureBook();

describe('slugOfUrl', () => {
  it('drops .html and maps index.html to the root route', () => {
    expect(slugOfUrl('ch15-06-reference-cycles.html')).toBe('ch15-06-reference-cycles');
    expect(slugOfUrl('appendix/a.html')).toBe('appendix/a');
    expect(slugOfUrl('index.html')).toBeUndefined();
  });
  it('rejects URLs that are not .html pages', () => {
    expect(() => slugOfUrl('ch01.md')).toThrow(/\.html/);
  });
});

describe('pageRoutes', () => {
  it('gives one route per page and an index copy of the first page with its canonical URL', () => {
    const routes = pageRoutes(book.pages);
    expect(routes.map((r) => r.slug)).toEqual(['introduction', 'ch15-01-box', 'ch15-06-reference-cycles', undefined]);
    const index = routes[3];
    expect(index.page).toBe(book.pages[0]);
    expect(index.canonicalUrl).toBe('introduction.html');
    expect(routes.slice(0, 3).every((r) => r.canonicalUrl === null)).toBe(true);
  });
  it('adds no copy when a page already is index.html', () => {
    const pages = [{ ...book.pages[0], url: 'index.html' }, book.pages[1]];
    expect(pageRoutes(pages).map((r) => r.slug)).toEqual([undefined, 'ch15-01-box']);
  });
  it('gives no routes for an empty book', () => {
    expect(pageRoutes([])).toEqual([]);
  });
});

describe('chapter labels', () => {
  it('prefixes the section number when there is one', () => {
    expect(navLinkLabel(book.pages[1].next!)).toBe('1.2. 순환 참조');
    expect(navLinkLabel(book.pages[1].prev!)).toBe('들어가며');
    expect(chapterLabel('15.6.', '순환 참조')).toBe('15.6. 순환 참조');
  });
});
