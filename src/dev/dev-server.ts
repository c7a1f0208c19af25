// Starts `heapbook dev`: loads the book once, then runs Astro's dev server over this package's site with the
// reload integration; the book the pages render is handed over in-process and replaced on every good reload.
import { resolve } from 'node:path';
import { dev } from 'astro';
import type { Book } from '../book/model.ts';
import { handOverBook } from '../site/book-handoff.ts';
import { PACKAGE_ROOT } from '../cli/build/astro-build.ts';
import { checkBookReferences, createReferenceCache } from '../check/book-references.ts';
import { checkBook } from '../check/check-book.ts';
import { BookSession } from './book-session.ts';
import type { DevStatus } from './dev-status.ts';
import { heapbookDevIntegration } from './dev-integration.ts';

export interface DevServerOptions {
  bookDir: string;
  port?: number;
  host?: string;
  onStatus?: (status: DevStatus, book: Book | null) => void;
}

export interface RunningDevServer {
  url: string;
  session: BookSession;
  stop(): Promise<void>;
}

/** Loads the book for dev: no pre-run (readers' Run buttons use the in-browser simulator), and chapters whose
 *  files did not change since the last reload are reused, so an edit re-renders only its own page. */
function devLoader(): (root: string) => Promise<Book> {
  let cache: import('../book/load-book.ts').BookCache | undefined;
  return async (root) => {
    const { loadBook, createBookCache } = await import('../book/load-book.ts');
    cache ??= createBookCache();
    cache.resetStats();
    return loadBook(root, { prerun: false, cache, chapterErrors: 'page' });
  };
}

export async function startDevServer(opts: DevServerOptions): Promise<RunningDevServer> {
  const root = resolve(opts.bookDir);
  process.env.HEAPBOOK_BOOK = root;
  // A dev server whatever the shell says: under NODE_ENV=test (or production) Vite's page reloads never reach the browser.
  process.env.NODE_ENV = 'development';
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
  process.env.ASTRO_DISABLE_UPDATE_CHECK ??= 'true';
  const referenceCache = createReferenceCache();
  const session = new BookSession(root, {
    load: devLoader(),
    handOver: handOverBook,
    references: (book) => checkBookReferences(book, undefined, { brokenLinks: 'warning', cache: referenceCache }), // as build: mdBook builds them
    fullCheck: async (r) => (await checkBook(r, { runListings: false })).diagnostics,
  });
  const report = (status: DevStatus) => opts.onStatus?.(status, session.book);
  const first = await session.reload();
  report(first.status);
  if (!first.status.loaded) {
    const refined = await session.refine();
    if (refined) report(refined);
  }
  const server = await dev({
    root: PACKAGE_ROOT,
    logLevel: 'warn',
    server: { port: opts.port ?? 4321, host: opts.host ?? '127.0.0.1' },
    devToolbar: { enabled: false },
    integrations: [heapbookDevIntegration({ session, base: '/', onStatus: report })],
  });
  const host = opts.host && opts.host !== '0.0.0.0' ? opts.host : '127.0.0.1';
  return {
    url: `http://${host}:${server.address.port}/`,
    session,
    async stop() {
      await server.stop();
      handOverBook(undefined);
    },
  };
}
