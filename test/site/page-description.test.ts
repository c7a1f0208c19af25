// Meta descriptions: first real paragraph as plain text, entities decoded, shortened; fallback otherwise.
import { describe, expect, it } from 'vitest';
import { pageDescription } from '../../src/site/page-description.ts';
import type { Page } from '../../src/book/model.ts';
import { loadFixtureBook } from './fixture-book.ts';

const book = await loadFixtureBook();
const withHtml = (html: string): Page => ({ ...book.pages[0], segments: [{ kind: 'html', html }] });

describe('pageDescription', () => {
  it('takes the first paragraph of the page as plain text', () => {
    expect(pageDescription(book.pages[0], '책')).toBe(
      '이 책은 메모리 그림으로 러스트를 배웁니다. 긴 한국어 문장이 어절 단위로 줄바꿈되는지 확인하기 위한 문단입니다.',
    );
  });
  it('skips file names, captions and images, and decodes entities', () => {
    const html = '<h1>제목</h1><p><span class="filename">파일명: src/main.rs</span></p><p><img src="a.svg" alt="그림"></p><p><span class="caption">예제 1</span></p><p><code>Rc&#x3C;T></code>와 <code>Weak&lt;T&gt;</code>로 순환을 &quot;끊는&quot; 방법을 봅니다.</p>';
    expect(pageDescription(withHtml(html), '책')).toBe('Rc<T>와 Weak<T>로 순환을 "끊는" 방법을 봅니다.');
  });
  it('shortens long paragraphs to 150 characters with an ellipsis', () => {
    const long = '가나다라마바사 '.repeat(40);
    const d = pageDescription(withHtml(`<p>${long}</p>`), '책');
    expect(d.length).toBeLessThanOrEqual(150);
    expect(d.endsWith('…')).toBe(true);
  });
  it('falls back to the book description when there is no paragraph', () => {
    expect(pageDescription(withHtml('<h1>제목만</h1><p> </p>'), '책 설명')).toBe('책 설명');
  });
});
