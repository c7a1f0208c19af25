// One message with its code window, as rustc's `emit_messages_default_inner`: the header line, the
// ` --> file:line:col` / ` ::: …` locations, the numbered source lines with `...` elision and margins.
import { TextBuffer } from './buffer.ts';
import { collectAnnotations, type AnnotatedFile, type ResolvedLabel } from './annotations.ts';
import { COLUMN_WIDTH, Margin, drawLine, renderSourceLine } from './source-line.ts';
import { byteLen, normalize, type Loc, type SourceMap } from './source.ts';

/** A message's spans: its primary spans (first = location) and every label, primary or not. */
export interface MultiSpan {
  primary: Array<{ file: string; lo: Loc; hi: Loc }>;
  labels: ResolvedLabel[];
}

export const EMPTY_SPAN: MultiSpan = { primary: [], labels: [] };

function hasSpans(m: MultiSpan): boolean {
  return m.primary.length > 0 || m.labels.length > 0;
}

/** Multi-line message text, later lines indented under the first (rustc's `msgs_to_buffer`). */
function messageLines(buf: TextBuffer, text: string, padding: number, labelName: string): void {
  const pad = ' '.repeat(padding + labelName.length + 5);
  normalize(text).split('\n').forEach((l, i) => buf.append(i, i === 0 ? l : pad + l));
}

export function emitMessage(
  out: string[], files: SourceMap, msp: MultiSpan, message: string, code: string | undefined, level: string,
  maxLineNumLen: number, isSecondary: boolean,
): void {
  const buf = new TextBuffer();
  if (!hasSpans(msp) && isSecondary) {
    buf.puts(0, 0, ' '.repeat(maxLineNumLen));
    buf.puts(0, maxLineNumLen + 1, '= ');
    buf.append(0, level);
    buf.append(0, ': ');
    messageLines(buf, message, maxLineNumLen, 'note');
    out.push(buf.render());
    return;
  }
  let labelWidth = level.length;
  buf.append(0, level);
  if (code !== undefined) {
    buf.append(0, `[${code}]`);
    labelWidth += 2 + code.length;
  }
  buf.append(0, ': ');
  labelWidth += 2;
  normalize(message).split('\n').forEach((l, i) => buf.append(i, i === 0 ? l : ' '.repeat(labelWidth) + l));

  const annotated = collectAnnotations(msp.labels, files);
  const primary = msp.primary[0];
  if (!primary) {
    out.push(buf.render());
    return;
  }
  const pi = annotated.findIndex((f) => f.name === primary.file);
  if (pi > 0) [annotated[0], annotated[pi]] = [annotated[pi], annotated[0]];

  for (const af of annotated) {
    if (!af.file) {
      emitWithoutSource(buf, af, maxLineNumLen);
      continue;
    }
    const isPrimary = af.name === primary.file;
    if (isPrimary) {
      const row = buf.numLines();
      buf.puts(row, 0, `${' '.repeat(maxLineNumLen)}--> ${af.name}:${primary.lo.line}:${primary.lo.file + 1}`);
    } else {
      const row = buf.numLines();
      buf.putc(row, maxLineNumLen + 1, '|');
      const first = af.lines[0];
      const col = first && first.annotations[0] ? `:${first.annotations[0].start.file + 1}` : '';
      const loc = first ? `${af.name}:${first.line}${col}` : af.name;
      buf.puts(row + 1, 0, `${' '.repeat(maxLineNumLen)}::: ${loc}`);
    }
    emitWindow(buf, af, maxLineNumLen);
  }
  out.push(buf.render());
}

function emitWithoutSource(buf: TextBuffer, af: AnnotatedFile, maxLineNumLen: number): void {
  af.lines.forEach((line, id) => {
    const anns = [...line.annotations].sort((a, b) => b.start.display - a.start.display || b.start.file - a.start.file);
    let row = buf.numLines();
    const labels = anns.filter((a) => a.label !== undefined && a.label.length > 0);
    if (id === 0 || labels.length > 0) {
      // External files carry the column rustc prints as is (they have no source to count in).
      buf.puts(row, 0, `${' '.repeat(maxLineNumLen)}${id === 0 ? '--> ' : '::: '}${af.name}:${line.line}:${anns[0].start.file + 1}`);
      row++;
    }
    for (const l of labels) {
      buf.putc(row, maxLineNumLen + 1, '|');
      row++;
      buf.puts(row, maxLineNumLen + 1, '= ');
      buf.append(row, 'note: ');
      buf.append(row, l.label ?? '');
      row++;
    }
  });
}

function emitWindow(buf: TextBuffer, af: AnnotatedFile, maxLineNumLen: number): void {
  const file = af.file;
  if (!file) return;
  buf.putc(buf.numLines(), maxLineNumLen + 1, '|');
  const multilines = new Map<number, boolean>();

  let whitespaceMargin = Number.MAX_SAFE_INTEGER;
  for (const line of af.lines) {
    const chars = file.lines[line.line - 1];
    if (!chars) continue;
    let lead = 0;
    while (lead < chars.length && isRustWhitespace(chars[lead])) lead++;
    if (chars.some((c) => !isRustWhitespace(c))) whitespaceMargin = Math.min(whitespaceMargin, lead);
  }
  if (whitespaceMargin === Number.MAX_SAFE_INTEGER) whitespaceMargin = 0;

  let spanLeft = Number.MAX_SAFE_INTEGER;
  for (const line of af.lines) for (const a of line.annotations) spanLeft = Math.min(spanLeft, a.start.file, a.end.file);
  if (spanLeft === Number.MAX_SAFE_INTEGER) spanLeft = 0;
  let spanRight = 0;
  let labelRight = 0;
  let maxLineLen = 0;
  for (const line of af.lines) {
    maxLineLen = Math.max(maxLineLen, byteLen(file.lines[line.line - 1] ?? []));
    for (const a of line.annotations) {
      spanRight = Math.max(spanRight, a.start.file, a.end.file);
      const lr = a.label !== undefined ? byteLen(Array.from(a.label)) + 1 : 0;
      labelRight = Math.max(labelRight, a.end.file + lr);
    }
  }
  const widthOffset = 3 + maxLineNumLen;
  const codeOffset = af.multilineDepth === 0 ? widthOffset : widthOffset + af.multilineDepth + 1;
  const margin = new Margin(whitespaceMargin, spanLeft, spanRight, labelRight, COLUMN_WIDTH, maxLineLen);

  for (let i = 0; i < af.lines.length; i++) {
    const previous = buf.numLines();
    const depths = renderSourceLine(buf, file, af.lines[i], widthOffset, codeOffset, margin);
    const toAdd = new Map<number, boolean>();
    for (const d of depths) {
      if (!multilines.delete(d.depth)) toAdd.set(d.depth, d.primary);
    }
    for (const [depth] of multilines) {
      for (let row = previous; row < buf.numLines(); row++) buf.putc(row, widthOffset + depth - 1, '|');
    }
    if (i < af.lines.length - 1) {
      const delta = af.lines[i + 1].line - af.lines[i].line;
      const startDepths = af.lines[i].annotations.flatMap((a) => (a.type.k === 'start' ? [a.type.depth] : []));
      if (delta > 2) {
        const row = buf.numLines();
        buf.puts(row, 0, '...');
        for (const [depth] of multilines) buf.putc(row, widthOffset + depth - 1, '|');
        for (const depth of startDepths) buf.putc(row, widthOffset + depth - 1, '|');
      } else if (delta === 2) {
        const row = buf.numLines();
        const between = file.lines[af.lines[i + 1].line - 2] ?? [];
        drawLine(buf, Array.from(normalize(between.join(''))), af.lines[i + 1].line - 1, row, widthOffset, codeOffset, margin);
        for (const [depth] of multilines) buf.putc(row, widthOffset + depth - 1, '|');
        for (const depth of startDepths) buf.putc(row, widthOffset + depth - 1, '|');
      }
    }
    for (const [d, p] of toAdd) multilines.set(d, p);
  }
}

/** rustc_lexer's `is_whitespace` (Pattern_White_Space). */
function isRustWhitespace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\u000b' || c === '\u000c' || c === '\r' || c === '\u0085' ||
    c === '\u200e' || c === '\u200f' || c === '\u2028' || c === '\u2029';
}
