// The reading order of a book: SUMMARY chapters with files (drafts skipped), depth-first, and the
// prev/next links between them. Pure; computed once per build.
import type { NavLink, SummaryItem } from './model.ts';
import { mdPathToHtml } from './markdown/rewrite-link.ts';

export type ChapterItem = Extract<SummaryItem, { kind: 'chapter' }> & { path: string };

/** Chapters in reading order (prefix, numbered with their children, suffix); draft chapters left out. */
export function readingOrder(items: SummaryItem[]): ChapterItem[] {
  const out: ChapterItem[] = [];
  const walk = (list: SummaryItem[]) => {
    for (const item of list) {
      if (item.kind !== 'chapter') continue;
      if (item.path !== null) out.push(item as ChapterItem);
      walk(item.children);
    }
  };
  walk(items);
  return out;
}

/** mdBook's URL for a chapter file: 'ch15-06.md' → 'ch15-06.html', 'README.md' → 'index.html'. */
export function pageUrl(path: string): string {
  return mdPathToHtml(path.split('\\').join('/'));
}

export function navLink(item: ChapterItem): NavLink {
  return { url: pageUrl(item.path), title: item.title, number: item.number };
}
