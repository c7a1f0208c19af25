// Listing ids: from the include's listing folder, else '<page-stem>-<n>'; unique per page, and the
// captioned block keeps the plain id when one listing folder is included twice.
import { describe, it, expect } from 'vitest';
import { assignListingIds, pageStem } from '../../../src/book/listings/listing-ids.ts';
import { captionId } from '../../../src/book/markdown/rehype-captions.ts';

const plain = (fromInclude: string | null, caption: string | null = null) => ({ fromInclude, captionId: caption });

describe('listing ids', () => {
  it('derives the page stem', () => {
    expect(pageStem('ch15-06-reference-cycles.md')).toBe('ch15-06-reference-cycles');
    expect(pageStem('appendix/README.md')).toBe('appendix-README');
  });

  it('numbers listings by their place and suffixes repeats', () => {
    expect(assignListingIds('ch15-06', [plain(null), plain('listing-15-26'), plain(null), plain('listing-15-26'), plain('listing-15-26')])).toEqual([
      'ch15-06-1',
      'listing-15-26',
      'ch15-06-3',
      'listing-15-26-2',
      'listing-15-26-3',
    ]);
  });

  it('gives the plain id to the block its caption names (TRPL includes a listing in two parts)', () => {
    expect(assignListingIds('ch15-06', [plain('listing-15-27'), plain('listing-15-27', 'listing-15-27'), plain('listing-15-28', 'listing-15-28')])).toEqual([
      'listing-15-27-2',
      'listing-15-27',
      'listing-15-28',
    ]);
  });

  it('matches zero-padded folder names with caption numbers', () => {
    expect(assignListingIds('p', [plain('listing-15-01'), plain('listing-15-01', 'listing-15-1')])).toEqual(['listing-15-01-2', 'listing-15-01']);
  });

  it('never hands out the same id twice', () => {
    const ids = assignListingIds('p', [plain('listing-1-1'), plain('listing-1-1-2'), plain('listing-1-1', 'listing-1-1'), plain('listing-1-1')]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[2]).toBe('listing-1-1');
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
