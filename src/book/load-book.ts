// loadBook: reads an mdBook-layout folder (book.toml, SUMMARY.md, chapters, listings) into the Book model:
// pages in reading order with mdBook URLs, prev/next, segments and listings, assets, warnings.
import { resolve, posix } from 'node:path';
import { BookError, type Book, type BookDiagnostic, type Page } from './model.ts';
import { readBookToml } from './config.ts';
import { parseSummary, flattenChapters, type ChapterWithPath } from './summary/index.ts';
import { expandDirectives } from './directives/expand.ts';
import { bookFileReader, readSourceFile } from './read-source.ts';
import { renderChapter, type RenderedChapter } from './markdown/render-chapter.ts';
import { expandedContext } from './markdown/expanded-context.ts';
import { pageUrl, navLink } from './navigation.ts';
import { listAssets } from './assets.ts';
import { prerunListings } from './listings/prerun.ts';
import { precomputeRunAssets } from './listings/run-asset.ts';
import { ChapterCache } from './chapter-cache.ts';
import type { FileReader } from './read-source.ts';
import { crateFolder } from './listings/crate-folder.ts';
import type { ListingData } from './model.ts';

/** Fills `listing.cargo` (crate folder and its output.txt) for listings included from a crate; reads through `read`. */
function attachCrates(root: string, listings: ListingData[], read: FileReader): void {
  const exists = (rel: string) => {
    try {
      return read(resolve(root, rel)) !== null;
    } catch {
      return false;
    }
  };
  for (const listing of listings) {
    if (!listing.sourceFile) continue;
    const dir = crateFolder(listing.sourceFile, exists);
    if (!dir) continue;
    let outputTxt: string | null = null;
    try {
      outputTxt = read(resolve(root, dir, 'output.txt'));
    } catch {
      outputTxt = null; // not UTF-8: the check reports it where the chapter includes it
    }
    listing.cargo = { dir, ...(outputTxt !== null ? { outputTxt } : {}) };
  }
}

export { renderChapter } from './markdown/render-chapter.ts';

export interface LoadBookOptions {
  /** Run each runnable listing in the simulator to precompute its output. Default false. */
  prerun?: boolean;
  /**
   * Reuse chapters whose files read the same as last time (heapbook dev passes one cache across reloads).
   * Not with `prerun`: pre-running fills the listings in place.
   */
  cache?: BookCache;
  /**
   * 'page' (heapbook dev): a chapter that cannot be rendered (missing include, anchor…) becomes a page saying so
   * and an error diagnostic, and every other page is still made. Default 'throw' (build: nothing is written).
   */
  chapterErrors?: 'throw' | 'page';
}

/** What a chapter's rendering depends on besides its files: nothing from SUMMARY except its path. */
interface RenderedPage {
  title?: string;
  segments: Page['segments'];
  toc: Page['toc'];
  diagnostics: BookDiagnostic[];
  rendered: RenderedChapter;
}

export type BookCache = ChapterCache<RenderedPage>;

export function createBookCache(): BookCache {
  return new ChapterCache<RenderedPage>();
}

interface ChapterResult {
  page: Omit<Page, 'prev' | 'next'>;
  diagnostics: BookDiagnostic[];
  rendered: RenderedChapter;
}

function mustRead(abs: string, file: string, loc: { file: string; line: number }, what: string): string {
  const text = readSourceFile(abs, file);
  if (text === null) throw new BookError(loc, `${what}이(가) 없습니다: ${file}`);
  return text;
}

async function renderPage(root: string, file: string, path: string, item: ChapterWithPath, read: FileReader): Promise<RenderedPage> {
  const markdown = read(resolve(root, file));
  if (markdown === null) throw new BookError(item.loc, `장 파일이(가) 없습니다: ${file}`);
  const expanded = expandDirectives(markdown, { file, bookRoot: root, readFile: read });
  const rendered = await renderChapter(expanded.text, expandedContext(path, file, expanded, root));
  attachCrates(root, rendered.listings, read);
  return {
    ...(expanded.title ?? rendered.firstHeading ? { title: expanded.title ?? rendered.firstHeading } : {}),
    segments: rendered.segments,
    toc: rendered.toc,
    diagnostics: [...expanded.warnings, ...rendered.diagnostics],
    rendered,
  };
}

async function loadChapter(root: string, srcDir: string, item: ChapterWithPath, cache: BookCache | undefined): Promise<ChapterResult> {
  const file = posix.join(srcDir, item.path);
  const read = bookFileReader(root);
  const r = cache
    ? await cache.get(file, read, (recording) => renderPage(root, file, item.path, item, recording))
    : await renderPage(root, file, item.path, item, read);
  return {
    page: {
      path: item.path,
      url: pageUrl(item.path),
      title: r.title ?? item.title,
      number: item.number,
      segments: r.segments,
      toc: r.toc,
    },
    diagnostics: r.diagnostics,
    rendered: r.rendered,
  };
}

/**
 * The 404 page's own markdown, as mdBook reads it: `input-404` (default '404.md', relative to src; '' turns it off).
 * A missing default file means the built-in page; a missing file named in book.toml is a warning.
 */
async function loadNotFound(rootAbs: string, srcDir: string, input404: string | undefined): Promise<{ page?: Book['notFound']; warnings: BookDiagnostic[] }> {
  if (input404 === '') return { warnings: [] };
  const path = input404 ?? '404.md';
  const file = posix.join(srcDir, path);
  const markdown = readSourceFile(resolve(rootAbs, file), file);
  if (markdown === null) {
    return input404 === undefined
      ? { warnings: [] }
      : { warnings: [{ severity: 'warning', loc: { file: 'book.toml', line: 1 }, message: `[output.html] input-404 파일이 없습니다: ${file}. 기본 404 페이지를 씁니다` }] };
  }
  const expanded = expandDirectives(markdown, { file, bookRoot: rootAbs, readFile: bookFileReader(rootAbs) });
  const rendered = await renderChapter(expanded.text, expandedContext(path, file, expanded));
  return {
    page: { title: expanded.title ?? rendered.firstHeading ?? '페이지를 찾을 수 없습니다', segments: rendered.segments },
    warnings: [...expanded.warnings, ...rendered.diagnostics],
  };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The page shown in place of a chapter that could not be rendered (dev only). */
function brokenChapter(item: ChapterWithPath, err: BookError): ChapterResult {
  const where = `${err.loc.file}:${err.loc.line}${err.loc.col ? ':' + err.loc.col : ''}`;
  const prefix = `${where}: `;
  const message = err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message;
  const html =
    `<h1 id="heapbook-broken-chapter">${escapeHtml(item.title)}</h1>` +
    `<div class="heapbook-chapter-error" role="alert"><p>이 장을 만들 수 없습니다. 파일을 고치면 저절로 다시 만듭니다.</p>` +
    `<p><code>${escapeHtml(where)}</code>: ${escapeHtml(message)}</p></div>`;
  return {
    page: { path: item.path, url: pageUrl(item.path), title: item.title, number: item.number, segments: [{ kind: 'html', html }], toc: [] },
    diagnostics: [{ severity: 'error', loc: err.loc, message }],
    rendered: { segments: [], toc: [], listings: [], diagnostics: [] },
  };
}

export async function loadBook(root: string, opts: LoadBookOptions = {}): Promise<Book> {
  const rootAbs = resolve(root);
  const toml = readBookToml(mustRead(resolve(rootAbs, 'book.toml'), 'book.toml', { file: 'book.toml', line: 1 }, '설정 파일'));
  const { config } = toml;
  const summaryFile = posix.join(config.srcDir, 'SUMMARY.md');
  const summary = parseSummary(mustRead(resolve(rootAbs, summaryFile), summaryFile, { file: 'book.toml', line: 1 }, '목차 파일'), summaryFile);
  const chapters = flattenChapters(summary);
  const cache = opts.prerun ? undefined : opts.cache;
  const results = await Promise.all(
    chapters.map((item) =>
      loadChapter(rootAbs, config.srcDir, item, cache).catch((e: unknown) => {
        if (opts.chapterErrors === 'page' && e instanceof BookError) return brokenChapter(item, e);
        throw e;
      }),
    ),
  );

  const notFound = await loadNotFound(rootAbs, config.srcDir, config.html?.input404);
  const diagnostics = [...toml.warnings, ...results.flatMap((r) => r.diagnostics), ...notFound.warnings];
  const listings = results.flatMap((r) => r.rendered.listings);
  if (opts.prerun) diagnostics.push(...(await prerunListings(listings)));
  const runAssets = opts.prerun ? await precomputeRunAssets(listings) : undefined;

  const pages: Page[] = results.map((r, i) => ({
    ...r.page,
    prev: i > 0 ? navLink(chapters[i - 1]) : null,
    next: i + 1 < chapters.length ? navLink(chapters[i + 1]) : null,
  }));
  return {
    root: rootAbs,
    config,
    summary,
    pages,
    assets: await listAssets(resolve(rootAbs, config.srcDir)),
    diagnostics,
    ...(notFound.page ? { notFound: notFound.page } : {}),
    ...(runAssets ? { runAssets } : {}),
  };
}
