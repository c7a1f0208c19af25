// Page URLs and prev/next links for chapters in reading order (the order itself comes from
// summary/flatten.ts). Pure; computed once per build.
import type { NavLink } from './model.ts';
import type { ChapterWithPath } from './summary/index.ts';
import { mdPathToHtml } from './markdown/rewrite-link.ts';

/** mdBook's URL for a chapter file: 'ch15-06.md' → 'ch15-06.html', 'README.md' → 'index.html'. */
export function pageUrl(path: string): string {
  return mdPathToHtml(path.split('\\').join('/'));
}

export function navLink(item: ChapterWithPath): NavLink {
  return { url: pageUrl(item.path), title: item.title, number: item.number };
}
