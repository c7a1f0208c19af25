// mdBook heading ids: the cases from mdBook's own `it_normalizes_ids` / `it_generates_unique_ids` tests.
import { describe, it, expect } from 'vitest';
import { idFromContent, createUniqueIds } from '../../../src/book/slug.ts';

describe('idFromContent', () => {
  it.each([
    ['`--passes`: add more rustdoc passes', '--passes-add-more-rustdoc-passes'],
    ['Method-call 🐙 expressions \u{1f47c}', 'method-call--expressions-'],
    ['_-_12345', '_-_12345'],
    ['12345', '12345'],
    ['中文', '中文'],
    ['にほんご', 'にほんご'],
    ['한국어', '한국어'],
    ['', ''],
    ['中文標題 CJK title', '中文標題-cjk-title'],
    ['Über', 'Über'],
    ['  Rc<T>와 RefCell<T>로 순환 참조 만들기  ', 'rct와-refcellt로-순환-참조-만들기'],
  ])('%j → %j', (text, id) => {
    expect(idFromContent(text)).toBe(id);
  });
});

describe('createUniqueIds', () => {
  it('suffixes repeats -1, -2 per allocator', () => {
    const unique = createUniqueIds();
    expect(['', 'Über', 'Über', 'Über', 'a'].map(unique)).toEqual(['', 'Über', 'Über-1', 'Über-2', 'a']);
    expect(createUniqueIds()('Über')).toBe('Über');
  });
});
