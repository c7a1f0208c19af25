// Offsets → 1-based line/column positions in the original program source, computed from a line-start table.
// Columns are rustc's display columns (as printed in panic locations): see ./char-width.ts.
import type { Pos, Span } from './span.ts';
import { charWidth } from './char-width.ts';
import { lineIndexAt, lineStarts } from '../../text/line-starts.ts';

export interface LineIndex {
  pos(offset: number): Pos;
  span(from: number, to: number): Span;
}

export function lineIndex(source: string): LineIndex {
  const starts = lineStarts(source);
  const asciiLine: boolean[] = starts.map((s, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] : source.length;
    for (let k = s; k < end; k++) {
      const c = source.charCodeAt(k);
      if (c > 0x7e || c === 9) return false;
    }
    return true;
  });

  const lineOf = (offset: number): number => lineIndexAt(starts, offset);

  function pos(offset: number): Pos {
    const o = Math.max(0, Math.min(offset, source.length));
    const line = lineOf(o);
    const start = starts[line];
    if (asciiLine[line]) return { line: line + 1, col: o - start + 1 };
    let col = 1;
    for (let k = start; k < o; k++) {
      const cp = source.codePointAt(k) ?? 0;
      if (cp > 0xffff) k++; // astral: two UTF-16 units
      if (cp !== 13) col += charWidth(cp); // a CR before LF is not a column
    }
    return { line: line + 1, col };
  }

  return { pos, span: (from, to) => ({ start: pos(from), end: pos(Math.max(from, to)) }) };
}
