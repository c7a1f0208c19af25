// Reading order of a parsed SUMMARY: chapters that have files, depth-first (prefix, numbered with
// their sub-chapters, suffix), for prev/next links and for checking that every file exists.

import type { SourceLoc, Summary, SummaryItem } from '../model.ts';

export type SummaryChapter = Extract<SummaryItem, { kind: 'chapter' }>;
export type ChapterWithPath = SummaryChapter & { path: string };

/** Chapters with a file in reading order; drafts (path null) are left out, their children are not. */
export function flattenChapters(summary: Summary): ChapterWithPath[] {
  const out: ChapterWithPath[] = [];
  const walk = (items: SummaryItem[]) => {
    for (const item of items) {
      if (item.kind !== 'chapter') continue;
      if (item.path !== null) out.push({ ...item, path: item.path });
      walk(item.children);
    }
  };
  walk(summary.items);
  return out;
}

/** Every chapter file with the SUMMARY.md place that names it, so a missing file is reported there. */
export function summaryPaths(summary: Summary): Array<{ path: string; loc: SourceLoc }> {
  return flattenChapters(summary).map(({ path, loc }) => ({ path, loc }));
}
