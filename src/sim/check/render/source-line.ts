// Draws one annotated source line and its underline/label rows, as rustc's `render_source_line`:
// labels placed right to left, hung on `|` rows when they would overlap, multi-line span corners.
import { TextBuffer } from './buffer.ts';
import { annLen, hasLabel, overlaps, takesSpace, type Annotation, type Line } from './annotations.ts';
import { byteLen, normalize, strWidth, width, type SourceFile } from './source.ts';

export const COLUMN_WIDTH = 140;

/** rustc's `Margin`: how much of long or deeply indented lines to show. */
export class Margin {
  whitespaceLeft: number;
  spanLeft: number;
  spanRight: number;
  computedLeft = 0;
  computedRight = 0;
  columnWidth: number;
  labelRight: number;

  constructor(whitespaceLeft: number, spanLeft: number, spanRight: number, labelRight: number, columnWidth: number, maxLineLen: number) {
    this.whitespaceLeft = Math.max(0, whitespaceLeft - 6);
    this.spanLeft = Math.max(0, spanLeft - 6);
    this.spanRight = spanRight + 6;
    this.columnWidth = columnWidth;
    this.labelRight = labelRight + 6;
    this.compute(maxLineLen);
  }

  wasCutLeft(): boolean {
    return this.computedLeft > 0;
  }

  private compute(maxLineLen: number): void {
    this.computedLeft = this.whitespaceLeft > 20 ? this.whitespaceLeft - 16 : 0;
    this.computedRight = Math.max(maxLineLen, this.computedLeft);
    if (this.computedRight - this.computedLeft > this.columnWidth) {
      if (this.labelRight - this.whitespaceLeft <= this.columnWidth) {
        this.computedLeft = this.whitespaceLeft;
        this.computedRight = this.computedLeft + this.columnWidth;
      } else if (this.labelRight - this.spanLeft <= this.columnWidth) {
        const paddingLeft = Math.floor((this.columnWidth - (this.labelRight - this.spanLeft)) / 2);
        this.computedLeft = Math.max(0, this.spanLeft - paddingLeft);
        this.computedRight = this.computedLeft + this.columnWidth;
      } else if (this.spanRight - this.spanLeft <= this.columnWidth) {
        const paddingLeft = Math.floor((this.columnWidth - (this.spanRight - this.spanLeft)) / 5) * 2;
        this.computedLeft = Math.max(0, this.spanLeft - paddingLeft);
        this.computedRight = this.computedLeft + this.columnWidth;
      } else {
        this.computedLeft = this.spanLeft;
        this.computedRight = this.spanRight;
      }
    }
  }

  left(lineLen: number): number {
    return Math.min(this.computedLeft, lineLen);
  }

  right(lineLen: number): number {
    return Math.max(0, lineLen - this.computedLeft) <= this.columnWidth ? lineLen : Math.min(lineLen, this.computedRight);
  }
}

export function drawLineNum(buf: TextBuffer, lineNum: number, row: number, maxLineNumLen: number): void {
  const s = String(lineNum);
  buf.puts(row, Math.max(0, maxLineNumLen - s.length), s);
}

/** rustc's `draw_line`: the line number, `|` and the (possibly trimmed) code. Returns the left cut. */
export function drawLine(buf: TextBuffer, chars: readonly string[], lineIndex: number, row: number, widthOffset: number, codeOffset: number, margin: Margin): number {
  const lineLen = byteLen(chars);
  const left = margin.left(lineLen);
  const right = margin.right(lineLen);
  const code = normalize(chars.filter((_, i) => i >= left && i < right).join(''));
  const wasCutRight = chars.length > right;
  buf.puts(row, codeOffset, code);
  if (margin.wasCutLeft()) buf.puts(row, codeOffset, '...');
  if (wasCutRight) buf.puts(row, codeOffset + strWidth(code) - 3, '...');
  drawLineNum(buf, lineIndex, row, widthOffset - 3);
  buf.putc(row, widthOffset - 2, '|');
  return left;
}

function widthOf(chars: readonly string[], from: number, to: number): number {
  let w = 0;
  for (let i = from; i < to && i < chars.length; i++) w += width(chars[i]);
  return w;
}

/** Returns the multi-line depths this line starts or ends (to draw their `|` on following lines). */
export function renderSourceLine(
  buf: TextBuffer, file: SourceFile | undefined, line: Line, widthOffset: number, codeOffset: number, margin: Margin,
): Array<{ depth: number; primary: boolean }> {
  if (line.line === 0) return [];
  const chars = file?.lines[line.line - 1];
  if (!chars) return [];
  const lineOffset = buf.numLines();
  const left = drawLine(buf, chars, line.line, lineOffset, widthOffset, codeOffset, margin);

  // A line holding only multi-line starts preceded by whitespace: draw `/` and nothing below.
  const ops: Array<[number, number, string]> = [];
  const shortDepths: Array<{ depth: number; primary: boolean }> = [];
  let shortStart = true;
  for (const ann of line.annotations) {
    if (ann.type.k === 'start') {
      if (chars.slice(0, ann.start.file).every((c) => /\s/u.test(c))) {
        shortDepths.push({ depth: ann.type.depth, primary: ann.primary });
        ops.push([lineOffset, widthOffset + ann.type.depth - 1, '/']);
      } else {
        shortStart = false;
        break;
      }
    } else if (ann.type.k !== 'line') {
      shortStart = false;
      break;
    }
  }
  if (shortStart) {
    for (const [y, x, c] of ops) buf.putc(y, x, c);
    return shortDepths;
  }

  const annotations = [...line.annotations];
  annotations.sort((a, b) => b.start.display - a.start.display || b.start.file - a.start.file);

  const overlap = annotations.map(() => false);
  const positions: Array<[number, Annotation]> = [];
  let lineLen = 0;
  let p = 0;
  for (let i = 0; i < annotations.length; i++) {
    const annotation = annotations[i];
    for (let j = 0; j < annotations.length; j++) {
      const next = annotations[j];
      if (overlaps(next, annotation, 0) && j > i) {
        overlap[i] = true;
        overlap[j] = true;
      }
      if (overlaps(next, annotation, 0) && hasLabel(annotation) && j > i && p === 0) {
        if (next.start.display === annotation.start.display && next.start.file === annotation.start.file &&
          next.end.display === annotation.end.display && next.end.file === annotation.end.file && !hasLabel(next)) {
          continue;
        }
        p += 1;
        break;
      }
    }
    positions.push([p, annotation]);
    for (let j = i + 1; j < annotations.length; j++) {
      const next = annotations[j];
      const l = next.label !== undefined ? byteLen(Array.from(next.label)) + 2 : 0;
      if ((overlaps(next, annotation, l) && hasLabel(annotation) && hasLabel(next)) ||
        (takesSpace(annotation) && hasLabel(next)) ||
        (hasLabel(annotation) && takesSpace(next)) ||
        (takesSpace(annotation) && takesSpace(next)) ||
        (overlaps(next, annotation, l) && next.end.display <= annotation.end.display && hasLabel(next) && p === 0)) {
        p += 1;
        break;
      }
    }
    lineLen = Math.max(lineLen, p);
  }
  if (lineLen !== 0) lineLen += 1;

  if (line.annotations.every((a) => a.type.k === 'line')) return [];

  if (positions.length > 0 && positions.every(([, a]) => a.type.k === 'start')) {
    const maxPos = Math.max(...positions.map(([q]) => q));
    for (const entry of positions) entry[0] = maxPos - entry[0];
    lineLen = Math.max(0, lineLen - 1);
  }

  for (let pos = 0; pos <= lineLen; pos++) buf.putc(lineOffset + pos + 1, widthOffset - 2, '|');

  const under = (primary: boolean): string => (primary ? '^' : '-');
  const pre = (col: number): number => widthOf(chars, left, col);

  for (const [pos0, ann] of positions) {
    const pos = pos0 + 1;
    if (ann.type.k === 'start' || ann.type.k === 'end') {
      const from = widthOffset + ann.type.depth;
      const to = codeOffset + pre(ann.start.file);
      for (let c = from; c < to; c++) buf.putc(lineOffset + pos, c, '_');
    }
  }

  for (const [pos0, ann] of positions) {
    const pos = pos0 + 1;
    const off = codeOffset + pre(ann.start.file);
    if (pos > 1 && (hasLabel(ann) || takesSpace(ann))) {
      for (let q = lineOffset + 1; q <= lineOffset + pos; q++) buf.putc(q, off, '|');
      if (ann.type.k === 'start') buf.putc(lineOffset + pos, off, '|');
      if (ann.type.k === 'end' && hasLabel(ann)) buf.putc(lineOffset + pos, off, '|');
    }
    if (ann.type.k === 'start') {
      buf.putc(lineOffset + pos, widthOffset + ann.type.depth - 1, ' ');
      for (let q = lineOffset + pos + 1; q < lineOffset + lineLen + 2; q++) buf.putc(q, widthOffset + ann.type.depth - 1, '|');
    } else if (ann.type.k === 'end') {
      for (let q = lineOffset; q < lineOffset + pos; q++) buf.putc(q, widthOffset + ann.type.depth - 1, '|');
      buf.putc(lineOffset + pos, widthOffset + ann.type.depth - 1, '|');
    }
  }

  for (const [pos, ann] of positions) {
    let row: number;
    let col: number;
    if (pos === 0) {
      const w = pre(ann.end.file);
      if (ann.end.file === 0) {
        row = pos + 1;
        col = w + 2;
      } else {
        row = pos + 1;
        col = w + (ann.end.file - ann.start.file === 0 ? 2 : 1);
      }
    } else {
      row = pos + 2;
      col = pre(ann.start.file);
    }
    if (ann.label !== undefined) buf.puts(lineOffset + row, codeOffset + col, ann.label);
  }

  const byLen = positions.map((e, i) => ({ e, i }));
  byLen.sort((a, b) => annLen(b.e[1]) - annLen(a.e[1]) || Number(a.e[1].primary) - Number(b.e[1].primary) || a.i - b.i);
  for (const { e: [pos, ann] } of byLen) {
    const u = under(ann.primary);
    const off = codeOffset + pre(ann.start.file);
    let annWidth = widthOf(chars, ann.start.file, ann.end.file);
    if (annWidth === 0 && ann.type.k === 'single') annWidth = 1;
    for (let q = 0; q < annWidth; q++) buf.putc(lineOffset + 1, off + q, u);
    if (pos === 0 && (ann.type.k === 'start' || ann.type.k === 'end')) {
      buf.putc(lineOffset + 1, off, u);
    } else if (pos !== 0 && (ann.type.k === 'start' || ann.type.k === 'end')) {
      buf.putc(lineOffset + 1, off, u);
    } else if (pos !== 0 && hasLabel(ann)) {
      buf.putc(lineOffset + 1, off, u);
    }
  }

  // Very long single spans are shown with their middle cut (`^^^...^^^`).
  positions.forEach(([, ann], i) => {
    if (overlap[i] || ann.type.k !== 'single') return;
    const w = ann.end.display - ann.start.display;
    if (w > margin.columnWidth * 2 && w > 10) {
      const pad = Math.max(Math.floor(margin.columnWidth / 3), 5);
      buf.replace(lineOffset, ann.start.file + pad, ann.end.file - pad, '...');
      buf.replace(lineOffset + 1, ann.start.file + pad, ann.end.file - pad, '...');
    }
  });

  const depths: Array<{ depth: number; primary: boolean }> = [];
  for (const [, ann] of positions) if (ann.type.k === 'start' || ann.type.k === 'end') depths.push({ depth: ann.type.depth, primary: ann.primary });
  return depths;
}
