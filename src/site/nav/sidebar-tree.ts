// Turns SUMMARY.md items into the sidebar's tree: links for written chapters, greyed drafts, part titles.
// Pure: the page URLs come from the Book, the current page is marked once here, never in a template.
import type { Page, SummaryItem } from '../../book/model.ts';

export type SidebarNode =
  | { kind: 'part'; title: string }
  | { kind: 'separator' }
  /** A written chapter: always a link; `current` for the page being shown. */
  | { kind: 'page'; title: string; number: string | null; href: string; current: boolean; children: SidebarNode[]; folded: boolean }
  /** A draft chapter (no file yet): shown greyed, never a link. */
  | { kind: 'draft'; title: string; number: string | null; children: SidebarNode[]; folded: boolean };

export interface SidebarOptions {
  /** `[output.html] no-section-label`: no `1.2.` numbers in the sidebar. */
  noSectionLabel?: boolean;
  /** `[output.html.fold]`: sections below `level` start collapsed, except the ones holding the current page. */
  fold?: { enable: boolean; level: number };
}

/**
 * @param items   the book's SUMMARY items
 * @param pages   the book's pages (their `path` → `url`)
 * @param current path (relative to srcDir) of the page being rendered, or null (404 page)
 * @param base    site base URL ending in '/', prefixed to every href
 */
export function sidebarTree(
  items: SummaryItem[],
  pages: Page[],
  current: string | null,
  base = '/',
  opts: SidebarOptions = {},
): SidebarNode[] {
  const urlOf = new Map(pages.map((p) => [p.path, p.url]));
  const holdsCurrent = (item: SummaryItem): boolean =>
    item.kind === 'chapter' && ((current !== null && item.path === current) || item.children.some(holdsCurrent));
  const walk = (list: SummaryItem[], depth: number): SidebarNode[] =>
    list.map((item): SidebarNode => {
      if (item.kind === 'part') return { kind: 'part', title: item.title };
      if (item.kind === 'separator') return { kind: 'separator' };
      const url = item.path === null ? undefined : urlOf.get(item.path);
      const children = walk(item.children, depth + 1);
      const number = opts.noSectionLabel ? null : item.number;
      const folded = opts.fold?.enable === true && children.length > 0 && depth >= opts.fold.level && !holdsCurrent(item);
      if (url === undefined) return { kind: 'draft', title: item.title, number, children, folded };
      return { kind: 'page', title: item.title, number, href: base + url, current: item.path === current, children, folded };
    });
  return walk(items, 0);
}
