// The renderer's view of source text: files as lines of chars, rustc's two column kinds (char index for
// ` --> file:L:C`, display width for drawing), and rustc's whitespace normalisation of printed code.
import type { Pos } from '../diagnostic.ts';
import { charWidth } from '../../syntax/char-width.ts';

/** One crate file, split as rustc's `SourceFile::get_line` does (no `\n`, CRLF normalised). */
export interface SourceFile {
  name: string;
  /** Each line as an array of chars (code points). */
  lines: string[][];
}

/** Files by name; a name with no source (std's `/rustc/…` paths) renders rustc's no-source form. */
export type SourceMap = (name: string) => SourceFile | undefined;

export function sourceFile(name: string, text: string): SourceFile {
  return { name, lines: text.replace(/\r\n/g, '\n').split('\n').map((l) => Array.from(l)) };
}

export function sourceMap(files: Record<string, string>): SourceMap {
  const cache = new Map<string, SourceFile>();
  return (name) => {
    const hit = cache.get(name);
    if (hit) return hit;
    const text = files[name];
    if (text === undefined) return undefined;
    const f = sourceFile(name, text);
    cache.set(name, f);
    return f;
  };
}

/** A resolved location: 1-based line, 0-based char index (`file`) and display column (`display`). */
export interface Loc {
  line: number;
  file: number;
  display: number;
}

export function width(ch: string): number {
  return charWidth(ch.codePointAt(0) ?? 0);
}

export function strWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += width(ch);
  return w;
}

/** AST position (1-based line, 1-based display column) → char index and display column on its line. */
export function locate(file: SourceFile | undefined, pos: Pos): Loc {
  const chars = file?.lines[pos.line - 1];
  // No source (std's files): keep the column as given; rustc prints it as is.
  if (!chars) return { line: pos.line, file: pos.col - 1, display: pos.col - 1 };
  const target = pos.col - 1;
  let d = 0;
  let i = 0;
  while (i < chars.length && d < target) {
    d += width(chars[i]);
    i++;
  }
  // Past the end of the line (a span ending at a newline): count the extra columns one char each.
  if (d < target) return { line: pos.line, file: i + (target - d), display: target };
  return { line: pos.line, file: i, display: d };
}

const REPLACEMENTS: Record<string, string> = {
  '\0': '␀', '\u0001': '␁', '\u0002': '␂', '\u0003': '␃', '\u0004': '␄', '\u0005': '␅', '\u0006': '␆',
  '\u0007': '␇', '\u0008': '␈', '\t': '    ', '\u000b': '␋', '\u000c': '␌', '\u000d': '␍', '\u000e': '␎',
  '\u000f': '␏', '\u0010': '␐', '\u0011': '␑', '\u0012': '␒', '\u0013': '␓', '\u0014': '␔', '\u0015': '␕',
  '\u0016': '␖', '\u0017': '␗', '\u0018': '␘', '\u0019': '␙', '\u001a': '␚', '\u001b': '␛', '\u001c': '␜',
  '\u001d': '␝', '\u001e': '␞', '\u001f': '␟', '\u007f': '␡', '\u200d': '', '\u202a': '�', '\u202b': '�',
  '\u202c': '�', '\u202d': '�', '\u202e': '�', '\u2066': '�', '\u2067': '�', '\u2068': '�', '\u2069': '�',
};

/** rustc's `normalize_whitespace`: tabs become four spaces, control characters their pictures. */
export function normalize(s: string): string {
  let out = '';
  for (const ch of s) out += REPLACEMENTS[ch] ?? ch;
  return out;
}

/** UTF-8 length, as rustc's `str::len` (used in its margin arithmetic). */
export function byteLen(chars: readonly string[]): number {
  let n = 0;
  for (const ch of chars) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** The text a span covers (may cross lines), as rustc's `span_to_snippet`. */
export function snippetOf(file: SourceFile, lo: Loc, hi: Loc): string {
  if (lo.line === hi.line) return (file.lines[lo.line - 1] ?? []).slice(lo.file, hi.file).join('');
  const parts = [(file.lines[lo.line - 1] ?? []).slice(lo.file).join('')];
  for (let l = lo.line + 1; l < hi.line; l++) parts.push((file.lines[l - 1] ?? []).join(''));
  parts.push((file.lines[hi.line - 1] ?? []).slice(0, hi.file).join(''));
  return parts.join('\n');
}
