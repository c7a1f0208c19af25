// Connect middleware of the dev server: the status endpoint the overlay reads, the book's images and other
// assets (from its src folder, and book.toml's additional CSS/JS, as the built site copies them), the error page.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { mimeType } from '../cli/build/mime-types.ts';
import type { BookSession } from './book-session.ts';
import { errorPageHtml } from './error-page.ts';
import { additionalFiles } from '../cli/build/site-files.ts';

type Next = (err?: unknown) => void;
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

export const STATUS_PATH = '__heapbook/status';

/** The request path below `base` ('/' or '/book/'), decoded, without query; null if outside or malformed. */
export function pathBelowBase(url: string | undefined, base: string): string | null {
  const path = (url ?? '/').split(/[?#]/, 1)[0];
  if (!path.startsWith(base)) return null;
  try {
    return decodeURIComponent(path.slice(base.length));
  } catch {
    return null;
  }
}

/** An asset path that stays inside the src folder and is not a chapter. */
export function assetRequest(rel: string): string | null {
  const parts = rel.split('/');
  if (rel === '' || rel.includes('\\') || rel.includes('\0') || parts.some((p) => p === '..' || p === '')) return null;
  if (/\.md$/i.test(rel)) return null;
  return rel;
}

export function devMiddleware(session: BookSession, base: string): Middleware {
  return (req, res, next) => {
    const rel = pathBelowBase(req.url, base);
    if (rel === null || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    if (rel === STATUS_PATH) {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify(session.status));
      return;
    }
    const book = session.book;
    const asset = assetRequest(rel);
    if (book && asset) {
      // book.toml's additional-css/js live beside book.toml (the build copies them to the same site path)
      const fromRoot = additionalFiles(book.config.html).includes(asset);
      const file = fromRoot ? join(book.root, asset) : join(book.root, book.config.srcDir, asset);
      let isFile = false;
      try {
        isFile = statSync(file).isFile();
      } catch {
        isFile = false;
      }
      if (isFile) {
        res.writeHead(200, { 'content-type': mimeType(file), 'cache-control': 'no-store' });
        if (req.method === 'HEAD') res.end();
        else createReadStream(file).pipe(res);
        return;
      }
    }
    const wantsPage = (req.headers.accept ?? '').includes('text/html') && !rel.startsWith('@') && !rel.startsWith('_astro/');
    if (!book && wantsPage) {
      res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(errorPageHtml(session.status, base + STATUS_PATH));
      return;
    }
    next();
  };
}
