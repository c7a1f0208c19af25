// Listing ids: from the include's listing folder, else '<page-stem>-<n>'; unique per page.
import { describe, it, expect } from 'vitest';
import { createListingIds, pageStem } from '../../../src/book/listings/listing-ids.ts';
import { captionId } from '../../../src/book/markdown/rehype-captions.ts';

describe('listing ids', () => {
  it('derives the page stem', () => {
    expect(pageStem('ch15-06-reference-cycles.md')).toBe('ch15-06-reference-cycles');
    expect(pageStem('appendix/README.md')).toBe('appendix-README');
  });

  it('numbers listings and suffixes repeats', () => {
    const ids = createListingIds('ch15-06');
    expect([ids.next(null), ids.next('listing-15-26'), ids.next(null), ids.next('listing-15-26'), ids.next('listing-15-26')]).toEqual([
      'ch15-06-1',
      'listing-15-26',
      'ch15-06-3',
      'listing-15-26-2',
      'listing-15-26-3',
    ]);
  });
});

describe('captionId', () => {
  it.each([
    ['예제 15-26: 두 개의 `List` 값', 'listing-15-26'],
    ['Listing 3-1: English', 'listing-3-1'],
    ['그림 15-4: 순환', 'figure-15-4'],
    ['Figure 4-2 x', 'figure-4-2'],
    ['그냥 설명', null],
  ])('%j → %j', (text, id) => {
    expect(captionId(text)).toBe(id);
  });
});
