// Launches Debian's Chromium through playwright-core (never a downloaded browser) and small page helpers.
// Also where test artefacts go: test/.out/ (screenshots, metrics).
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const OUT_DIR = fileURLToPath(new URL('../.out/', import.meta.url));
mkdirSync(OUT_DIR, { recursive: true });

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Registers this file's hooks: one Chromium for the file, a fresh context and page for every test,
 *  handed to `use` (with the browser, for tests that need another context) before each test. */
export function freshPagePerTest(use: (page: Page, browser: Browser) => void, viewport = { width: 1100, height: 900 }): void {
  let browser: Browser;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport });
    use(await context.newPage(), browser);
  });
  afterEach(async () => {
    await context?.close();
  });
}

/** The island of a listing, once hydrated (its Run button is enabled and wired). */
export async function island(page: Page, listingId: string) {
  const root = page.locator(`.hb-listing[data-listing="${listingId}"]`);
  await root.scrollIntoViewIfNeeded();
  await root.locator('[data-action="run"]').waitFor();
  await page.waitForFunction((id) => {
    const el = document.querySelector(`.hb-listing[data-listing="${id}"]`)?.closest('astro-island');
    return !!el && !el.hasAttribute('ssr');
  }, listingId);
  return root;
}

/** Click 실행 and wait for that run to finish (memory diagram or a failure): the island counts finished runs. */
export async function runListing(page: Page, listingId: string): Promise<void> {
  const root = await island(page, listingId);
  const before = Number((await root.getAttribute('data-runs')) ?? 0);
  await root.locator('[data-action="run"]').click();
  await waitForRuns(page, listingId, before + 1);
}

/** Wait until listing `listingId` has finished `n` runs. */
export async function waitForRuns(page: Page, listingId: string, n: number, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    ([id, k]) => {
      const el = document.querySelector(`.hb-listing[data-listing="${id}"]`);
      const s = el?.getAttribute('data-run-state');
      return Number(el?.getAttribute('data-runs') ?? 0) >= Number(k) && (s === 'done' || s === 'failed');
    },
    [listingId, String(n)] as const,
    { timeout },
  );
}

/** Text the program wrote to stdout, as shown in the output pane. */
export function stdoutText(page: Page, listingId: string): Promise<string> {
  return page.$$eval(`.hb-listing[data-listing="${listingId}"] [data-output] [data-stream="stdout"]`, (els) => els.map((e) => e.textContent ?? '').join(''));
}

/** Program-output part of a cargo transcript (`output.txt`): the lines after `Running …`. */
export function programOutput(transcript: string): string {
  const lines = transcript.split('\n');
  const i = lines.findIndex((l) => /^\s*Running `/.test(l));
  return lines.slice(i + 1).join('\n');
}
