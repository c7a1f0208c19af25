// `heapbook check` as authors run it: exit code 1 with errors, 0 with only warnings or nothing, the JSON report,
// bad arguments, and the book in content/ itself passing.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../src/cli/heapbook.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

function check(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, 'check', ...args], { cwd: ROOT, timeout: 120_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('heapbook check (CLI)', () => {
  it('exits 1 and prints greppable lines and the count when there are errors', async () => {
    const r = await check('--book', fixture('missing-image'));
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => l.includes(': error: '))).toHaveLength(2);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('오류 2개, 경고 0개');
  }, 120_000);

  it('exits 0 when there are only warnings', async () => {
    const r = await check('--book', fixture('unknown-directive'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('src/chapter.md:5:1: warning: ');
    expect(r.stdout).toContain('오류 0개, 경고 1개');
  }, 120_000);

  it('prints the JSON report', async () => {
    const r = await check('--book', fixture('broken-link'), '--format', 'json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.errors).toBe(3);
    expect(json.warnings).toBe(0);
    expect(json.diagnostics[0]).toEqual({
      file: 'src/chapter.md',
      line: 3,
      col: 1,
      severity: 'error',
      message: '링크한 장 파일이 없습니다: src/missing.md',
    });
  }, 120_000);

  it('refuses unknown formats and options', async () => {
    expect((await check('--format', 'xml')).code).toBe(2);
    expect((await check('--nope')).code).toBe(2);
  }, 120_000);

  it('exits 0 when the only findings are simulator limits, listed in their own category', async () => {
    const r = await check('--book', fixture('sim-unsupported'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/src\/chapter\.md:4:1: simulator: .*async fn/);
    expect(r.stdout).not.toContain(': error: ');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('오류 0개, 경고 0개, 시뮬레이터 한계 1개 (책의 오류가 아닙니다)');
    const json = JSON.parse((await check('--book', fixture('sim-unsupported'), '--format', 'json')).stdout);
    expect(json).toMatchObject({ errors: 0, warnings: 0, simulatorLimits: 1, diagnostics: [] });
  }, 120_000);

  it('passes on the book in content/', async () => {
    const r = await check('--book', 'content');
    expect(r.stdout).toContain('오류 0개');
    expect(r.code).toBe(0);
  }, 120_000);
});
