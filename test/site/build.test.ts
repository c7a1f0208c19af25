// End-to-end site build of the fixture book through buildSite (the CLI's code path): one real Astro build,
// then assertions on the HTML, the copied asset, the Pagefind index, and on failures keeping the old output.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../../src/cli/build/build-site.ts';
import type { BuildSummary } from '../../src/cli/build/report.ts';
import { BookError } from '../../src/book/model.ts';
import { FIXTURE_BOOK_DIR, loadFixtureBook } from './fixture-book.ts';

let work: string;
let out: string;
let summary: BuildSummary;
const page = (name: string) => readFile(join(out, name), 'utf8');

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'heapbook-site-'));
  out = join(work, 'dist');
  await mkdir(out);
  await writeFile(join(out, 'stale.html'), 'from an earlier build');
  summary = await buildSite({ bookDir: FIXTURE_BOOK_DIR, outDir: out, load: loadFixtureBook });
}, 240_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('buildSite on the fixture book', () => {
  it('writes one file per page URL, index.html, 404.html, and replaces the old output', async () => {
    const files = await readdir(out);
    for (const f of ['index.html', 'introduction.html', 'ch15-01-box.html', 'ch15-06-reference-cycles.html', '404.html', 'print.html']) {
      expect(files).toContain(f);
    }
    expect(files).not.toContain('stale.html');
    expect(files).not.toContain('content-assets.mjs');
    expect((await readdir(work)).filter((f) => f.startsWith('.heapbook-tmp'))).toEqual([]);
    expect(summary).toMatchObject({ pages: 3, listings: 1, assets: 1, searchPages: 3, outDir: out });
  });

  it('renders Korean pages with title, description and the skip link', async () => {
    const html = await page('ch15-01-box.html');
    expect(html).toMatch(/<html lang="ko"/);
    expect(html).toContain('<title>Box&lt;T&gt;로 힙 데이터 가리키기 - 시험용 책</title>');
    expect(html).toContain('<meta name="description" content="박스는 값을 힙에 저장합니다.">');
    expect(await page('404.html')).toContain('<meta name="description" content="사이트 빌드 시험용 책">');
    expect(html).toContain('<a class="skip-link" href="#content">본문으로 건너뛰기</a>');
  });

  it('marks the current chapter in the sidebar and greys drafts without links', async () => {
    const html = await page('ch15-01-box.html');
    const current = [...html.matchAll(/<a href="([^"]+)" aria-current="page">/g)].map((m) => m[1]);
    expect(current).toEqual(['ch15-01-box.html']);
    expect(html).toContain('<li class="toc-part"><span class="toc-part-title">스마트 포인터</span></li>');
    const draft = html.match(/<li class="toc-item toc-draft">\s*<span class="toc-draft-label" title="1\.3\. Drop 트레이트 \(준비 중\)">([\s\S]*?)<\/li>/);
    expect(draft?.[1]).toContain('<span class="toc-title">Drop 트레이트</span>');
    expect(draft?.[1]).not.toContain('<a ');
    const other = await page('ch15-06-reference-cycles.html');
    expect([...other.matchAll(/<a href="([^"]+)" aria-current="page">/g)].map((m) => m[1])).toEqual(['ch15-06-reference-cycles.html']);
  });

  it('links previous and next chapters, in the page and as <link rel>', async () => {
    const html = await page('ch15-01-box.html');
    expect(html).toContain('<link rel="prev" href="introduction.html">');
    expect(html).toContain('<link rel="next" href="ch15-06-reference-cycles.html">');
    expect(html).toMatch(/<a class="pagination-link pagination-next" href="ch15-06-reference-cycles.html" rel="next">[\s\S]*1\.2\. 순환 참조/);
    const first = await page('introduction.html');
    expect(first).not.toContain('rel="prev"');
    const last = await page('ch15-06-reference-cycles.html');
    expect(last).not.toContain('rel="next"');
  });

  it('renders the on-page TOC, the listing and the static code block', async () => {
    const html = await page('ch15-01-box.html');
    expect(html).toMatch(/<nav class="page-toc"[^>]*>[\s\S]*<a href="#use">사용하기<\/a>[\s\S]*<a href="#cycle">순환<\/a>/);
    expect(html).toMatch(/data-listing="listing-15-1"/);
    expect(html).toContain('<span class="line hidden">');
  });

  it('makes index.html a copy of the first page, canonical to it and left out of search', async () => {
    const index = await page('index.html');
    expect(index).toContain('<link rel="canonical" href="introduction.html">');
    expect(index).not.toContain('data-pagefind-body');
    expect(await page('introduction.html')).toContain('data-pagefind-body');
  });

  it('puts the whole book on print.html with static listings, outside the search index', async () => {
    const html = await page('print.html');
    expect(html.match(/<section class="print-chapter"/g)).toHaveLength(3);
    expect(html).toContain('박스는 값을 힙에 저장합니다.');
    expect(html).toContain('약한 참조 <code>Weak&lt;T&gt;</code>로 순환을 끊습니다.');
    expect(html).toContain('<span class="line hidden">');
    expect(html).not.toContain('<astro-island');
    expect(html).not.toContain('data-pagefind-body');
  });

  it('has a Korean 404 page', async () => {
    const html = await page('404.html');
    expect(html).toContain('페이지를 찾을 수 없습니다');
    expect(html).not.toContain('aria-current="page"');
  });

  it('copies the book assets at their relative paths', async () => {
    const src = await readFile(join(FIXTURE_BOOK_DIR, 'src/img/cycle.svg'), 'utf8');
    expect(await readFile(join(out, 'img/cycle.svg'), 'utf8')).toBe(src);
  });

  it('writes a Korean Pagefind index with the UI script', async () => {
    const entry = JSON.parse(await readFile(join(out, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['ko']);
    expect(entry.languages.ko.page_count).toBe(3);
    expect((await stat(join(out, 'pagefind/pagefind-ui.js'))).isFile()).toBe(true);
  });

  it('keeps the previous output when the book has a content error', async () => {
    const before = await page('ch15-01-box.html');
    const failing = buildSite({
      bookDir: FIXTURE_BOOK_DIR,
      outDir: out,
      load: async () => {
        throw new BookError({ file: 'src/SUMMARY.md', line: 3, col: 1 }, '없는 파일');
      },
    });
    await expect(failing).rejects.toBeInstanceOf(BookError);
    expect(await page('ch15-01-box.html')).toBe(before);
  });

  it('keeps the previous output when an asset is missing', async () => {
    const before = await readdir(out);
    const failing = buildSite({
      bookDir: FIXTURE_BOOK_DIR,
      outDir: out,
      load: async (root) => ({ ...(await loadFixtureBook(root)), assets: ['img/없는-그림.svg'] }),
    });
    await expect(failing).rejects.toThrow(/없는-그림\.svg/);
    expect(await readdir(out)).toEqual(before);
    expect((await readdir(work)).filter((f) => f.startsWith('.heapbook-tmp'))).toEqual([]);
  });
});
