// The overlay in a real browser (Debian's Chromium via playwright-core; skipped when it is not installed):
// a broken edit shows the overlay with file:line without a reload, fixing it reloads the page and clears it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { startDev, type DevProcess } from './dev-process.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const GOOD = fileURLToPath(new URL('../check/fixtures/good/', import.meta.url));
let dir: string;
let dev: DevProcess;
let browser: Browser;

describe.skipIf(!existsSync(CHROMIUM))('dev overlay in Chromium', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'heapbook-dev-browser-'));
    cpSync(GOOD, dir, { recursive: true });
    dev = await startDev(dir);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless', '--disable-gpu'] });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await dev?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows errors over the page and clears them when the file is fixed', async () => {
    const page = await browser.newPage();
    await page.goto(dev.url + 'ch01-boxes.html', { timeout: 60_000 });
    await page.waitForTimeout(1500); // let the HMR socket connect
    const chapter = join(dir, 'src', 'ch01-boxes.md');
    const original = readFileSync(chapter, 'utf8');

    writeFileSync(chapter, original.replace('main.rs:here}}', 'main.rs:nope}}'));
    // the broken chapter's page is re-made (saying why) and reloads; the overlay lists the error over it
    let text = '';
    const until = Date.now() + 20_000;
    while (!text.includes('src/ch01-boxes.md:6:1') && Date.now() < until) {
      text = await page
        .evaluate(() => document.getElementById('heapbook-dev-overlay')?.shadowRoot?.querySelector('.panel')?.textContent ?? '')
        .catch(() => ''); // a reload in between
      await page.waitForTimeout(100);
    }
    expect(text).toContain('책에 오류가 1개 있습니다');
    expect(text).toContain('src/ch01-boxes.md:6:1');

    await page.waitForTimeout(1500); // the broken page reloaded: let its HMR socket connect again
    // (a heading edit would change its id and break the fragment link from ch01-01-sub.md: edit a paragraph)
    writeFileSync(chapter, original.replace('이스케이프된 지시문', '고친 뒤에도 이스케이프된 지시문'));
    await page.waitForFunction(
      () => !document.getElementById('heapbook-dev-overlay') && document.body.textContent!.includes('고친 뒤에도'),
      null,
      { timeout: 40_000 }, // a full page reload; slow when the machine is busy
    );
  }, 150_000);
});
