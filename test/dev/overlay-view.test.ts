// The overlay and error page markup: nothing without errors, every error with its file:line:col, escaped text.
import { describe, expect, it } from 'vitest';
import { overlayHtml } from '../../src/dev/overlay-view.ts';
import { errorPageHtml } from '../../src/dev/error-page.ts';
import { reloadReport } from '../../src/dev/terminal-report.ts';
import { INITIAL_STATUS, type DevStatus } from '../../src/dev/dev-status.ts';

const broken: DevStatus = {
  ...INITIAL_STATUS,
  version: 3,
  stale: true,
  empty: false,
  errors: [{ severity: 'error', loc: { file: 'src/ch01.md', line: 12, col: 1 }, message: '{{#include <x>.rs}}: 파일이 없습니다' }],
  warnings: [{ severity: 'warning', loc: { file: 'src/ch02.md', line: 3 }, message: '알 수 없는 지시문' }],
  ms: 41.6,
};

describe('overlayHtml', () => {
  it('shows nothing when there are no errors', () => {
    expect(overlayHtml({ ...broken, errors: [] })).toBeNull();
  });

  it('lists each error with its place, escaped, and says the page is older', () => {
    const html = overlayHtml(broken)!;
    expect(html).toContain('책에 오류가 1개 있습니다');
    expect(html).toContain('<code class="where">src/ch01.md:12:1</code>');
    expect(html).toContain('{{#include &lt;x&gt;.rs}}: 파일이 없습니다');
    expect(html).toContain('마지막으로 성공한 책');
    expect(html).not.toContain('알 수 없는 지시문'); // warnings go to the terminal only
  });
});

describe('errorPageHtml', () => {
  it('is a Korean page with the errors and a reload-on-change script', () => {
    const html = errorPageHtml({ ...broken, stale: false, empty: true }, '/__heapbook/status');
    expect(html).toContain('<html lang="ko">');
    expect(html).toContain('src/ch01.md:12:1');
    expect(html).toContain('"/__heapbook/status"');
    expect(html).toContain('const seen = 3;');
  });
});

describe('reloadReport', () => {
  it('prints a Korean head line and check-style lines', () => {
    expect(reloadReport(broken, 3)).toEqual([
      '[heapbook] 책에 오류가 있어 마지막으로 성공한 책을 계속 보여 줍니다 (42ms)',
      'src/ch01.md:12:1: error: {{#include <x>.rs}}: 파일이 없습니다',
      'src/ch02.md:3:1: warning: 알 수 없는 지시문',
    ]);
    expect(reloadReport({ ...broken, loaded: true, stale: false, errors: [], warnings: [] }, 3)).toEqual([
      '[heapbook] 책을 다시 읽었습니다 (42ms, 페이지 3개)',
    ]);
  });
});
