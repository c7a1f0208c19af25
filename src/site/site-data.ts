// The book the pages render: the one handed over by `heapbook build` (or a dev server), else the folder named
// by HEAPBOOK_BOOK (default content/) read once with loadBook. Templates only read from here.
/// <reference types="astro/client" />
import { resolve } from 'node:path';
import type { Book } from '../book/model.ts';
import { handedOverBook } from './book-handoff.ts';

let loaded: Promise<Book> | undefined;

export async function siteBook(): Promise<Book> {
  const book = handedOverBook();
  if (book) return book;
  // Plain `astro dev`/`astro build` without the heapbook CLI: read the book here (no precomputed runs).
  loaded ??= import('../book/load-book.ts').then(({ loadBook }) => loadBook(resolve(process.env.HEAPBOOK_BOOK ?? 'content')));
  return loaded;
}

/** The site's base URL, always ending in '/', prefixed to every internal link. */
export const SITE_BASE: string = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : import.meta.env.BASE_URL + '/';
