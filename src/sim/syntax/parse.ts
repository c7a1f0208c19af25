// Public entry of the Rust front end: source text → typed AST (./ast.ts) or diagnostics with spans.
// Parses with @lezer/rust, lowers the tree in one pass (./lower.ts); never throws on any input.
import type { Diagnostic } from '../trace/schema.ts';
import type { Program } from './ast.ts';

export type ParseResult = { ok: true; program: Program } | { ok: false; diagnostics: Diagnostic[] };

export function parseProgram(source: string): ParseResult {
  // Placeholder until lowering lands: the signature is final.
  return {
    ok: false,
    diagnostics: [
      {
        severity: 'error',
        code: 'internal',
        message: `아직 구현되지 않음: 구문 분석기 (${source.length}자)`,
        span: { start: { line: 1, col: 1 }, end: { line: 1, col: 1 } },
      },
    ],
  };
}
