// The link/image/fence checks over an already loaded Book (what `heapbook build` and `heapbook dev` hold):
// re-reads each chapter and expands it (cheap, no rendering) for positions; anchors come from the pages.
import { posix } from 'node:path';
import type { Book, BookDiagnostic } from '../book/model.ts';
import { expandDirectives } from '../book/directives/expand.ts';
import { diskBookFiles, type BookFiles } from './book-files.ts';
import { fromThrown, sortDiagnostics } from './diagnostic.ts';
import { scanMarkdown } from './scan-markdown.ts';
import { unclosedFences } from './check-fences.ts';
import { checkLinks, type LinkCheckOptions, type SiteIndex } from './check-links.ts';
import { pageAnchors } from './page-anchors.ts';
import { locator } from './locate-expanded.ts';
import { ChapterCache } from '../book/chapter-cache.ts';
import type { FileReader } from '../book/read-source.ts';
import type { LinkTarget } from './check-links.ts';

/** A page's links with where they are written, and its unclosed fences: what depends only on the page's files. */
interface ScannedPage {
  refs: LinkTarget[];
  locs: BookDiagnostic['loc'][];
  fences: BookDiagnostic[];
}

/** Scans reused across reloads for pages whose files read the same (heapbook dev). */
export type ReferenceCache = ChapterCache<ScannedPage | { error: BookDiagnostic | null }>;

export function createReferenceCache(): ReferenceCache {
  return new ChapterCache();
}

/** `{ error: null }` for a page whose file is gone (SUMMARY reports it). */
function scanPage(file: string, root: string, read: FileReader): ScannedPage | { error: BookDiagnostic | null } {
  try {
    const markdown = read(posix.join(root, file));
    if (markdown === null) return { error: null };
    const expanded = expandDirectives(markdown, { file, bookRoot: root, readFile: read });
    const locate = locator(file, markdown, expanded);
    const scan = scanMarkdown(expanded.text);
    return { refs: scan.refs, locs: scan.refs.map((r) => locate(r.pos)), fences: unclosedFences(scan.fences, locate) };
  } catch (e) {
    const d = fromThrown(e);
    if (!d) throw e;
    return { error: d };
  }
}

export function bookSiteIndex(book: Book, files: BookFiles): SiteIndex {
  return {
    srcDir: book.config.srcDir,
    anchors: new Map(book.pages.map((p) => [p.path, pageAnchors(p.segments)])),
    pathByUrl: new Map(book.pages.map((p) => [p.url, p.path])),
    isFile: (rel) => files.isFile(rel),
  };
}

/** Broken links, fragments (severity from `opts`) and images (errors), unclosed code fences (warnings) of a loaded book. */
export function checkBookReferences(
  book: Book,
  files: BookFiles = diskBookFiles(book.root),
  opts: LinkCheckOptions & { cache?: ReferenceCache } = {},
): BookDiagnostic[] {
  const site = bookSiteIndex(book, files);
  const out: BookDiagnostic[] = [];
  for (const page of book.pages) {
    const file = posix.join(book.config.srcDir, page.path);
    const scan = (read: FileReader) => scanPage(file, files.root, read);
    const scanned = opts.cache ? opts.cache.getSync(file, files.readFile, scan) : scan(files.readFile);
    if ('error' in scanned) {
      if (scanned.error) out.push(scanned.error);
      continue;
    }
    out.push(...scanned.fences);
    out.push(...checkLinks(page.path, scanned.refs, (i) => scanned.locs[i], site, opts));
  }
  return sortDiagnostics(out);
}
