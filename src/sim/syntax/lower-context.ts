// Shared state and small helpers for the lowering visitors: the text lezer parsed, offset mapping back
// to the original program, span construction, child navigation and diagnostic reporting.
import type { SyntaxNode } from '@lezer/common';
import type { Diagnostic, Span } from './span.ts';
import type { LineIndex } from './positions.ts';
import { knownName } from './known-names.ts';

/** Lowering context. Macro arguments are re-parsed from a wrapped copy of their text (`text`);
 *  `delta` maps offsets in `text` back to offsets in the original program. */
export interface Ctx {
  text: string;
  delta: number;
  lines: LineIndex;
  diags: Diagnostic[];
  /** Keep `#[cfg(test)]` items (a `cargo test` build). */
  cfgTest?: boolean;
}

/** Thrown to abandon lowering of a node; caught at statement/item boundaries. Carries a diagnostic. */
export class LowerError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

export function spanOf(ctx: Ctx, node: { from: number; to: number }): Span {
  return ctx.lines.span(node.from + ctx.delta, node.to + ctx.delta);
}

export function spanFromTo(ctx: Ctx, from: number, to: number): Span {
  return ctx.lines.span(from + ctx.delta, to + ctx.delta);
}

export function textOf(ctx: Ctx, node: { from: number; to: number }): string {
  return knownName(ctx.text.slice(node.from, node.to));
}

const COMMENTS = new Set(['LineComment', 'BlockComment']);

/** All children except comments, including punctuation tokens and error nodes. */
export function kids(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (!COMMENTS.has(c.name)) out.push(c);
  return out;
}

const PUNCT = new Set(['(', ')', '[', ']', '{', '}', ',', ';', ':', '::', '=>', '->', '=', '|', '&', '!', '..', '<', '>', '#']);

/** Children that carry meaning: not punctuation, comments or error markers. */
export function parts(node: SyntaxNode): SyntaxNode[] {
  return kids(node).filter((c) => !PUNCT.has(c.name) && !c.type.isError);
}

export function child(node: SyntaxNode, name: string): SyntaxNode | null {
  // Comments never match a grammar name, so no filtering is needed here.
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.name === name) return c;
  return null;
}

export function has(node: SyntaxNode, name: string): boolean {
  return child(node, name) !== null;
}

export function report(ctx: Ctx, code: 'parse' | 'unsupported' | 'internal', message: string, span: Span): void {
  ctx.diags.push({ severity: 'error', code, message, span });
}

/** Abandon the current construct: valid Rust the simulator does not support. */
export function unsupported(ctx: Ctx, node: { from: number; to: number }, feature: string): never {
  throw new LowerError({
    severity: 'error',
    code: 'unsupported',
    message: `지원하지 않는 기능: ${feature}`,
    span: spanOf(ctx, node),
  });
}

/** Abandon the current construct: the source is not valid Rust here. */
export function syntaxError(ctx: Ctx, node: { from: number; to: number }, detail: string): never {
  throw new LowerError({ severity: 'error', code: 'parse', message: `구문 오류: ${detail}`, span: spanOf(ctx, node) });
}

/** Runs `fn`, turning a LowerError into a recorded diagnostic and returning null. */
export function guarded<T>(ctx: Ctx, fn: () => T): T | null {
  try {
    return fn();
  } catch (e) {
    if (e instanceof LowerError) {
      ctx.diags.push(e.diagnostic);
      return null;
    }
    throw e;
  }
}
