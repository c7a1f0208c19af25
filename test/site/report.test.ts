// What `heapbook build` prints: content errors as file:line:col: error: message, warnings, the summary line.
import { describe, expect, it } from 'vitest';
import { BookError } from '../../src/book/model.ts';
import { asBookError, formatBookError, formatDiagnostic, formatSummary } from '../../src/cli/build/report.ts';

describe('build report', () => {
  it('formats a BookError with its place, without repeating it', () => {
    const err = new BookError({ file: 'src/ch15-06.md', line: 42, col: 3 }, "포함할 파일이 없습니다: 'listings/x.rs'");
    expect(formatBookError(err)).toBe("src/ch15-06.md:42:3: error: 포함할 파일이 없습니다: 'listings/x.rs'");
    const noCol = new BookError({ file: 'src/SUMMARY.md', line: 7 }, '잘못된 항목');
    expect(formatBookError(noCol)).toBe('src/SUMMARY.md:7: error: 잘못된 항목');
  });

  it('recognises BookErrors re-thrown from another module instance, and nothing else', () => {
    const foreign = Object.assign(new Error('src/a.md:1: 오류'), { name: 'BookError', loc: { file: 'src/a.md', line: 1 } });
    expect(asBookError(foreign)).toBe(foreign);
    expect(asBookError(new Error('boom'))).toBeNull();
    expect(asBookError(undefined)).toBeNull();
  });

  it('formats warnings and the summary', () => {
    expect(formatDiagnostic({ severity: 'warning', loc: { file: 'src/a.md', line: 3, col: 1 }, message: '빈 장' })).toBe(
      'src/a.md:3:1: warning: 빈 장',
    );
    expect(formatSummary({ pages: 3, listings: 7, assets: 1, searchPages: 3, ms: 12345, outDir: '/x/dist' })).toBe(
      '빌드 완료: 페이지 3개, 예제 7개, 자산 1개, 검색 색인 3쪽, 12.3초 → /x/dist',
    );
  });
});
