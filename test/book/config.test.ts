// book.toml → BookConfig: mdBook's [book] keys and defaults; bad TOML and wrong types carry a line.
import { describe, expect, it } from 'vitest';
import { parseBookToml } from '../../src/book/config.ts';
import { BookError } from '../../src/book/model.ts';

function error(text: string): BookError {
  try {
    parseBookToml(text);
  } catch (e) {
    if (e instanceof BookError) return e;
    throw e;
  }
  throw new Error('expected a BookError');
}

describe('parseBookToml', () => {
  it('reads the [book] table', () => {
    const toml = [
      '[book]',
      'title = "러스트 프로그래밍 언어"',
      'authors = ["Steve Klabnik", "Carol Nichols"]',
      'language = "ko"',
      'description = "메모리까지 보이는 러스트 교과서"',
      'src = "./src/"',
      '',
      '[output.html]',
      'additional-css = ["ferris.css"]',
    ].join('\n');
    expect(parseBookToml(toml, 'book.toml')).toEqual({
      title: '러스트 프로그래밍 언어',
      authors: ['Steve Klabnik', 'Carol Nichols'],
      language: 'ko',
      description: '메모리까지 보이는 러스트 교과서',
      srcDir: 'src',
    });
  });

  it('uses mdBook defaults for what is missing', () => {
    expect(parseBookToml('')).toEqual({ title: '', authors: [], language: 'en', srcDir: 'src' });
    expect(parseBookToml('[book]\ntitle = "T"\nsrc = "book-src"')).toEqual({
      title: 'T',
      authors: [],
      language: 'en',
      srcDir: 'book-src',
    });
  });

  it('reports TOML syntax errors with line and column', () => {
    const e = error('[book]\ntitle = "unterminated\n');
    expect(e.loc).toMatchObject({ file: 'book.toml', line: 2 });
    expect(e.message).toMatch(/^book\.toml:2:\d+: book\.toml을 읽을 수 없습니다: /);
  });

  it('reports wrong types at the key', () => {
    expect(error('[book]\ntitle = "x"\nauthors = "me"\n').message).toBe(
      'book.toml:3: [book] authors은(는) 문자열 배열이어야 합니다',
    );
    expect(error('[book]\ntitle = 3\n').message).toBe('book.toml:2: [book] title은(는) 문자열이어야 합니다');
    expect(error('book = 1\n').message).toBe('book.toml:1: [book]은 표(table)여야 합니다');
  });

  it('keeps src inside the book folder', () => {
    expect(error('[book]\nsrc = "../elsewhere"\n').message).toBe(
      'book.toml:2: [book] src는 책 폴더 안의 상대 경로여야 합니다 (../elsewhere)',
    );
    expect(error('[book]\nsrc = "/abs"\n').loc.line).toBe(2);
  });
});
