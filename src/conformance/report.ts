// Aggregates per-crate verdicts into the conformance report: matched/total by chapter and category,
// per error code for rejected crates, and the list of misses with a one-line reason. Pure.
import type { Verdict } from './compare.ts';
import type { TruthClass } from './classify.ts';

export interface CrateVerdict {
  path: string;
  chapter: string;
  classification: TruthClass;
  command: string;
  verdict: Verdict;
}

export interface Tally {
  matched: number;
  total: number;
}

export interface ConformanceSummary {
  /** Runtime crates (runs + panics): full match. */
  runtime: Tally;
  /** Rejected crates: same first error line and location. */
  firstError: Tally;
  /** Rejected crates: rustc's whole output byte-identical. */
  fullDiagnostics: Tally;
  notCompared: number;
  /** Runtime matches that needed the order-insensitive comparison (nondeterministic truth). */
  relaxedMatches: number;
  /** Crates rustc accepts that the simulator rejects with a compile error. */
  falseRejections: number;
  /** Crates rustc rejects that the simulator runs to exit 0 without any diagnostic. */
  ranAnyway: number;
  byChapter: Record<string, { runtime: Tally; firstError: Tally; fullDiagnostics: Tally }>;
  byCategory: Record<string, Tally>;
  byErrorCode: Record<string, { firstError: Tally; fullDiagnostics: Tally }>;
}

const tally = (): Tally => ({ matched: 0, total: 0 });
const add = (t: Tally, ok: boolean) => {
  t.total++;
  if (ok) t.matched++;
};

export function summarize(results: readonly CrateVerdict[]): ConformanceSummary {
  const s: ConformanceSummary = { runtime: tally(), firstError: tally(), fullDiagnostics: tally(), notCompared: 0, relaxedMatches: 0, falseRejections: 0, ranAnyway: 0, byChapter: {}, byCategory: {}, byErrorCode: {} };
  for (const r of results) {
    const ch = (s.byChapter[r.chapter] ??= { runtime: tally(), firstError: tally(), fullDiagnostics: tally() });
    const v = r.verdict;
    switch (v.kind) {
      case 'runtime': {
        add(s.runtime, v.match);
        add(ch.runtime, v.match);
        add((s.byCategory[`${r.classification} (${modeWord(r.command)})`] ??= tally()), v.match);
        if (v.relaxed) s.relaxedMatches++;
        if (v.falseRejection) s.falseRejections++;
        break;
      }
      case 'compile-error': {
        add(s.firstError, v.firstMatch);
        add(s.fullDiagnostics, v.fullMatch);
        if (v.ranAnyway) s.ranAnyway++;
        add(ch.firstError, v.firstMatch);
        add(ch.fullDiagnostics, v.fullMatch);
        add((s.byCategory[`compile-error (${modeWord(r.command)})`] ??= tally()), v.fullMatch);
        const code = v.code ?? '(코드 없음)';
        const c = (s.byErrorCode[code] ??= { firstError: tally(), fullDiagnostics: tally() });
        add(c.firstError, v.firstMatch);
        add(c.fullDiagnostics, v.fullMatch);
        break;
      }
      case 'not-compared':
        s.notCompared++;
        break;
    }
  }
  return s;
}

function modeWord(command: string): string {
  return /^(?:\S+=\S*\s+)*cargo\s+(\S+)/.exec(command)?.[1] ?? command;
}

const frac = (t: Tally) => `${t.matched}/${t.total}`;

/** The human report: totals, per chapter, per category, per error code, then every miss. */
export function formatReport(results: readonly CrateVerdict[]): string {
  const s = summarize(results);
  const out: string[] = [];
  const skipped = new Map<string, number>();
  for (const r of results) if (r.verdict.kind === 'not-compared') skipped.set(r.classification, (skipped.get(r.classification) ?? 0) + 1);
  const why = [...skipped].map(([k, n]) => `${k} ${n}`).join(', ');
  out.push(`크레이트 ${results.length}개 (비교 안 함 ${s.notCompared}개${why ? `: ${why}` : ''})`);
  out.push(`  실행 결과 일치 (runs+panics):        ${frac(s.runtime)}${s.relaxedMatches ? ` (그중 ${s.relaxedMatches}개는 실행마다 출력이 달라 줄·맵 항목 순서 무시)` : ''}`);
  out.push(`  컴파일 오류: 첫 오류 줄·위치 일치:   ${frac(s.firstError)}`);
  out.push(`  컴파일 오류: rustc 출력 전체 일치:   ${frac(s.fullDiagnostics)}`);
  out.push(`  거짓 거부 (rustc는 받아들이는데 시뮬레이터가 컴파일 오류): ${s.falseRejections}`);
  out.push(`  놓친 거부 (rustc는 거부하는데 시뮬레이터가 말없이 실행, 종료 코드 0): ${s.ranAnyway}`);
  out.push('', '장별 (실행 / 첫 오류 / 전체 진단):');
  for (const ch of Object.keys(s.byChapter).sort()) {
    const c = s.byChapter[ch];
    out.push(`  ${ch.padEnd(6)} ${frac(c.runtime).padStart(7)}   ${frac(c.firstError).padStart(6)}   ${frac(c.fullDiagnostics).padStart(6)}`);
  }
  out.push('', '분류별:');
  for (const k of Object.keys(s.byCategory).sort()) out.push(`  ${k.padEnd(28)} ${frac(s.byCategory[k])}`);
  out.push('', '오류 코드별 (첫 오류 / 전체 진단):');
  const codes = Object.entries(s.byErrorCode).sort((a, b) => b[1].firstError.total - a[1].firstError.total || a[0].localeCompare(b[0]));
  for (const [code, c] of codes) out.push(`  ${code.padEnd(12)} ${frac(c.firstError).padStart(6)}   ${frac(c.fullDiagnostics).padStart(6)}`);
  const misses = results.filter((r) => (r.verdict.kind === 'runtime' && !r.verdict.match) || (r.verdict.kind === 'compile-error' && !r.verdict.fullMatch));
  out.push('', `불일치 ${misses.length}개:`);
  for (const r of misses) {
    const v = r.verdict;
    const reason = v.kind === 'not-compared' ? v.reason : (v.reason ?? '');
    const tag = v.kind === 'compile-error' ? (v.firstMatch ? '[진단]' : '[첫오류]') : v.kind === 'runtime' && v.falseRejection ? '[거짓거부]' : '[실행]';
    out.push(`  ${tag} ${r.path}: ${reason}`);
  }
  return out.join('\n') + '\n';
}
