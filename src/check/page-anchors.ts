// The fragment targets of a rendered page: every `id` in its HTML (headings as mdBook makes them, captions
// like `listing-15-26`, footnotes…) plus the wrapper id each runnable listing gets on the site.
import type { Segment } from '../book/model.ts';
import { decodeHtmlEntities } from './scan-markdown.ts';

const ID_ATTR = /<[a-z][^>]*?\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

export function idsInHtml(html: string): string[] {
  return [...html.matchAll(ID_ATTR)].map((m) => decodeHtmlEntities(m[1] ?? m[2] ?? m[3] ?? ''));
}

export function pageAnchors(segments: readonly Segment[]): Set<string> {
  const ids = new Set<string>();
  for (const s of segments) {
    for (const id of idsInHtml(s.html)) ids.add(id);
    if (s.kind === 'listing') ids.add(s.listing.id);
  }
  return ids;
}
