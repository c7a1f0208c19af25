// Splits a Rust code block into what rustdoc compiles and what the reader sees, exactly as
// mdBook's `hide_lines_rust` does: `# ` lines are hidden, `##` escapes a visible leading `#`.

export interface HiddenLines {
  /** The code with hidden-line markers removed (what rustdoc compiles), lines joined by `\n`. */
  source: string;
  /** One entry per line of `source`: false for a hidden line. */
  visible: boolean[];
}

import { RUST_WS } from './directives/rust-whitespace.ts';

/** mdBook's BORING_LINES_REGEX `^(\s*)#(.?)(.*)$`: indentation, `#`, at most one more character, the rest. */
const BORING_LINE = new RegExp(`^([${RUST_WS}]*)#([^\\n]?)([^\\n]*)$`, 'u');

/**
 * Per line (split like Rust's `str::lines`, so a final newline adds no line):
 * - `#` alone or `# rest` (after any indentation) → hidden; the `#` and one space are removed,
 *   the indentation before them is kept: `    # let x = 1;` → `    let x = 1;`.
 * - `##rest` → visible, one `#` removed: `##[derive(Debug)]` → `#[derive(Debug)]`.
 * - anything else (`#[attr]`, `#![attr]`, `#x`) → visible, unchanged.
 * Only `rust` blocks have hidden lines; other languages come back unchanged and all visible.
 */
export function splitHiddenLines(code: string, lang: string): HiddenLines {
  const lines = code.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const stripped = lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  if (lang !== 'rust') {
    return { source: stripped.join('\n'), visible: stripped.map(() => true) };
  }
  const out: string[] = [];
  const visible: boolean[] = [];
  for (const line of stripped) {
    const m = BORING_LINE.exec(line);
    if (m && m[2] === '#') {
      out.push(m[1] + m[2] + m[3]);
      visible.push(true);
    } else if (m && (m[2] === '' || m[2] === ' ')) {
      out.push(m[1] + m[3]);
      visible.push(false);
    } else {
      out.push(line);
      visible.push(true);
    }
  }
  return { source: out.join('\n'), visible };
}
