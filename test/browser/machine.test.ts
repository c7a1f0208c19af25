// The simulator's machine in the browser worker: deep recursion on the machine's own stack (not the JS stack),
// a run streamed and stopped with 멈춤 keeping its output, and a threaded program stepped through.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { OUT_DIR, freshPagePerTest, island, runListing, stdoutText } from './chromium.ts';

const base = inject('baseUrl');
const SEED = '/memory-management.html';
const ID = 'memory-management-1';

let page: Page;
freshPagePerTest((p) => (page = p));

async function editTo(code: string): Promise<void> {
  const root = page.locator(`.hb-listing[data-listing="${ID}"]`);
  await island(page, ID);
  if ((await root.locator('[data-editor]').count()) === 0) await root.locator('[data-action="edit"]').click();
  await root.locator('[data-editor][data-ready="true"] textarea').waitFor();
  await root.locator('[data-editor] textarea').fill(code);
}

describe('the machine in the worker', () => {
  it('recurses 100,000 calls deep like rustc (8 MiB main stack), not a JavaScript stack overflow', async () => {
    await page.goto(base + SEED);
    await editTo('fn depth(n: u64) -> u64 {\n    if n == 0 { 0 } else { 1 + depth(n - 1) }\n}\n\nfn main() {\n    println!("{}", depth(100_000));\n}\n');
    await runListing(page, ID);
    expect(await stdoutText(page, ID)).toBe('100000\n');
    await expect(page.locator(`.hb-listing[data-listing="${ID}"] [data-output]`).textContent()).resolves.toContain('종료 코드 0');
  });

  it('ends unbounded recursion in Rust’s stack-overflow abort (exit 134)', async () => {
    await page.goto(base + SEED);
    await editTo('fn down(n: u64) -> u64 {\n    1 + down(n + 1)\n}\n\nfn main() {\n    println!("{}", down(0));\n}\n');
    await runListing(page, ID);
    // The abort is the run's last step (the trace stops drawing past 500 frames): go there.
    const timeline = page.locator(`.hb-listing[data-listing="${ID}"] [data-timeline]`);
    if (await timeline.count()) await timeline.fill(String(await timeline.getAttribute('max')));
    const out = await page.locator(`.hb-listing[data-listing="${ID}"] [data-output]`).textContent();
    expect(out).toContain("has overflowed its stack");
    expect(out).toContain('종료 코드 134');
  });

  it('streams output while running and 멈춤 stops the run, keeping what it printed', async () => {
    await page.goto(base + SEED);
    await editTo('fn main() {\n    let mut i: u64 = 0;\n    loop {\n        if i % 100_000 == 0 {\n            println!("줄 {}", i);\n        }\n        i += 1;\n    }\n}\n');
    const root = page.locator(`.hb-listing[data-listing="${ID}"]`);
    await root.locator('[data-action="run"]').click();
    // Output arrives before the run ends.
    await page.waitForFunction((id) => (document.querySelector(`.hb-listing[data-listing="${id}"] [data-stream="stdout"]`)?.textContent ?? '').includes('줄 0'), ID, { timeout: 10_000 });
    expect(await root.getAttribute('data-run-state')).toBe('running');
    await root.locator('[data-action="stop"]').click();
    await page.waitForFunction((id) => document.querySelector(`.hb-listing[data-listing="${id}"]`)?.getAttribute('data-run-state') === 'done', ID, { timeout: 10_000 });
    const text = await stdoutText(page, ID);
    expect(text.startsWith('줄 0\n')).toBe(true);
    await expect(root.locator('[data-status]').textContent()).resolves.toContain('멈춤');
    await root.screenshot({ path: OUT_DIR + 'stopped.png' });
  });

  it('runs a Mutex counter with 10 threads and steps through its trace', async () => {
    await page.goto(base + SEED);
    await editTo(
      'use std::sync::{Arc, Mutex};\nuse std::thread;\n\nfn main() {\n    let total = Arc::new(Mutex::new(0));\n    let mut hs = Vec::new();\n    for _ in 0..10 {\n        let t = Arc::clone(&total);\n        hs.push(thread::spawn(move || {\n            *t.lock().unwrap() += 1;\n        }));\n    }\n    for h in hs {\n        h.join().unwrap();\n    }\n    println!("합계: {}", *total.lock().unwrap());\n}\n',
    );
    await runListing(page, ID);
    expect(await stdoutText(page, ID)).toBe('합계: 10\n');
    const root = page.locator(`.hb-listing[data-listing="${ID}"]`);
    const max = Number(await root.locator('[data-timeline]').getAttribute('max'));
    expect(max).toBeGreaterThan(20);
    for (const i of [0, Math.floor(max / 2), max]) {
      await root.locator('[data-timeline]').fill(String(i));
      await expect(root.locator('[data-step]').textContent()).resolves.toContain(`단계 ${i + 1} / ${max + 1}`);
    }
    // 다른 순서로 실행: another schedule seed, the same result.
    await root.locator('[data-action="reorder"]').click();
    await page.waitForFunction((id) => document.querySelector(`.hb-listing[data-listing="${id}"]`)?.getAttribute('data-run-state') === 'done', ID);
    expect(await stdoutText(page, ID)).toBe('합계: 10\n');
  });
});
