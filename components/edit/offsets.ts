// Converts a 1-based line:col position into a character offset in a text (for placing the editor cursor).
// Pure; out-of-range positions are clamped to the text.

export function offsetOfLineCol(text: string, line: number, col: number): number {
  let off = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', off);
    if (nl < 0) return text.length;
    off = nl + 1;
  }
  const end = text.indexOf('\n', off);
  const lineEnd = end < 0 ? text.length : end;
  return Math.min(off + Math.max(0, col - 1), lineEnd);
}
