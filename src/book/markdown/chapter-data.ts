// What the pipeline's plugins read and write for one chapter, stored on the vfile: the input context
// (where lines came from) going in, the TOC, first heading, listings and warnings coming out.
import type { VFile } from 'vfile';
import type { Element } from 'hast';
import type { BookDiagnostic, ListingData, SourceLoc, TocEntry } from '../model.ts';

/** Where the expanded markdown's lines came from (includes, original chapter lines). */
export interface ChapterContext {
  /** Page path relative to srcDir ('ch15-06-reference-cycles.md'): page stem and link rewriting. */
  path: string;
  /** The original place of line `line` (1-based) of the expanded markdown. */
  locate(line: number): SourceLoc;
  /** The listing id ('listing-15-26') when line `line` of the expanded markdown came from a listing folder. */
  listingIdAt(line: number): string | null;
  /** The crate to run a listing at line `line` in, when it needs more than its own text (listings/listing-crate.ts). */
  crateAt?(line: number): import('../model.ts').ListingCrate | undefined;
  /** The file (relative to the book root) line `line` of the expanded markdown was included from, if any. */
  includedFileAt?(line: number): string | null;
}

/** A runnable listing found in the chapter; `html` is filled once the block is rendered, `listing.id` last. */
export interface ListingDraft {
  listing: ListingData;
  html: string;
  /** Listing-folder id of the include the code came from, if any (see listings/listing-ids.ts). */
  fromInclude: string | null;
  /** Id of the caption attached to the block, if any. */
  captionId: string | null;
  /** Drawn only when the reader comes near it (below the page's first screens; rehype-size-hints.ts). */
  lazy?: boolean;
}

/**
 * A rendered code block, kept out of the HTML tree until the end (so the raw-HTML pass never re-parses
 * thousands of highlighted spans); the tree holds a `<heapbook-code data-block=N>` placeholder.
 */
export interface CodeBlockDraft {
  element: Element;
  /** Index into `listings` when the block is a runnable listing. */
  listingIndex?: number;
}

export interface ChapterData {
  ctx: ChapterContext;
  blocks: CodeBlockDraft[];
  toc: TocEntry[];
  /** Plain text of the first h1, if any (page title candidate). */
  firstHeading?: string;
  listings: ListingDraft[];
  diagnostics: BookDiagnostic[];
}

declare module 'vfile' {
  interface DataMap {
    heapbook: ChapterData;
  }
}

/** A context for markdown with no includes: line n is line n of `file`. */
export function plainContext(path: string, file = path): ChapterContext {
  return { path, locate: (line) => ({ file, line }), listingIdAt: () => null };
}

export function chapterData(file: VFile): ChapterData {
  const data = file.data.heapbook;
  if (!data) throw new Error('chapterData: vfile.data.heapbook가 설정되지 않았습니다');
  return data;
}

export function newChapterData(ctx: ChapterContext): ChapterData {
  return { ctx, blocks: [], toc: [], listings: [], diagnostics: [] };
}
