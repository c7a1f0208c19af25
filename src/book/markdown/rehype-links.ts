// rehype plugin: rewrites `href`s of every <a> (markdown links and raw HTML alike) with rewriteLink;
// image `src`s stay relative as written (the site copies images next to the pages).
import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';
import { rewriteLink } from './rewrite-link.ts';

export default function rehypeLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      const href = node.properties.href;
      if (typeof href === 'string') node.properties.href = rewriteLink(href);
    });
  };
}
