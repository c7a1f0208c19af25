// Picks lines out of an included file, as mdBook's `take_lines.rs` does: a range running past the end is
// clamped and an unclosed anchor runs to the end (both with a warning); what would take nothing is an error.

import { rustLines } from './rust-lines.ts';
import type { LineSelection, Parsed } from './line-selection.ts';

/** Lines taken from a file, with the 1-based file line each one came from. */
export interface TakenLines {
  lines: string[];
  origins: number[];
  /** Set when mdBook's lenient reading was applied (clamped range, unclosed anchor): the build warns. */
  warning?: string;
}

/** Bounds of a range in the file, clamped as mdBook clamps, with a warning when clamping happened. */
interface Bounds {
  from: number;
  to: number;
  warning?: string;
}

/**
 * Rule for ranges (mdBook's): a range that ends past the end of the file is clamped to the file
 * (`:2:100` on a 5-line file takes lines 2..5) and warned about. A range that would take nothing
 * because it starts past the end (`:6`, `:6:`, `:6:9`) is an error: mdBook renders an empty block.
 * An empty file can only be included whole.
 */
function rangeBounds(sel: Exclude<LineSelection, { kind: 'anchor' }>, count: number): Parsed<Bounds> {
  const past = (n: number): Parsed<Bounds> => ({
    ok: false,
    message: `${n}번째 줄이 없습니다 (파일은 ${count}줄입니다)`,
  });
  const clamped = (from: number, to: number): Parsed<Bounds> =>
    to > count
      ? { ok: true, value: { from, to: count, warning: `${to}번째 줄이 없어 파일 끝(${count}번째 줄)까지만 넣습니다 (mdBook과 같음)` } }
      : { ok: true, value: { from, to } };
  switch (sel.kind) {
    case 'all':
      return { ok: true, value: { from: 1, to: count } };
    case 'line':
      return sel.line > count ? past(sel.line) : { ok: true, value: { from: sel.line, to: sel.line } };
    case 'from':
      return sel.from > count ? past(sel.from) : { ok: true, value: { from: sel.from, to: count } };
    case 'to':
      return count === 0 ? past(sel.to) : clamped(1, sel.to);
    case 'between':
      return sel.from > count ? past(sel.from) : clamped(sel.from, sel.to);
  }
}

/** mdBook's anchor markers: `ANCHOR: name` / `ANCHOR_END: name` anywhere in a line (`\w` is Unicode). */
const NAME = String.raw`([\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}_-]+)`;
const ANCHOR_START = new RegExp(String.raw`ANCHOR:\s*` + NAME, 'u');
const ANCHOR_END = new RegExp(String.raw`ANCHOR_END:\s*` + NAME, 'u');

function anchorName(re: RegExp, line: string): string | null {
  const m = re.exec(line);
  return m ? m[1] : null;
}

function numbered(text: string): Array<[string, number]> {
  return rustLines(text).map((line, i) => [line, i + 1]);
}

/** `{{#include path:range}}`: the lines in the range, as they are. */
export function takeLines(text: string, sel: Exclude<LineSelection, { kind: 'anchor' }>): Parsed<TakenLines> {
  const all = numbered(text);
  const bounds = rangeBounds(sel, all.length);
  if (!bounds.ok) return bounds;
  const { from, to, warning } = bounds.value;
  const picked = all.slice(from - 1, to);
  return { ok: true, value: { lines: picked.map(([l]) => l), origins: picked.map(([, n]) => n), ...(warning ? { warning } : {}) } };
}

const missingAnchor = (name: string): Parsed<TakenLines> => ({
  ok: false,
  message: `앵커 '${name}'을(를) 찾을 수 없습니다 (ANCHOR: ${name} 줄이 없습니다)`,
});
const unclosedWarning = (name: string, line: number): string =>
  `앵커 '${name}'이(가) ${line}번째 줄에서 열렸지만 ANCHOR_END: ${name} 줄이 없어 파일 끝까지 넣습니다 (mdBook과 같음)`;

/**
 * `{{#include path:name}}`: lines between the first `ANCHOR: name` and the next `ANCHOR_END: name`
 * (to the end of the file when there is none, with a warning); other marker lines inside are dropped.
 */
export function takeAnchoredLines(text: string, name: string): Parsed<TakenLines> {
  const taken: TakenLines = { lines: [], origins: [] };
  let openedAt: number | null = null;
  for (const [line, n] of numbered(text)) {
    if (openedAt !== null) {
      const end = anchorName(ANCHOR_END, line);
      if (end === name) return { ok: true, value: taken };
      if (end === null && !ANCHOR_START.test(line)) {
        taken.lines.push(line);
        taken.origins.push(n);
      }
    } else if (anchorName(ANCHOR_START, line) === name) {
      openedAt = n;
    }
  }
  return openedAt === null ? missingAnchor(name) : { ok: true, value: { ...taken, warning: unclosedWarning(name, openedAt) } };
}

/** `{{#rustdoc_include path:range}}`: the whole file, lines outside the range hidden behind `# `. */
export function takeRustdocIncludeLines(
  text: string,
  sel: Exclude<LineSelection, { kind: 'anchor' }>,
): Parsed<TakenLines> {
  const all = numbered(text);
  const bounds = rangeBounds(sel, all.length);
  if (!bounds.ok) return bounds;
  const { from, to, warning } = bounds.value;
  return {
    ok: true,
    value: {
      lines: all.map(([l, n]) => (n >= from && n <= to ? l : '# ' + l)),
      origins: all.map(([, n]) => n),
      ...(warning ? { warning } : {}),
    },
  };
}

/**
 * `{{#rustdoc_include path:name}}`: the whole file with every ANCHOR/ANCHOR_END marker line removed;
 * lines inside any `name` section stay as they are (an unclosed last section runs to the end, with a
 * warning), all others are hidden behind `# `.
 */
export function takeRustdocIncludeAnchoredLines(text: string, name: string): Parsed<TakenLines> {
  const taken: TakenLines = { lines: [], origins: [] };
  let openedAt: number | null = null;
  let found = false;
  for (const [line, n] of numbered(text)) {
    const start = anchorName(ANCHOR_START, line);
    const end = anchorName(ANCHOR_END, line);
    if (openedAt !== null) {
      if (end === name) openedAt = null;
      else if (end === null && start === null) {
        taken.lines.push(line);
        taken.origins.push(n);
      }
    } else if (start !== null) {
      if (start === name) {
        openedAt = n;
        found = true;
      }
    } else if (end === null) {
      taken.lines.push('# ' + line);
      taken.origins.push(n);
    }
  }
  if (!found) return missingAnchor(name);
  if (openedAt !== null) return { ok: true, value: { ...taken, warning: unclosedWarning(name, openedAt) } };
  return { ok: true, value: taken };
}
