// A small static file server for a built book (node:http): right content types, index for '/', 404.html otherwise,
// text compressed with gzip when the browser accepts it (as any real host does). Used by `heapbook serve`;
// resolution of URL paths to files lives in request-path.ts.
import { createServer, type Server } from 'node:http';
import { createGzip } from 'node:zlib';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { mimeType } from './mime-types.ts';
import { requestFiles } from './request-path.ts';

/** Content types worth compressing (text, scripts, styles, SVG, JSON). */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

async function firstFile(root: string, paths: string[]): Promise<string | null> {
  for (const rel of paths) {
    const abs = join(root, rel);
    const st = await stat(abs).catch(() => null);
    if (st?.isFile()) return abs;
  }
  return null;
}

/** Serves the files under `root`; the caller listens. */
export function staticServer(root: string): Server {
  return createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const want = requestFiles(new URL(req.url ?? '/', 'http://x').pathname);
      const found = want.kind === 'candidates' ? await firstFile(root, want.paths) : null;
      const file = found ?? (await firstFile(root, ['404.html']));
      const status = found ? 200 : want.kind === 'bad' ? 400 : 404;
      if (!file) {
        res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end('찾을 수 없습니다\n');
        return;
      }
      const size = (await stat(file)).size;
      const type = mimeType(file);
      const gzip = size > 1024 && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(status, {
        'Content-Type': type,
        ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : { 'Content-Length': size }),
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      if (gzip) createReadStream(file).pipe(createGzip()).pipe(res);
      else createReadStream(file).pipe(res);
    } catch (err) {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`서버 오류: ${(err as Error).message}\n`);
    }
  });
}
