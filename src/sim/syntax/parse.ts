// Public entry of the Rust front end: source text → typed AST (./ast.ts) or diagnostics with spans.
// Parses with @lezer/rust, lowers the tree in one pass (./lower.ts); never throws on any input.
import { parseRust } from './lezer.ts';
import type { Diagnostic } from './span.ts';
import type { Program } from './ast.ts';
import { lowerProgram, parseDiagnostics } from './lower.ts';
import { lineIndex } from './positions.ts';

export type ParseResult = { ok: true; program: Program } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Parses a whole program. `ok: false` carries Korean diagnostics: 'parse' (syntax error, first per line,
 * at most 5), 'unsupported' (valid Rust the simulator does not run: unknown macros, `unsafe`, `async`,
 * `macro_rules!`, file modules, qualified paths, raw pointers, …) and 'internal' (a bug, never expected).
 * Also: `#[cfg(test)]` items are dropped; Unicode identifiers work; spans use rustc display columns.
 */
export function parseProgram(source: string, opts: { cfgTest?: boolean } = {}): ParseResult {
  const lines = lineIndex(source);
  try {
    const tree = parseRust(source);
    const syntax = parseDiagnostics(tree, source, lines);
    if (syntax.length > 0) return { ok: false, diagnostics: syntax };
    const { program, diagnostics } = lowerProgram(tree, source, lines, opts.cfgTest === true);
    if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics: dedupe(diagnostics) };
    return { ok: true, program };
  } catch (e) {
    if (e instanceof RangeError) {
      return {
        ok: false,
        diagnostics: [{ severity: 'error', code: 'unsupported', message: '지원하지 않는 기능: 너무 깊게 중첩된 식', span: lines.span(0, 0) }],
      };
    }
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      diagnostics: [{ severity: 'error', code: 'internal', message: `내부 오류: 구문 분석기가 예상하지 못한 문제를 만났습니다 (${detail})`, span: lines.span(0, 0) }],
    };
  }
}

function dedupe(diags: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diags.filter((d) => {
    const key = `${d.code}:${d.span.start.line}:${d.span.start.col}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
