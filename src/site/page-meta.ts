// What a page's frame needs from book.toml's [output.html], computed once here (not in the template): the edit
// link, the repository link, mdBook's theme names mapped to heapbook's two themes, Open Graph values, extra CSS/JS.
import type { Book, HtmlConfig, Page } from '../book/model.ts';
import { DEFAULT_HTML } from '../book/html-config.ts';

export type SiteTheme = 'light' | 'dark';

/** mdBook's themes (light, rust, coal, navy, ayu) on heapbook's light/dark; unknown names → null. */
export function siteTheme(mdbookTheme: string | undefined): SiteTheme | null {
  switch ((mdbookTheme ?? '').toLowerCase()) {
    case 'light':
    case 'rust':
      return 'light';
    case 'coal':
    case 'navy':
    case 'ayu':
    case 'dark':
      return 'dark';
    default:
      return null;
  }
}

/** The theme without a stored choice: mdBook uses default-theme, or preferred-dark-theme when the system is dark. */
export function themeDefaults(html: HtmlConfig): { light: SiteTheme; dark: SiteTheme } {
  return { light: siteTheme(html.defaultTheme) ?? 'light', dark: siteTheme(html.preferredDarkTheme) ?? 'dark' };
}

/** `edit-url-template` with `{path}` = the chapter's source path from the book root ('src/ch01.md'), as mdBook does. */
export function editUrl(html: HtmlConfig, srcDir: string, page: Page | null): string | null {
  if (!html.editUrlTemplate || !page) return null;
  return html.editUrlTemplate.replace(/\{path\}/g, `${srcDir}/${page.path}`);
}

/** An absolute page URL under an absolute site-url (for og:url and canonical links); null otherwise. */
export function absolutePageUrl(html: HtmlConfig, pageUrl: string): string | null {
  if (!html.siteUrl || !/^https?:\/\//i.test(html.siteUrl)) return null;
  const root = html.siteUrl.endsWith('/') ? html.siteUrl : html.siteUrl + '/';
  return root + pageUrl;
}

/** `ko` → `ko_KR` and other common languages, for og:locale; a bare language stays as it is. */
export function ogLocale(language: string): string {
  const map: Record<string, string> = { ko: 'ko_KR', en: 'en_US', ja: 'ja_JP', zh: 'zh_CN' };
  return map[language] ?? language.replace('-', '_');
}

export function htmlConfig(book: Book): HtmlConfig {
  return book.config.html ?? DEFAULT_HTML;
}

/** Site paths (from the root, '/ferris.css') of the book's additional CSS and JS, in book.toml order. */
export function additionalAssets(html: HtmlConfig): { css: string[]; js: string[] } {
  const site = (p: string) => '/' + p.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  return { css: html.additionalCss.map(site), js: html.additionalJs.map(site) };
}
