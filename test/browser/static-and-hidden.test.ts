// The island keeps the static code block's behaviour (precomputed output without JS, hidden-line eye toggle)
// and maps executed lines through hidden lines and through the fn-main wrapping of snippets.
import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { OUT_DIR, freshPagePerTest, island, runListing, stdoutText } from './chromium.ts';

const base = inject('baseUrl');
const CH15 = '/ch15-06-reference-cycles.html';
let page: Page;
let browser: Browser;
freshPagePerTest((p, b) => {
  page = p;
  browser = b;
});

describe('without JavaScript', () => {
  it('shows the precomputed output and the memory picture of the landing step, and no inert buttons', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(base + CH15);
    const listing = p.locator('.hb-listing[data-listing="listing-15-26"]');
    const details = listing.locator('details[data-precomputed]');
    expect(await details.locator('summary').textContent()).toBe('미리 계산된 실행 결과와 메모리 그림');
    expect(await details.getAttribute('open')).toBeNull();
    expect(await details.textContent()).toContain('a rc count after changing a = 2');
    // Nothing on the page offers 실행 or 편집 that could not work.
    expect(await p.locator('[data-action="run"], [data-action="edit"]').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length)).toBe(0);
    await details.locator('summary').click();
    const fig = details.locator('.hb-static-figure svg');
    expect(await fig.isVisible()).toBe(true);
    // 15-26 leaks: the picture is the end, with both blocks flagged.
    expect(await fig.locator('[data-leaked="true"]').count()).toBe(2);
    expect(await fig.getAttribute('aria-labelledby')).toBe('hb-fig-listing-15-26-title hb-fig-listing-15-26-desc');
    await p.screenshot({ path: OUT_DIR + 'no-js-15-26.png', fullPage: false });
    await ctx.close();
  });

  it('keeps pages small: every listing carries at most 8 KB of each output stream', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    for (const url of [CH15, '/memory-management.html']) {
      await p.goto(base + url);
      const sizes = await p.locator('details[data-precomputed] .hb-stdout').evaluateAll((els) => els.map((e) => (e.textContent ?? '').length));
      for (const n of sizes) expect(n).toBeLessThanOrEqual(8 * 1024);
    }
    await ctx.close();
  });
});

describe('static code block inside the island', () => {
  it('keeps the hidden-line eye toggle working after hydration', async () => {
    await page.goto(base + CH15);
    const root = await island(page, 'listing-15-26');
    const hiddenLine = root.locator('.hb-code .line.hidden').first();
    expect(await hiddenLine.isVisible()).toBe(false);
    await root.hover();
    await root.locator('.heapbook-toggle-hidden').click();
    expect(await hiddenLine.isVisible()).toBe(true);
  });

  it('reveals a hidden line while it is the one being executed (List::tail)', async () => {
    await page.goto(base + CH15);
    await runListing(page, 'listing-15-26');
    const root = page.locator('.hb-listing[data-listing="listing-15-26"]');
    const n = Number(await root.locator('[data-timeline]').getAttribute('max')) + 1;
    let revealed = false;
    for (let i = 0; i < n && !revealed; i++) {
      await root.locator('[data-timeline]').fill(String(i));
      revealed = (await root.locator('.hb-code .line.hidden.hb-current-line').count()) === 1;
    }
    expect(revealed).toBe(true);
    expect(await root.locator('.hb-code .line.hb-current-line').isVisible()).toBe(true);
  });
});

describe('snippets without fn main', () => {
  it('runs wrapped and highlights the right editor line', async () => {
    const id = 'introduction-1';
    await page.goto(base + '/introduction.html');
    const root = await island(page, id);
    await root.locator('[data-action="edit"]').click();
    await root.locator('[data-editor][data-ready="true"] textarea').fill('let b = Box::new(5);\nprintln!("b = {}", b);\n');
    await runListing(page, id);
    expect(await stdoutText(page, id)).toBe('b = 5\n');
    const n = Number(await root.locator('[data-timeline]').getAttribute('max')) + 1;
    const lines = new Set<string>();
    for (let i = 0; i < n; i++) {
      await root.locator('[data-timeline]').fill(String(i));
      // The editor moves its line mark in an effect after the step renders: let two frames pass before reading it.
      await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
      const t = await root.evaluate((el) => el.querySelector('[data-editor] .hb-current-line')?.textContent ?? null);
      if (t) lines.add(t.trim());
    }
    expect(lines.has('println!("b = {}", b);')).toBe(true);
  });
});
