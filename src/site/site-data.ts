// The book the pages render: the one handed over (book-handoff.ts) by `heapbook build` or a dev server running
// Astro in the same process. Templates only read from here; nothing in the pages loads the book itself.
/// <reference types="astro/client" />
import type { Book } from '../book/model.ts';
import { handedOverBook } from './book-handoff.ts';

/*
 * Deliberately no fallback `import('../book/load-book.ts')` here: it would make Vite bundle all of src/book and
 * src/sim into the page build, which doubled its time (27 s instead of 14 s for the test book).
 */
export async function siteBook(): Promise<Book> {
  const book = handedOverBook();
  if (!book) {
    throw new Error(
      'heapbook: 렌더링할 책이 없습니다. `heapbook build`(또는 handOverBook을 부르는 개발 서버)로 실행하세요.',
    );
  }
  return book;
}

/** The site's base URL, always ending in '/', prefixed to every internal link. */
export const SITE_BASE: string = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : import.meta.env.BASE_URL + '/';
