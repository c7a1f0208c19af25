// `heapbook build` (the real CLI) on the bad-input fixtures: every error case exits non-zero with the place of the
// error and leaves an existing output folder untouched; the warning cases still build, printing their warnings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../src/cli/heapbook.mjs', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
let work: string;

function build(fixture: string, out: string, extra: string[] = [], book = join(FIXTURES, fixture)): Promise<{ code: number; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, 'build', '--book', book, '--out', out, ...extra], { timeout: 240_000 }, (err, stdout, stderr) => {
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
  'include-cycle',
  'summary-bad-nesting',
  'summary-missing-file',
  'non-utf8',
  'missing-image',
];

/** What mdBook builds (a clamped range, broken links and fragments): warnings in `build`, errors with `--strict`. */
const WARNING_CASES = ['range-past-end', 'broken-link'];

/** The case's expected.txt lines as `build` prints them (no column when it is 1 for book warnings). */
function expectedLines(fixture: string): Array<{ place: string; part: string }> {
  return readFileSync(join(FIXTURES, fixture, 'expected.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const [, place, part] = /^(\S+:\d+):\d+: (?:error|warning): (.*)$/.exec(l)!;
      return { place, part };
    });
}

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

  for (const fixture of WARNING_CASES) {
    it(`${fixture}: builds with its findings as warnings; --strict fails on the same list`, async () => {
      const out = join(work, fixture, 'lenient');
      const r = await build(fixture, out);
      expect(r.code, r.stderr).toBe(0);
      expect(existsSync(join(out, 'chapter.html'))).toBe(true);
      const expected = expectedLines(fixture);
      const warnings = r.stderr.split('\n').filter((l) => l.includes(': warning: '));
      expect(warnings, r.stderr).toHaveLength(expected.length);
      expected.forEach((e, i) => {
        expect(warnings[i]).toMatch(new RegExp(`^${e.place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(:\\d+)?: warning: `));
        expect(warnings[i]).toContain(e.part);
      });

      const strictOut = previousSite(`${fixture}-strict`);
      const s = await build(fixture, strictOut, ['--strict']);
      expect(s.code, s.stderr).toBe(1);
      const errors = s.stderr.split('\n').filter((l) => l.includes(': error: ') && !l.includes('빌드를 멈춥니다'));
      expect(errors).toEqual(warnings.map((w) => w.replace(': warning: ', ': error: ')));
      expect(s.stderr).toContain(`오류 ${expected.length}개 때문에 빌드를 멈춥니다 (--strict`);
      expect(readdirSync(strictOut)).toEqual(['index.html']);
    }, 240_000);
  }

  it('[output.heapbook] strict = true in book.toml works like --strict', async () => {
    const book = join(work, 'strict-book');
    cpSync(join(FIXTURES, 'range-past-end'), book, { recursive: true });
    writeFileSync(join(book, 'book.toml'), readFileSync(join(book, 'book.toml'), 'utf8') + '\n[output.heapbook]\nstrict = true\n');
    const r = await build('range-past-end', join(work, 'strict-book-out'), [], book);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/src\/chapter\.md:6(:1)?: error: .*40번째 줄이 없어 파일 끝/);
  }, 240_000);

  it('build-warnings: an unclosed fence, an unknown directive and an unrunnable listing still build, with warnings', async () => {
    const out = join(work, 'warnings', 'site');
    const r = await build('build-warnings', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('src/fence.md:3:1: warning: 코드 블록이 닫히지 않았습니다');
    expect(r.stderr).toContain("src/directive.md:5:1: warning: {{#inclde ../listings/x.rs}}: 알 수 없는 지시문 '#inclde'");
    // the unrunnable listing is a simulator note, not a warning about the book
    expect(r.stderr).toContain('참고: 시뮬레이터가 미리 실행하지 못한 예제 1개 (책의 오류가 아닙니다');
    expect(r.stderr).not.toMatch(/unsupported\.md.*: warning:/);
    for (const page of ['fence.html', 'directive.html', 'unsupported.html']) expect(existsSync(join(out, page)), page).toBe(true);
    // CommonMark closes the fence at the end of the document: the heading after it is code, not a heading
    expect(readFileSync(join(out, 'fence.html'), 'utf8')).not.toContain('id="사라지는-제목"');
  }, 300_000);
});
