import { describe, expect, it } from 'vitest';
import { formatReport, summarize, type CrateVerdict } from '../../src/conformance/report.ts';

const results: CrateVerdict[] = [
  { path: 'listings/ch01-a/one', chapter: 'ch01', classification: 'runs', command: 'cargo run', verdict: { kind: 'runtime', match: true, reason: null } },
  { path: 'listings/ch01-a/two', chapter: 'ch01', classification: 'panics', command: 'cargo run', verdict: { kind: 'runtime', match: false, reason: 'stdout 1행: …' } },
  { path: 'listings/ch02-b/three', chapter: 'ch02', classification: 'compile-error', command: 'cargo run', verdict: { kind: 'compile-error', code: 'E0382', firstMatch: true, fullMatch: false, reason: 'rustc 출력 3행: …' } },
  { path: 'listings/ch02-b/four', chapter: 'ch02', classification: 'compile-error', command: 'cargo build', verdict: { kind: 'compile-error', code: 'E0382', firstMatch: true, fullMatch: true, reason: null } },
  { path: 'listings/ch02-b/six', chapter: 'ch02', classification: 'runs', command: 'cargo run', verdict: { kind: 'runtime', match: false, falseRejection: true, reason: '거짓 거부: …' } },
  { path: 'listings/ch02-b/seven', chapter: 'ch02', classification: 'compile-error', command: 'cargo run', verdict: { kind: 'compile-error', code: 'E0499', firstMatch: false, fullMatch: false, ranAnyway: true, reason: '시뮬레이터가 오류를 내지 않음 (종료 코드 0)' } },
  { path: 'listings/ch02-b/five', chapter: 'ch02', classification: 'needs-registry', command: 'cargo run', verdict: { kind: 'not-compared', reason: 'x' } },
];

describe('summarize', () => {
  it('counts runtime, first-error and full-diagnostic matches overall, by chapter, category and code', () => {
    const s = summarize(results);
    expect(s.runtime).toEqual({ matched: 1, total: 3 });
    expect(s.firstError).toEqual({ matched: 2, total: 3 });
    expect(s.fullDiagnostics).toEqual({ matched: 1, total: 3 });
    expect(s.notCompared).toBe(1);
    expect(s.falseRejections).toBe(1);
    expect(s.ranAnyway).toBe(1);
    expect(s.byChapter.ch01.runtime).toEqual({ matched: 1, total: 2 });
    expect(s.byChapter.ch02.fullDiagnostics).toEqual({ matched: 1, total: 3 });
    expect(s.byCategory).toEqual({ 'runs (run)': { matched: 1, total: 2 }, 'panics (run)': { matched: 0, total: 1 }, 'compile-error (run)': { matched: 0, total: 2 }, 'compile-error (build)': { matched: 1, total: 1 } });
    expect(s.byErrorCode.E0382).toEqual({ firstError: { matched: 2, total: 2 }, fullDiagnostics: { matched: 1, total: 2 } });
  });
});

describe('formatReport', () => {
  it('lists totals and every miss with its reason', () => {
    const text = formatReport(results);
    expect(text).toContain('크레이트 7개 (비교 안 함 1개: needs-registry 1)');
    expect(text).toContain('실행 결과 일치 (runs+panics):        1/3');
    expect(text).toContain('거짓 거부 (rustc는 받아들이는데 시뮬레이터가 컴파일 오류): 1');
    expect(text).toContain('놓친 거부 (rustc는 거부하는데 시뮬레이터가 말없이 실행, 종료 코드 0): 1');
    expect(text).toContain('[거짓거부] listings/ch02-b/six: 거짓 거부: …');
    expect(text).toContain('불일치 4개:');
    expect(text).toContain('[실행] listings/ch01-a/two: stdout 1행: …');
    expect(text).toContain('[진단] listings/ch02-b/three: rustc 출력 3행: …');
    expect(text).not.toContain('four:');
  });
});
