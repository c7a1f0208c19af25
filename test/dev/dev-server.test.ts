// `heapbook dev` end to end on a temp copy of a fixture book: a chapter edit is served within 1 s, listings
// outside src and images are watched/served, errors reach the status endpoint with file:line and clear when fixed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fetchText, startDev, waitFor, type DevProcess } from './dev-process.ts';

const GOOD = fileURLToPath(new URL('../check/fixtures/good/', import.meta.url));
let dir: string;
let dev: DevProcess;

interface Status {
  version: number;
  loaded: boolean;
  stale: boolean;
  errors: Array<{ loc: { file: string; line: number }; message: string }>;
}
const status = async (): Promise<Status> => (await fetch(dev.url + '__heapbook/status')).json() as Promise<Status>;
const edit = (rel: string, change: (text: string) => string) => {
  const file = join(dir, rel);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'heapbook-dev-'));
  cpSync(GOOD, dir, { recursive: true });
  dev = await startDev(dir);
}, 120_000);

afterAll(async () => {
  await dev?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('heapbook dev', () => {
  it('serves the book with the overlay script and the book images', async () => {
    const page = await fetchText(dev.url + 'intro.html');
    expect(page.status).toBe(200);
    expect(page.text).toContain('들어가며');
    expect(page.text).toContain('astro:scripts/page.js'); // the injected overlay client
    const img = await fetch(dev.url + 'img/diagram.svg');
    expect(img.status).toBe(200);
    expect(img.headers.get('content-type')).toBe('image/svg+xml');
    expect((await status()).loaded).toBe(true);
  }, 60_000);

  it('shows a chapter edit over HTTP within 1 s', async () => {
    const times: number[] = [];
    for (let i = 1; i <= 3; i++) {
      const marker = `고친-문장-${i}-${Date.now()}`;
      edit('src/intro.md', (t) => t + `\n${marker}\n`);
      times.push(await waitFor(async () => (await fetchText(dev.url + 'intro.html')).text.includes(marker), 10_000));
    }
    console.log(`편집 → 새 내용 (ms): ${times.map((t) => Math.round(t)).join(', ')}`);
    expect(Math.min(...times)).toBeLessThan(1000);
  }, 60_000);

  it('watches listings outside src', async () => {
    edit('listings/ch01/listing-01-01/src/main.rs', (t) => t.replace('합계 = {}', '총합 = {}'));
    await waitFor(async () => (await fetchText(dev.url + 'ch01-boxes.html')).text.includes('총합'), 10_000);
  }, 30_000);

  it('reports an error with file:line, shows it in place of the broken chapter, serves the others, and clears when fixed', async () => {
    const before = await status();
    edit('src/ch01-boxes.md', (t) => t.replace('main.rs:here}}', 'main.rs:nope}}'));
    await waitFor(async () => (await status()).version > before.version && (await status()).errors.length > 0, 10_000);
    const broken = await status();
    expect(broken.loaded).toBe(true);
    expect(broken.errors[0].loc).toMatchObject({ file: 'src/ch01-boxes.md', line: 6 });
    expect(broken.errors[0].message).toContain("앵커 'nope'");
    const page = await fetchText(dev.url + 'ch01-boxes.html');
    expect(page.status).toBe(200);
    expect(page.text).toContain('이 장을 만들 수 없습니다');
    expect((await fetchText(dev.url + 'intro.html')).text).toContain('들어가며');

    edit('src/ch01-boxes.md', (t) => t.replace('main.rs:nope}}', 'main.rs:here}}'));
    await waitFor(async () => (await status()).loaded && (await status()).errors.length === 0, 10_000);
    expect((await fetchText(dev.url + 'ch01-boxes.html')).text).not.toContain('이 장을 만들 수 없습니다');
  }, 30_000);

  it('picks up SUMMARY changes (a new chapter gets a page)', async () => {
    writeFileSync(join(dir, 'src', 'ch02-new.md'), '# 새 장\n\n새로 쓴 장입니다.\n');
    edit('src/SUMMARY.md', (t) => t + '- [새 장](ch02-new.md)\n');
    await waitFor(async () => (await fetchText(dev.url + 'ch02-new.html')).text.includes('새로 쓴 장입니다'), 10_000);
  }, 30_000);
});
