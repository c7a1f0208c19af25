// Renders one chapter's (already expanded) markdown into segments: static HTML between runnable listings.
// Pure apart from the shared highlighter; loadBook and the tests both call it.
import { VFile } from 'vfile';
import type { Processor } from 'unified';
import type { BookDiagnostic, ListingData, Segment, TocEntry } from '../model.ts';
import { loadHighlighter } from '../highlight.ts';
import { createPipeline } from './pipeline.ts';
import { newChapterData, plainContext, type ChapterContext } from './chapter-data.ts';
import { PLACEHOLDER } from './rehype-code-blocks-out.ts';

export interface RenderedChapter {
  segments: Segment[];
  listings: ListingData[];
  toc: TocEntry[];
  /** Text of the first h1, if any. */
  firstHeading?: string;
  diagnostics: BookDiagnostic[];
}

let pipeline: Promise<Processor<any, any, any, any, string>> | undefined;

function sharedPipeline() {
  pipeline ??= loadHighlighter().then(createPipeline);
  return pipeline;
}

/** `ctx` may be a page path (no includes: lines map to that file) or a full ChapterContext. */
export async function renderChapter(markdown: string, ctx: ChapterContext | string): Promise<RenderedChapter> {
  const context = typeof ctx === 'string' ? plainContext(ctx) : ctx;
  const data = newChapterData(context);
  const file = new VFile({ value: markdown, path: context.path, data: { heapbook: data } });
  const processor = await sharedPipeline();
  const html = String(await processor.process(file));
  return {
    segments: splitSegments(html, data.listings),
    listings: data.listings.map((d) => d.listing),
    toc: data.toc,
    firstHeading: data.firstHeading,
    diagnostics: data.diagnostics,
  };
}

/** Cuts the page HTML at listing placeholders; empty HTML pieces are dropped. */
export function splitSegments(html: string, drafts: { listing: ListingData; html: string; lazy?: boolean }[]): Segment[] {
  const parts = html.split(new RegExp(PLACEHOLDER.source, 'g'));
  const segments: Segment[] = [];
  parts.forEach((part, i) => {
    if (i % 2 === 0) {
      if (part.trim() !== '') segments.push({ kind: 'html', html: part });
    } else {
      const draft = drafts[Number(part)];
      segments.push({ kind: 'listing', listing: draft.listing, html: draft.html, lazy: draft.lazy ?? false });
    }
  });
  return segments;
}
