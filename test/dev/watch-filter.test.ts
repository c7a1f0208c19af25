// Which watcher events reload the book: book sources anywhere in the folder, not build output or editor litter.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { isBookInput } from '../../src/dev/watch-filter.ts';

const root = '/books/rust';
const at = (...p: string[]) => join(root, ...p);

describe('isBookInput', () => {
  it('accepts chapters, SUMMARY, book.toml, images and listings outside src', () => {
    for (const p of [
      at('book.toml'),
      at('src', 'SUMMARY.md'),
      at('src', 'ch15-06.md'),
      at('src', 'img', 'trpl15-04.svg'),
      at('listings', 'ch15', 'listing-15-26', 'src', 'main.rs'),
      at('listings', 'ch15', 'listing-15-26', 'output.txt'),
    ]) {
      expect(isBookInput(root, p), p).toBe(true);
    }
  });

  it('ignores build output, hidden files, editor swap and backup files, and paths outside the book', () => {
    for (const p of [
      at('listings', 'ch15', 'listing-15-26', 'target', 'debug', 'main'),
      at('.git', 'index'),
      at('src', '.ch15-06.md.swp'),
      at('src', 'ch15-06.md~'),
      at('src', '4913'),
      at('src', '#ch01.md#'),
      '/books/other/src/ch01.md',
      root,
    ]) {
      expect(isBookInput(root, p), p).toBe(false);
    }
  });
});
