// rustc 1.95's human-readable emitter for one CompileDiagnostic: header, code window with labels,
// children (`= note:` or their own windows), suggestions; byte-identical to `cargo build`'s stderr.
import type { CompileDiagnostic, Span, SpanLabel, SubDiagnostic, Suggestion } from './diagnostic.ts';
import { locate, type SourceMap } from './render/source.ts';
import type { ResolvedLabel } from './render/annotations.ts';
import { EMPTY_SPAN, emitMessage, type MultiSpan } from './render/window.ts';
import { emitSuggestion, type Part } from './render/suggestion.ts';

export { sourceMap, sourceFile, type SourceMap } from './render/source.ts';

export const DEFAULT_FILE = 'src/main.rs';

const sameSpan = (a: Span, b: Span): boolean =>
  a.start.line === b.start.line && a.start.col === b.start.col && a.end.line === b.end.line && a.end.col === b.end.col;

interface RawLabel {
  file: string;
  span: Span;
  text: string | undefined;
}

function multiSpan(files: SourceMap, primaries: Array<{ file: string; span: Span }>, labels: RawLabel[]): MultiSpan {
  const isPrimary = (l: RawLabel): boolean => primaries.some((p) => p.file === l.file && sameSpan(p.span, l.span));
  const all = labels.map((l) => ({ ...l, primary: isPrimary(l) }));
  for (const p of primaries) {
    if (!labels.some((l) => l.file === p.file && sameSpan(l.span, p.span))) all.push({ file: p.file, span: p.span, text: undefined, primary: true });
  }
  const resolve = (file: string, span: Span): { lo: ReturnType<typeof locate>; hi: ReturnType<typeof locate> } => {
    const f = files(file);
    return { lo: locate(f, span.start), hi: locate(f, span.end) };
  };
  return {
    primary: primaries.map((p) => ({ file: p.file, ...resolve(p.file, p.span) })),
    labels: all.map((l): ResolvedLabel => ({ file: l.file, ...resolve(l.file, l.span), primary: l.primary, label: l.text })),
  };
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => w.length > 0).length;
}

/** rustc's `primary_span_formatted`: a lone short one-edit suggestion becomes a label `help: …`. */
function inlineSuggestion(d: CompileDiagnostic): { label?: RawLabel; rest: Suggestion[] } {
  const [sugg, ...rest] = d.suggestions;
  if (!sugg || rest.length > 0 || sugg.substitutions.length !== 1 || sugg.substitutions[0].length !== 1) return { rest: d.suggestions };
  const part = sugg.substitutions[0][0];
  if (wordCount(sugg.message) >= 10 || part.text.includes('\n')) return { rest: d.suggestions };
  if (sugg.style !== 'auto' && sugg.style !== 'hide-inline') return { rest: d.suggestions };
  const snippet = part.text.trim();
  const text = snippet.length === 0 || sugg.style === 'hide-inline' ? `help: ${sugg.message}` : `help: ${sugg.message}: \`${snippet}\``;
  return { label: { file: part.file ?? d.file ?? DEFAULT_FILE, span: part.span, text }, rest: [] };
}

function childSpan(files: SourceMap, c: SubDiagnostic, file: string): MultiSpan {
  if (!c.span) return EMPTY_SPAN;
  const f = c.file ?? file;
  const labels: RawLabel[] = [];
  if (c.label !== undefined) labels.push({ file: f, span: c.span, text: c.label });
  for (const l of c.labels ?? []) labels.push({ file: l.file ?? f, span: l.span, text: l.text });
  return multiSpan(files, [{ file: f, span: c.span }], labels);
}

function maxLine(m: MultiSpan): number {
  let n = 0;
  for (const p of m.primary) if (p.hi.line > n && !(p.file.startsWith('/'))) n = p.hi.line;
  for (const l of m.labels) if (l.hi.line > n && !(l.file.startsWith('/'))) n = l.hi.line;
  return n;
}

export function renderDiagnostic(d: CompileDiagnostic, files: SourceMap): string {
  const file = d.file ?? DEFAULT_FILE;
  const { label: inline, rest: suggestions } = inlineSuggestion(d);
  const primaries = [{ file, span: d.span }, ...d.labels.filter((l) => l.primary).map((l: SpanLabel) => ({ file: l.file ?? file, span: l.span }))];
  const labels: RawLabel[] = [];
  if (d.label !== undefined) labels.push({ file, span: d.span, text: d.label });
  for (const l of d.labels) labels.push({ file: l.file ?? file, span: l.span, text: l.text });
  if (inline) labels.push(inline);
  const msp = multiSpan(files, primaries, labels);
  const childSpans = d.children.map((c) => childSpan(files, c, file));

  let max = maxLine(msp);
  for (const c of childSpans) max = Math.max(max, maxLine(c));
  for (const s of suggestions) {
    if (s.style === 'hidden' || s.style === 'tool-only') continue;
    // The suggestion's shown lines count too: an edit inserting lines shows numbers past its span.
    for (const sub of s.substitutions) for (const e of sub) max = Math.max(max, e.span.end.line + (e.text.match(/\n/g)?.length ?? 0));
  }
  const maxLineNumLen = String(max).length;

  const out: string[] = [];
  emitMessage(out, files, msp, d.message, d.code, d.level, maxLineNumLen, false);
  if (d.children.length > 0 || suggestions.some((s) => s.style !== 'tool-only')) out.push(' '.repeat(maxLineNumLen + 1) + '|\n');
  d.children.forEach((c, i) => emitMessage(out, files, childSpans[i], c.message, undefined, c.level, maxLineNumLen, true));
  for (const s of suggestions) {
    switch (s.style) {
      case 'tool-only':
        break;
      case 'hidden':
        emitMessage(out, files, EMPTY_SPAN, s.message, undefined, 'help', maxLineNumLen, true);
        break;
      case 'auto':
      case 'verbose':
      case 'hide-inline': {
        const sf = files(s.substitutions[0]?.[0]?.file ?? file);
        if (!sf) break;
        const subs = s.substitutions.map((sub) => sub.map((e): Part => ({ lo: locate(sf, e.span.start), hi: locate(sf, e.span.end), snippet: e.text })));
        out.push(emitSuggestion(sf, s.message, subs, maxLineNumLen));
        break;
      }
    }
  }
  out.push('\n');
  return out.join('');
}
