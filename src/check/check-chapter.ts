// Checks one chapter file: reads it (UTF-8), expands directives collecting every broken one, renders it to
// learn its anchors and listings (runnable and does_not_compile), and scans the markdown for links, images and unclosed fences.
import { posix } from 'node:path';
import type { BookDiagnostic, SourceLoc } from '../book/model.ts';
import { renderChapter } from '../book/markdown/render-chapter.ts';
import { expandedContext } from '../book/markdown/expanded-context.ts';
import type { BookFiles } from './book-files.ts';
import { error, fromThrown } from './diagnostic.ts';
import { expandCollectingErrors } from './check-directives.ts';
import { scanMarkdown, type RefTarget } from './scan-markdown.ts';
import { unclosedFences } from './check-fences.ts';
import { pageAnchors } from './page-anchors.ts';
import { locator } from './locate-expanded.ts';
import type { ListingToCheck } from './check-listings.ts';
import { pairListings } from './listing-sources.ts';
import { rejectedListings, type RejectedListing } from './rejected-listings.ts';

export interface CheckedChapter {
  /** Relative to srcDir: 'ch15-06.md'. */
  path: string;
  /** Relative to the book root: 'src/ch15-06.md'. */
  file: string;
  /** Fragment targets on the page; null when the chapter could not be rendered. */
  anchors: Set<string> | null;
  /** Links and images with the chapter place they are written at. */
  refs: Array<RefTarget & { loc: SourceLoc }>;
  listings: ListingToCheck[];
  /** `does_not_compile` listings from a crate with an output.txt (checked against it by the simulator's checker). */
  rejected: RejectedListing[];
  /** Files (relative to the book root) this chapter includes. */
  included: string[];
  diagnostics: BookDiagnostic[];
}

export async function checkChapter(files: BookFiles, srcDir: string, path: string): Promise<CheckedChapter> {
  const file = posix.join(srcDir, path);
  const result: CheckedChapter = { path, file, anchors: null, refs: [], listings: [], rejected: [], included: [], diagnostics: [] };
  let markdown: string | null;
  try {
    markdown = files.read(file);
  } catch (e) {
    result.diagnostics.push(fromThrown(e) ?? error({ file, line: 1, col: 1 }, `파일을 읽을 수 없습니다: ${String(e)}`));
    return result;
  }
  if (markdown === null) return result; // reported at its SUMMARY line
  const { expanded, diagnostics, included } = expandCollectingErrors(markdown, { file, bookRoot: files.root, readFile: files.readFile });
  result.diagnostics.push(...diagnostics);
  result.included = included;
  if (!expanded) return result;

  const locate = locator(file, markdown, expanded);
  const scan = scanMarkdown(expanded.text);
  result.refs = scan.refs.map((r) => ({ ...r, loc: locate(r.pos) }));
  result.diagnostics.push(...unclosedFences(scan.fences, locate));

  try {
    const rendered = await renderChapter(expanded.text, expandedContext(path, file, expanded));
    result.diagnostics.push(...rendered.diagnostics);
    result.anchors = pageAnchors(rendered.segments);
    result.listings = pairListings(rendered.listings, scan.runnableBlocks, expanded, files, file);
    result.rejected = rejectedListings(scan.rejectedBlocks, expanded, files, locate);
  } catch (e) {
    result.diagnostics.push(fromThrown(e) ?? error({ file, line: 1, col: 1 }, `장을 렌더링할 수 없습니다: ${e instanceof Error ? e.message : String(e)}`));
  }
  return result;
}
