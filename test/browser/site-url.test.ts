// A book of our own (test/site/fixtures/subpath-book, site-url = "/book/") built once, then opened two ways:
// served under /book/ (as a GitHub Pages project site) and from disk (file://). Pages are styled, links work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { launch, runListing, stdoutText } from './chromium.ts';
import { staticServer } from '../../src/cli/build/static-server.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BOOK = join(ROOT, 'test/site/fixtures/subpath-book');
let work: string;
let dist: string;
let server: Server;
let http: string;
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'heapbook-site-url-'));
  // the site lives at <work>/root/book/ and is served from <work>/root, so its pages are under /book/
  dist = join(work, 'root', 'book');
  // async: a blocking build would starve vitest's worker RPC for a minute on a busy machine
  await promisify(execFile)(process.execPath, ['src/cli/heapbook.mjs', 'build', '--book', BOOK, '--out', dist], { cwd: ROOT });
  copyFileSync(join(dist, '404.html'), join(work, 'root', '404.html')); // the host answers misses with the book's 404 page
  server = staticServer(join(work, 'root'));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  http = `http://127.0.0.1:${(server.address() as AddressInfo).port}/book/`;
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
  rmSync(work, { recursive: true, force: true });
});

/** A fresh page that records every failed request and every HTTP error response. */
async function openPage(): Promise<{ page: Page; failures: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') failures.push(`failed ${r.url()} ${r.failure()?.errorText}`); // not navigation aborts
  });
  page.on('pageerror', (e) => failures.push(`page error: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().includes('/nope/')) failures.push(`${r.status()} ${r.url()}`);
  });
  return { page, failures, close: () => context.close() };
}

/** The site's own stylesheet is applied: the top bar is laid out as a fixed/sticky bar, not unstyled flow. */
async function isStyled(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const bar = document.querySelector('.topbar');
    if (!bar) return false;
    const pos = getComputedStyle(bar).position;
    return (pos === 'sticky' || pos === 'fixed') && getComputedStyle(document.body).margin === '0px';
  });
}

describe('served under /book/', () => {
  it('styles a page one folder deep and loads every asset it names', async () => {
    const { page, failures, close } = await openPage();
    await page.goto(http + 'part/nested.html');
    await page.waitForLoadState('networkidle');
    expect(await isStyled(page)).toBe(true);
    expect(await page.locator('img').count()).toBe(0); // nested has a link to the figure, not an <img>
    expect(await page.getAttribute('html', 'data-extra-js')).toBe('ran'); // additional-js
    expect(failures, failures.join('\n')).toEqual([]);
    await close();
  });

  it('follows next/prev, the sidebar and the title link, staying under /book/', async () => {
    const { page, failures, close } = await openPage();
    await page.goto(http + 'part/nested.html');
    await page.click('.pagination-next');
    expect(page.url()).toBe(http + 'last.html');
    await page.click('.pagination-prev');
    expect(page.url()).toBe(http + 'part/nested.html');
    await page.click('.sidebar a:has-text("소개")');
    expect(page.url()).toBe(http + 'intro.html');
    await page.click('.chapter a[href="boxes.html#making-boxes"]');
    expect(page.url()).toBe(http + 'boxes.html#making-boxes');
    expect(await page.locator('#making-boxes').textContent()).toBe('상자 만들기'); // {#custom-id}
    await page.click('.book-title');
    expect(page.url()).toBe(http + 'index.html');
    expect(failures, failures.join('\n')).toEqual([]);
    await close();
  });

  it('applies additional-css and shows the edit and repository links', async () => {
    const { page, close } = await openPage();
    await page.goto(http + 'boxes.html');
    expect(await page.locator('.extra-styled').evaluate((e) => getComputedStyle(e).outlineColor)).toBe('rgb(0, 128, 0)');
    expect(await page.getAttribute('.edit-link a', 'href')).toBe('https://example.org/heapbook/subpath-book/edit/main/src/boxes.md');
    expect(await page.getAttribute('.repo-link', 'href')).toBe('https://example.org/heapbook/subpath-book');
    expect(await page.locator('img[alt="상자 그림"]').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(80);
    await close();
  });

  it('runs a listing: the island and its simulator worker load from relative URLs', async () => {
    const { page, failures, close } = await openPage();
    await page.goto(http + 'boxes.html');
    await runListing(page, 'boxes-1');
    expect(await stdoutText(page, 'boxes-1')).toBe('b = 5\n');
    expect(failures, failures.join('\n')).toEqual([]);
    await close();
  });

  it('searches with the Pagefind index under /book/pagefind/ and links results under /book/', async () => {
    const { page, failures, close } = await openPage();
    await page.goto(http + 'last.html');
    await page.click('#search-input');
    const input = page.locator('#search input');
    await input.waitFor();
    await input.fill('하위');
    const result = page.locator('.pagefind-ui__result-link').first();
    await result.waitFor({ timeout: 20_000 });
    expect(await result.getAttribute('href')).toMatch(/^\/book\/part\/nested\.html/);
    expect(failures, failures.join('\n')).toEqual([]);
    await close();
  });

  it('answers a deep miss with the book 404 page (input-404), styled through its <base href="/book/">', async () => {
    const { page, failures, close } = await openPage();
    const res = await page.goto(http + 'nope/deeper/page.html');
    expect(res?.status()).toBe(404);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('h1').first().textContent()).toContain('길을 잃으셨나요?');
    expect(await isStyled(page)).toBe(true);
    await page.click('.sidebar a:has-text("마지막 장")');
    expect(page.url()).toBe(http + 'last.html');
    expect(failures, failures.join('\n')).toEqual([]);
    await close();
  });

  it('redirects an old page and folds sidebar sections', async () => {
    const { page, close } = await openPage();
    await page.goto(http + 'old-intro.html');
    await page.waitForURL(http + 'intro.html');
    const nested = page.locator('.sidebar a:has-text("하위 폴더의 장")');
    expect(await nested.isVisible()).toBe(false); // fold level 0: sections start folded
    await page.click('.sidebar .toc-fold');
    expect(await nested.isVisible()).toBe(true);
    await close();
  });
});

describe('opened from disk (file://)', () => {
  it('styles the page and its links, prev/next and search bundle point at files that exist', async () => {
    const { page, close } = await openPage();
    const url = pathToFileURL(join(dist, 'part/nested.html')).href;
    await page.goto(url);
    expect(await isStyled(page)).toBe(true);
    const targets = await page.evaluate(() => {
      const hrefs = [...document.querySelectorAll<HTMLAnchorElement>('.sidebar a, .pagination a, a.book-title, .chapter a')].map((a) => a.href);
      const css = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => l.href);
      const bundle = document.getElementById('search')?.dataset.pagefindBundle ?? '';
      return { hrefs, css, search: new URL(bundle + 'pagefind-ui.js', document.baseURI).href };
    });
    for (const u of [...targets.hrefs, ...targets.css, targets.search]) {
      expect(u.startsWith('file://'), u).toBe(true);
      expect(existsSync(fileURLToPath(u.split('#')[0])), u).toBe(true);
    }
    // The next page is styled once it has loaded (its stylesheet included), not merely once its URL changed.
    const next = pathToFileURL(join(dist, 'last.html')).href;
    await Promise.all([page.waitForURL(next, { waitUntil: 'load' }), page.click('.pagination-next')]);
    expect(page.url()).toBe(next);
    expect(await isStyled(page)).toBe(true);
    expect(await page.title()).toContain('마지막 장');
    await close();
  });
});

