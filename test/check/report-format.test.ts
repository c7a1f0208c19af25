// The printed report: greppable `file:line:col: error|warning:` lines, the Korean count line, the JSON shape.
import { describe, expect, it } from 'vitest';
import { formatReport, toJsonReport } from '../../src/check/report-format.ts';
import { fromThrown, sortDiagnostics } from '../../src/check/diagnostic.ts';
import { BookError, type BookDiagnostic } from '../../src/book/model.ts';

const diags: BookDiagnostic[] = [
  { severity: 'warning', loc: { file: 'src/b.md', line: 1 }, message: '경고 하나' },
  { severity: 'error', loc: { file: 'src/a.md', line: 12, col: 3 }, message: '오류 하나' },
  { severity: 'error', loc: { file: 'src/b.md', line: 4, col: 1 }, message: '오류 둘' },
];

describe('report', () => {
  it('prints one line per finding and a count', () => {
    expect(formatReport(diags, 'text')).toBe(
      'src/b.md:1:1: warning: 경고 하나\nsrc/a.md:12:3: error: 오류 하나\nsrc/b.md:4:1: error: 오류 둘\n오류 2개, 경고 1개\n',
    );
  });

  it('has the JSON shape of the issue', () => {
    const json = JSON.parse(formatReport(diags, 'json'));
    expect(json).toEqual(toJsonReport(diags));
    expect(json.errors).toBe(2);
    expect(json.warnings).toBe(1);
    expect(json.diagnostics[0]).toEqual({ file: 'src/b.md', line: 1, col: 1, severity: 'warning', message: '경고 하나' });
  });

  it('reports simulator limits in their own section, never as book errors', () => {
    const withSim: BookDiagnostic[] = [
      ...diags,
      { severity: 'warning', category: 'simulator', loc: { file: 'src/c.md', line: 7, col: 1 }, message: 'listing-1-1: 지원하지 않는 기능' },
    ];
    const text = formatReport(withSim, 'text').split('\n');
    expect(text).toContain('src/c.md:7:1: simulator: listing-1-1: 지원하지 않는 기능');
    expect(text.indexOf('src/c.md:7:1: simulator: listing-1-1: 지원하지 않는 기능')).toBeGreaterThan(text.findIndex((l) => l.startsWith('— 시뮬레이터 한계')));
    expect(text.filter((l) => l.includes(': error:'))).toHaveLength(2);
    expect(text).toContain('오류 2개, 경고 1개, 시뮬레이터 한계 1개 (책의 오류가 아닙니다)');
    const json = toJsonReport(withSim);
    expect(json).toMatchObject({ errors: 2, warnings: 1, simulatorLimits: 1 });
    expect(json.diagnostics).toHaveLength(3);
    expect(json.simulator).toEqual([{ file: 'src/c.md', line: 7, col: 1, message: 'listing-1-1: 지원하지 않는 기능' }]);
  });

  it('sorts by file first seen, then line', () => {
    expect(sortDiagnostics(diags).map((d) => `${d.loc.file}:${d.loc.line}`)).toEqual(['src/b.md:1', 'src/b.md:4', 'src/a.md:12']);
  });

  it('turns a BookError into a diagnostic without repeating the place', () => {
    const d = fromThrown(new BookError({ file: 'src/x.md', line: 3, col: 2 }, '문제'));
    expect(d).toEqual({ severity: 'error', loc: { file: 'src/x.md', line: 3, col: 2 }, message: '문제' });
    expect(fromThrown(new Error('다른 오류'))).toBeNull();
  });
});
