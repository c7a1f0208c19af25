// An unedited Run is answered by the build's precomputed result (components/run/precomputed-run.ts): its JSON
// is fetched when 실행 is approached and no run request reaches the worker. An edited Run, or one whose file
// cannot be fetched, goes through the worker — and for the unedited listing both show the same output and diagram.
import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { freshPagePerTest, island, stdoutText, waitForRuns } from './chromium.ts';

const base = inject('baseUrl');
const CH15 = '/ch15-06-reference-cycles.html';
const ASSET = /\/run-[0-9a-f]{16}\.json$/;

/** Records, in the page, the type of every message posted to a worker (`run`, `prepare`, `stop`). */
const WATCH_POSTS = `(() => {
  const seen = (window.__hbPosted = []);
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (m, ...rest) { seen.push(m && m.type); return post.call(this, m, ...rest); };
})()`;

let page: Page;
let browser: Browser;
freshPagePerTest((p, b) => ((page = p), (browser = b)));

const posted = (p: Page): Promise<string[]> => p.evaluate(() => (window as unknown as { __hbPosted: string[] }).__hbPosted);

/** Approach 실행 (the asset and the worker start loading), wait for the asset (or its failure), click, wait for the run. */
async function approachAndRun(p: Page, id: string): Promise<void> {
  const root = await island(p, id);
  const runs = Number(await root.getAttribute('data-runs'));
  const asset = p.waitForEvent('requestfinished', { predicate: (r) => ASSET.test(new URL(r.url()).pathname) }).catch(() => null);
  const failed = p.waitForEvent('requestfailed', { predicate: (r) => ASSET.test(new URL(r.url()).pathname) }).catch(() => null);
  await root.locator('[data-action="run"]').hover();
  await Promise.race([asset, failed]);
  await root.locator('[data-action="run"]').click();
  await waitForRuns(p, id, runs + 1);
}

/** What a run shows: the output pane, the step slider, the memory diagram (as markup). */
async function shown(p: Page, id: string) {
  const root = p.locator(`.hb-listing[data-listing="${id}"]`);
  return {
    stdout: await stdoutText(p, id),
    output: await root.locator('[data-output]').textContent(),
    step: [await root.locator('[data-timeline]').getAttribute('max'), await root.locator('[data-timeline]').inputValue()],
    memory: await root.locator('[data-memory] svg').evaluate((el) => el.outerHTML),
  };
}

describe('precomputed runs', () => {
  it('an unedited Run shows the precomputed result, the same as the worker’s for that listing', async () => {
    const id = 'listing-15-26';
    await page.addInitScript(WATCH_POSTS);
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(base + CH15);
    await island(page, id);
    expect(fetched.filter((f) => ASSET.test(f))).toEqual([]);
    await approachAndRun(page, id);
    const root = page.locator(`.hb-listing[data-listing="${id}"]`);
    expect(await root.getAttribute('data-run-from')).toBe('precomputed');
    expect(fetched.filter((f) => ASSET.test(f))).toHaveLength(1);
    expect(await posted(page)).not.toContain('run');
    const fromAsset = await shown(page, id);
    expect(fromAsset.stdout).toContain('a rc count after changing a = 2');

    // The same listing with its asset unreachable: the worker answers, and the page shows the same.
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const other = await context.newPage();
    await other.addInitScript(WATCH_POSTS);
    await other.route(ASSET, (route) => route.abort());
    await other.goto(base + CH15);
    await approachAndRun(other, id);
    expect(await other.locator(`.hb-listing[data-listing="${id}"]`).getAttribute('data-run-from')).toBe('worker');
    expect(await posted(other)).toContain('run');
    expect(await shown(other, id)).toEqual(fromAsset);
    await context.close();
  });

  it('a Run before the asset arrives does not wait for it: the worker answers', async () => {
    const id = 'listing-15-29';
    await page.addInitScript(WATCH_POSTS);
    // The asset takes far longer than the worker.
    await page.route(ASSET, async (route) => {
      await new Promise((ok) => setTimeout(ok, 8000));
      await route.continue().catch(() => undefined);
    });
    await page.goto(base + CH15);
    const root = await island(page, id);
    await root.locator('[data-action="run"]').click();
    await waitForRuns(page, id, 1, 7000);
    expect(await root.getAttribute('data-run-from')).toBe('worker');
  });

  it('when the asset wins the race with a starting worker, that worker is kept for the next (edited) run', async () => {
    const id = 'memory-management-1';
    await page.addInitScript(WATCH_POSTS);
    await page.addInitScript(`(() => { const W = window.Worker; window.__hbWorkers = 0; window.Worker = class extends W { constructor(...a) { super(...a); window.__hbWorkers++; } }; })()`);
    // The worker's script is slow to come: the asset surely answers first, and the worker gets the run request
    // while it is still loading (a stop it cannot answer for seconds would have it killed and started again).
    await page.route(/sim-worker/, async (route) => {
      await new Promise((ok) => setTimeout(ok, 2500));
      await route.continue().catch(() => undefined);
    });
    await page.goto(base + '/memory-management.html');
    const root = await island(page, id);
    // Clicked with no approach first: the asset, the run view and the worker all start loading at the click.
    await root.locator('[data-action="run"]').evaluate((b: HTMLElement) => b.click());
    await waitForRuns(page, id, 1);
    expect(await root.getAttribute('data-run-from')).toBe('precomputed');
    expect(await posted(page)).toContain('run');
    await root.locator('[data-action="edit"]').click();
    await root.locator('[data-editor][data-ready="true"] textarea').fill('fn main() {\n    let v = vec![1, 2];\n    println!("{:?}", v);\n}\n');
    await root.locator('[data-action="run"]').click();
    await waitForRuns(page, id, 2);
    expect(await root.getAttribute('data-run-from')).toBe('worker');
    expect(await stdoutText(page, id)).toBe('[1, 2]\n');
    expect(await page.evaluate(() => (window as unknown as { __hbWorkers: number }).__hbWorkers)).toBe(1);
  });

  it('an edited Run goes through the worker', async () => {
    const id = 'memory-management-1';
    await page.addInitScript(WATCH_POSTS);
    await page.goto(base + '/memory-management.html');
    await approachAndRun(page, id);
    const root = page.locator(`.hb-listing[data-listing="${id}"]`);
    expect(await root.getAttribute('data-run-from')).toBe('precomputed');
    expect(await posted(page)).not.toContain('run');
    await root.locator('[data-action="edit"]').click();
    await root.locator('[data-editor][data-ready="true"] textarea').fill('fn main() {\n    let b = Box::new(7);\n    println!("바꾼 값 {}", b);\n}\n');
    await root.locator('[data-action="run"]').click();
    await waitForRuns(page, id, 2);
    expect(await root.getAttribute('data-run-from')).toBe('worker');
    expect(await posted(page)).toContain('run');
    expect(await stdoutText(page, id)).toBe('바꾼 값 7\n');
  });
});
