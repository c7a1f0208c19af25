// A `help:` suggestion block, as rustc's `splice_lines` + `emit_suggestion_default`: the edited lines
// shown with `+++` under insertions, `~` for replaced lines, or as a `-`/`+` diff when code is removed.
import { TextBuffer } from './buffer.ts';
import { drawLineNum } from './source-line.ts';
import { normalize, snippetOf, strWidth, width, type Loc, type SourceFile } from './source.ts';

export interface Part {
  lo: Loc;
  hi: Loc;
  snippet: string;
}

interface Highlight {
  start: number;
  end: number;
}

interface Spliced {
  complete: string;
  parts: Part[];
  highlights: Highlight[][];
}

const MAX_SUGGESTIONS = 4;

function locAt(file: SourceFile, line: number, fileCol: number): Loc {
  const chars = file.lines[line - 1] ?? [];
  let d = 0;
  for (let i = 0; i < fileCol && i < chars.length; i++) d += width(chars[i]);
  return { line, file: fileCol, display: d + Math.max(0, fileCol - chars.length) };
}

/** rustc's `as_substr`: `suggestion` = original's common prefix + inserted text + original's rest. */
export function asSubstr(original: string, suggestion: string): { prefix: number; substr: string; suffix: number } | undefined {
  const o = Array.from(original);
  const s = Array.from(suggestion);
  let prefix = 0;
  while (prefix < o.length && prefix < s.length && o[prefix] === s[prefix]) prefix++;
  const restO = o.slice(prefix).join('');
  const restS = s.slice(prefix).join('');
  if (!restS.endsWith(restO)) return undefined;
  const suffix = o.length - prefix;
  return { prefix, substr: Array.from(restS).slice(0, s.length - prefix - suffix).join(''), suffix };
}

function trimTrivial(file: SourceFile, part: Part): Part {
  if (part.snippet.length === 0) return part;
  const original = snippetOf(file, part.lo, part.hi);
  const r = asSubstr(original, part.snippet);
  if (!r || original.includes('\n')) return part;
  return { lo: locAt(file, part.lo.line, part.lo.file + r.prefix), hi: locAt(file, part.hi.line, part.hi.file - r.suffix), snippet: r.substr };
}

const lineText = (file: SourceFile, line: number): string | undefined => file.lines[line - 1]?.join('');
const tabLen = (s: string): number => Array.from(s).reduce((n, c) => n + (c === '\t' ? 4 : 1), 0);

function isDifferent(file: SourceFile, p: Part): boolean {
  return snippetOf(file, p.lo, p.hi) !== p.snippet;
}

export function splice(file: SourceFile, input: Part[]): Spliced | undefined {
  const parts = [...input].sort((a, b) => a.lo.line - b.lo.line || a.lo.file - b.lo.file);
  if (parts.length === 0) return undefined;
  const pushTrailing = (buf: string[], line: string | undefined, lo: number, hi: number | undefined): void => {
    if (line === undefined) return;
    const chars = Array.from(line);
    if (lo < chars.length) buf.push(chars.slice(lo, hi === undefined ? undefined : Math.max(lo, hi)).join(''));
    if (hi === undefined) buf.push('\n');
  };
  let prevHi = { line: parts[0].lo.line, file: 0 };
  let prevLine = lineText(file, parts[0].lo.line);
  const buf: string[] = [];
  const highlights: Highlight[][] = [];
  let lineHighlight: Highlight[] = [];
  let acc = 0;
  const out: Part[] = [];
  for (const raw of parts) {
    const part = trimTrivial(file, raw);
    out.push(part);
    const curLo = part.lo;
    if (prevHi.line === curLo.line) {
      pushTrailing(buf, prevLine, prevHi.file, curLo.file);
    } else {
      acc = 0;
      highlights.push(lineHighlight);
      lineHighlight = [];
      pushTrailing(buf, prevLine, prevHi.file, undefined);
      for (let idx = prevHi.line; idx < curLo.line - 1; idx++) {
        const l = lineText(file, idx + 1);
        if (l !== undefined) {
          buf.push(l, '\n');
          highlights.push(lineHighlight);
          lineHighlight = [];
        }
      }
      const cur = lineText(file, curLo.line);
      if (cur !== undefined) buf.push(Array.from(cur).slice(0, curLo.file).join(''));
    }
    const snippetLines = part.snippet.split('\n');
    const len = tabLen(snippetLines[0]);
    if (isDifferent(file, part)) lineHighlight.push({ start: curLo.file + acc, end: curLo.file + acc + len });
    buf.push(part.snippet);
    const curHi = part.hi;
    acc += len - (curHi.file - curLo.file);
    prevHi = { line: curHi.line, file: curHi.file };
    prevLine = lineText(file, curHi.line);
    for (const l of snippetLines.slice(1)) {
      acc = 0;
      highlights.push(lineHighlight);
      lineHighlight = [{ start: 0, end: tabLen(l) }];
    }
  }
  highlights.push(lineHighlight);
  let complete = buf.join('');
  if (!complete.endsWith('\n')) {
    const b2: string[] = [];
    pushTrailing(b2, prevLine, prevHi.file, undefined);
    complete += b2.join('');
  }
  complete = complete.replace(/\n+$/, '');
  if (highlights.every((h) => h.length === 0)) return undefined;
  return { complete, parts: out, highlights };
}

type Show = 'diff' | 'underline' | 'none' | 'add';

function replacesMeaningful(file: SourceFile, p: Part): boolean {
  return snippetOf(file, p.lo, p.hi).trim().length > 0;
}

/** Renders one suggestion (its alternatives) to text, or '' when no alternative changes anything. */
export function emitSuggestion(file: SourceFile, message: string, substitutions: Part[][], maxLineNumLen: number): string {
  const spliced = substitutions.map((s) => splice(file, s)).filter((s): s is Spliced => s !== undefined);
  if (spliced.length === 0) return '';
  const buf = new TextBuffer();
  buf.append(0, 'help');
  buf.append(0, ': ');
  const pad = ' '.repeat(maxLineNumLen + 'suggestion'.length + 5);
  normalize(message).split('\n').forEach((l, i) => buf.append(i, i === 0 ? l : pad + l));
  const others = Math.max(0, spliced.length - MAX_SUGGESTIONS);
  let row = 2;
  spliced.slice(0, MAX_SUGGESTIONS).forEach(({ complete, parts, highlights }) => {
    const hasDeletion = parts.some((p) => {
      const meaningful = replacesMeaningful(file, p);
      const deletion = p.snippet.trim().length === 0 && meaningful;
      const replacement = p.snippet.length > 0 && meaningful;
      const destructive = replacement && asSubstr(snippetOf(file, p.lo, p.hi).trim(), p.snippet.trim()) === undefined;
      return deletion || destructive;
    });
    const lines = complete.split('\n');
    const isMultiline = lines.length > 1;
    buf.putc(row - 1, maxLineNumLen + 1, '|');
    let show: Show;
    if (hasDeletion && !isMultiline) show = 'diff';
    else if (parts.length === 1 && parts[0].snippet.endsWith('\n') && parts[0].snippet.trim() === complete.trim()) show = 'add';
    else if ((parts.length !== 1 || parts[0].snippet.trim() !== complete.trim()) && !isMultiline) show = 'underline';
    else show = 'none';
    if (show === 'diff') row += 1;

    const lineStart = parts[0].lo.line;
    const fileLines: number[] = [];
    for (let l = parts[0].lo.line; l <= parts[0].hi.line; l++) fileLines.push(l);
    const unhighlighted: Array<[number, string]> = [];
    let shown = 0;
    const draw = (hl: Highlight[], lineNum: number, text: string): void => {
      row = drawCodeLine(buf, row, hl, lineNum, text, show, maxLineNumLen, file, fileLines, isMultiline);
    };
    for (let pos = 0; pos < lines.length && pos < highlights.length; pos++) {
      shown = pos + 1;
      const line = lines[pos];
      const hl = highlights[pos];
      if (hl.length === 0) {
        unhighlighted.push([pos, line]);
        continue;
      }
      if (unhighlighted.length > 0 && unhighlighted.length <= 3) {
        for (const [p, l] of unhighlighted.splice(0)) draw([], p + lineStart, l);
      } else if (unhighlighted.length > 3) {
        const last = unhighlighted.pop();
        const first = unhighlighted.splice(0)[0];
        if (first) draw([], first[0] + lineStart, first[1]);
        buf.puts(row, Math.max(0, maxLineNumLen - 3), '...');
        row += 1;
        if (last) draw([], last[0] + lineStart, last[1]);
      }
      draw(hl, pos + lineStart, line);
    }
    // A whole added attribute line (`#[derive(Debug)]\n`): rustc also prints the line it attaches to, for context.
    if (show === 'add' && parts[0].snippet.trim().startsWith('#[')) {
      const next = lineText(file, parts[0].lo.line);
      if (next !== undefined) row = drawCodeLine(buf, row, [], parts[0].lo.line + 1, next, 'none', maxLineNumLen, file, fileLines, false);
    }

    if (show === 'diff' || show === 'underline' || show === 'add') {
      const offsets: Array<[number, number]> = [];
      for (const part of parts) {
        const spanStart = part.lo.display;
        const spanEnd = part.hi.display;
        const wsOnly = part.snippet.trim().length === 0;
        const start = wsOnly ? 0 : part.snippet.length - part.snippet.trimStart().length;
        const subLen = strWidth(wsOnly ? part.snippet : part.snippet.trim());
        const offset = offsets.filter(([s]) => !(spanStart < s)).reduce((n, [, v]) => n + v, 0);
        const uStart = spanStart + start + offset;
        const uEnd = spanStart + start + subLen + offset;
        const padding = maxLineNumLen + 3;
        if (show === 'underline' && isDifferent(file, part)) {
          const isAddition = part.snippet.length > 0 && !replacesMeaningful(file, part);
          for (let q = uStart; q < uEnd; q++) buf.putc(row, padding + q, isAddition ? '+' : '~');
        }
        offsets.push([spanEnd, strWidth(part.snippet) - (spanEnd - spanStart)]);
      }
      row += 1;
    }
    if (shown < lines.length) {
      buf.puts(row, Math.max(0, maxLineNumLen - 3), '...');
    } else {
      const r = show === 'none' ? row : row - 1;
      buf.putc(r, maxLineNumLen + 1, '|');
      row = r + 1;
    }
  });
  if (others > 0) {
    buf.puts(row, maxLineNumLen + 1, '= ');
    buf.append(row, `and ${others} other candidate${others === 1 ? '' : 's'}`);
  }
  return buf.render();
}

function drawCodeLine(
  buf: TextBuffer, row: number, hl: Highlight[], lineNum: number, lineToAdd: string, show: Show, maxLineNumLen: number,
  file: SourceFile, fileLines: number[], isMultiline: boolean,
): number {
  if (show === 'diff') {
    fileLines.slice(0, -1).forEach((l, index) => {
      drawLineNum(buf, lineNum + index, row - 1, maxLineNumLen);
      buf.puts(row - 1, maxLineNumLen + 1, '- ');
      buf.puts(row - 1, maxLineNumLen + 3, normalize(lineText(file, l) ?? ''));
      row += 1;
    });
    const lastIndex = fileLines[fileLines.length - 1];
    const last = lineText(file, lastIndex) ?? '';
    if (last !== lineToAdd) {
      drawLineNum(buf, lineNum + fileLines.length - 1, row - 1, maxLineNumLen);
      buf.puts(row - 1, maxLineNumLen + 1, '- ');
      buf.puts(row - 1, maxLineNumLen + 3, normalize(last));
      if (lineToAdd.trim().length > 0) {
        drawLineNum(buf, lineNum, row, maxLineNumLen);
        buf.puts(row, maxLineNumLen + 1, '+ ');
        buf.append(row, normalize(lineToAdd));
      } else {
        row -= 1;
      }
    } else {
      row -= 2;
    }
  } else if (isMultiline) {
    drawLineNum(buf, lineNum, row, maxLineNumLen);
    if (hl.length === 1 && hl[0].start === 0 && hl[0].end === lineToAdd.length) buf.puts(row, maxLineNumLen + 1, '+ ');
    else if (hl.length === 0 || (hl.length === 1 && hl[0].start === 0 && hl[0].end === 0)) buf.putc(row, maxLineNumLen + 1, '|');
    else buf.puts(row, maxLineNumLen + 1, '~ ');
    buf.puts(row, maxLineNumLen + 3, normalize(lineToAdd));
  } else if (show === 'add') {
    drawLineNum(buf, lineNum, row, maxLineNumLen);
    buf.puts(row, maxLineNumLen + 1, '+ ');
    buf.append(row, normalize(lineToAdd));
  } else {
    drawLineNum(buf, lineNum, row, maxLineNumLen);
    buf.puts(row, maxLineNumLen + 1, '| ');
    buf.append(row, normalize(lineToAdd));
  }
  return row + 1;
}
