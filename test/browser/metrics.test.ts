// Performance budget of the islands: Run→diagram time for listing 15-26 in Chromium and the JS bytes (gzip)
// loaded before interaction, in the worker and in the editor. Logged and written to test/.out/browser-metrics.json.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { OUT_DIR, island, launch } from './chromium.ts';
import { measureJs } from './js-bytes.ts';

const base = inject('baseUrl');
const dist = inject('distDir');
const metrics: Record<string, unknown> = {};
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  writeFileSync(OUT_DIR + 'browser-metrics.json', JSON.stringify(metrics, null, 2) + '\n');
  console.log('[browser-metrics]', JSON.stringify(metrics));
});

describe('metrics', () => {
  it('measures Run → diagram time for listing 15-26', async () => {
    const page = await browser.newPage();
    await page.goto(base + '/ch15-06-reference-cycles.html');
    await island(page, 'listing-15-26');
    const runOnce = () =>
      page.evaluate(
        () =>
          new Promise<number>((done) => {
            const root = document.querySelector('.hb-listing[data-listing="listing-15-26"]') as HTMLElement;
            const t0 = performance.now();
            const check = () => root.getAttribute('data-run-state') === 'done' && root.querySelectorAll('[data-memory] [data-alloc]').length > 0;
            const mo = new MutationObserver(() => {
              if (check()) {
                mo.disconnect();
                requestAnimationFrame(() => done(performance.now() - t0));
              }
            });
            mo.observe(root, { subtree: true, childList: true, attributes: true });
            (root.querySelector('[data-action="run"]') as HTMLButtonElement).click();
          }),
      );
    const first = await runOnce();
    const second = await runOnce();
    metrics.runToDiagramMs = { listing: 'listing-15-26', first: Math.round(first), second: Math.round(second) };
    console.log(`[browser-metrics] 15-26 실행→그림: 첫 실행 ${first.toFixed(0)}ms, 두 번째 ${second.toFixed(0)}ms`);
    expect(first).toBeLessThan(3000);
    expect(second).toBeLessThan(3000);
    await page.close();
  });

  it('measures JS bytes (gzip) before interaction, in the worker and in the editor', () => {
    const js = measureJs(dist, 'ch15-06-reference-cycles.html');
    metrics.jsGzipBytes = {
      beforeInteraction: js.beforeInteraction.gzip,
      beforeInteractionInline: js.beforeInteraction.inlineGzip,
      worker: js.worker.gzip,
      editor: js.editor.gzip,
      editorCss: js.editor.cssGzip,
    };
    metrics.chunks = { beforeInteraction: js.beforeInteraction.files, worker: js.worker.files, editor: js.editor.files };
    console.log(`[browser-metrics] JS gzip: 상호작용 전 ${js.beforeInteraction.gzip}B, 워커 ${js.worker.gzip}B, 편집기 ${js.editor.gzip}B`);
    // The island's own chunks must not pull in the simulator or the editor.
    expect(js.beforeInteraction.files.some((f) => /sim-worker|prism-editor/.test(f))).toBe(false);
    expect(js.worker.files.length).toBeGreaterThan(0);
    expect(js.editor.files.length).toBeGreaterThan(0);
    expect(js.beforeInteraction.gzip).toBeLessThan(js.worker.gzip);
  });
});
