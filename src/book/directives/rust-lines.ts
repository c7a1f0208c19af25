// Splits text into lines exactly as Rust's `str::lines` does, which is what mdBook uses.
// `\n` and `\r\n` end a line, a lone `\r` stays in the line, a final line ending adds no empty line.

/** `"a\r\nb\n"` → `['a', 'b']`; `""` → `[]`; `"\n"` → `['']`. */
export function rustLines(text: string): string[] {
  if (text === '') return [];
  const parts = text.split('\n');
  const endsWithNewline = parts[parts.length - 1] === '';
  if (endsWithNewline) parts.pop();
  return parts.map((line, i) => {
    const hadNewline = i < parts.length - 1 || endsWithNewline;
    return hadNewline && line.endsWith('\r') ? line.slice(0, -1) : line;
  });
}
