// Expands mdBook's `{{#include}}`, `{{#rustdoc_include}}`, `{{#playground}}`, `{{#title}}` helpers in a
// chapter, with mdBook's semantics, but every problem mdBook would leave as broken text is a BookError.
//
// Contract (mirrors mdBook's `links.rs` preprocessor):
// - Paths resolve against the directory of the file containing the directive and must stay inside
//   the book root. Included text is expanded again (relative to its own folder), up to 10 levels
//   deep as in mdBook; a file including itself (directly or not) is an error naming the cycle.
// - Line selections (`:N`, `:N:M`, `:N:`, `::M`, `:anchor`) follow mdBook: a range ending past the
//   end of the file is clamped and an unclosed anchor runs to the end of the file, each with a warning
//   at the directive. What would leave an empty block is an error: a range starting past the end, `:0`,
//   an inverted range, a missing anchor (see take-lines.ts).
// - Like mdBook, the included text loses its final newline, and every included line after the first
//   is prefixed with whatever precedes the directive on its output line (indentation, `> `, a list
//   marker, or `# ` to hide the lines), so includes inside lists and blockquotes stay inside them.
// - `\{{#…}}` becomes the literal `{{#…}}`. Directives inside code blocks are expanded too.
// - Unknown helpers (`{{#foo …}}`) stay as text and produce a warning.
// - Errors point at the directive: the chapter line, or for nested includes the innermost
//   including file and line.

import { BookError, type BookDiagnostic, type SourceLoc } from '../model.ts';
import type { FileReader } from '../read-source.ts';
import { findDirectives, type Directive, type FileDirective, type Found } from './find-directives.ts';
import { resolveIncludePath } from './resolve-path.ts';
import { rustLines } from './rust-lines.ts';
import {
  takeAnchoredLines,
  takeLines,
  takeRustdocIncludeAnchoredLines,
  takeRustdocIncludeLines,
  type TakenLines,
} from './take-lines.ts';
import type { Parsed } from './line-selection.ts';
import { lineIndexAt, lineStarts } from '../../text/line-starts.ts';

/** mdBook's MAX_LINK_NESTED_DEPTH. */
export const MAX_INCLUDE_DEPTH = 10;

export interface DirectiveContext {
  /** The chapter's path relative to the book root: 'src/ch15-06-reference-cycles.md'. */
  file: string;
  /** Absolute path of the book root (the folder holding book.toml). */
  bookRoot: string;
  readFile: FileReader;
}

export type IncludeKind = 'include' | 'rustdoc_include' | 'playground';

/** One file-including directive and where its text landed in the expanded chapter. */
export interface IncludeInfo {
  /** Where the directive is written (for nested includes: the including file, not the chapter). */
  loc: SourceLoc;
  /** The directive as written: '{{#include ../listings/x.rs:3:9}}'. */
  directive: string;
  kind: IncludeKind;
  /** The included file, relative to the book root: 'listings/ch15/listing-15-26/src/main.rs'. */
  resolvedPath: string;
  /** 1-based, inclusive lines of the expanded text holding the included text; end = start - 1 when empty. */
  outputLineStart: number;
  outputLineEnd: number;
}

export interface ExpandResult {
  text: string;
  /** Set by `{{#title …}}` (the last one wins, as in mdBook). */
  title?: string;
  /** In document order; an include's nested includes follow it. */
  includes: IncludeInfo[];
  /** For each `\n`-separated line of `text` (index 0 = line 1): the chapter line it comes from. */
  lineMap: number[];
  warnings: BookDiagnostic[];
}

/** Text being expanded, with the line of `file` each of its `\n`-separated lines came from. */
interface Source {
  file: string;
  text: string;
  origins: number[];
}

interface Expanded {
  text: string;
  /** Per output line: the line of the source file it starts on. */
  lineOrigins: number[];
  includes: IncludeInfo[];
}

interface State {
  ctx: DirectiveContext;
  title?: string;
  warnings: BookDiagnostic[];
}

export function expandDirectives(markdown: string, ctx: DirectiveContext): ExpandResult {
  const state: State = { ctx, warnings: [] };
  const lineCount = markdown.split('\n').length;
  const source: Source = {
    file: ctx.file,
    text: markdown,
    origins: Array.from({ length: lineCount }, (_, i) => i + 1),
  };
  const out = expand(source, 0, [ctx.file], state);
  return {
    text: out.text,
    ...(state.title !== undefined ? { title: state.title } : {}),
    includes: out.includes,
    lineMap: out.lineOrigins,
    warnings: state.warnings,
  };
}

function expand(src: Source, depth: number, chain: string[], state: State): Expanded {
  const starts = lineStarts(src.text);
  const originAt = (offset: number) => src.origins[lineIndexAt(starts, offset)] ?? 1;
  const locAt = (offset: number): SourceLoc => {
    const idx = lineIndexAt(starts, offset);
    return { file: src.file, line: src.origins[idx] ?? idx + 1, col: offset - starts[idx] + 1 };
  };

  let out = '';
  const lineOrigins = [originAt(0)];
  const includes: IncludeInfo[] = [];
  const copy = (from: number, to: number) => {
    for (let i = src.text.indexOf('\n', from); i >= 0 && i < to; i = src.text.indexOf('\n', i + 1)) {
      lineOrigins.push(originAt(i + 1));
    }
    out += src.text.slice(from, to);
  };

  let prev = 0;
  for (const found of findDirectives(src.text)) {
    copy(prev, found.start);
    prev = found.end;
    const loc = locAt(found.start);
    if (found.kind === 'unknown') {
      state.warnings.push({
        severity: 'warning',
        loc,
        message: `${found.text}: 알 수 없는 지시문 '#${found.name}'입니다. 글자 그대로 둡니다`,
      });
      copy(found.start, found.end);
      continue;
    }
    if (found.kind === 'malformed') throw new BookError(loc, `${found.text}: ${found.message}`);
    if (found.warning) state.warnings.push({ severity: 'warning', loc, message: `${found.text}: ${found.warning}` });

    const inner = render(found, found.directive, loc, src, depth, chain, state);
    const lines = rustLines(inner.text);
    const prefix = out.slice(out.lastIndexOf('\n') + 1);
    const firstLine = lineOrigins.length - 1; // 0-based output line the inserted text starts on
    out += lines.join('\n' + prefix);
    for (let i = 1; i < lines.length; i++) lineOrigins.push(loc.line);
    if (inner.include) {
      includes.push({
        ...inner.include,
        outputLineStart: firstLine + 1,
        outputLineEnd: firstLine + lines.length,
      });
    }
    for (const nested of inner.includes) {
      includes.push({
        ...nested,
        outputLineStart: nested.outputLineStart + firstLine,
        outputLineEnd: nested.outputLineEnd + firstLine,
      });
    }
  }
  copy(prev, src.text.length);
  return { text: out, lineOrigins, includes };
}

interface Rendered {
  text: string;
  include?: Omit<IncludeInfo, 'outputLineStart' | 'outputLineEnd'>;
  includes: IncludeInfo[];
}

function render(
  found: Found,
  directive: Directive,
  loc: SourceLoc,
  src: Source,
  depth: number,
  chain: string[],
  state: State,
): Rendered {
  if (directive.kind === 'escaped') return { text: directive.literal, includes: [] };
  if (directive.kind === 'title') {
    state.title = directive.title;
    return { text: '', includes: [] };
  }
  const fail = (message: string): never => {
    throw new BookError(loc, `${found.text}: ${message}`);
  };
  if (depth >= MAX_INCLUDE_DEPTH) {
    fail(`포함이 ${MAX_INCLUDE_DEPTH}단계보다 깊게 중첩되었습니다 (${chain.join(' → ')})`);
  }
  const { ctx } = state;
  const resolved = resolveIncludePath(ctx.bookRoot, src.file, directive.path);
  if (!resolved.ok) return fail(resolved.message);
  if (chain.includes(resolved.path)) {
    fail(`순환 포함입니다: ${[...chain.slice(chain.indexOf(resolved.path)), resolved.path].join(' → ')}`);
  }
  let contents: string | null;
  try {
    contents = ctx.readFile(resolved.absPath);
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
  if (contents === null) return fail(`파일이 없습니다 (${resolved.path})`);

  const taken = takeFor(directive, contents);
  if (!taken.ok) return fail(`${taken.message} (${resolved.path})`);
  if (taken.value.warning) {
    state.warnings.push({ severity: 'warning', loc, message: `${found.text}: ${taken.value.warning} (${resolved.path})` });
  }
  const nested = expand(
    { file: resolved.path, text: taken.value.lines.join('\n'), origins: taken.value.origins },
    depth + 1,
    [...chain, resolved.path],
    state,
  );
  return {
    text: nested.text,
    include: { loc, directive: found.text, kind: directive.kind, resolvedPath: resolved.path },
    includes: nested.includes,
  };
}

function takeFor(directive: FileDirective, contents: string): Parsed<TakenLines> {
  switch (directive.kind) {
    case 'include':
      return directive.selection.kind === 'anchor'
        ? takeAnchoredLines(contents, directive.selection.name)
        : takeLines(contents, directive.selection);
    case 'rustdoc_include':
      return directive.selection.kind === 'anchor'
        ? takeRustdocIncludeAnchoredLines(contents, directive.selection.name)
        : takeRustdocIncludeLines(contents, directive.selection);
    case 'playground':
      return { ok: true, value: playgroundBlock(contents, directive.attrs) };
  }
}

/** mdBook: "```rust[,attrs]\n" + file (newline-terminated) + "```\n"; the fences map to the first/last file line. */
function playgroundBlock(contents: string, attrs: string[]): TakenLines {
  const body = contents.endsWith('\n') ? contents : contents + '\n';
  const fence = attrs.length > 0 ? `rust,${attrs.join(',')}` : 'rust';
  const text = '```' + fence + '\n' + body + '```\n';
  const fileLines = body.split('\n').length - 1;
  const lines = text.split('\n');
  const origins = lines.map((_, i) => Math.min(Math.max(i, 1), Math.max(fileLines, 1)));
  return { lines, origins };
}
