// How `heapbook check` prints its findings: the book's problems as `path:line:col: error|warning: 메시지`, then
// simulator limits in their own section (`path:line:col: simulator: …`), a Korean count line; or one JSON object.
import type { BookDiagnostic } from '../book/model.ts';
import { countBySeverity, countSimulatorLimits, isSimulatorLimit } from './diagnostic.ts';

export type ReportFormat = 'text' | 'json';

/**
 * `src/ch01.md:12:1: error: 파일이 없습니다 (…)` — `error`/`warning` stay English so they are greppable;
 * a simulator limit reads `simulator` there, so `grep ': error:'` never finds one.
 */
export function formatDiagnosticLine(d: BookDiagnostic): string {
  const label = isSimulatorLimit(d) ? 'simulator' : d.severity;
  return `${d.loc.file}:${d.loc.line}:${d.loc.col ?? 1}: ${label}: ${d.message}`;
}

/** `오류 2개, 경고 1개` (and `, 시뮬레이터 한계 3개` when there are any). */
export function formatCounts(diagnostics: readonly BookDiagnostic[]): string {
  const { errors, warnings } = countBySeverity(diagnostics);
  const sim = countSimulatorLimits(diagnostics);
  return `오류 ${errors}개, 경고 ${warnings}개` + (sim > 0 ? `, 시뮬레이터 한계 ${sim}개 (책의 오류가 아닙니다)` : '');
}

export const SIMULATOR_SECTION = '— 시뮬레이터 한계: 시뮬레이터가 실행하지 못하거나 다르게 실행한 예제입니다. 책의 오류가 아닙니다 —';

export function formatText(diagnostics: readonly BookDiagnostic[]): string {
  const book = diagnostics.filter((d) => !isSimulatorLimit(d));
  const sim = diagnostics.filter(isSimulatorLimit);
  const lines = book.map(formatDiagnosticLine);
  if (sim.length > 0) lines.push(SIMULATOR_SECTION, ...sim.map(formatDiagnosticLine));
  return [...lines, formatCounts(diagnostics)].join('\n') + '\n';
}

interface JsonDiagnostic {
  file: string;
  line: number;
  col: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface JsonReport {
  /** The book's own problems. */
  diagnostics: JsonDiagnostic[];
  /** Listings the simulator cannot run (or runs differently): not errors of the book. */
  simulator: Array<Omit<JsonDiagnostic, 'severity'>>;
  errors: number;
  warnings: number;
  simulatorLimits: number;
}

function toJson(d: BookDiagnostic): JsonDiagnostic {
  return { file: d.loc.file, line: d.loc.line, col: d.loc.col ?? 1, severity: d.severity, message: d.message };
}

export function toJsonReport(diagnostics: readonly BookDiagnostic[]): JsonReport {
  return {
    diagnostics: diagnostics.filter((d) => !isSimulatorLimit(d)).map(toJson),
    simulator: diagnostics.filter(isSimulatorLimit).map((d) => {
      const { severity: _, ...rest } = toJson(d);
      return rest;
    }),
    ...countBySeverity(diagnostics),
    simulatorLimits: countSimulatorLimits(diagnostics),
  };
}

export function formatReport(diagnostics: readonly BookDiagnostic[], format: ReportFormat): string {
  return format === 'json' ? JSON.stringify(toJsonReport(diagnostics), null, 2) + '\n' : formatText(diagnostics);
}
