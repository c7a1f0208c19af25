// Turns SUMMARY.md items into the sidebar's tree: links for written chapters, greyed drafts, part titles.
// Pure: the page URLs come from the Book, the current page is marked once here, never in a template.
import type { Page, SummaryItem } from '../../book/model.ts';

export type SidebarNode =
  | { kind: 'part'; title: string }
  | { kind: 'separator' }
  /** A written chapter: always a link; `current` for the page being shown. */
  | { kind: 'page'; title: string; number: string | null; href: string; current: boolean; children: SidebarNode[] }
  /** A draft chapter (no file yet): shown greyed, never a link. */
  | { kind: 'draft'; title: string; number: string | null; children: SidebarNode[] };

/**
 * @param items   the book's SUMMARY items
 * @param pages   the book's pages (their `path` → `url`)
 * @param current path (relative to srcDir) of the page being rendered, or null (404 page)
 * @param base    site base URL ending in '/', prefixed to every href
 */
export function sidebarTree(items: SummaryItem[], pages: Page[], current: string | null, base = '/'): SidebarNode[] {
  const urlOf = new Map(pages.map((p) => [p.path, p.url]));
  const walk = (list: SummaryItem[]): SidebarNode[] =>
    list.map((item): SidebarNode => {
      if (item.kind === 'part') return { kind: 'part', title: item.title };
      if (item.kind === 'separator') return { kind: 'separator' };
      const url = item.path === null ? undefined : urlOf.get(item.path);
      const children = walk(item.children);
      if (url === undefined) return { kind: 'draft', title: item.title, number: item.number, children };
      return { kind: 'page', title: item.title, number: item.number, href: base + url, current: item.path === current, children };
    });
  return walk(items);
}
