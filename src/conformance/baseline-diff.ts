// Compares this conformance run with an earlier `--json` file: which crates newly match and which
// regressed (matched before, not now, or newly rejected although rustc accepts them). Pure.
import type { Verdict } from './compare.ts';
import type { CrateVerdict } from './report.ts';

export interface BaselineChange {
  path: string;
  before: string;
  after: string;
  /** The current reason of a miss (for a regression). */
  reason: string | null;
}

export interface BaselineDiff {
  improved: BaselineChange[];
  regressed: BaselineChange[];
  /** Crates in only one of the two runs. */
  added: string[];
  removed: string[];
}

/** A verdict as a comparable level: 0 miss, 1 first error right, 2 full match; a false rejection is -1. */
function level(v: Verdict): number {
  switch (v.kind) {
    case 'runtime':
      return v.match ? 2 : v.falseRejection ? -1 : 0;
    case 'compile-error':
      return v.fullMatch ? 2 : v.firstMatch ? 1 : 0;
    case 'not-compared':
      return 0;
  }
}

function label(v: Verdict): string {
  switch (v.kind) {
    case 'runtime':
      return v.match ? '일치' : v.falseRejection ? '거짓 거부' : '불일치';
    case 'compile-error':
      return v.fullMatch ? '진단 전체 일치' : v.firstMatch ? '첫 오류 일치' : '불일치';
    case 'not-compared':
      return '비교 안 함';
  }
}

/** Reads the crates of an earlier `--json` output; a string says what is wrong with the file. */
export function parseBaseline(text: string, file: string): Map<string, Verdict> | string {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return `${file}: JSON이 아닙니다 (${e instanceof Error ? e.message : String(e)})`;
  }
  const crates = (doc as { crates?: unknown }).crates;
  if (!Array.isArray(crates)) return `${file}: heapbook conformance --json 결과가 아닙니다 (crates 배열 없음)`;
  const m = new Map<string, Verdict>();
  for (const c of crates as { path?: unknown; verdict?: unknown }[]) {
    if (typeof c.path === 'string' && c.verdict && typeof (c.verdict as { kind?: unknown }).kind === 'string') m.set(c.path, c.verdict as Verdict);
  }
  return m;
}

export function diffBaseline(before: Map<string, Verdict>, now: readonly CrateVerdict[]): BaselineDiff {
  const d: BaselineDiff = { improved: [], regressed: [], added: [], removed: [] };
  const seen = new Set<string>();
  for (const r of now) {
    seen.add(r.path);
    const b = before.get(r.path);
    if (!b) {
      d.added.push(r.path);
      continue;
    }
    const lb = level(b);
    const la = level(r.verdict);
    const change = { path: r.path, before: label(b), after: label(r.verdict), reason: r.verdict.reason };
    if (la > lb) d.improved.push(change);
    else if (la < lb) d.regressed.push(change);
  }
  for (const p of before.keys()) if (!seen.has(p)) d.removed.push(p);
  return d;
}

export function formatBaselineDiff(d: BaselineDiff): string {
  const out: string[] = [`기준 대비: 나아짐 ${d.improved.length}개, 나빠짐 ${d.regressed.length}개`];
  for (const c of d.improved) out.push(`  + ${c.path}: ${c.before} → ${c.after}`);
  for (const c of d.regressed) out.push(`  - ${c.path}: ${c.before} → ${c.after}${c.reason ? ` (${c.reason})` : ''}`);
  if (d.added.length) out.push(`  기준에 없던 크레이트 ${d.added.length}개`);
  if (d.removed.length) out.push(`  이번에 없는 크레이트 ${d.removed.length}개`);
  return out.join('\n') + '\n';
}
