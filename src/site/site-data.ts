// The book the pages render, loaded once per build: the one `heapbook build` handed over, else the folder
// named by HEAPBOOK_BOOK (default content/), read with loadBook. Templates only read from here.
/// <reference types="astro/client" />
import type { Book } from '../book/model.ts';
import { handedOverBook } from './book-handoff.ts';

export async function siteBook(): Promise<Book> {
  const book = handedOverBook();
  if (!book) {
    throw new Error('heapbook: 렌더링할 책이 없습니다. `heapbook build`로 빌드하세요.');
  }
  return book;
}

/** The site's base URL, always ending in '/', prefixed to every internal link. */
export const SITE_BASE: string = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : import.meta.env.BASE_URL + '/';
