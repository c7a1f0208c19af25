// `heapbook build` (the real CLI) on the bad-input fixtures: every error case exits non-zero with the place of the
// error and leaves an existing output folder untouched; the warning cases still build, printing their warnings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../src/cli/heapbook.mjs', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
let work: string;

function build(fixture: string, out: string): Promise<{ code: number; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, 'build', '--book', join(FIXTURES, fixture), '--out', out], { timeout: 240_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** An output folder holding a previous "site" that a failed build must not touch. */
function previousSite(name: string): string {
  const out = join(work, name, 'site');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.html'), '<p>이전 빌드</p>');
  return out;
}

/** The place of the first line of the case's expected.txt, as a pattern (`build` omits an unknown column). */
function expectedPlace(fixture: string): RegExp {
  const first = readFileSync(join(FIXTURES, fixture, 'expected.txt'), 'utf8').split('\n')[0];
  const [, fileLine] = /^(\S+:\d+):\d+: error:/.exec(first)!;
  return new RegExp(`(^|\\n)${fileLine.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(:\\d+)?: error: `);
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'heapbook-build-errors-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ERROR_CASES = [
  'missing-include',
  'include-escape',
  'missing-anchor',
  'range-past-end',
  'include-cycle',
  'summary-bad-nesting',
  'summary-missing-file',
  'non-utf8',
  'broken-link',
  'missing-image',
];

describe('heapbook build on bad input', () => {
  for (const fixture of ERROR_CASES) {
    it(`${fixture}: exits non-zero at the error's place, old output intact`, async () => {
      const out = previousSite(fixture);
      const r = await build(fixture, out);
      expect(r.code, r.stderr).not.toBe(0);
      expect(r.stderr).toMatch(expectedPlace(fixture));
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(readdirSync(out)).toEqual(['index.html']);
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>이전 빌드</p>');
      expect(readdirSync(join(work, fixture)).filter((f) => f.startsWith('.heapbook-tmp'))).toEqual([]);
    }, 120_000);
  }

  it('build-warnings: an unclosed fence, an unknown directive and an unrunnable listing still build, with warnings', async () => {
    const out = join(work, 'warnings', 'site');
    const r = await build('build-warnings', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('src/fence.md:3:1: warning: 코드 블록이 닫히지 않았습니다');
    expect(r.stderr).toContain("src/directive.md:5:1: warning: {{#inclde ../listings/x.rs}}: 알 수 없는 지시문 '#inclde'");
    expect(r.stderr).toMatch(/src\/unsupported\.md:3(:\d+)?: warning: .*async fn/);
    for (const page of ['fence.html', 'directive.html', 'unsupported.html']) expect(existsSync(join(out, page)), page).toBe(true);
    // CommonMark closes the fence at the end of the document: the heading after it is code, not a heading
    expect(readFileSync(join(out, 'fence.html'), 'utf8')).not.toContain('id="사라지는-제목"');
  }, 300_000);
});
