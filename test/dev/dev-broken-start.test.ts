// `heapbook dev` started on a book that does not load: the server still runs and answers pages with a Korean
// error page naming file:line; fixing the file makes the real pages appear without a restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fetchText, startDev, waitFor, type DevProcess } from './dev-process.ts';

const GOOD = fileURLToPath(new URL('../check/fixtures/good/', import.meta.url));
let dir: string;
let dev: DevProcess;
let summary: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'heapbook-dev-broken-'));
  cpSync(GOOD, dir, { recursive: true });
  summary = readFileSync(join(dir, 'src', 'SUMMARY.md'), 'utf8');
  writeFileSync(join(dir, 'src', 'SUMMARY.md'), summary.replace('(ch01-boxes.md)', '(ch01-없음.md)'));
  dev = await startDev(dir);
}, 120_000);

afterAll(async () => {
  await dev?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('heapbook dev on a broken book', () => {
  it('prints the error in the terminal, serves every page it can and says why the broken one is missing', async () => {
    expect(dev.output()).toContain('src/SUMMARY.md:5:3: error:');
    const page = await fetchText(dev.url + 'intro.html');
    expect(page.status).toBe(200);
    expect(page.text).toContain('들어가며');
    const broken = await fetchText(dev.url + 'ch01-없음.html'.replace('없음', encodeURIComponent('없음')));
    expect(broken.text).toContain('이 장을 만들 수 없습니다');
    expect(broken.text).toContain('src/SUMMARY.md:5:3');
  }, 30_000);

  it('serves the book once the file is fixed', async () => {
    writeFileSync(join(dir, 'src', 'SUMMARY.md'), summary);
    await waitFor(async () => {
      const page = await fetchText(dev.url + 'intro.html');
      return page.status === 200 && page.text.includes('들어가며');
    }, 15_000);
  }, 30_000);
});
