// Text shown for a link to another chapter: its section number (when it has one) and its title.
// Shared by the sidebar, the prev/next links and the side arrows so they always agree.
import type { NavLink } from '../../book/model.ts';

export function chapterLabel(number: string | null, title: string): string {
  return number ? `${number} ${title}` : title;
}

export function navLinkLabel(link: NavLink): string {
  return chapterLabel(link.number, link.title);
}
