// Link, fragment and image resolution against a small site index: what the site would serve, nothing more.
import { describe, expect, it } from 'vitest';
import { linkProblem, type SiteIndex } from '../../src/check/check-links.ts';
import { closest } from '../../src/check/closest.ts';

const files = new Set(['src/img/a.svg', 'src/ch01.md', 'src/sub/ch02.md', 'src/draft.md', 'src/static.html', 'src/data/x.csv']);
const site: SiteIndex = {
  srcDir: 'src',
  anchors: new Map([
    ['ch01.md', new Set(['첫-장', 'listing-1-1'])],
    ['sub/ch02.md', new Set(['둘째-장'])],
  ]),
  pathByUrl: new Map([
    ['ch01.html', 'ch01.md'],
    ['sub/ch02.html', 'sub/ch02.md'],
  ]),
  isFile: (rel) => files.has(rel),
};

const link = (page: string, url: string) => linkProblem(page, { kind: 'link', url }, site);
const image = (page: string, url: string) => linkProblem(page, { kind: 'image', url }, site);

describe('linkProblem', () => {
  it('accepts chapters, fragments, captions, html urls and copied files', () => {
    expect(link('ch01.md', 'sub/ch02.md#둘째-장')).toBeNull();
    expect(link('sub/ch02.md', '../ch01.md#listing-1-1')).toBeNull();
    expect(link('sub/ch02.md', '../ch01.html#%EC%B2%AB-%EC%9E%A5')).toBeNull();
    expect(link('ch01.md', '#첫-장')).toBeNull();
    expect(link('ch01.md', 'static.html')).toBeNull();
    expect(link('ch01.md', 'data/x.csv')).toBeNull();
    expect(link('ch01.md', 'https://doc.rust-lang.org/book/')).toBeNull();
    expect(link('ch01.md', 'mailto:a@b.c')).toBeNull();
    expect(image('sub/ch02.md', '../img/a.svg')).toBeNull();
  });

  it('rejects missing chapters, unlisted chapters and unknown pages', () => {
    expect(link('ch01.md', 'nope.md')?.message).toContain('링크한 장 파일이 없습니다: src/nope.md');
    expect(link('ch01.md', 'draft.md')?.message).toContain('목차(SUMMARY.md)에 없어');
    expect(link('ch01.md', 'nope.html')?.message).toContain('링크한 페이지가 없습니다');
    expect(link('ch01.md', 'data/y.csv')?.message).toContain('링크한 파일이 없습니다: src/data/y.csv');
  });

  it('rejects unknown fragments and suggests a close id', () => {
    const p = link('sub/ch02.md', '../ch01.md#첫-장1');
    expect(p?.severity).toBe('error');
    expect(p?.message).toContain('ch01.md 페이지');
    expect(p?.message).toContain('혹시 #첫-장?');
    expect(link('ch01.md', '#없음')?.message).toContain('이 페이지');
  });

  it('rejects images that are missing or outside src, warns about absolute paths', () => {
    expect(image('ch01.md', 'img/b.svg')?.message).toBe('이미지 파일이 없습니다: src/img/b.svg');
    expect(image('ch01.md', '../listings/a.svg')?.message).toContain('src 폴더 밖');
    expect(image('ch01.md', '')?.severity).toBe('error');
    expect(link('ch01.md', '/ch01.html')?.severity).toBe('warning');
  });
});

describe('closest', () => {
  it('finds a near id and refuses far ones', () => {
    expect(closest('listing-15-62', ['listing-15-26', 'figure-15-4'])).toBe('listing-15-26');
    expect(closest('전혀-다른-제목', ['listing-15-26'])).toBeNull();
  });
});
