// mdBook's Rust hidden-line rules (hide_lines_rust), line by line.
import { describe, expect, it } from 'vitest';
import { splitHiddenLines } from '../../src/book/hidden-lines.ts';

describe('splitHiddenLines', () => {
  it('hides "# " lines and a lone "#", keeping indentation before the marker', () => {
    const code = '# use std::rc::Rc;\nfn main() {\n    # let hidden = 1;\n#\n    let shown = 2;\n}';
    expect(splitHiddenLines(code, 'rust')).toEqual({
      source: 'use std::rc::Rc;\nfn main() {\n    let hidden = 1;\n\n    let shown = 2;\n}',
      visible: [false, true, false, false, true, true],
    });
  });

  it('removes only the "#" and one space', () => {
    expect(splitHiddenLines('#     indented', 'rust')).toEqual({ source: '    indented', visible: [false] });
    expect(splitHiddenLines('\t# tabbed', 'rust')).toEqual({ source: '\ttabbed', visible: [false] });
  });

  it('turns "##" into a visible line starting with one "#"', () => {
    expect(splitHiddenLines('##[derive(Debug)]\n  ## not hidden', 'rust')).toEqual({
      source: '#[derive(Debug)]\n  # not hidden',
      visible: [true, true],
    });
  });

  it('keeps attributes and other "#x" lines as visible code', () => {
    const code = '#[derive(Debug)]\n#![allow(unused)]\n#x\n#\tt\nlet s = "# not at start";';
    expect(splitHiddenLines(code, 'rust')).toEqual({ source: code, visible: [true, true, true, true, true] });
  });

  it('only applies to rust blocks', () => {
    expect(splitHiddenLines('# comment\nx', 'python')).toEqual({ source: '# comment\nx', visible: [true, true] });
    expect(splitHiddenLines('# Heading', 'markdown').visible).toEqual([true]);
  });

  it('splits like str::lines: a final newline adds no line, CRLF is one line ending', () => {
    expect(splitHiddenLines('# a\r\nb\n', 'rust')).toEqual({ source: 'a\nb', visible: [false, true] });
    expect(splitHiddenLines('', 'rust')).toEqual({ source: '', visible: [true] });
  });

  it('uses Rust’s whitespace for indentation (U+FEFF is not whitespace, U+3000 is)', () => {
    expect(splitHiddenLines('\uFEFF# bom', 'rust')).toEqual({ source: '\uFEFF# bom', visible: [true] });
    expect(splitHiddenLines('\u3000# wide', 'rust')).toEqual({ source: '\u3000wide', visible: [false] });
  });
});
