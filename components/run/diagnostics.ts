// Diagnostics of a run as the reader should see them: Korean message with `줄:열` in the listing's own lines.
// Pure: maps simulator positions back through the fn-main wrapping.
import type { Diagnostic, Outcome } from '../../src/sim/trace/schema.ts';

export interface ShownDiagnostic {
  line: number;
  col: number;
  message: string;
  severity: 'error' | 'warning';
}

/** Diagnostics with lines relative to the listing (wrapper offset removed, clamped to ≥ 1). */
export function shownDiagnostics(diags: readonly Diagnostic[], lineOffset: number): ShownDiagnostic[] {
  return diags.map((d) => ({
    line: Math.max(1, d.span.start.line - lineOffset),
    col: Math.max(1, d.span.start.col),
    message: d.message,
    severity: d.severity,
  }));
}

/** The panic site of an outcome, in listing lines, as a diagnostic to point at. */
export function panicDiagnostic(outcome: Outcome, lineOffset: number): ShownDiagnostic | null {
  if (outcome.kind !== 'panic') return null;
  return { line: Math.max(1, outcome.at.line - lineOffset), col: outcome.at.col, message: `패닉: ${outcome.message}`, severity: 'error' };
}

/** `12:5` */
export function lineColText(d: { line: number; col: number }): string {
  return `${d.line}:${d.col}`;
}
