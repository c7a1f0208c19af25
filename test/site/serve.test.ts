// `heapbook serve`: URL path → candidate files (no escaping the folder), content types, and the live server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { requestFiles } from '../../src/cli/build/request-path.ts';
import { mimeType } from '../../src/cli/build/mime-types.ts';
import { staticServer } from '../../src/cli/build/static-server.ts';

describe('requestFiles', () => {
  it('maps / and folders to index.html', () => {
    expect(requestFiles('/')).toEqual({ kind: 'candidates', paths: ['index.html'] });
    expect(requestFiles('/img/')).toEqual({ kind: 'candidates', paths: ['img/index.html'] });
  });
  it('serves files with an extension as they are, and tries .html for bare names', () => {
    expect(requestFiles('/ch15-06-reference-cycles.html')).toEqual({ kind: 'candidates', paths: ['ch15-06-reference-cycles.html'] });
    expect(requestFiles('/ch01')).toEqual({ kind: 'candidates', paths: ['ch01', 'ch01.html', 'ch01/index.html'] });
    expect(requestFiles('/pagefind/wasm.unknown.pagefind?x=1')).toEqual({ kind: 'candidates', paths: ['pagefind/wasm.unknown.pagefind'] });
  });
  it('decodes percent-escapes (Korean file names)', () => {
    expect(requestFiles('/img/%EA%B7%B8%EB%A6%BC.svg')).toEqual({ kind: 'candidates', paths: ['img/그림.svg'] });
  });
  it('rejects paths that leave the folder or are malformed', () => {
    expect(requestFiles('/../etc/passwd')).toEqual({ kind: 'bad' });
    expect(requestFiles('/img/%2e%2e/%2e%2e/secret')).toEqual({ kind: 'bad' });
    expect(requestFiles('/a%5c..%5csecret')).toEqual({ kind: 'bad' });
    expect(requestFiles('/%E0%A4%A')).toEqual({ kind: 'bad' });
    expect(requestFiles('/a%00b')).toEqual({ kind: 'bad' });
  });
});

describe('mimeType', () => {
  it('knows the types a built book needs', () => {
    expect(mimeType('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeType('_astro/page.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeType('_astro/page.css')).toBe('text/css; charset=utf-8');
    expect(mimeType('img/trpl15-04.svg')).toBe('image/svg+xml');
    expect(mimeType('sim.wasm')).toBe('application/wasm');
    expect(mimeType('pagefind/pagefind-entry.json')).toBe('application/json; charset=utf-8');
    expect(mimeType('pagefind/wasm.unknown.pagefind')).toBe('application/octet-stream');
    expect(mimeType('pagefind/index/ko_1.pf_index')).toBe('application/octet-stream');
    expect(mimeType('FAVICON.SVG')).toBe('image/svg+xml');
  });
});

describe('staticServer', () => {
  let dir: string;
  let base: string;
  const server = { close: () => {} } as { close(): void };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'heapbook-serve-'));
    await mkdir(join(dir, 'img'));
    await writeFile(join(dir, 'index.html'), '<h1>첫 페이지</h1>');
    await writeFile(join(dir, 'ch01.html'), '<h1>1장</h1>');
    await writeFile(join(dir, '404.html'), '<h1>없음</h1>');
    await writeFile(join(dir, 'img', 'a.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await writeFile(join(dir, 'long.html'), '<p>긴 페이지</p>\n'.repeat(500));
    const s = staticServer(dir);
    await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
    server.close = () => s.close();
  });
  afterAll(async () => {
    server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the index, pages and images with their types', async () => {
    const index = await fetch(`${base}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toBe('<h1>첫 페이지</h1>');
    expect(await (await fetch(`${base}/ch01`)).text()).toBe('<h1>1장</h1>');
    const svg = await fetch(`${base}/img/a.svg`);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
  });

  it('answers missing paths with 404.html and status 404', async () => {
    const res = await fetch(`${base}/no-such-chapter.html`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('<h1>없음</h1>');
  });

  it('compresses text with gzip when the browser accepts it', async () => {
    const { request } = await import('node:http');
    const { gunzipSync } = await import('node:zlib');
    const raw = await new Promise<{ enc?: string; body: Buffer }>((ok, fail) => {
      request(`${base}/long.html`, { headers: { 'Accept-Encoding': 'gzip, br' } }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => ok({ enc: res.headers['content-encoding'], body: Buffer.concat(parts) }));
      }).on('error', fail).end();
    });
    expect(raw.enc).toBe('gzip');
    expect(raw.body.length).toBeLessThan(2000);
    expect(gunzipSync(raw.body).toString('utf8')).toBe('<p>긴 페이지</p>\n'.repeat(500));
  });

  it('refuses other methods', async () => {
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
  });
});
