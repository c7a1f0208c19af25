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
  opts: LinkCheckOptions = {},
): BookDiagnostic[] {
  const site = bookSiteIndex(book, files);
  const out: BookDiagnostic[] = [];
  for (const page of book.pages) {
    const file = posix.join(book.config.srcDir, page.path);
    try {
      const markdown = files.read(file);
      if (markdown === null) continue;
      const expanded = expandDirectives(markdown, { file, bookRoot: files.root, readFile: files.readFile });
      const locate = locator(file, markdown, expanded);
      const scan = scanMarkdown(expanded.text);
      out.push(...unclosedFences(scan.fences, locate));
      out.push(...checkLinks(page.path, scan.refs, (i) => locate(scan.refs[i].pos), site, opts));
    } catch (e) {
      const d = fromThrown(e);
      if (!d) throw e;
      out.push(d);
    }
  }
  return sortDiagnostics(out);
}
