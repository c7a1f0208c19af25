// rehype plugin (last before stringify): each runnable block's HTML is stored on its listing draft and the
// block is replaced by a `<!--heapbook-listing:N-->` comment, where the page is cut into segments.
import type { Root, Element } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { toHtml } from 'hast-util-to-html';
import { chapterData } from './chapter-data.ts';
import { LISTING_INDEX_ATTR } from './remark-code-blocks.ts';

export const PLACEHOLDER = /<!--heapbook-listing:(\d+)-->/;

export default function rehypeListingPlaceholders() {
  return (tree: Root, file: VFile) => {
    const data = chapterData(file);
    visit(tree, 'element', (node: Element, index, parent) => {
      const draftIndex = node.properties[LISTING_INDEX_ATTR];
      if (draftIndex === undefined || !parent || index === undefined) return;
      delete node.properties[LISTING_INDEX_ATTR];
      data.listings[Number(draftIndex)].html = toHtml(node);
      parent.children[index] = { type: 'comment', value: `heapbook-listing:${draftIndex}` };
      return 'skip';
    });
  };
}
