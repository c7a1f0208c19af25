// Names captured inside a format string (`"{x}"`, `"{name:>5}"`), with the span of each name in the source,
// so the checkers can treat them as uses of the locals they name.
import type * as A from '../../syntax/ast.ts';
import type { Span } from '../../syntax/ast.ts';

export function inlineFormatNames(f: A.FormatArgs): Array<{ name: string; span: Span }> {
  const raw = f.templateRaw;
  const out: Array<{ name: string; span: Span }> = [];
  // Only single-line ASCII templates: columns then map 1:1 to raw offsets.
  if (f.templateSpan.start.line !== f.templateSpan.end.line || /[^\x20-\x7e]/.test(raw)) return out;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== '{') continue;
    if (raw[i + 1] === '{') { i++; continue; }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(raw.slice(i + 1));
    if (!m) continue;
    const after = raw[i + 1 + m[0].length];
    if (after !== '}' && after !== ':') continue;
    const col = f.templateSpan.start.col + i + 1;
    out.push({ name: m[0], span: { start: { line: f.templateSpan.start.line, col }, end: { line: f.templateSpan.start.line, col: col + m[0].length } } });
  }
  return out;
}
