// Source-text helpers for spans: rustc's definition spans (`fn f(a: T) -> R`, `struct Name<T>`,
// `mod name`), found by reading the text around the AST's spans (columns are display columns).
import type * as A from '../../syntax/ast.ts';
import type { Pos, Span } from '../diagnostic.ts';
import { charWidth } from '../../syntax/char-width.ts';

export class SourceText {
  readonly lines: string[][];

  constructor(source: string) {
    this.lines = source.replace(/\r\n/g, '\n').split('\n').map((l) => Array.from(l));
  }

  /** Char index on `pos.line` of display column `pos.col`. */
  index(pos: Pos): number {
    const chars = this.lines[pos.line - 1] ?? [];
    let d = 1;
    let i = 0;
    while (i < chars.length && d < pos.col) {
      d += charWidth(chars[i].codePointAt(0) ?? 0);
      i++;
    }
    return i;
  }

  col(line: number, index: number): number {
    const chars = this.lines[line - 1] ?? [];
    let d = 1;
    for (let i = 0; i < index && i < chars.length; i++) d += charWidth(chars[i].codePointAt(0) ?? 0);
    return d;
  }

  charAt(pos: Pos): string | undefined {
    return this.lines[pos.line - 1]?.[this.index(pos)];
  }

  /** The text a span covers. */
  text(span: Span): string {
    const a = this.index(span.start);
    const b = this.index(span.end);
    if (span.start.line === span.end.line) return (this.lines[span.start.line - 1] ?? []).slice(a, b).join('');
    const out = [(this.lines[span.start.line - 1] ?? []).slice(a).join('')];
    for (let l = span.start.line + 1; l < span.end.line; l++) out.push((this.lines[l - 1] ?? []).join(''));
    out.push((this.lines[span.end.line - 1] ?? []).slice(0, b).join(''));
    return out.join('\n');
  }

  /** The position just after the last non-space character before `pos`. */
  trimBack(pos: Pos): Pos {
    let line = pos.line;
    let i = this.index(pos);
    for (;;) {
      const chars = this.lines[line - 1] ?? [];
      while (i > 0 && /\s/u.test(chars[i - 1])) i--;
      if (i > 0 || line === 1) return { line, col: this.col(line, i) };
      line--;
      i = (this.lines[line - 1] ?? []).length;
    }
  }

  /** After `pos`, skip spaces; if a balanced `<…>` follows, the position after it; else `pos`. */
  afterGenerics(pos: Pos): Pos {
    const chars = this.lines[pos.line - 1] ?? [];
    let i = this.index(pos);
    while (i < chars.length && chars[i] === ' ') i++;
    if (chars[i] !== '<') return pos;
    let depth = 0;
    for (; i < chars.length; i++) {
      if (chars[i] === '<') depth++;
      else if (chars[i] === '>') {
        depth--;
        if (depth === 0) return { line: pos.line, col: this.col(pos.line, i + 1) };
      }
    }
    return pos;
  }

  /** Position of the first occurrence of `needle` at or after `from` on the same line, if any. */
  find(from: Pos, needle: string): Pos | undefined {
    const chars = this.lines[from.line - 1] ?? [];
    const line = chars.join('');
    const start = this.index(from);
    const prefix = chars.slice(0, start).join('');
    const at = line.indexOf(needle, prefix.length);
    if (at < 0) return undefined;
    return { line: from.line, col: this.col(from.line, Array.from(line.slice(0, at)).length) };
  }
}

/** rustc's `def_span` of an item, as its notes and "defined here" labels underline it. */
export function defSpan(text: SourceText, item: A.Item | A.FnItem | A.TraitFn): Span {
  switch (item.kind) {
    case 'Fn':
    case 'TraitFn': {
      const end = item.kind === 'Fn' ? item.body.span.start : item.span.end;
      let stop = text.trimBack(end);
      if (item.kind === 'TraitFn' && !item.body) stop = text.trimBack({ line: item.span.end.line, col: item.span.end.col - 1 });
      const sig = text.text({ start: item.span.start, end: stop });
      const w = sig.search(/\swhere\b/);
      if (w >= 0 && !sig.slice(0, w).includes('\n')) {
        return { start: item.span.start, end: { line: item.span.start.line, col: item.span.start.col + Array.from(sig.slice(0, w)).length } };
      }
      return { start: item.span.start, end: stop };
    }
    case 'Struct':
    case 'Enum':
    case 'Trait':
    case 'TypeAlias':
      return { start: item.span.start, end: text.afterGenerics(item.name.span.end) };
    case 'Mod':
      return { start: item.span.start, end: item.name.span.end };
    case 'Const':
    case 'Static':
    case 'Use':
    case 'Impl':
      return item.span;
  }
}
