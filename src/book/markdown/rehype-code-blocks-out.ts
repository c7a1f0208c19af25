// rehype plugin (last before stringify): puts each code block back in place of its placeholder — static
// blocks as raw HTML, runnable listings as a `<!--heapbook-listing:N-->` comment where the page is cut.
import type { Root, Element } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { toHtml } from 'hast-util-to-html';
import { chapterData } from './chapter-data.ts';
import { BLOCK_TAG, BLOCK_INDEX_ATTR } from './remark-code-blocks.ts';

export const PLACEHOLDER = /<!--heapbook-listing:(\d+)-->/;

export default function rehypeCodeBlocksOut() {
  return (tree: Root, file: VFile) => {
    const data = chapterData(file);
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== BLOCK_TAG || !parent || index === undefined) return;
      const block = data.blocks[Number(node.properties[BLOCK_INDEX_ATTR])];
      const html = toHtml(block.element);
      if (block.listingIndex === undefined) {
        parent.children[index] = { type: 'raw', value: html } as unknown as Element;
      } else {
        data.listings[block.listingIndex].html = html;
        parent.children[index] = { type: 'comment', value: `heapbook-listing:${block.listingIndex}` };
      }
      return 'skip';
    });
  };
}
