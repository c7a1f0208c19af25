// Link rewriting as mdBook does it (.md → .html, keep #fragment and ?query, README → index).
import { describe, it, expect } from 'vitest';
import { rewriteLink, mdPathToHtml } from '../../../src/book/markdown/rewrite-link.ts';

describe('rewriteLink', () => {
  it.each([
    ['ch15-06-reference-cycles.md', 'ch15-06-reference-cycles.html'],
    ['ch15-04-rc.md#rct-참조-카운트', 'ch15-04-rc.html#rct-참조-카운트'],
    ['../other/ch01.md?x=1#y', '../other/ch01.html?x=1#y'],
    ['README.md', 'index.html'],
    ['appendix/README.md#x', 'appendix/index.html#x'],
    ['NOTREADME.md', 'NOTREADME.html'],
    ['#top', '#top'],
    ['https://example.com/notes.md', 'https://example.com/notes.md'],
    ['mailto:a@b.c', 'mailto:a@b.c'],
    ['//cdn.example.com/x.md', '//cdn.example.com/x.md'],
    ['img/trpl15-04.svg', 'img/trpl15-04.svg'],
    ['', ''],
  ])('%j → %j', (href, out) => {
    expect(rewriteLink(href)).toBe(out);
  });

  it('maps page paths', () => {
    expect(mdPathToHtml('sub/README.md')).toBe('sub/index.html');
  });
});
