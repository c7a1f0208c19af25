// Offsets → 1-based line/column positions in the original program source, computed from a line-start table.
// Columns count Unicode code points (as rustc does in panic locations), not UTF-16 units.
import type { Pos, Span } from '../trace/schema.ts';

export interface LineIndex {
  pos(offset: number): Pos;
  span(from: number, to: number): Span;
}

export function lineIndex(source: string): LineIndex {
  const starts: number[] = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
  const asciiLine: boolean[] = starts.map((s, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] : source.length;
    for (let k = s; k < end; k++) if (source.charCodeAt(k) > 0x7f) return false;
    return true;
  });

  function lineOf(offset: number): number {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  function pos(offset: number): Pos {
    const o = Math.max(0, Math.min(offset, source.length));
    const line = lineOf(o);
    const start = starts[line];
    if (asciiLine[line]) return { line: line + 1, col: o - start + 1 };
    let col = 1;
    for (let k = start; k < o; k++) {
      const c = source.charCodeAt(k);
      // A high surrogate followed by its low surrogate is one code point.
      if (c >= 0xd800 && c <= 0xdbff && k + 1 < o) {
        const d = source.charCodeAt(k + 1);
        if (d >= 0xdc00 && d <= 0xdfff) k++;
      }
      col++;
    }
    return { line: line + 1, col };
  }

  return { pos, span: (from, to) => ({ start: pos(from), end: pos(Math.max(from, to)) }) };
}
