// The island as the build renders it (server-side, no JavaScript yet): a listing the simulator cannot run has no
// Run button and says why in Korean; a runnable one has Run and Edit and the collapsed pre-computed result. The page
// passes the build-time parts as named slots (src/site/ListingSlot.astro); so does this test.
import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import RunnableListing from '../../components/RunnableListing.tsx';
import { CannotRun, Precomputed } from '../../components/run/Precomputed.tsx';
import { parseCodeAttrs } from '../../src/book/listings/code-attrs.ts';
import type { ListingData } from '../../src/book/model.ts';

const base: ListingData = {
  id: 'listing-9-9',
  source: 'fn main() {}\n',
  visible: [true],
  attrs: parseCodeAttrs('rust'),
  loc: { file: 'src/ch09.md', line: 3 },
};

describe('RunnableListing (server-rendered)', () => {
  it('has no Run button for a listing the simulator cannot run, and names the reason', () => {
    const listing: ListingData = {
      ...base,
      precomputed: { stdout: '', stderr: '', exitCode: 2, couldNotRun: true, diagnostic: { line: 1, col: 1, message: '지원하지 않는 기능: async 함수' }, bookOutput: 'Hello, world!\n' },
    };
    const html = renderToString(h(RunnableListing, { listing, cannotRunNote: h(CannotRun, { listing }) }));
    expect(html).not.toContain('data-action="run"');
    expect(html).toContain('data-cannot-run');
    expect(html).toContain('지원하지 않는 기능: async 함수');
    expect(html).toContain('Hello, world!');
    expect(html).not.toContain('종료 코드 2');
  });

  it('has Run and Edit and the collapsed pre-computed result for a runnable listing, with the cut note', () => {
    const listing: ListingData = { ...base, precomputed: { stdout: 'a\n', stderr: '', exitCode: 0, cut: { shownBytes: 2, totalBytes: 2_000_000 } } };
    const html = renderToString(h(RunnableListing, { listing, precomputed: h(Precomputed, { listing }) }));
    expect(html).toContain('data-action="run"');
    expect(html).toContain('data-action="edit"');
    expect(html).toMatch(/<details class="hb-precomputed"[^>]*>/);
    expect(html).not.toMatch(/<details[^>]* open/);
    expect(html).toContain('출력이 너무 길어 앞부분만 실었습니다 (전체 2,000,000바이트 중 2바이트)');
  });
});
