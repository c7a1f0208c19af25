// The checker's diagnostics as data, modelled on rustc's `Diag`: level, code, message, a primary span
// with an optional label, secondary labelled spans, note/help children and suggested edits.
//
// How a pass creates one (render.ts turns it into rustc's exact text; never format text in a pass):
//
//   const d = error('E0382', 'borrow of moved value: `s1`', use.span, 'value borrowed here after move');
//   d.labels.push(label(decl.span, 'move occurs because `s1` has type `String`, which does not implement the `Copy` trait'));
//   d.labels.push(label(moveSpan, 'value moved here'));
//   d.children.push(note('this error originates in the macro ...'));          // `= note: …` (no span)
//   d.suggestions.push(suggest('consider cloning the value if the performance cost is acceptable',
//     [insert(moveSpan.end, '.clone()')], 'verbose'));                       // `help:` + `+++++++` block
//   ctx.report(d);
//
// Spans are the AST's: 1-based line and rustc display column (tab = 4, CJK = 2), end exclusive; so a
// label covers exactly the columns rustc underlines. Labels may sit in another file of the crate
// (`file`, default: the diagnostic's file). Texts are rustc's, in English, copied from real rustc
// output (see test/sim/check/goldens/): the renderer adds no wording of its own.
import type { Pos, Span } from '../syntax/span.ts';

export type { Pos, Span } from '../syntax/span.ts';

export type Level = 'error' | 'warning';

/** A span with an optional text: `^^^ text` when primary, `--- text` when secondary. */
export interface SpanLabel {
  span: Span;
  /** Label text; undefined = underline only. */
  text?: string;
  /** Drawn with `^` (a second primary span, as some rustc errors have). Default false: `-`. */
  primary?: boolean;
  /** File of the span when it differs from the diagnostic's (`src/lib.rs`, `src/front_of_house.rs`). */
  file?: string;
}

/** A `note:` / `help:` child. Without a span it renders as `= note: msg`; with one, as its own snippet. */
export interface SubDiagnostic {
  level: 'note' | 'help' | 'warning';
  message: string;
  span?: Span;
  /** Label on `span` (drawn with `^`). */
  label?: string;
  /** More labels in the child's snippet (drawn with `-`). */
  labels?: SpanLabel[];
  file?: string;
}

/** One text edit: replace `span` by `text` (an empty span is an insertion, empty text a deletion). */
export interface Edit {
  span: Span;
  text: string;
  file?: string;
}

/**
 * How rustc shows a suggestion (rustc's `SuggestionStyle`):
 * - 'auto' (ShowCode): inline as a label `help: msg: \`code\`` when rustc would (one edit, short message,
 *   one line), otherwise as a `help:` block with the edited source lines.
 * - 'verbose' (ShowAlways): always the `help:` block.
 * - 'hide-inline' (HideCodeInline): like 'auto', but an inline label shows only `help: msg`, no code.
 * - 'hidden' (HideCodeAlways): `= help: msg` only, no code.
 * - 'tool-only' (CompletelyHidden): not shown in the text at all (kept for the UI).
 */
export type SuggestionStyle = 'auto' | 'verbose' | 'hide-inline' | 'hidden' | 'tool-only';

export interface Suggestion {
  message: string;
  /** Alternatives, each a set of edits applied together (rustc shows at most four). */
  substitutions: Edit[][];
  style: SuggestionStyle;
}

export interface CompileDiagnostic {
  level: Level;
  /** `E0382`; undefined for errors/lints without a code (rustc's lint warnings carry none in the text). */
  code?: string;
  message: string;
  /** Primary span: the ` --> file:line:col` location and the `^^^` underline. */
  span: Span;
  /** Text after the primary `^^^`. */
  label?: string;
  /** Secondary (and extra primary) labelled spans. */
  labels: SpanLabel[];
  /** Rendered in order after the snippet. */
  children: SubDiagnostic[];
  /** Rendered after the children, as rustc does. */
  suggestions: Suggestion[];
  /** File of the primary span, relative to the crate root (default `src/main.rs`). */
  file?: string;
}

export function error(code: string | undefined, message: string, span: Span, label?: string): CompileDiagnostic {
  return { level: 'error', code, message, span, label, labels: [], children: [], suggestions: [] };
}

export function warning(code: string | undefined, message: string, span: Span, label?: string): CompileDiagnostic {
  return { level: 'warning', code, message, span, label, labels: [], children: [], suggestions: [] };
}

export function label(span: Span, text?: string, file?: string): SpanLabel {
  return file === undefined ? { span, text } : { span, text, file };
}

export function note(message: string, span?: Span, labelText?: string): SubDiagnostic {
  return { level: 'note', message, span, label: labelText };
}

export function help(message: string, span?: Span, labelText?: string): SubDiagnostic {
  return { level: 'help', message, span, label: labelText };
}

export function suggest(message: string, edits: Edit[], style: SuggestionStyle = 'auto'): Suggestion {
  return { message, substitutions: [edits], style };
}

export function replace(span: Span, text: string): Edit {
  return { span, text };
}

export function insert(at: Pos, text: string): Edit {
  return { span: { start: at, end: at }, text };
}

/**
 * E0599 "no method named …": when the whole call spans several lines rustc also marks the receiver and
 * dot (`pool.` under a multi-line `pool.execute(|| { … })`) with an unlabelled secondary span.
 */
export function markMultilineReceiver(d: CompileDiagnostic, call: { span: Span; methodSpan: Span }): CompileDiagnostic {
  if (call.span.start.line !== call.span.end.line) d.labels.push(label({ start: call.span.start, end: call.methodSpan.start }));
  return d;
}

/** Order diagnostics as rustc emits them within one pass: by primary span start. Stable for ties. */
export function byPosition(a: CompileDiagnostic, b: CompileDiagnostic): number {
  return a.span.start.line - b.span.start.line || a.span.start.col - b.span.start.col;
}

/** Where a pass puts what it finds; index.ts collects, orders and renders. */
export interface Reporter {
  report(d: CompileDiagnostic): void;
}

/** The same diagnostic with every span moved by `delta` lines (a snippet's `fn main` wrapper removed). */
export function shiftLines(d: CompileDiagnostic, delta: number): CompileDiagnostic {
  const sp = (s: Span): Span => ({ start: { line: Math.max(1, s.start.line + delta), col: s.start.col }, end: { line: Math.max(1, s.end.line + delta), col: s.end.col } });
  const lab = (l: SpanLabel): SpanLabel => ({ ...l, span: sp(l.span) });
  return {
    ...d,
    span: sp(d.span),
    labels: d.labels.map(lab),
    children: d.children.map((c) => ({ ...c, span: c.span && !c.file?.startsWith('/') ? sp(c.span) : c.span, labels: c.labels?.map(lab) })),
    suggestions: d.suggestions.map((s) => ({ ...s, substitutions: s.substitutions.map((sub) => sub.map((e) => ({ ...e, span: sp(e.span) }))) })),
  };
}

/** Where a line of an assembled multi-file source comes from; undefined for a line no file has (a wrapper). */
export type LineMap = (line: number) => { file: string; line: number } | undefined;

/**
 * The same diagnostic with every span of the assembled source (`file`) moved to the crate file and line
 * it came from. Undefined when a span sits on a line no file has (it could not be drawn as rustc does).
 */
export function relocate(d: CompileDiagnostic, file: string, map: LineMap): CompileDiagnostic | undefined {
  let lost = false;
  const at = (s: Span, f: string | undefined): { span: Span; file: string | undefined } => {
    if ((f ?? file) !== file) return { span: s, file: f };
    const a = map(s.start.line), b = map(s.end.line);
    if (!a || !b || a.file !== b.file) { lost = true; return { span: s, file: f }; }
    return { span: { start: { line: a.line, col: s.start.col }, end: { line: b.line, col: s.end.col } }, file: a.file };
  };
  const main = at(d.span, d.file);
  const lab = (l: SpanLabel): SpanLabel => { const r = at(l.span, l.file); return { ...l, span: r.span, file: r.file }; };
  const out: CompileDiagnostic = {
    ...d,
    file: main.file,
    span: main.span,
    labels: d.labels.map(lab),
    children: d.children.map((c) => {
      if (!c.span || c.file?.startsWith('/')) return { ...c, labels: c.labels?.map(lab) };
      const r = at(c.span, c.file);
      return { ...c, span: r.span, file: r.file, labels: c.labels?.map(lab) };
    }),
    suggestions: d.suggestions.map((s) => ({ ...s, substitutions: s.substitutions.map((sub) => sub.map((e) => { const r = at(e.span, e.file); return { ...e, span: r.span, file: r.file }; })) })),
  };
  return lost ? undefined : out;
}
