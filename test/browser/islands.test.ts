// Runnable listing islands in real Chromium: output, memory diagram, timeline, current line, edit, timeout, panic.
// Selectors here are the island's contract: [data-action], [data-output], [data-memory], [data-alloc], [data-timeline], [data-step].
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { OUT_DIR, freshPagePerTest, island, programOutput, runListing, stdoutText } from './chromium.ts';

const base = inject('baseUrl');
const CH15 = '/ch15-06-reference-cycles.html';
const SEED = '/memory-management.html';
const golden = (n: string) => programOutput(readFileSync(`content/listings/ch15-smart-pointers/${n}/output.txt`, 'utf8'));

let page: Page;
freshPagePerTest((p) => (page = p));

/** Number of recorded steps of a listing's timeline. */
async function stepCount(id: string): Promise<number> {
  return Number(await page.locator(`.hb-listing[data-listing="${id}"] [data-timeline]`).getAttribute('max')) + 1;
}

/** Move the timeline of a listing to step i (0-based) the way a reader drags the slider. */
async function gotoStep(id: string, i: number): Promise<void> {
  await page.locator(`.hb-listing[data-listing="${id}"] [data-timeline]`).fill(String(i));
}

const allocs = (id: string, kind: string) => page.locator(`.hb-listing[data-listing="${id}"] [data-memory] [data-alloc][data-kind="${kind}"]`);

describe('listing 15-26 (reference cycle)', () => {
  it('prints exactly what rustc’s program prints', async () => {
    await page.goto(base + CH15);
    await runListing(page, 'listing-15-26');
    expect(await stdoutText(page, 'listing-15-26')).toBe(golden('listing-15-26'));
    await expect(page.locator('.hb-listing[data-listing="listing-15-26"] [data-output]').textContent()).resolves.toContain('종료 코드 0');
  });

  it('shows both Rc allocations with strong count 2 at some step, and leaks both at the end', async () => {
    await page.goto(base + CH15);
    await runListing(page, 'listing-15-26');
    const root = page.locator('.hb-listing[data-listing="listing-15-26"]');
    // The run lands on the final step (it leaks): a and b are gone, the two lists keep each other alive.
    const end = await allocs('listing-15-26', 'Rc').evaluateAll((els) => els.map((e) => [e.getAttribute('data-strong'), e.getAttribute('data-leaked')]));
    expect(end).toEqual([
      ['1', 'true'],
      ['1', 'true'],
    ]);
    await expect(root.locator('[data-leak]').textContent()).resolves.toContain('a와 b가 서로를 가리키는 순환 참조 때문에 강한 참조 카운트가 0이 되지 않아 해제되지 않았습니다');
    expect(await root.locator('[data-leak] code').allTextContents()).toEqual(['a', 'b']);
    await root.screenshot({ path: OUT_DIR + 'listing-15-26-end.png' });

    const n = await stepCount('listing-15-26');
    let found = -1;
    for (let i = 0; i < n && found < 0; i++) {
      await gotoStep('listing-15-26', i);
      if ((await allocs('listing-15-26', 'Rc').and(page.locator('[data-strong="2"]')).count()) === 2) found = i;
    }
    expect(found).toBeGreaterThanOrEqual(0);
    await expect(root.locator('[data-step]').textContent()).resolves.toContain(`단계 ${found + 1} / ${n}`);
    await root.screenshot({ path: OUT_DIR + 'listing-15-26-both-strong-2.png' });
  });

  it('highlights the executing line and moves it when stepping, keeping arrow keys inside the island', async () => {
    await page.goto(base + CH15);
    await runListing(page, 'listing-15-26');
    const root = page.locator('.hb-listing[data-listing="listing-15-26"]');
    await gotoStep('listing-15-26', 0);
    const lineAt = () => root.locator('.hb-code .line.hb-current-line').evaluate((el) => [...el.parentElement!.querySelectorAll('.line')].indexOf(el));
    const first = await lineAt();
    const seen = new Set([first]);
    for (let k = 0; k < 5; k++) {
      await root.locator('[data-step-action="next"]').click();
      seen.add(await lineAt());
    }
    expect(seen.size).toBeGreaterThan(1);
    expect(await root.locator('.hb-code .line.hb-current-line').count()).toBe(1);
    // ← / → on the focused slider step through the run and do not turn the page.
    const before = await root.locator('[data-step]').textContent();
    await root.locator('[data-timeline]').focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(200);
    expect(page.url()).toBe(base + CH15);
    expect(await root.locator('[data-step]').textContent()).not.toBe(before);
  });
});

describe('listing 15-29 (Weak parent)', () => {
  it('drops branch at the end of the inner scope and prints leaf parent = None', async () => {
    await page.goto(base + CH15);
    await runListing(page, 'listing-15-29');
    const out = await stdoutText(page, 'listing-15-29');
    expect(out).toBe(golden('listing-15-29'));
    expect(out).toContain('leaf parent = None');
    const root = page.locator('.hb-listing[data-listing="listing-15-29"]');
    const n = await stepCount('listing-15-29');
    let at = -1;
    for (let i = 0; i < n && at < 0; i++) {
      await gotoStep('listing-15-29', i);
      if ((await root.locator('[data-memory] [data-slot="branch"][data-state="dropped"]').count()) > 0) at = i;
    }
    expect(at).toBeGreaterThan(0);
    // Dropped where its scope closes: the current line is that `}`. Branch's strong count is 0 (its Node is
    // dropped) while leaf.parent's Weak keeps the Rc block; leaf still has strong count 1.
    await expect(root.locator('.hb-code .line.hb-current-line').textContent()).resolves.toMatch(/^\s*}\s*$/);
    const strong = await allocs('listing-15-29', 'Rc').evaluateAll((els) => els.map((e) => e.getAttribute('data-strong')).sort());
    expect(strong).toEqual(['0', '1']);
    await root.screenshot({ path: OUT_DIR + 'listing-15-29-branch-dropped.png' });
    // Before that, leaf.parent is a Weak to branch: branch's Rc shows weak 1 and the arrow is dashed.
    let weakStep = -1;
    for (let i = 0; i < at && weakStep < 0; i++) {
      await gotoStep('listing-15-29', i);
      if ((await allocs('listing-15-29', 'Rc').and(page.locator('[data-weak="1"][data-strong="1"]')).count()) === 1) weakStep = i;
    }
    expect(weakStep).toBeGreaterThan(0);
    expect(await root.locator('[data-memory] [data-arrow].hb-m-weak').count()).toBeGreaterThan(0);
    const dash = await root.locator('[data-memory] [data-arrow].hb-m-weak .hb-m-shaft').first().evaluate((el) => getComputedStyle(el).strokeDasharray);
    expect(dash).not.toBe('none');
  });
});

describe('seed example', () => {
  it('shows num on the stack pointing at one Box allocation', async () => {
    await page.goto(base + SEED);
    const id = 'memory-management-1';
    await runListing(page, id);
    const n = await stepCount(id);
    let found = false;
    for (let i = 0; i < n && !found; i++) {
      await gotoStep(id, i);
      found = (await allocs(id, 'Box').count()) === 1;
    }
    expect(found).toBe(true);
    const root = page.locator(`.hb-listing[data-listing="${id}"]`);
    await expect(root.locator('[data-memory] [data-slot="num"]').count()).resolves.toBe(1);
    await expect(root.locator('[data-memory-text]').textContent()).resolves.toContain('num: Box → #');
    expect(await root.locator('[data-memory] [data-arrow]').count()).toBe(1);
    await root.screenshot({ path: OUT_DIR + 'seed-box.png' });
  });
});

/** Open the editor of a listing and replace its code. */
async function editTo(id: string, code: string): Promise<void> {
  const root = page.locator(`.hb-listing[data-listing="${id}"]`);
  await island(page, id);
  if ((await root.locator('[data-editor]').count()) === 0) await root.locator('[data-action="edit"]').click();
  await root.locator('[data-editor][data-ready="true"] textarea').waitFor();
  await root.locator('[data-editor] textarea').fill(code);
}

describe('editing', () => {
  it('runs the edited code and keeps the edit across a reload until 원래대로', async () => {
    const id = 'memory-management-1';
    await page.goto(base + SEED);
    await editTo(id, 'fn main() {\n    let num = Box::new(41);\n    println!("수정한 값 {}", *num + 1);\n}\n');
    await runListing(page, id);
    expect(await stdoutText(page, id)).toBe('수정한 값 42\n');
    await page.locator(`.hb-listing[data-listing="${id}"]`).screenshot({ path: OUT_DIR + 'edited.png' });

    await page.reload();
    const root = await island(page, id);
    await root.locator('[data-modified]').waitFor();
    await root.locator('[data-editor][data-ready="true"] textarea').waitFor();
    expect(await root.locator('[data-editor] textarea').inputValue()).toContain('Box::new(41)');
    await runListing(page, id);
    expect(await stdoutText(page, id)).toBe('수정한 값 42\n');

    await root.locator('[data-action="reset"]').click();
    expect(await root.locator('[data-modified]').count()).toBe(0);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('heapbook:edit:')))).toEqual([]);
    await expect(root.locator('.hb-code').isVisible()).resolves.toBe(true);
  });

  it('stops `loop {}` after 3 seconds while the page stays responsive, keeps the run so far, then runs again', async () => {
    const id = 'memory-management-1';
    await page.goto(base + SEED);
    await editTo(id, 'fn main() {\n    loop {}\n}\n');
    const root = page.locator(`.hb-listing[data-listing="${id}"]`);
    await root.locator('[data-action="run"]').click();
    await page.waitForTimeout(800);
    // While the simulator spins in its worker, the page still answers: a click on another button works at once.
    const t0 = Date.now();
    const pressed = await page.evaluate(() => {
      const b = document.querySelector<HTMLButtonElement>('.theme-toggle, button:not([data-action="run"])');
      b?.click();
      return b ? b.outerHTML.slice(0, 60) : null;
    });
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(pressed).not.toBeNull();
    await expect(root.locator('[data-status]')).toBeDefined();
    await page.waitForFunction((i) => document.querySelector(`.hb-listing[data-listing="${i}"]`)?.getAttribute('data-run-state') === 'done', id, { timeout: 10_000 });
    expect(await root.locator('[data-output]').textContent()).toContain('실행 시간이 너무 길어 중단했습니다 (3초).');
    await root.screenshot({ path: OUT_DIR + 'timeout.png' });
    // A fresh worker runs the next program.
    await editTo(id, 'fn main() {\n    println!("다시 실행");\n}\n');
    await runListing(page, id);
    expect(await stdoutText(page, id)).toBe('다시 실행\n');
  });

  it('shows a panic in the output, marked as stderr, with exit code 101', async () => {
    const id = 'memory-management-1';
    await page.goto(base + SEED);
    await editTo(id, 'fn main() {\n    let v: Vec<i32> = Vec::new();\n    println!("전");\n    let x = v[3];\n    println!("{}", x);\n}\n');
    await runListing(page, id);
    const root = page.locator(`.hb-listing[data-listing="${id}"]`);
    const err = await root.locator('[data-output] [data-stream="stderr"]').textContent();
    expect(err).toMatch(/thread 'main'.* panicked at src\/main\.rs:4:\d+:/);
    expect(err).toContain('index out of bounds: the len is 0 but the index is 3');
    // The run lands on the panic itself; the exit code is shown once the unwinding drops have been stepped through.
    await expect(root.locator('[data-step]').textContent()).resolves.toContain('패닉');
    await root.locator('[data-step-action="last"]').click();
    expect(await root.locator('[data-output] [data-exit-code]').getAttribute('data-exit-code')).toBe('101');
    expect(await root.locator('[data-marker="panic"]').count()).toBe(1);
    await expect(root.locator('[data-diagnostics]').textContent()).resolves.toMatch(/4:\d+/);
    await root.screenshot({ path: OUT_DIR + 'panic.png' });
  });

  it('points at line:col of a parse error in the editor', async () => {
    const id = 'memory-management-1';
    await page.goto(base + SEED);
    await editTo(id, 'fn main() {\n    let x = ;\n}\n');
    await runListing(page, id);
    const root = page.locator(`.hb-listing[data-listing="${id}"]`);
    const pos = await root.locator('[data-diagnostics] [data-diag-pos]').first().getAttribute('data-diag-pos');
    expect(pos?.split(':')[0]).toBe('2');
    // The editor marks the line and moves its caret after the run renders: wait for both to settle.
    await expect.poll(() => root.locator('[data-editor] .hb-diag-line').count(), { timeout: 5000 }).toBe(1);
    const caretLine = () => root.locator('[data-editor] textarea').evaluate((t: HTMLTextAreaElement) => t.value.slice(0, t.selectionStart).split('\n').length);
    await expect.poll(caretLine, { timeout: 5000 }).toBe(2);
  });

  it('shows what cargo prints for a program rustc rejects, explains it in Korean and points at it', async () => {
    const id = 'memory-management-1';
    await page.goto(base + SEED);
    await editTo(id, 'fn main() {\n    let s = String::from("안녕");\n    let t = s;\n    println!("{s} {t}");\n}\n');
    await runListing(page, id);
    const root = page.locator(`.hb-listing[data-listing="${id}"]`);
    const err = await root.locator('[data-output] [data-stream="stderr"]').textContent();
    expect(err).toContain('error[E0382]: borrow of moved value: `s`\n --> src/main.rs:4:16\n');
    expect(err).toContain('error: could not compile `main` (bin "main") due to 1 previous error');
    expect(await root.locator('[data-output] [data-exit-code]').getAttribute('data-exit-code')).toBe('101');
    const list = root.locator('[data-compile-errors] li[data-code="E0382"]');
    await expect(list.textContent()).resolves.toContain('이동된 값을 다시 사용했습니다');
    await expect(root.locator('[data-editor] .hb-diag-line').count()).resolves.toBe(1);
    const caretLine = await root.locator('[data-editor] textarea').evaluate((t: HTMLTextAreaElement) => t.value.slice(0, t.selectionStart).split('\n').length);
    expect(caretLine).toBe(4);
    await root.screenshot({ path: OUT_DIR + 'compile-error.png' });
  });
});

describe('accessibility', () => {
  it('labels every control and offers a text alternative of the memory view', async () => {
    await page.goto(base + CH15);
    await runListing(page, 'listing-15-26');
    const root = page.locator('.hb-listing[data-listing="listing-15-26"]');
    const unlabeled = await root.locator('button, input').evaluateAll((els) =>
      els.filter((e) => !(e.getAttribute('aria-label') || e.textContent?.trim())).map((e) => e.outerHTML),
    );
    expect(unlabeled).toEqual([]);
    expect(await root.locator('[data-output]').getAttribute('aria-live')).toBe('polite');
    await gotoStep('listing-15-26', (await stepCount('listing-15-26')) - 1);
    const alt = await root.locator('[data-memory-text]').textContent();
    expect(alt).toMatch(/#\d+ Rc<List> \(\d+바이트, 강한 참조 1, 약한 참조 0, 누수\)/);
  });
});
