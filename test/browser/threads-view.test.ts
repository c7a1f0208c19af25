// Threads in the memory view, in real Chromium: a 3-thread program with a channel and a Mutex stepped through at
// 1280 and 390 px — a column per thread with its name and state, the Mutex holder, the channel queue, thread
// switches marked (and keyboard reachable) on the timeline, and nothing drawn outside the diagram's container.
import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { OUT_DIR, freshPagePerTest, island, runListing, stdoutText, waitForRuns } from './chromium.ts';

const base = inject('baseUrl');
const SEED = '/memory-management.html';
const ID = 'memory-management-1';

let browser: Browser;
freshPagePerTest((_, b) => (browser = b));

const PROGRAM = `use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let total = Arc::new(Mutex::new(0));
    let (tx, rx) = mpsc::channel();
    let mut handles = Vec::new();
    for id in 1..=2 {
        let total = Arc::clone(&total);
        let tx = tx.clone();
        let h = thread::Builder::new()
            .name(format!("adder-{id}"))
            .spawn(move || {
                let mut sum = total.lock().unwrap();
                *sum += id;
                tx.send(format!("adder {id} done")).unwrap();
                tx.send(format!("sum is now {}", *sum)).unwrap();
            })
            .unwrap();
        handles.push(h);
    }
    drop(tx);
    for msg in rx {
        println!("{msg}");
    }
    for h in handles {
        h.join().unwrap();
    }
    println!("total = {}", *total.lock().unwrap());
}
`;

async function openAndRun(width: number): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  await page.goto(base + SEED);
  const root = page.locator(`.hb-listing[data-listing="${ID}"]`);
  await island(page, ID);
  if ((await root.locator('[data-editor]').count()) === 0) await root.locator('[data-action="edit"]').click();
  await root.locator('[data-editor][data-ready="true"] textarea').waitFor();
  await root.locator('[data-editor] textarea').fill(PROGRAM);
  await runListing(page, ID);
  return page;
}

interface Seen {
  running: string | null;
  states: string[];
  titles: string[];
  holder: string[];
  pending: number[];
}

/** What the diagram shows at timeline position `i`. */
async function at(page: Page, i: number): Promise<Seen> {
  const root = page.locator(`.hb-listing[data-listing="${ID}"]`);
  await root.locator('[data-timeline]').fill(String(i));
  return root.locator('[data-memory] svg').evaluate((svg) => {
    const cols = [...svg.querySelectorAll('[data-thread-col]')];
    return {
      running: cols.find((c) => c.getAttribute('data-thread-state') === 'running')?.getAttribute('data-thread-col') ?? null,
      states: cols.map((c) => c.getAttribute('data-thread-state') ?? ''),
      titles: cols.map((c) => c.querySelector('.hb-m-thread-title')?.textContent ?? ''),
      holder: [...svg.querySelectorAll('.hb-m-badgetext')].map((t) => t.textContent ?? '').filter((t) => t.startsWith('잠금')),
      pending: [...svg.querySelectorAll('[data-channel]')].map((c) => Number(c.getAttribute('data-pending'))),
    };
  });
}

/** Every drawn part's box lies inside the diagram's container, which does not scroll sideways. */
async function nothingClipped(page: Page): Promise<void> {
  const r = await page.locator(`.hb-listing[data-listing="${ID}"] [data-memory] .hb-mem-scroll`).evaluate((el) => {
    const c = el.getBoundingClientRect();
    const parts = [...el.querySelectorAll('[data-thread-col], [data-frame], [data-alloc], [data-channel], [data-arrow]')].map((p) => (p as SVGGraphicsElement).getBoundingClientRect());
    const out = parts.filter((b) => b.left < c.left - 0.5 || b.right > c.right + 0.5);
    return { n: parts.length, out: out.length, scroll: el.scrollWidth - el.clientWidth };
  });
  expect(r.n).toBeGreaterThanOrEqual(4);
  expect(r.out).toBe(0);
  expect(r.scroll).toBe(0);
}

for (const width of [1280, 390]) {
  describe(`threads at ${width} px`, () => {
    it('draws a column per thread, the Mutex holder and the channel queue; switch marks on the timeline', async () => {
      const page = await openAndRun(width);
      const root = page.locator(`.hb-listing[data-listing="${ID}"]`);
      // What 30 of 30 real runs printed (rustc 1.95, debug build).
      expect(await stdoutText(page, ID)).toBe('adder 1 done\nsum is now 1\nadder 2 done\nsum is now 3\ntotal = 3\n');
      const n = Number(await root.locator('[data-timeline]').getAttribute('max')) + 1;
      const seen: Seen[] = [];
      for (let i = 0; i < n; i++) seen.push(await at(page, i));
      // Once both workers exist: three columns, named as std names them.
      const three = seen.findIndex((s) => s.titles.length === 3);
      expect(three).toBeGreaterThanOrEqual(0);
      expect(seen[three].titles).toEqual(['스레드 1 · main', '스레드 2 · adder-1', '스레드 3 · adder-2']);
      expect(seen.every((s) => s.states.filter((x) => x === 'running').length <= 1)).toBe(true);
      // A worker holds the Mutex while it adds; messages wait in the channel while main has not taken them.
      const holding = seen.findIndex((s) => s.holder.some((h) => h === `잠금: 스레드 ${s.running}`) && s.running !== '1');
      expect(holding).toBeGreaterThan(0);
      const queued = seen.findIndex((s) => s.pending.some((p) => p >= 2));
      expect(queued).toBeGreaterThan(0);

      // Thread switches: a mark wherever the running thread changes, titled in Korean, reachable by keyboard.
      const marks = root.locator('[data-marker="switch"]');
      const count = await marks.count();
      const changes = seen.filter((s, i) => i > 0 && s.running !== null && seen[i - 1].running !== null && s.running !== seen[i - 1].running).length;
      expect(count).toBe(changes);
      expect(count).toBeGreaterThanOrEqual(2);
      await expect(marks.first().getAttribute('aria-label')).resolves.toMatch(/^단계 \d+: 실행 스레드 전환 — 스레드 \d · \S+ → 스레드 \d · \S+$/);
      await root.locator('[data-timeline]').fill('0');
      await root.locator('.hb-tl-marks button[tabindex="0"]').focus();
      const all = root.locator('.hb-tl-marks button');
      const kinds = await all.evaluateAll((bs) => bs.map((b) => b.getAttribute('data-marker')));
      const firstSwitch = kinds.indexOf('switch');
      for (let k = 0; k < firstSwitch; k++) await page.keyboard.press('ArrowRight');
      await expect(page.evaluate(() => document.activeElement?.getAttribute('data-marker'))).resolves.toBe('switch');
      await page.keyboard.press('Enter');
      const pos = Number(await root.locator('[data-timeline]').inputValue());
      expect(seen[pos].running).not.toBe(seen[pos - 1].running);
      await root.locator('[data-timeline-box]').screenshot({ path: `${OUT_DIR}threads-timeline-${width}.png` });

      // Nothing clipped, at the busiest steps.
      for (const i of [three, holding, queued, n - 1]) {
        await root.locator('[data-timeline]').fill(String(i));
        await nothingClipped(page);
      }
      // A phone stacks the columns (and the heap under them).
      if (width === 390) await expect(root.locator('[data-memory]').getAttribute('data-layout')).resolves.toBe('stacked');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // The text alternative tells every thread.
      await expect(root.locator('[data-memory-text] [data-thread-text]').count()).resolves.toBe(seen[n - 1].titles.length);
      await root.locator('[data-timeline]').fill(String(queued));
      await root.locator('[data-memory]').screenshot({ path: `${OUT_DIR}threads-${width}.png` });
      await page.screenshot({ path: `${OUT_DIR}threads-page-${width}.png`, fullPage: false });
      // 다른 순서로 실행: another schedule, still a valid run (each adder's two lines in order, the total last).
      if (width === 1280) {
        const runs = Number(await root.getAttribute('data-runs'));
        await root.locator('[data-action="reorder"]').click();
        await waitForRuns(page, ID, runs + 1);
        const lines = (await stdoutText(page, ID)).trimEnd().split('\n');
        expect(lines[4]).toBe('total = 3');
        expect(lines.filter((l) => l.startsWith('adder')).length).toBe(2);
        expect(await root.locator('[data-marker="switch"]').count()).toBeGreaterThanOrEqual(2);
      }
      await page.context().close();
    });
  });
}
