// The print page's chapters as mdBook's print.rs makes them: every id made unique across the whole book (later
// repeats get `-1`, `-2`…), links between chapters turned into `#id` links on the page, other links made relative to it.
import { posix } from 'node:path';
import type { Page } from '../book/model.ts';
import { idFromContent } from '../book/slug.ts';

export interface PrintChapter {
  title: string;
  /** The chapter's id on the print page (its first h1, or one made from its title). */
  rootId: string;
  /** Set when the chapter has no h1 of its own: the print page gives it one with this id. */
  syntheticH1: boolean;
  html: string;
}

const ID_ATTR = /(<[a-z][^>]*?\sid=")([^"]*)(")/gi;
const LINK_ATTR = /(<(?:a|img)\b[^>]*?\s(?:href|src)=")([^"]*)(")/gi;
const SCHEME = /^[a-z][a-z0-9+.-]*:|^\/\//i;

function pageHtml(page: Page): string {
  return page.segments.map((s) => s.html).join('');
}

/** A set-backed allocator like mdBook's `unique_id`: `x`, then `x-1`, `x-2`… skipping ones already taken. */
function uniqueIn(used: Set<string>): (id: string) => string {
  return (id) => {
    let candidate = id;
    for (let n = 1; used.has(candidate); n++) candidate = `${id}-${n}`;
    used.add(candidate);
    return candidate;
  };
}

export function printChapters(pages: readonly Page[]): PrintChapter[] {
  const used = new Set<string>();
  const unique = uniqueIn(used);
  const remap = new Map<string, Map<string, string>>();
  const htmls = pages.map((page) => {
    const map = new Map<string, string>();
    remap.set(page.url, map);
    return pageHtml(page).replace(ID_ATTR, (_, pre: string, id: string, post: string) => {
      const fresh = unique(id);
      if (fresh !== id && !map.has(id)) map.set(id, fresh);
      return pre + fresh + post;
    });
  });
  const rootIds = new Map<string, { id: string; synthetic: boolean }>();
  pages.forEach((page, i) => {
    const h1 = /<h1\b[^>]*?\sid="([^"]*)"/i.exec(htmls[i]);
    const firstHeading = /<h[1-6]\b/i.exec(htmls[i]);
    const ownH1 = h1 !== null && firstHeading !== null && firstHeading.index === h1.index;
    rootIds.set(page.url, ownH1 ? { id: h1[1], synthetic: false } : { id: unique(idFromContent(page.title)), synthetic: true });
  });

  return pages.map((page, i) => {
    const dir = posix.dirname(page.url);
    const html = htmls[i].replace(LINK_ATTR, (_, pre: string, dest: string, post: string) => pre + rewrite(dest, dir, page.url) + post);
    const root = rootIds.get(page.url)!;
    return { title: page.title, rootId: root.id, syntheticH1: root.synthetic, html };
  });

  function rewrite(dest: string, dir: string, self: string): string {
    if (SCHEME.test(dest) || dest.startsWith('/')) return dest;
    const hash = dest.indexOf('#');
    const path = hash < 0 ? dest : dest.slice(0, hash);
    const anchor = hash < 0 ? null : dest.slice(hash + 1);
    const target = path === '' ? self : posix.normalize(posix.join(dir, path));
    if (!rootIds.has(target)) {
      // not a chapter: a file, relative to the print page (at the site root)
      return path === '' ? dest : target + (anchor !== null ? '#' + anchor : '');
    }
    if (anchor === null || anchor === '') return '#' + rootIds.get(target)!.id;
    const decoded = safeDecode(anchor);
    const moved = remap.get(target)?.get(decoded) ?? remap.get(target)?.get(anchor);
    return '#' + (moved ?? anchor);
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
