// The extra files of a built site that come from book.toml's [output.html]: CNAME, sitemap.xml (with site-url),
// redirect pages, and the book's additional CSS/JS copied in. Pure text builders plus one writer at the edge.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, normalize, isAbsolute } from 'node:path';
import type { Book, HtmlConfig } from '../../book/model.ts';
import { pathToRoot } from './relative-urls.ts';

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `site-url` as a folder URL ending in '/'. */
export function siteRoot(siteUrl: string): string {
  return siteUrl.endsWith('/') ? siteUrl : siteUrl + '/';
}

/** sitemap.xml listing every page (index first) under `site-url`. */
export function sitemapXml(siteUrl: string, pageUrls: readonly string[]): string {
  const root = siteRoot(siteUrl);
  const urls = ['', ...pageUrls].map((u) => `  <url><loc>${escapeXml(root + u)}</loc></url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}

/**
 * A redirect page as mdBook writes it: meta refresh + canonical + a link. `to` is used as written when it is a
 * full URL; a site path ('/new.html') or relative path is made relative to where the redirect page sits.
 */
export function redirectHtml(fromPath: string, to: string): string {
  const target = /^[a-z][a-z0-9+.-]*:|^\/\//i.test(to) ? to : to.startsWith('/') ? pathToRoot(fromPath) + to.slice(1) : to;
  const t = escapeXml(target);
  return [
    '<!doctype html>',
    '<html lang="ko">',
    '<head>',
    '  <meta charset="utf-8">',
    '  <title>페이지를 옮겼습니다</title>',
    `  <meta http-equiv="refresh" content="0; URL=${t}">`,
    `  <link rel="canonical" href="${t}">`,
    '</head>',
    '<body>',
    `  <p>이 페이지는 <a href="${t}">${t}</a>(으)로 옮겼습니다.</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The site file a redirect key names ('/old/page.html' → 'old/page.html'); null for keys that leave the site. */
export function redirectFile(from: string): string | null {
  const rel = normalize(from.replace(/^\/+/, ''));
  if (rel === '' || rel === '.' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return rel.replace(/\\/g, '/');
}

/** A book-root-relative additional file, or null when it would leave the book. */
function additionalFile(path: string): string | null {
  const rel = normalize(path);
  return rel.startsWith('..') || isAbsolute(rel) ? null : rel.replace(/\\/g, '/');
}

export function additionalFiles(html: HtmlConfig | undefined): string[] {
  if (!html) return [];
  return [...html.additionalCss, ...html.additionalJs].map(additionalFile).filter((f): f is string => f !== null);
}

/** Writes CNAME, sitemap.xml, redirect pages and the additional CSS/JS into `outDir`; returns the files written. */
export async function writeSiteFiles(book: Book, outDir: string): Promise<string[]> {
  const html = book.config.html;
  const written: string[] = [];
  const put = async (rel: string, text: string) => {
    await mkdir(dirname(join(outDir, rel)), { recursive: true });
    await writeFile(join(outDir, rel), text);
    written.push(rel);
  };
  for (const rel of additionalFiles(html)) {
    await mkdir(dirname(join(outDir, rel)), { recursive: true });
    await copyFile(join(book.root, rel), join(outDir, rel)).catch(() => {
      throw new Error(`book.toml의 additional-css/additional-js 파일을 읽을 수 없습니다: '${rel}'`);
    });
    written.push(rel);
  }
  if (!html) return written;
  if (html.cname) await put('CNAME', html.cname.trim() + '\n');
  if (html.siteUrl) await put('sitemap.xml', sitemapXml(html.siteUrl, book.pages.map((p) => p.url)));
  for (const [from, to] of Object.entries(html.redirect)) {
    const file = redirectFile(from);
    if (file) await put(file, redirectHtml(file, to));
  }
  return written;
}
