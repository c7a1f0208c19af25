// Walks a built site and makes every page's root-absolute URLs relative (relative-urls.ts). The 404 page, served
// at any depth, instead gets `<base href="site-url">` when book.toml sets one (as mdBook does) and stays absolute otherwise.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { relativizeHtml } from './relative-urls.ts';
import { siteRoot } from './site-files.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) out.push(join(entry.parentPath, entry.name));
  }
  return out;
}

/** `<base href>` right after <head>, so the 404 page's relative URLs resolve from the site root wherever it is served. */
export function with404Base(html: string, siteUrl: string): string {
  const base = `<base href="${siteRoot(siteUrl).replace(/"/g, '&quot;')}">`;
  return html.replace(/<head>/i, (m) => `${m}${base}`);
}

export async function relativizeSite(siteDir: string, siteUrl: string | undefined): Promise<number> {
  const files = await htmlFiles(siteDir);
  for (const file of files) {
    const rel = relative(siteDir, file).split('\\').join('/');
    const html = await readFile(file, 'utf8');
    let out: string;
    if (rel === '404.html') {
      if (!siteUrl) continue;
      out = with404Base(relativizeHtml(html, rel), siteUrl);
    } else {
      out = relativizeHtml(html, rel);
    }
    if (out !== html) await writeFile(file, out);
  }
  return files.length;
}
