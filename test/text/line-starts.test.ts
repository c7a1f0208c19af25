// Pins the shared line-start table: line starts after each '\n', offsets map to their line, CRLF and
// a trailing newline behave as the directive expander and the Rust position mapper expect.
import { describe, expect, it } from 'vitest';
import { lineIndexAt, lineStarts } from '../../src/text/line-starts.ts';

describe('lineStarts / lineIndexAt', () => {
  it('starts a line after every newline, including a trailing one', () => {
    expect(lineStarts('')).toEqual([0]);
    expect(lineStarts('ab\ncd\n')).toEqual([0, 3, 6]);
    expect(lineStarts('a\r\nb')).toEqual([0, 3]);
  });

  it('maps every offset to the line that contains it', () => {
    const text = 'fn main() {\n    let x = 1;\n}';
    const starts = lineStarts(text);
    for (let off = 0; off <= text.length; off++) {
      const expected = text.slice(0, off).split('\n').length - 1;
      expect(lineIndexAt(starts, off)).toBe(expected);
    }
  });
});
