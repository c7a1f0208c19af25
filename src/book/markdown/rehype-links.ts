// rehype plugin: rewrites the `href` of every <a>, markdown links and raw HTML alike (rewriteLink, non-ASCII
// unescaped); image `src`s stay relative as written (the site copies images next to the pages).
import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';
import { rewriteLink } from './rewrite-link.ts';

/**
 * Undoes the percent-encoding remark applies to non-ASCII characters, so `#참조-순환` stays readable and
 * matches mdBook's output and our heading ids; ASCII escapes the author wrote (`%20`) are kept.
 */
export function unescapeNonAscii(href: string): string {
  return href.replace(/(?:%[89A-F][0-9A-F])+/gi, (seq) => {
    try {
      return decodeURIComponent(seq);
    } catch {
      return seq;
    }
  });
}

export default function rehypeLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      const href = node.properties.href;
      if (typeof href === 'string') node.properties.href = rewriteLink(unescapeNonAscii(href));
    });
  };
}
