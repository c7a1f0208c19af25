// Request paths the dev middleware answers: below the site base only, assets inside src only, never chapters.
import { describe, expect, it } from 'vitest';
import { assetRequest, pathBelowBase } from '../../src/dev/dev-middleware.ts';

describe('pathBelowBase', () => {
  it('strips the base and the query, decodes', () => {
    expect(pathBelowBase('/img/%EA%B7%B8%EB%A6%BC.svg?v=1', '/')).toBe('img/그림.svg');
    expect(pathBelowBase('/book/__heapbook/status', '/book/')).toBe('__heapbook/status');
    expect(pathBelowBase('/other/x', '/book/')).toBeNull();
    expect(pathBelowBase('/%E0%A4%A', '/')).toBeNull();
  });
});

describe('assetRequest', () => {
  it('allows files inside src and refuses escapes, chapters and folders', () => {
    expect(assetRequest('img/a.svg')).toBe('img/a.svg');
    expect(assetRequest('../book.toml')).toBeNull();
    expect(assetRequest('img/../../x')).toBeNull();
    expect(assetRequest('ch01.md')).toBeNull();
    expect(assetRequest('')).toBeNull();
    expect(assetRequest('img//a.svg')).toBeNull();
  });
});
