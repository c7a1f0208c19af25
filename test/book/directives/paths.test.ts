// Unit tests for include path resolution, listing ids and Rust-style line splitting.
import { describe, expect, it } from 'vitest';
import { resolveIncludePath } from '../../../src/book/directives/resolve-path.ts';
import { listingIdFromPath } from '../../../src/book/directives/listing-id.ts';
import { rustLines } from '../../../src/book/directives/rust-lines.ts';

describe('resolveIncludePath', () => {
  it('resolves against the including file’s folder', () => {
    expect(resolveIncludePath('/book', 'src/ch15.md', '../listings/ch15/x.rs')).toEqual({
      ok: true,
      path: 'listings/ch15/x.rs',
      absPath: '/book/listings/ch15/x.rs',
    });
    expect(resolveIncludePath('/book/', 'src/a/b.md', './c.rs')).toMatchObject({ path: 'src/a/c.rs' });
    expect(resolveIncludePath('/book', 'listings/x/src/main.rs', 'helper.rs')).toMatchObject({
      path: 'listings/x/src/helper.rs',
    });
  });

  it('accepts an absolute path inside the root and refuses anything outside', () => {
    expect(resolveIncludePath('/book', 'src/a.md', '/book/listings/x.rs')).toMatchObject({ ok: true, path: 'listings/x.rs' });
    expect(resolveIncludePath('/book', 'src/a.md', '/etc/passwd')).toEqual({
      ok: false,
      message: '경로가 책 루트 밖을 가리킵니다 (/etc/passwd)',
    });
    expect(resolveIncludePath('/book', 'src/a.md', '../../x.rs')).toMatchObject({ ok: false });
    expect(resolveIncludePath('/book', 'src/a.md', '../listings/../../book2/x.rs')).toMatchObject({ ok: false });
  });
});

describe('listingIdFromPath', () => {
  it('takes the nearest listing folder', () => {
    expect(listingIdFromPath('listings/ch15-smart-pointers/listing-15-26/src/main.rs')).toBe('listing-15-26');
    expect(listingIdFromPath('listings/ch08/listing-08-01-alt/src/main.rs')).toBe('listing-08-01-alt');
    expect(listingIdFromPath('listings/ch20/listing-20-07b/src/lib.rs')).toBe('listing-20-07b');
    expect(listingIdFromPath('listings/listing-01-01/inner/listing-01-02/src/main.rs')).toBe('listing-01-02');
  });

  it('ignores other folders and the file name itself', () => {
    expect(listingIdFromPath('listings/ch15/no-listing-01-drop/src/main.rs')).toBeNull();
    expect(listingIdFromPath('listings/ch15/output-only-01/src/main.rs')).toBeNull();
    expect(listingIdFromPath('listings/listing-15-26')).toBeNull();
    expect(listingIdFromPath('src/ch15.md')).toBeNull();
  });
});

describe('rustLines', () => {
  it('matches Rust str::lines (checked with rustc 1.95)', () => {
    expect(rustLines('a\r\nb\r')).toEqual(['a', 'b\r']);
    expect(rustLines('a\n\nb\n')).toEqual(['a', '', 'b']);
    expect(rustLines('\n')).toEqual(['']);
    expect(rustLines('')).toEqual([]);
    expect(rustLines('x\r')).toEqual(['x\r']);
    expect(rustLines('a\rb\n')).toEqual(['a\rb']);
  });
});
