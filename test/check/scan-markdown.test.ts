// What the checker reads from markdown: link/image targets (markdown and raw HTML) with positions,
// closed and unclosed fences, runnable Rust blocks in order.
import { describe, expect, it } from 'vitest';
import { htmlRefs, scanMarkdown } from '../../src/check/scan-markdown.ts';
import { idsInHtml } from '../../src/check/page-anchors.ts';

describe('scanMarkdown', () => {
  it('finds links, definitions, images and raw HTML targets with line and column', () => {
    const md = '# 제목\n\n앞 [링크](a.md#x) 뒤\n\n![그림](img/a.svg)\n\n[참조]: b.md\n\n<p>\n  <img alt="x" src="img/b.png">\n</p>\n';
    const { refs } = scanMarkdown(md);
    expect(refs).toEqual([
      { kind: 'link', url: 'a.md#x', pos: { line: 3, col: 3 } },
      { kind: 'image', url: 'img/a.svg', pos: { line: 5, col: 1 } },
      { kind: 'link', url: 'b.md', pos: { line: 7, col: 1 } },
      { kind: 'image', url: 'img/b.png', pos: { line: 10, col: 16 } },
    ]);
  });

  it('tells closed fences from unclosed ones', () => {
    const closed = scanMarkdown('```rust\nfn main() {}\n```\n\n~~~~\n~~~~~\n\n> ```text\n> x\n> ```\n');
    expect(closed.fences.map((f) => f.closed)).toEqual([true, true, true]);
    const open = scanMarkdown('글\n\n````text\n```\n남은 글\n');
    expect(open.fences).toEqual([{ pos: { line: 3, col: 1 }, fence: '````', closed: false }]);
  });

  it('lists runnable Rust blocks only', () => {
    const md = '```rust\nfn main() {}\n```\n\n```rust,ignore\nx\n```\n\n```console\n$ ls\n```\n\n```rust,panics\nfn main() { panic!() }\n```\n';
    expect(scanMarkdown(md).runnableBlocks.map((p) => p.line)).toEqual([1, 13]);
  });
});

describe('raw HTML helpers', () => {
  it('reads href/src in any quoting and decodes entities', () => {
    expect(htmlRefs(`<a class="x" href='ch01.md#a&amp;b'>x</a> <img src=img.png>`).map((r) => [r.kind, r.url])).toEqual([
      ['link', 'ch01.md#a&b'],
      ['image', 'img.png'],
    ]);
  });

  it('collects ids from rendered HTML', () => {
    expect(idsInHtml('<h2 id="스택과-힙"><a class="header" href="#x">x</a></h2><span class="caption" id="listing-1-1">')).toEqual([
      '스택과-힙',
      'listing-1-1',
    ]);
  });
});
