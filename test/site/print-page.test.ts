// The print page's ids and links as mdBook's print.rs makes them: unique across the book, chapter links → #ids.
import { describe, expect, it } from 'vitest';
import type { Page } from '../../src/book/model.ts';
import { printChapters } from '../../src/site/print-page.ts';

function page(url: string, title: string, html: string): Page {
  return { path: url.replace(/\.html$/, '.md'), url, title, number: null, segments: [{ kind: 'html', html }], toc: [], prev: null, next: null };
}

describe('printChapters', () => {
  const pages = [
    page('a.html', '첫 장', '<h1 id="첫-장"><a class="header" href="#첫-장">첫 장</a></h1><h2 id="예제">예제</h2><p><a href="b.html#예제">b의 예제</a> <a href="#예제">여기</a></p>'),
    page('b.html', '둘째 장', '<h1 id="둘째-장">둘째 장</h1><h2 id="예제">예제</h2><p><a href="a.html">첫 장으로</a> <a href="#%EC%98%88%EC%A0%9C">여기</a> <img src="img/x.svg"></p>'),
    page('part/c.html', '셋째 장', '<h2 id="예제">예제</h2><p><a href="../b.html#예제">b</a> <a href="../img/y.svg">그림</a> <a href="https://x.org/#예제">밖</a></p>'),
  ];
  const out = printChapters(pages);

  it('makes every id unique across the book, later repeats numbered', () => {
    const ids = out.flatMap((c) => [...c.html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]));
    expect(ids).toEqual(['첫-장', '예제', '둘째-장', '예제-1', '예제-2']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('points links between chapters at the ids on the print page', () => {
    expect(out[0].html).toContain('<a href="#예제-1">b의 예제</a>');
    expect(out[0].html).toContain('<a href="#예제">여기</a>');
    expect(out[1].html).toContain('<a href="#첫-장">첫 장으로</a>');
    expect(out[1].html).toContain('<a href="#예제-1">여기</a>');
    expect(out[2].html).toContain('<a href="#예제-1">b</a>');
  });

  it('keeps other links working from the print page (at the site root)', () => {
    expect(out[1].html).toContain('<img src="img/x.svg">');
    expect(out[2].html).toContain('<a href="img/y.svg">그림</a>');
    expect(out[2].html).toContain('<a href="https://x.org/#예제">밖</a>');
  });

  it('gives a chapter without an h1 one made from its title', () => {
    expect(out[2]).toMatchObject({ rootId: '셋째-장', syntheticH1: true });
    expect(out[0]).toMatchObject({ rootId: '첫-장', syntheticH1: false });
  });
});
