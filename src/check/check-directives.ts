// Expands a chapter's `{{#…}}` directives collecting every broken one instead of stopping at the first:
// each directive is tried on its own (at its real line and column), failing ones are dropped, the rest expand.
import type { BookDiagnostic } from '../book/model.ts';
import { expandDirectives, type DirectiveContext, type ExpandResult } from '../book/directives/expand.ts';
import { findDirectives, type Found } from '../book/directives/find-directives.ts';
import { resolveIncludePath } from '../book/directives/resolve-path.ts';
import { error, fromThrown } from './diagnostic.ts';

export interface CheckedExpansion {
  /** The chapter expanded without its broken directives; null if even that failed. */
  expanded: ExpandResult | null;
  /** Errors of broken directives and the expander's warnings (unknown directives…). */
  diagnostics: BookDiagnostic[];
  /** Every file (relative to the book root) the chapter includes, directly or not, broken directives too. */
  included: string[];
}

function lineColAt(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart + 1 };
}

/** Directives that read files or can be malformed; escapes, titles and unknown helpers cannot fail. */
function canFail(found: Found): boolean {
  if (found.kind === 'unknown') return false;
  if (found.kind === 'malformed') return true;
  return found.directive.kind !== 'escaped' && found.directive.kind !== 'title';
}

/** The directive alone, at the same line and column as in the chapter, so errors point at the real place. */
function probeText(markdown: string, found: Found): string {
  const { line, col } = lineColAt(markdown, found.start);
  return '\n'.repeat(line - 1) + ' '.repeat(col - 1) + found.text;
}

/** Replaces each span by nothing but its newlines, so later lines keep their numbers. */
function withoutSpans(text: string, spans: readonly Found[]): string {
  let out = '';
  let prev = 0;
  for (const s of spans) {
    out += text.slice(prev, s.start) + '\n'.repeat(s.text.split('\n').length - 1);
    prev = s.end;
  }
  return out + text.slice(prev);
}

function asDiagnostic(err: unknown, ctx: DirectiveContext): BookDiagnostic {
  return fromThrown(err) ?? error({ file: ctx.file, line: 1, col: 1 }, `지시문을 펼치다 내부 오류가 났습니다: ${String(err)}`);
}

/** The file a directive names, relative to the book root, when it names one inside the book. */
function targetOf(found: Found, ctx: DirectiveContext): string | null {
  if (found.kind !== 'directive' || !('path' in found.directive)) return null;
  const resolved = resolveIncludePath(ctx.bookRoot, ctx.file, found.directive.path);
  return resolved.ok ? resolved.path : null;
}

/** Files (relative to the book root) named by the directives written in `text`, a file at `file`. */
export function directiveTargets(text: string, file: string, bookRoot: string): string[] {
  const targets: string[] = [];
  for (const found of findDirectives(text)) {
    if (found.kind !== 'directive' || !('path' in found.directive)) continue;
    const resolved = resolveIncludePath(bookRoot, file, found.directive.path);
    if (resolved.ok) targets.push(resolved.path);
  }
  return targets;
}

export function expandCollectingErrors(markdown: string, ctx: DirectiveContext): CheckedExpansion {
  const diagnostics: BookDiagnostic[] = [];
  const broken: Found[] = [];
  const included = new Set<string>();
  for (const found of findDirectives(markdown)) {
    if (!canFail(found)) continue;
    const target = targetOf(found, ctx);
    if (target !== null) included.add(target);
    try {
      expandDirectives(probeText(markdown, found), ctx);
    } catch (err) {
      diagnostics.push(asDiagnostic(err, ctx));
      broken.push(found);
    }
  }
  try {
    const expanded = expandDirectives(withoutSpans(markdown, broken), ctx);
    for (const inc of expanded.includes) included.add(inc.resolvedPath);
    return { expanded, diagnostics: [...diagnostics, ...expanded.warnings], included: [...included] };
  } catch (err) {
    return { expanded: null, diagnostics: [...diagnostics, asDiagnostic(err, ctx)], included: [...included] };
  }
}
