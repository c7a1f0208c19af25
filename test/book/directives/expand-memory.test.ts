// The expander is pure: these tests run it on an in-memory file system.
import { describe, expect, it } from 'vitest';
import { expandDirectives, type DirectiveContext } from '../../../src/book/directives/expand.ts';
import { BookError } from '../../../src/book/model.ts';

function memoryBook(files: Record<string, string>, file = 'src/ch.md'): DirectiveContext {
  const reads: string[] = [];
  return {
    file,
    bookRoot: '/book',
    readFile: (abs) => {
      reads.push(abs);
      return Object.hasOwn(files, abs) ? files[abs] : null;
    },
  };
}

describe('expandDirectives (in memory)', () => {
  it('reads files by absolute path under the book root', () => {
    const ctx = memoryBook({ '/book/listings/a.rs': 'fn a() {}\n' });
    expect(expandDirectives('{{#include ../listings/a.rs}}', ctx).text).toBe('fn a() {}');
  });

  it('leaves text without directives untouched, CRLF included', () => {
    const md = '# T\r\n\r\nText with { braces } and {{ mustache }}.\r\n';
    const r = expandDirectives(md, memoryBook({}));
    expect(r).toEqual({ text: md, includes: [], lineMap: [1, 2, 3, 4], warnings: [] });
  });

  it('keeps the last {{#title}}, including one from an included file', () => {
    const ctx = memoryBook({ '/book/src/part.md': '{{#title 두 번째}}\nbody' });
    const r = expandDirectives('{{#title 첫 번째}}\n{{#include part.md}}\n', ctx);
    expect(r.title).toBe('두 번째');
    expect(r.text).toBe('\n\nbody\n');
  });

  it('maps lines after a directive written over two lines back to the right chapter line', () => {
    const ctx = memoryBook({ '/book/src/a.txt': 'A1\nA2\n' });
    const r = expandDirectives('x\n{{#include\n a.txt}}\ny\n', ctx);
    expect(r.text).toBe('x\nA1\nA2\ny\n');
    expect(r.lineMap).toEqual([1, 2, 2, 4, 5]);
  });

  it('includes the same file twice without calling it a cycle', () => {
    const ctx = memoryBook({ '/book/src/a.txt': 'A' });
    expect(expandDirectives('{{#include a.txt}}{{#include a.txt}}', ctx).text).toBe('AA');
  });

  it('applies the prefix of earlier expansions on the same line', () => {
    const ctx = memoryBook({ '/book/src/a.txt': 'A', '/book/src/b.txt': 'B1\nB2' });
    expect(expandDirectives('> {{#include a.txt}} {{#include b.txt}}', ctx).text).toBe('> A B1\n> A B2');
  });

  it('wraps errors thrown by the reader at the directive', () => {
    const ctx: DirectiveContext = {
      file: 'src/ch.md',
      bookRoot: '/book',
      readFile: () => {
        throw new BookError({ file: 'src/bad.rs', line: 3 }, 'UTF-8 텍스트 파일이 아닙니다');
      },
    };
    expect(() => expandDirectives('\n{{#include bad.rs}}', ctx)).toThrow(
      'src/ch.md:2:1: {{#include bad.rs}}: src/bad.rs:3: UTF-8 텍스트 파일이 아닙니다',
    );
  });

  it('expands directives found inside a playground file, relative to that file', () => {
    const ctx = memoryBook({
      '/book/listings/p/main.rs': 'fn main() {\n    {{#include body.rs}}\n}\n',
      '/book/listings/p/body.rs': 'let a = 1;\nlet b = 2;\n',
    });
    const r = expandDirectives('{{#playground ../listings/p/main.rs should_panic}}', ctx);
    expect(r.text).toBe('```rust,should_panic\nfn main() {\n    let a = 1;\n    let b = 2;\n}\n```');
    expect(r.includes.map((i) => [i.kind, i.resolvedPath, i.outputLineStart, i.outputLineEnd, i.loc.file, i.loc.line])).toEqual([
      ['playground', 'listings/p/main.rs', 1, 6, 'src/ch.md', 1],
      ['include', 'listings/p/body.rs', 3, 4, 'listings/p/main.rs', 2],
    ]);
  });
});
