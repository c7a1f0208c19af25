import { describe, expect, it } from 'vitest';
import { diffBaseline, formatBaselineDiff, parseBaseline } from '../../src/conformance/baseline-diff.ts';
import type { CrateVerdict } from '../../src/conformance/report.ts';

const v = (path: string, verdict: CrateVerdict['verdict']): CrateVerdict => ({ path, chapter: 'ch01', classification: 'runs', command: 'cargo run', verdict });
const miss = { kind: 'runtime' as const, match: false, reason: 'stdout 1행: …' };
const hit = { kind: 'runtime' as const, match: true, reason: null };

describe('diffBaseline', () => {
  const before = parseBaseline(
    JSON.stringify({
      crates: [
        v('a', miss),
        v('b', hit),
        v('c', { kind: 'compile-error', code: 'E0382', firstMatch: true, fullMatch: false, reason: 'x' }),
        v('d', hit),
        v('gone', hit),
      ],
    }),
    'old.json',
  );
  if (typeof before === 'string') throw new Error(before);

  it('lists what improved, what regressed (with the reason) and what appeared or vanished', () => {
    const now = [
      v('a', hit),
      v('b', miss),
      v('c', { kind: 'compile-error', code: 'E0382', firstMatch: true, fullMatch: true, reason: null }),
      v('d', { kind: 'runtime', match: false, falseRejection: true, reason: '거짓 거부: …' }),
      v('new', hit),
    ];
    const d = diffBaseline(before, now);
    expect(d.improved.map((c) => c.path)).toEqual(['a', 'c']);
    expect(d.regressed).toEqual([
      { path: 'b', before: '일치', after: '불일치', reason: 'stdout 1행: …' },
      { path: 'd', before: '일치', after: '거짓 거부', reason: '거짓 거부: …' },
    ]);
    expect(d.added).toEqual(['new']);
    expect(d.removed).toEqual(['gone']);
    const text = formatBaselineDiff(d);
    expect(text).toContain('기준 대비: 나아짐 2개, 나빠짐 2개');
    expect(text).toContain('  + c: 첫 오류 일치 → 진단 전체 일치');
    expect(text).toContain('  - b: 일치 → 불일치 (stdout 1행: …)');
  });

  it('an unchanged run has no changes', () => {
    expect(diffBaseline(before, [v('a', miss), v('b', hit)])).toMatchObject({ improved: [], regressed: [] });
  });
});

describe('parseBaseline', () => {
  it('names a file that is not JSON or not a conformance result', () => {
    expect(parseBaseline('{', 'old.json')).toMatch(/^old\.json: JSON이 아닙니다/);
    expect(parseBaseline('{"x": 1}', 'old.json')).toBe('old.json: heapbook conformance --json 결과가 아닙니다 (crates 배열 없음)');
  });
});
