// remark plugin: gives every markdown heading mdBook's id (slug.ts) and wraps its content in the
// `<a class="header" href="#id">` mdBook adds; collects the page TOC (h2–h4) and the first h1's text.
import type { Root, Heading, PhrasingContent } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { createUniqueIds, idFromContent } from '../slug.ts';
import { chapterData } from './chapter-data.ts';

export default function remarkHeadingIds() {
  return (tree: Root, file: VFile) => {
    const data = chapterData(file);
    const unique = createUniqueIds();
    visit(tree, 'heading', (node: Heading) => {
      const text = toString(node, { includeHtml: false });
      const id = unique(idFromContent(text));
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
      const link: PhrasingContent = {
        type: 'link',
        url: `#${id}`,
        children: node.children,
        data: { hProperties: { className: ['header'], href: `#${id}` } }, // raw, unencoded, as mdBook writes it
      };
      // A heading that already holds a link keeps its children: nested <a> would be torn apart by the HTML parser.
      let hasLink = false;
      visit(node, 'link', () => void (hasLink = true));
      if (!hasLink) node.children = [link];
      if (node.depth === 1 && data.firstHeading === undefined) data.firstHeading = text.trim();
      if (node.depth >= 2 && node.depth <= 4) data.toc.push({ depth: node.depth, id, text: text.trim() });
    });
  };
}
