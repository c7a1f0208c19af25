// What Lighthouse checks on a chapter page that Chromium lets us reproduce without it: code token contrast on the
// code background (both themes), no layout shift while the page loads and hydrates, images sized as drawn, the
// head a search engine reads, and a first paint that waits for no stylesheet or script request.
import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { freshPagePerTest, island } from './chromium.ts';

const base = inject('baseUrl');
const CHAPTERS = ['/ch15-06-reference-cycles.html', '/memory-management.html'];
let browser: Browser;
freshPagePerTest((_p, b) => (browser = b));

async function open(theme: 'light' | 'dark', viewport: { width: number; height: number }, url: string): Promise<{ page: Page; close(): Promise<void> }> {
  const ctx = await browser.newContext({ viewport });
  await ctx.addInitScript((t) => localStorage.setItem('heapbook-theme', t), theme);
  const page = await ctx.newPage();
  await page.goto(base + url);
  return { page, close: () => ctx.close() };
}

describe('code colours', () => {
  it('every highlighted token has at least 4.5:1 contrast on the code background, light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { page, close } = await open(theme, { width: 1280, height: 900 }, CHAPTERS[0]);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      const worst = await page.evaluate(() => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const lum = (c: number[]) => {
          const [r, g, b] = c.map((v) => {
            const s = v / 255;
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const ratio = (a: number[], b: number[]) => {
          const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
          return (x + 0.05) / (y + 0.05);
        };
        const seen = new Map<string, { ratio: number; color: string; bg: string; text: string }>();
        for (const span of document.querySelectorAll<HTMLElement>('.heapbook-code pre.shiki .line > span')) {
          if (!span.textContent?.trim() || span.offsetParent === null) continue;
          let el: Element | null = span;
          let bg = 'rgba(0, 0, 0, 0)';
          while (el && (bg === 'rgba(0, 0, 0, 0)' || bg === 'transparent')) {
            bg = getComputedStyle(el).backgroundColor;
            el = el.parentElement;
          }
          const color = getComputedStyle(span).color;
          const key = `${color}|${bg}`;
          if (!seen.has(key)) seen.set(key, { ratio: ratio(rgb(color), rgb(bg)), color, bg, text: span.textContent });
        }
        return [...seen.values()].sort((a, b) => a.ratio - b.ratio);
      });
      expect(worst.length).toBeGreaterThan(3);
      expect(worst[0].ratio, `${theme}: ${JSON.stringify(worst[0])}`).toBeGreaterThanOrEqual(4.5);
      await close();
    }
  });
});

describe('layout stability', () => {
  it('shifts nothing while the page loads and its islands hydrate (phone and wide screen)', async () => {
    for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
      for (const url of CHAPTERS) {
        const { page, close } = await open('light', viewport, url);
        const first = url === CHAPTERS[0] ? 'listing-15-26' : 'memory-management-1';
        await island(page, first);
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.waitForTimeout(500);
        const shift = await page.evaluate(
          () =>
            new Promise<number>((done) => {
              let sum = 0;
              new PerformanceObserver((list) => {
                for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) sum += e.value;
              }).observe({ type: 'layout-shift', buffered: true });
              setTimeout(() => done(sum), 200);
            }),
        );
        // Sub-pixel reflow from font fallback can register as ~1e-5; Lighthouse reports CLS to three decimals.
        expect(shift, `${url} at ${viewport.width}px`).toBeLessThan(0.001);
        await close();
      }
    }
  });
});

describe('images and head', () => {
  it('draws every image at its own aspect ratio, and gives lang, title, description and viewport', async () => {
    let checked = 0;
    for (const url of CHAPTERS) {
      const { page, close } = await open('light', { width: 390, height: 844 }, url);
      // Lazy images load once near the viewport: bring each into view.
      for (const img of await page.locator('main img').all()) await img.scrollIntoViewIfNeeded();
      await page.waitForFunction(() => [...document.querySelectorAll('main img')].every((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0));
      const images = await page.$$eval('main img', (els) =>
        (els as HTMLImageElement[]).map((i) => ({ src: i.getAttribute('src'), w: i.getAttribute('width'), h: i.getAttribute('height'), shown: i.getBoundingClientRect().toJSON() as DOMRect, nw: i.naturalWidth, nh: i.naturalHeight })),
      );
      checked += images.length;
      for (const i of images) {
        expect(i.w && i.h, `${i.src} has width and height`).toBeTruthy();
        // Lighthouse's image-aspect-ratio: the shown height is the natural ratio's height within 2 px.
        expect(Math.abs(i.shown.height - (i.shown.width * i.nh) / i.nw), String(i.src)).toBeLessThanOrEqual(2);
      }
      const head = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        title: document.title,
        description: document.querySelector<HTMLMetaElement>('meta[name="description"]')?.content ?? '',
        viewport: document.querySelector<HTMLMetaElement>('meta[name="viewport"]')?.content ?? '',
      }));
      expect(head.lang).toBe('ko');
      expect(head.title.length).toBeGreaterThan(0);
      expect(head.description.length).toBeGreaterThan(20);
      expect(head.viewport).toContain('width=device-width');
      await close();
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('paints first without waiting on any stylesheet or script request (the CSS is in the page)', async () => {
    const { page, close } = await open('light', { width: 390, height: 844 }, CHAPTERS[0]);
    const blocking = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as (PerformanceResourceTiming & { renderBlockingStatus?: string })[])
        .filter((e) => e.renderBlockingStatus === 'blocking')
        .map((e) => e.name),
    );
    expect(blocking).toEqual([]);
    await close();
  });
});
