// Hands the already-loaded Book from `heapbook build` to the Astro pages running in the same process.
// A global keyed by Symbol.for survives the split between tsx-loaded CLI code and Vite-bundled pages.
import type { Book } from '../book/model.ts';

const KEY = Symbol.for('heapbook.book');

type Holder = { [KEY]?: Book };

/** Makes `book` the one the pages render; `undefined` clears it. */
export function handOverBook(book: Book | undefined): void {
  (globalThis as Holder)[KEY] = book;
}

/** The book handed over by the build, if any. */
export function handedOverBook(): Book | undefined {
  return (globalThis as Holder)[KEY];
}
