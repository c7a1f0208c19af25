// Loads the hand-made Book in fixtures/book/book.json (root = that folder), standing in for loadBook.
// Shared by the site tests.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Book } from '../../src/book/model.ts';

export const FIXTURE_BOOK_DIR = fileURLToPath(new URL('./fixtures/book/', import.meta.url));

export async function loadFixtureBook(root: string = FIXTURE_BOOK_DIR): Promise<Book> {
  const data = JSON.parse(await readFile(new URL('./fixtures/book/book.json', import.meta.url), 'utf8')) as Omit<Book, 'root'>;
  return { ...data, root };
}
