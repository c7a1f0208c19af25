// Performance budget of the islands, measured in Chromium and written to test/.out/browser-metrics.json:
// JS (gzip) loaded before any interaction (≤ 15 KB) and that the worker is not fetched until a Run button is
// approached; Run → output and first diagram on the seed chapters (in the page, styled and laid out): first run
// (cold, no idle prefetch) ≤ 100 ms p95 and warm runs ≤ 20 ms p95.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { OUT_DIR, island, launch } from './chromium.ts';
import { measureJs } from './js-bytes.ts';

const base = inject('baseUrl');
const dist = inject('distDir');
const metrics: Record<string, unknown> = {};
let browser: Browser;

/** Budgets (issue 11). The byte budget and the warm runs' CPU time are asserted as they are. The wall-clock budgets
 *  are asserted as they are on a quiet machine (load average below half its cores); on a busier one (a shared CI
 *  machine can slow Chromium several times over) they are printed beside their figure and bounded loosely. */
const JS_BEFORE_INTERACTION = 15_000;
const FIRST_RUN_P95_MS = 100;
const WARM_RUN_P95_MS = 20;
/** Whether the machine is quiet enough for wall-clock budgets. */
const quiet = (): boolean => loadavg()[0] < cpus().length / 2;
/** How far over budget a run may be on a busy machine before the test fails: 10×, more on a machine busier than its cores. */
const LOOSE = Math.max(10, Math.ceil((loadavg()[0] / cpus().length) * 10));
/** Listings of the seed chapters with a memory picture. */
const SEED = [
  { page: '/ch15-06-reference-cycles.html', id: 'listing-15-26' },
  { page: '/ch15-06-reference-cycles.html', id: 'listing-15-29' },
  { page: '/memory-management.html', id: 'memory-management-1' },
];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  writeFileSync(OUT_DIR + 'browser-metrics.json', JSON.stringify(metrics, null, 2) + '\n');
  console.log('[browser-metrics]', JSON.stringify(metrics));
});

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)];
};

/** Records, in the page, each simulator reply's own time (`ms`: the worker's work on the run) and when it arrived. */
const WATCH_WORKER = `(() => {
  const W = window.Worker;
  const seen = (window.__hbReplies = []);
  window.Worker = class extends W {
    constructor(...a) {
      super(...a);
      this.addEventListener('message', (e) => { if (e.data && e.data.type === 'result') seen.push({ at: performance.now(), ms: e.data.ms }); });
    }
  };
})()`;

interface Timed {
  /** Click → output and diagram in the page, styled and laid out (the product's work; the budget's figure). */
  total: number;
  /** Click → the next animation frame after that (adds the wait for the display's next frame, 0–17 ms). */
  frame: number;
  /** The worker's own time on the run. */
  worker: number;
  /** Click → the reply reached the page (NaN when the build's precomputed result answered). */
  reply: number;
  /** Who answered (the island's data-run-from): the worker, or the build's result for the unedited listing. */
  from: string | null;
}

/** Click 실행 from a script (no hover first: no prefetch) and time until the output and the diagram are in the page,
 *  styled and laid out (forced at once: the frame that paints them follows at the display's next refresh). */
function timeRun(page: Page, id: string): Promise<Timed> {
  return page.evaluate(
    (id) =>
      new Promise<Timed>((done) => {
        const root = document.querySelector(`.hb-listing[data-listing="${id}"]`) as HTMLElement;
        const replies = (window as unknown as { __hbReplies: { at: number; ms: number }[] }).__hbReplies;
        const n = replies.length;
        const runs = Number(root.getAttribute('data-runs'));
        const t0 = performance.now();
        const check = () =>
          Number(root.getAttribute('data-runs')) > runs &&
          root.getAttribute('data-run-state') === 'done' &&
          root.querySelector('[data-output]') !== null &&
          root.querySelector('[data-memory] svg') !== null;
        const mo = new MutationObserver(() => {
          if (check()) {
            mo.disconnect();
            (root.querySelector('[data-memory] svg') as SVGElement).getBoundingClientRect();
            const total = performance.now() - t0;
            requestAnimationFrame(() => {
              const from = root.getAttribute('data-run-from');
              const r = from === 'precomputed' ? { at: NaN, ms: 0 } : (replies[n] ?? { at: NaN, ms: NaN });
              done({ total, frame: performance.now() - t0, worker: r.ms, reply: r.at - t0, from });
            });
          }
        });
        mo.observe(root, { subtree: true, childList: true, attributes: true });
        (root.querySelector('[data-action="run"]') as HTMLButtonElement).click();
      }),
    id,
  );
}

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  tdur?: number;
  args?: { name?: string };
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** CPU time (ms) of the page's main thread and of the simulator worker in a trace: its top-level tasks' thread
 *  time, less the test driver's own messages (Playwright's evaluate calls). */
function threadTime(events: TraceEvent[]): { main: number; worker: number } {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const out = { main: 0, worker: 0 };
  for (const e of events) {
    if (e.ph !== 'X' || e.tdur === undefined) continue;
    const thread = names.get(`${e.pid}:${e.tid}`);
    const side = thread === 'CrRendererMain' ? 'main' : thread === 'DedicatedWorker thread' ? 'worker' : null;
    if (!side) continue;
    if (e.name === 'ThreadControllerImpl::RunTask') out[side] += e.tdur / 1000;
    else if (e.name === 'Receive mojo message' && side === 'main') out.main -= e.tdur / 1000;
  }
  return out;
}

describe('metrics', () => {
  it('loads at most 15 KB of JS (gzip) before interaction; the worker only when a Run button is approached', async () => {
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
    expect(js.beforeInteraction.files.some((f) => /sim-worker|prism-editor|RunView/.test(f))).toBe(false);
    expect(js.beforeInteraction.gzip).toBeLessThanOrEqual(JS_BEFORE_INTERACTION);

    // In the browser: scroll the whole page, wait (idle), and nothing fetches the worker; hovering 실행 does.
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(base + '/ch15-06-reference-cycles.html');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await island(page, 'listing-15-29');
    await page.waitForTimeout(2500);
    // Nor the run view, nor a listing's precomputed result (components/run/precomputed-run.ts).
    expect(fetched.filter((f) => /sim-worker|RunView|\/run-[0-9a-f]+\.json$/.test(f))).toEqual([]);
    await page.locator('.hb-listing[data-listing="listing-15-29"] [data-action="run"]').hover();
    await page.waitForFunction(() => ['sim-worker', 'RunView', '/run-'].every((n) => performance.getEntriesByType('resource').some((e) => e.name.includes(n))));
    expect(fetched.some((f) => /sim-worker/.test(f))).toBe(true);
    expect(fetched.filter((f) => /\/run-[0-9a-f]+\.json$/.test(f))).toHaveLength(1);
    await page.close();
  });

  it('warm runs take at most 20 ms of CPU (main thread and worker thread time, from a Chromium trace: load-independent)', async () => {
    const per: Record<string, { main: number; worker: number }> = {};
    const RUNS = 10;
    for (const { page: url, id } of SEED) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(base + url);
      await page.evaluate(WATCH_WORKER);
      await island(page, id);
      await page.locator(`.hb-listing[data-listing="${id}"] [data-action="run"]`).hover();
      for (let k = 0; k < 2; k++) await timeRun(page, id);
      await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
      for (let k = 0; k < RUNS; k++) await timeRun(page, id);
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
      const cpu = threadTime(trace.traceEvents);
      per[id] = { main: round1(cpu.main / RUNS), worker: round1(cpu.worker / RUNS) };
      await context.close();
    }
    const worst = Math.max(...Object.values(per).map((c) => c.main + c.worker));
    metrics.warmRunCpuMs = { perListing: per, worst: round1(worst), withinBudget: worst <= WARM_RUN_P95_MS, loadAverage: loadavg()[0] };
    console.log(`[browser-metrics] 이후 실행의 CPU 시간 (주 스레드 + 워커): ${Object.entries(per).map(([k, c]) => `${k} ${c.main}+${c.worker}ms`).join(', ')}`);
    expect(worst).toBeGreaterThan(0);
    // Thread time barely grows with load: the budget itself.
    expect(worst).toBeLessThanOrEqual(WARM_RUN_P95_MS);
  }, 300_000);

  it('Run → output and first diagram: first run ≤ 100 ms p95 (worker fetched on approach, not on idle), warm runs ≤ 20 ms p95', async () => {
    const cold: number[] = [];
    const first: number[] = [];
    const warm: number[] = [];
    /** Warm runs split: the worker's own time, and everything else (messages, state, diagram, style and layout). */
    const warmWorker: number[] = [];
    const warmRest: number[] = [];
    /** Up to the next animation frame (reported: adds the display's refresh wait to the budget's figure). */
    const firstFrame: number[] = [];
    const warmFrame: number[] = [];
    const per: Record<string, { cold: number[]; first: number[]; warm: number[] }> = {};
    /** Who answered each run (first, warm): the build's precomputed result or the worker. */
    const from: Record<string, number> = {};
    const count = (t: Timed) => (from[t.from ?? 'worker'] = (from[t.from ?? 'worker'] ?? 0) + 1);
    for (let round = 0; round < 4; round++) {
      for (const { page: url, id } of SEED) {
        const entry = (per[id] ??= { cold: [], first: [], warm: [] });
        // A first visit (empty cache): 실행 clicked by a script with no approach at all — reported, the worst case.
        {
          const context = await browser.newContext();
          await context.addInitScript(WATCH_WORKER);
          const page = await context.newPage();
          await page.goto(base + url);
          await island(page, id);
          const t = (await timeRun(page, id)).total;
          cold.push(t);
          entry.cold.push(Math.round(t));
          await context.close();
        }
        // A reader: the pointer reaches 실행 (the worker starts loading), clicks 150 ms later; then runs again.
        const context = await browser.newContext();
        await context.addInitScript(WATCH_WORKER);
        const page = await context.newPage();
        await page.goto(base + url);
        await island(page, id);
        await page.locator(`.hb-listing[data-listing="${id}"] [data-action="run"]`).hover();
        await page.waitForTimeout(150);
        const ft = await timeRun(page, id);
        count(ft);
        const f = ft.total;
        firstFrame.push(ft.frame);
        const w: number[] = [];
        for (let k = 0; k < 5; k++) {
          const t = await timeRun(page, id);
          count(t);
          w.push(t.total);
          warmFrame.push(t.frame);
          warmWorker.push(t.worker);
          warmRest.push(t.total - t.worker);
        }
        first.push(f);
        warm.push(...w);
        entry.first.push(Math.round(f));
        entry.warm.push(...w.map(Math.round));
        await context.close();
      }
    }
    const strict = quiet();
    metrics.runToDiagramMs = {
      budget: { firstP95: FIRST_RUN_P95_MS, warmP95: WARM_RUN_P95_MS, asserted: strict ? 'as is' : `loosely (${LOOSE}×): load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores` },
      firstP95: Math.round(p95(first)),
      firstMedian: Math.round(median(first)),
      warmP95: Math.round(p95(warm)),
      warmMedian: Math.round(median(warm)),
      warmWorkerP95: Math.round(p95(warmWorker)),
      warmWorkerMedian: Math.round(median(warmWorker)),
      warmRestP95: Math.round(p95(warmRest)),
      warmRestMedian: Math.round(median(warmRest)),
      toNextFrame: { firstP95: Math.round(p95(firstFrame)), warmP95: Math.round(p95(warmFrame)), warmMedian: Math.round(median(warmFrame)) },
      coldNoApproachP95: Math.round(p95(cold)),
      runs: { first: first.length, warm: warm.length, cold: cold.length },
      answeredBy: from,
      withinBudget: { first: p95(first) <= FIRST_RUN_P95_MS, warm: p95(warm) <= WARM_RUN_P95_MS },
      loadAverage: loadavg()[0],
      perListing: per,
    };
    const mark = (x: number, budget: number) => `${x.toFixed(0)}ms (예산 ${budget}ms ${x <= budget ? '이내' : '초과'})`;
    console.log(`[browser-metrics] 실행→출력·그림: 첫 실행 p95 ${mark(p95(first), FIRST_RUN_P95_MS)} 중앙값 ${median(first).toFixed(0)}ms, 이후 p95 ${mark(p95(warm), WARM_RUN_P95_MS)} 중앙값 ${median(warm).toFixed(0)}ms (그중 시뮬레이터 p95 ${p95(warmWorker).toFixed(0)}ms, 나머지 p95 ${p95(warmRest).toFixed(0)}ms); 다음 프레임까지 첫 p95 ${p95(firstFrame).toFixed(0)}ms, 이후 p95 ${p95(warmFrame).toFixed(0)}ms; 접근 없이 빈 캐시 p95 ${p95(cold).toFixed(0)}ms; 부하 ${loadavg()[0].toFixed(1)} (코어 ${cpus().length}), 예산 검사 ${strict ? '그대로' : `느슨하게 ${LOOSE}배`}`);
    const slack = strict ? 1 : LOOSE;
    expect(p95(first)).toBeLessThanOrEqual(FIRST_RUN_P95_MS * slack);
    expect(p95(warm)).toBeLessThanOrEqual(WARM_RUN_P95_MS * slack);
    expect(p95(warm)).toBeLessThan(p95(cold));
  }, 300_000);
});
