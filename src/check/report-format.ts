// How `heapbook check` prints its findings: `path:line:col: error: 메시지` lines and a Korean count line,
// or one JSON object. Pure string functions; the command writes them out.
import type { BookDiagnostic } from '../book/model.ts';
import { countBySeverity } from './diagnostic.ts';

export type ReportFormat = 'text' | 'json';

/** `src/ch01.md:12:1: error: 파일이 없습니다 (…)` — `error`/`warning` stay English so they are greppable. */
export function formatDiagnosticLine(d: BookDiagnostic): string {
  return `${d.loc.file}:${d.loc.line}:${d.loc.col ?? 1}: ${d.severity}: ${d.message}`;
}

/** `오류 2개, 경고 1개`. */
export function formatCounts(diagnostics: readonly BookDiagnostic[]): string {
  const { errors, warnings } = countBySeverity(diagnostics);
  return `오류 ${errors}개, 경고 ${warnings}개`;
}

export function formatText(diagnostics: readonly BookDiagnostic[]): string {
  return [...diagnostics.map(formatDiagnosticLine), formatCounts(diagnostics)].join('\n') + '\n';
}

export interface JsonReport {
  diagnostics: Array<{ file: string; line: number; col: number; severity: 'error' | 'warning'; message: string }>;
  errors: number;
  warnings: number;
}

export function toJsonReport(diagnostics: readonly BookDiagnostic[]): JsonReport {
  return {
    diagnostics: diagnostics.map((d) => ({
      file: d.loc.file,
      line: d.loc.line,
      col: d.loc.col ?? 1,
      severity: d.severity,
      message: d.message,
    })),
    ...countBySeverity(diagnostics),
  };
}

export function formatReport(diagnostics: readonly BookDiagnostic[], format: ReportFormat): string {
  return format === 'json' ? JSON.stringify(toJsonReport(diagnostics), null, 2) + '\n' : formatText(diagnostics);
}
