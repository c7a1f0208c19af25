// Picks lines out of an included file, as mdBook's `take_lines.rs` does, but strictly:
// a range that does not fit the file or an anchor that is missing or unclosed is an error, never clamped.

import { rustLines } from './rust-lines.ts';
import type { LineSelection, Parsed } from './line-selection.ts';

/** Lines taken from a file, with the 1-based file line each one came from. */
export interface TakenLines {
  lines: string[];
  origins: number[];
}

/**
 * Rule for ranges (stricter than mdBook, which clamps): every line number written in the
 * directive must name a line that exists in the file (1 ≤ N ≤ line count), and N ≤ M.
 * An empty file can only be included whole.
 */
function rangeBounds(sel: Exclude<LineSelection, { kind: 'anchor' }>, count: number): Parsed<[number, number]> {
  const past = (n: number): Parsed<[number, number]> => ({
    ok: false,
    message: `${n}번째 줄이 없습니다 (파일은 ${count}줄입니다)`,
  });
  switch (sel.kind) {
    case 'all':
      return { ok: true, value: [1, count] };
    case 'line':
      return sel.line > count ? past(sel.line) : { ok: true, value: [sel.line, sel.line] };
    case 'from':
      return sel.from > count ? past(sel.from) : { ok: true, value: [sel.from, count] };
    case 'to':
      return sel.to > count ? past(sel.to) : { ok: true, value: [1, sel.to] };
    case 'between':
      if (sel.from > count) return past(sel.from);
      return sel.to > count ? past(sel.to) : { ok: true, value: [sel.from, sel.to] };
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
  const picked = all.slice(bounds.value[0] - 1, bounds.value[1]);
  return { ok: true, value: { lines: picked.map(([l]) => l), origins: picked.map(([, n]) => n) } };
}

const missingAnchor = (name: string): Parsed<TakenLines> => ({
  ok: false,
  message: `앵커 '${name}'을(를) 찾을 수 없습니다 (ANCHOR: ${name} 줄이 없습니다)`,
});
const unclosedAnchor = (name: string, line: number): Parsed<TakenLines> => ({
  ok: false,
  message: `앵커 '${name}'이(가) ${line}번째 줄에서 열렸지만 ANCHOR_END: ${name} 줄이 없습니다`,
});

/**
 * `{{#include path:name}}`: lines between the first `ANCHOR: name` and the next `ANCHOR_END: name`;
 * other ANCHOR/ANCHOR_END marker lines inside are dropped.
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
  return openedAt === null ? missingAnchor(name) : unclosedAnchor(name, openedAt);
}

/** `{{#rustdoc_include path:range}}`: the whole file, lines outside the range hidden behind `# `. */
export function takeRustdocIncludeLines(
  text: string,
  sel: Exclude<LineSelection, { kind: 'anchor' }>,
): Parsed<TakenLines> {
  const all = numbered(text);
  const bounds = rangeBounds(sel, all.length);
  if (!bounds.ok) return bounds;
  const [from, to] = bounds.value;
  return {
    ok: true,
    value: {
      lines: all.map(([l, n]) => (n >= from && n <= to ? l : '# ' + l)),
      origins: all.map(([, n]) => n),
    },
  };
}

/**
 * `{{#rustdoc_include path:name}}`: the whole file with every ANCHOR/ANCHOR_END marker line removed;
 * lines inside any `name` section stay as they are, all others are hidden behind `# `.
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
  if (openedAt !== null) return unclosedAnchor(name, openedAt);
  return { ok: true, value: taken };
}
