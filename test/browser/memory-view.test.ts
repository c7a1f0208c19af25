// The memory view a teacher would choose (issue 11), in real Chromium: where a run lands, code and memory side
// by side at 1280 px, the stacked diagram at 390 px with nothing clipped, Weak to the husk (15-29), the freed
// step, step over/out by keyboard, permalinks, clicks before hydration, focus, and keyboard-reachable marks.
import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { OUT_DIR, freshPagePerTest, island, runListing, stdoutText, waitForRuns } from './chromium.ts';

const base = inject('baseUrl');
const CH15 = '/ch15-06-reference-cycles.html';
const SEED = '/memory-management.html';

let page: Page;
let browser: Browser;
freshPagePerTest((p, b) => {
  page = p;
  browser = b;
}, { width: 1280, height: 900 });

const root = (id: string) => page.locator(`.hb-listing[data-listing="${id}"]`);
const stepText = (id: string) => root(id).locator('[data-step]').textContent();
const stepCount = async (id: string) => Number(await root(id).locator('[data-timeline]').getAttribute('max')) + 1;
const gotoStep = (id: string, i: number) => root(id).locator('[data-timeline]').fill(String(i));
const position = async (id: string) => Number(await root(id).locator('[data-timeline]').inputValue());

describe('landing step', () => {
  it("lands on the last step before main's locals drop (15-29): leaf still live, the mark on main's `}`", async () => {
    await page.goto(base + CH15);
    await runListing(page, 'listing-15-29');
    const r = root('listing-15-29');
    await expect(r.locator('[data-memory] [data-slot="leaf"]').getAttribute('data-state')).resolves.toBe('live');
    await expect(r.locator('.hb-code .line.hb-current-line').textContent()).resolves.toMatch(/^\s*}\s*$/);
    // The next shown step drops `leaf`.
    await r.locator('[data-step-action="next"]').click();
    await expect(stepText('listing-15-29')).resolves.toContain('`leaf` 드롭');
  });

  it('lands on the end when the program leaks (15-26), and on the panic when it panics', async () => {
    await page.goto(base + CH15);
    await runListing(page, 'listing-15-26');
    expect(await position('listing-15-26')).toBe((await stepCount('listing-15-26')) - 1);
    await expect(root('listing-15-26').locator('[data-leak]').count()).resolves.toBe(1);
  });

  it('notes "N번째 줄" in the lines the reader sees (an anchored listing hides its first lines)', async () => {
    await page.goto(base + CH15);
    await runListing(page, 'listing-15-29');
    const r = root('listing-15-29');
    await r.locator('[data-step-action="first"]').click();
    await r.locator('[data-step-action="next"]').click();
    await r.locator('[data-step-action="next"]').click();
    const note = (await stepText('listing-15-29')) ?? '';
    const n = Number(/(\d+)번째 줄/.exec(note)?.[1]);
    // The reader's number of the marked line: its place among the visible lines (hidden lines are not counted).
    const marked = () => r.locator('.hb-code .line.hb-current-line').evaluate((el) => {
      const all = [...el.parentElement!.querySelectorAll('.line')];
      const before = all.slice(0, all.indexOf(el));
      return { visible: before.filter((l) => !l.classList.contains('hidden')).length + 1, hidden: before.filter((l) => l.classList.contains('hidden')).length };
    });
    // The line mark is applied after the step renders: wait for it to reach the step under the reader.
    await expect.poll(async () => (await marked()).visible, { timeout: 5000 }).toBe(n);
    expect((await marked()).hidden).toBeGreaterThan(0);
    // The gutter numbers count visible lines only (a CSS counter that hidden lines skip).
    const skip = await r.locator('.hb-code .line.hidden').first().evaluate((el) => getComputedStyle(el, '::before').counterIncrement);
    expect(skip).toBe('none');
  });
});

describe('wide screen (1280 px)', () => {
  it('puts code and memory side by side with the current line and the diagram both in view', async () => {
    await page.goto(base + CH15);
    await runListing(page, 'listing-15-26');
    const r = root('listing-15-26');
    await gotoStep('listing-15-26', 10);
    const code = (await r.locator('.hb-code').boundingBox())!;
    const mem = (await r.locator('[data-memory] svg').boundingBox())!;
    expect(mem.x).toBeGreaterThanOrEqual(code.x + code.width - 1);
    const line = (await r.locator('.hb-code .line.hb-current-line').boundingBox())!;
    for (const b of [line, mem]) {
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeLessThan(900);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    // Python Tutor's two marks, explained by a legend.
    await expect(r.locator('.hb-code .line.hb-ran-line').count()).resolves.toBe(1);
    await expect(r.locator('[data-legend]').textContent()).resolves.toContain('다음에 실행할 줄');
    await page.screenshot({ path: OUT_DIR + 'wide-15-26-step11.png' });
  });

  it('shows all of a short output beside the diagram (15-26: no line cut off), and scrolls only a long one', async () => {
    await page.goto(base + CH15);
    await runListing(page, 'listing-15-26');
    const out = root('listing-15-26').locator('[data-output]');
    await gotoStep('listing-15-26', Number(await root('listing-15-26').locator('[data-timeline]').getAttribute('max')));
    await expect(out.locator('[data-exit-code]').count()).resolves.toBe(1);
    const fits = () => out.evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
    expect(await fits()).toBe(true);
    // 60 lines do not fit: that pane scrolls instead of pushing the page down.
    const r = root('listing-15-26');
    await r.locator('[data-action="edit"]').click();
    await r.locator('[data-editor][data-ready="true"] textarea').fill('fn main() {\n    let b = Box::new(1);\n    for i in 0..60 {\n        println!("줄 {i} {b}");\n    }\n}\n');
    const runs = Number(await r.getAttribute('data-runs'));
    await r.locator('[data-action="run"]').click();
    await waitForRuns(page, 'listing-15-26', runs + 1);
    await gotoStep('listing-15-26', Number(await r.locator('[data-timeline]').getAttribute('max')));
    expect(await fits()).toBe(false);
  });
});

describe('phone (390 px)', () => {
  it('stacks the heap under the stack at natural size, nothing clipped (15-26: cycle arrows and 누수)', async () => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    const p = await ctx.newPage();
    await p.goto(base + CH15);
    await runListing(p, 'listing-15-26');
    const r = p.locator('.hb-listing[data-listing="listing-15-26"]');
    const n = Number(await r.locator('[data-timeline]').getAttribute('max')) + 1;
    for (const i of [10, 17, n - 1]) {
      await r.locator('[data-timeline]').fill(String(i));
      const box = await r.locator('[data-memory] .hb-mem-scroll').evaluate((el) => {
        const svg = el.querySelector('svg')!;
        const s = svg.getBoundingClientRect();
        const c = el.getBoundingClientRect();
        const arrows = [...svg.querySelectorAll('[data-arrow]')].map((a) => (a as SVGGraphicsElement).getBoundingClientRect());
        return { svgW: s.width, attrW: Number(svg.getAttribute('width')), left: s.left, right: s.right, cLeft: c.left, cRight: c.right, scroll: el.scrollWidth - el.clientWidth, arrowsRight: Math.max(...arrows.map((a) => a.right)), arrows: arrows.length };
      });
      expect(box.svgW).toBe(box.attrW); // natural size, not scaled down
      expect(box.scroll).toBe(0);
      expect(box.right).toBeLessThanOrEqual(box.cRight + 0.5);
      expect(box.arrowsRight).toBeLessThanOrEqual(box.cRight + 0.5);
      await expect(r.locator('[data-memory]').getAttribute('data-layout')).resolves.toBe('stacked');
    }
    // At the end both leaked blocks say 누수, inside the visible picture; their cycle is two heap→heap arrows.
    const metas = await r.locator('[data-memory] [data-leaked="true"] .hb-m-meta').evaluateAll((els) => els.map((e) => [e.textContent, e.getBoundingClientRect().right]));
    expect(metas.map((m) => m[0])).toEqual(['#2 · 40 B · 누수', '#3 · 40 B · 누수']);
    expect(await r.locator('[data-memory] [data-arrow^="heap:"]').count()).toBe(2);
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await r.locator('[data-memory]').screenshot({ path: OUT_DIR + 'phone-15-26-end.png' });
    await ctx.close();
  });
});

describe('code column', () => {
  it('wraps long lines instead of cutting them at the column edge (1280 px beside the diagram, and 390 px)', async () => {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
      const ctx = await browser.newContext({ viewport });
      const p = await ctx.newPage();
      await p.goto(base + CH15);
      await runListing(p, 'listing-15-29');
      const r = p.locator('.hb-listing[data-listing="listing-15-29"]');
      const fit = await r.locator('.hb-code pre').evaluate((pre) => {
        const box = pre.getBoundingClientRect();
        const lines = [...pre.querySelectorAll('.line')].filter((l) => (l as HTMLElement).offsetParent !== null);
        const rows = lines.map((l) => l.getClientRects()[0]?.height ?? 0);
        return {
          overflow: pre.scrollWidth - pre.clientWidth,
          past: lines.filter((l) => [...l.getClientRects()].some((c) => c.right > box.right + 0.5)).length,
          wrapped: lines.filter((l) => l.getBoundingClientRect().height > 1.5 * Math.min(...rows.filter((h) => h > 0))).length,
          text: (pre.textContent ?? '').includes('Rc::downgrade(&branch)'),
        };
      });
      expect(fit.overflow).toBeLessThanOrEqual(0);
      expect(fit.past).toBe(0);
      expect(fit.text).toBe(true);
      // The lines that do not fit take more than one row (at 390 px several do), not a hidden scroll.
      if (viewport.width === 390) expect(fit.wrapped).toBeGreaterThan(0);
      await r.screenshot({ path: OUT_DIR + `code-wrap-15-29-${viewport.width}.png` });
      await ctx.close();
    }
  });
});

describe('timeline marks', () => {
  it('spread the drop marks along a full-width slider without overlapping, with a key that names them', async () => {
    await page.goto(base + CH15);
    await runListing(page, 'listing-15-29');
    const r = root('listing-15-29');
    const slider = (await r.locator('[data-timeline]').boundingBox())!;
    const col = (await r.locator('.hb-col-mem').boundingBox())!;
    expect(slider.width).toBeGreaterThan(0.8 * col.width);
    const marks = await r.locator('[data-marker]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((b) => [b.left, b.right]));
    expect(marks.length).toBeGreaterThan(2);
    for (let i = 1; i < marks.length; i++) expect(marks[i][0]).toBeGreaterThanOrEqual(marks[i - 1][1]);
    await expect(r.locator('.hb-tl-key').textContent()).resolves.toContain('드롭·해제');
  });
});

describe('re-running', () => {
  it('redraws the diagram in place: the same SVG stays on the page while the run goes, and after it', async () => {
    await page.goto(base + CH15);
    await runListing(page, 'listing-15-26');
    const r = root('listing-15-26');
    const svg = await r.locator('[data-memory] svg').elementHandle();
    const before = await r.locator('[data-memory] svg').innerHTML();
    // Watch for the diagram leaving the page at any moment of the second run.
    await page.evaluate(() => {
      const w = window as unknown as { __hbGone: boolean };
      w.__hbGone = false;
      const mem = document.querySelector('.hb-listing[data-listing="listing-15-26"] [data-memory] svg')!;
      new MutationObserver(() => {
        if (!mem.isConnected) w.__hbGone = true;
      }).observe(document.body, { subtree: true, childList: true });
    });
    await runListing(page, 'listing-15-26');
    expect(await svg!.evaluate((el) => el.isConnected)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __hbGone: boolean }).__hbGone)).toBe(false);
    expect(await r.locator('[data-memory] svg').innerHTML()).toBe(before);
  });
});

describe('memory drawing', () => {
  it('draws the Weak to a dropped value at the husk with strong 0 (15-29)', async () => {
    await page.goto(base + CH15);
    await runListing(page, 'listing-15-29');
    const r = root('listing-15-29');
    const n = await stepCount('listing-15-29');
    let found = -1;
    for (let i = 0; i < n && found < 0; i++) {
      await gotoStep('listing-15-29', i);
      if ((await r.locator('[data-memory] [data-kind="Rc"][data-strong="0"][data-weak="1"]').count()) === 1) found = i;
    }
    expect(found).toBeGreaterThan(0);
    // The Weak in leaf.parent is drawn (dashed, hollow head) and ends at the husk's box.
    const weak = r.locator('[data-memory] [data-arrow-kind="Weak"]');
    expect(await weak.count()).toBe(1);
    const husk = (await r.locator('[data-memory] [data-kind="Rc"][data-strong="0"] .hb-m-frame-rect').boundingBox())!;
    const tip = (await weak.locator('.hb-m-tip-open').boundingBox())!;
    expect(Math.abs(tip.x + tip.width - (husk.x + husk.width)) < 12 || Math.abs(tip.x - husk.x) < 12).toBe(true);
    expect(tip.y).toBeGreaterThanOrEqual(husk.y - 1);
    expect(tip.y).toBeLessThanOrEqual(husk.y + husk.height);
    await expect(r.locator('[data-memory-text]').textContent()).resolves.toContain('값 드롭됨 (Weak만 남음)');
    await r.screenshot({ path: OUT_DIR + 'weak-husk-15-29.png' });
  });

  it('keeps a freed block one step, marked 해제됨, before it disappears', async () => {
    await page.goto(base + CH15);
    await runListing(page, 'listing-15-29');
    const r = root('listing-15-29');
    const n = await stepCount('listing-15-29');
    let freedAt = -1;
    for (let i = 0; i < n && freedAt < 0; i++) {
      await gotoStep('listing-15-29', i);
      if ((await r.locator('[data-memory] [data-freed="true"]').count()) > 0) freedAt = i;
    }
    expect(freedAt).toBeGreaterThan(0);
    const id = await r.locator('[data-memory] [data-freed="true"]').first().getAttribute('data-alloc');
    await expect(stepText('listing-15-29')).resolves.toContain(`힙 #${id} 해제`);
    await expect(r.locator(`[data-memory] [data-alloc="${id}"] .hb-m-meta`).textContent()).resolves.toContain('해제됨');
    await gotoStep('listing-15-29', freedAt - 1);
    await expect(r.locator(`[data-memory] [data-alloc="${id}"]`).getAttribute('data-freed')).resolves.toBeNull();
    await gotoStep('listing-15-29', freedAt + 1);
    expect(await r.locator(`[data-memory] [data-alloc="${id}"][data-freed="true"]`).count()).toBe(0);
  });
});

describe('stepping', () => {
  it('steps over and out by keyboard, showing the returned value in the returning frame', async () => {
    await page.goto(base + CH15);
    await runListing(page, 'listing-15-26');
    const r = root('listing-15-26');
    const frames = () => r.locator('[data-memory] [data-frame]').evaluateAll((els) => els.map((e) => e.getAttribute('data-frame')));
    // Walk with 다음 until a call enters List::tail.
    await r.locator('[data-step-action="first"]').click();
    const n = await stepCount('listing-15-26');
    let inside = -1;
    for (let i = 0; i < n && inside < 0; i++) {
      await gotoStep('listing-15-26', i);
      if ((await frames()).includes('List::tail')) inside = i;
    }
    expect(inside).toBeGreaterThan(0);
    // Out (keyboard: focus 나가기, Enter): stops at the return, the value shown in List::tail's frame.
    await r.locator('[data-step-action="out"]').focus();
    await page.keyboard.press('Enter');
    await expect(stepText('listing-15-26')).resolves.toContain('List::tail 반환');
    await expect(r.locator('[data-memory] [data-frame="List::tail"] [data-return]').count()).resolves.toBe(1);
    // 'u' again leaves to main.
    await page.keyboard.press('u');
    expect(await frames()).toEqual(['main']);
    // Over (o) from the line that calls a.tail() never enters List::tail.
    await gotoStep('listing-15-26', inside - 1);
    const before = await position('listing-15-26');
    await r.locator('[data-step-action="over"]').focus();
    await page.keyboard.press('o');
    expect(await position('listing-15-26')).toBeGreaterThan(before);
    expect(await frames()).toEqual(['main']);
  });

  it('reaches the drop and panic marks with the keyboard (one tab stop, arrows between them)', async () => {
    await page.goto(base + CH15);
    await runListing(page, 'listing-15-29');
    const r = root('listing-15-29');
    await r.locator('[data-step-action="first"]').click();
    const marks = r.locator('[data-marker]');
    expect(await marks.count()).toBeGreaterThan(2);
    expect(await marks.evaluateAll((els) => els.filter((e) => (e as HTMLElement).tabIndex === 0).length)).toBe(1);
    await r.locator('[data-timeline]').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-marker'))).toBe('drop');
    await page.keyboard.press('ArrowRight');
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await page.keyboard.press('Enter');
    expect(label).toMatch(/^단계 \d+:/);
    await expect(stepText('listing-15-29')).resolves.toContain(label!.replace(/^단계 \d+: /, '').split('\n')[0]);
  });
});

describe('permalink', () => {
  it('carries the edited code in the URL fragment and restores it on open', async () => {
    const id = 'memory-management-1';
    await page.goto(base + SEED);
    const r = await island(page, id);
    await r.locator('[data-action="edit"]').click();
    await r.locator('[data-editor][data-ready="true"] textarea').waitFor();
    const code = 'fn main() {\n    let 상자 = Box::new(7);\n    println!("링크 {}", 상자);\n}\n';
    await r.locator('[data-editor] textarea').fill(code);
    await page.waitForFunction(() => location.hash.includes('?code='));
    const url = page.url();
    expect(url).toContain(`#${id}?code=`);

    // A fresh browser (no saved edit) opens the link: the editor holds the code, and it runs.
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await ctx.newPage();
    await p.goto(url);
    const r2 = await island(p, id);
    await r2.locator('[data-editor][data-ready="true"] textarea').waitFor();
    expect(await r2.locator('[data-editor] textarea').inputValue()).toBe(code);
    await runListing(p, id);
    expect(await stdoutText(p, id)).toBe('링크 7\n');
    // Changing the code after the run says the results are stale.
    await r2.locator('[data-editor] textarea').fill(code.replace('7', '8'));
    await expect(r2.locator('[data-stale]').count()).resolves.toBe(1);
    await ctx.close();
  });
});

describe('before hydration and focus', () => {
  it('runs a click made before the island hydrated, and keeps focus on 실행', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await ctx.newPage();
    // Hold back the island's code so the click lands on the server-rendered button.
    let release!: () => void;
    const held = new Promise<void>((ok) => (release = ok));
    await p.route(/\/_astro\/RunnableListing\.[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await p.goto(base + SEED, { waitUntil: 'domcontentloaded' });
    const r = p.locator('.hb-listing[data-listing="memory-management-1"]');
    await r.locator('[data-action="run"]').click();
    expect(await r.evaluate((el) => el.closest('astro-island')?.hasAttribute('ssr'))).toBe(true);
    release();
    await waitForRuns(p, 'memory-management-1', 1);
    expect(await r.getAttribute('data-run-state')).toBe('done');
    expect(await p.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('run');
    // A second run from the keyboard: focus stays on the button throughout.
    await p.keyboard.press('Enter');
    await waitForRuns(p, 'memory-management-1', 2);
    expect(await p.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('run');
    await ctx.close();
  });
});
