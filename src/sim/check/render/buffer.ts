// A grid of characters the renderer draws into, as rustc's `StyledBuffer` (without styles):
// writing past a row's end pads it with spaces; rows render as written, each ended by a newline.
export class TextBuffer {
  private rows: string[][] = [];

  numLines(): number {
    return this.rows.length;
  }

  private ensure(line: number): string[] {
    while (this.rows.length <= line) this.rows.push([]);
    return this.rows[line];
  }

  putc(line: number, col: number, ch: string): void {
    const row = this.ensure(line);
    while (row.length < col) row.push(' ');
    row[col] = ch;
  }

  puts(line: number, col: number, s: string): void {
    let c = col;
    for (const ch of s) {
      this.putc(line, c, ch);
      c++;
    }
  }

  /** Appends at the row's end (rustc's `append`). */
  append(line: number, s: string): void {
    const row = this.ensure(line);
    if (s.length === 0) return;
    this.puts(line, row.length, s);
  }

  /** Inserts at the row's start (rustc's `prepend`). */
  prepend(line: number, s: string): void {
    const row = this.ensure(line);
    row.unshift(...Array.from(s));
  }

  /** Replaces the cells [start, end) of a row by `s` (rustc's `replace`). */
  replace(line: number, start: number, end: number, s: string): void {
    const row = this.ensure(line);
    if (row.length < end) return;
    row.splice(start, end - start, ...Array.from(s));
  }

  render(): string {
    return this.rows.map((r) => r.join('') + '\n').join('');
  }
}
