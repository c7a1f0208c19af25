// The compiler's diagnostics as the island shows them: listing-relative primary spans, rustc's message,
// and the Korean one-liner. Pure; the spans come from RunResult.compileDiagnostics.
import type { CompileDiagnostic } from '../../src/sim/check/diagnostic.ts';
import { explainKo } from './explain-ko.ts';

export interface ShownCompileError {
  severity: 'error' | 'warning';
  code?: string;
  /** rustc's first line, e.g. ``borrow of moved value: `s1` ``. */
  message: string;
  /** Label under the primary span, if any. */
  label?: string;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  ko?: string;
}

/** Errors first (in rustc's order), then warnings; only those in the listing's own file. */
export function shownCompileErrors(diags: readonly CompileDiagnostic[], file = 'src/main.rs'): ShownCompileError[] {
  const own = diags.filter((d) => (d.file ?? file) === file);
  const sorted = [...own.filter((d) => d.level === 'error'), ...own.filter((d) => d.level === 'warning')];
  return sorted.map((d) => ({
    severity: d.level,
    code: d.code,
    message: d.message,
    label: d.label,
    line: d.span.start.line,
    col: d.span.start.col,
    endLine: d.span.end.line,
    endCol: d.span.end.col,
    ko: d.level === 'error' ? explainKo(d.code) : undefined,
  }));
}
