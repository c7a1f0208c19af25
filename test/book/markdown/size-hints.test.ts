// rehype-size-hints: which top-level blocks a chapter draws lazily (content-visibility) and the size each
// carries: none on the first or last screens, text blocks by characters, code by lines, listings flagged.
import { describe, it, expect } from 'vitest';
import { renderChapter } from '../../../src/book/markdown/render-chapter.ts';

const para = (n: number) => `문단 ${n}: ${'메모리를 그림으로 봅니다. '.repeat(12).trim()}`;
const listing = (name: string) => ['```rust', 'fn main() {', `    println!("${name}");`, '}', '```'].join('\n');

/** A chapter of `n` paragraphs with a listing after paragraph 2 and one after paragraph `mid`. */
function chapter(n: number, mid: number): string {
  const parts: string[] = ['# 장 제목'];
  for (let i = 1; i <= n; i++) {
    parts.push(para(i));
    if (i === 2) parts.push(listing('first'));
    if (i === mid) parts.push('<span class="filename">파일명: src/main.rs</span>', listing('middle'), '```text\n한 줄\n두 줄\n세 줄\n```');
  }
  return parts.join('\n\n');
}

const html = (r: Awaited<ReturnType<typeof renderChapter>>) => r.segments.map((s) => s.html).join('');
const lazyParagraphs = (h: string) => [...h.matchAll(/<p class="hb-lazy" style="--hb-chars:(\d+)">문단 (\d+)/g)].map((m) => Number(m[2]));

describe('lazy blocks', () => {
  it('draws the first and last screens at once and the blocks between lazily', async () => {
    const r = await renderChapter(chapter(40, 20), 'ch01-00-sizes.md');
    const lazy = lazyParagraphs(html(r));
    expect(lazy.length).toBeGreaterThan(10);
    expect(lazy[0]).toBeGreaterThan(3); // the first screens (about 1800 px on a phone) are drawn at once
    expect(lazy.at(-1)).toBeLessThan(38); // so is the last screen, before the pagination
    expect(lazy).toEqual(Array.from({ length: lazy.length }, (_, i) => lazy[0] + i)); // one run, in order
  });

  it('sizes text by characters and code by the lines shown', async () => {
    const h = html(await renderChapter(chapter(40, 20), 'ch01-00-sizes.md'));
    const m = h.match(/<p class="hb-lazy" style="--hb-chars:(\d+)">(문단 20:[^<]*)<\/p>/);
    expect(m, 'paragraph 20 is lazy').not.toBeNull();
    expect(Number(m![1])).toBe([...m![2]].length);
    expect(h).toMatch(/class="heapbook-code language-text hb-lazy" data-lang="text" style="--hb-lines:3"/);
  });

  it('never makes a file-name paragraph lazy (its negative margin must collapse with the listing’s)', async () => {
    const h = html(await renderChapter(chapter(40, 20), 'ch01-00-sizes.md'));
    expect(h).toContain('<p><span class="filename">파일명: src/main.rs</span></p>');
  });

  it('flags a listing lazy in the middle of a long chapter, not on its first screen', async () => {
    const r = await renderChapter(chapter(40, 20), 'ch01-00-sizes.md');
    const flags = r.segments.flatMap((s) => (s.kind === 'listing' ? [[s.listing.source.includes('middle'), s.lazy]] : []));
    expect(flags).toEqual([
      [false, false],
      [true, true],
    ]);
  });

  it('leaves a short chapter alone', async () => {
    const r = await renderChapter(chapter(6, 4), 'ch01-00-short.md');
    expect(html(r)).not.toContain('hb-lazy');
    expect(r.segments.some((s) => s.kind === 'listing' && s.lazy)).toBe(false);
  });
});
