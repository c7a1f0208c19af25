// The placeholders of a format string (`{}`, `{:?}`, `{0}`, `{name:>5}`) with the argument each one formats
// and the trait it needs (Display or Debug), and the placeholder's span in the source.
import type * as A from '../../syntax/ast.ts';
import type { Span } from '../../syntax/ast.ts';

export interface Placeholder {
  /** Positional argument index, or the name (a named argument or a captured local). */
  arg: number | string;
  trait: 'Display' | 'Debug' | 'other';
  span: Span;
}

export function placeholders(f: A.FormatArgs): Placeholder[] {
  const raw = f.templateRaw;
  const out: Placeholder[] = [];
  if (f.templateSpan.start.line !== f.templateSpan.end.line || /[^\x20-\x7e]/.test(raw)) return out;
  let next = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '}' && raw[i + 1] === '}') { i++; continue; }
    if (raw[i] !== '{') continue;
    if (raw[i + 1] === '{') { i++; continue; }
    const close = raw.indexOf('}', i);
    if (close < 0) break;
    const body = raw.slice(i + 1, close);
    const colon = body.indexOf(':');
    const name = colon >= 0 ? body.slice(0, colon) : body;
    const spec = colon >= 0 ? body.slice(colon + 1) : '';
    const arg: number | string = name === '' ? next++ : /^\d+$/.test(name) ? Number(name) : name;
    const trait = spec === '' ? 'Display' : /\?$/.test(spec) ? 'Debug' : /[xXobeEp]$/.test(spec) ? 'other' : 'Display';
    const col = f.templateSpan.start.col + i;
    out.push({ arg, trait, span: { start: { line: f.templateSpan.start.line, col }, end: { line: f.templateSpan.start.line, col: col + close - i + 1 } } });
    i = close;
  }
  return out;
}
