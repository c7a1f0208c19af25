// remark plugin: gives every markdown heading mdBook's id (slug.ts, or its own `{#custom-id}`) and wraps its content
// in the `<a class="header" href="#id">` mdBook adds; collects the page TOC (h2–h4) and the first h1's text.
import type { Root, Heading, PhrasingContent } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { createUniqueIds, idFromContent } from '../slug.ts';
import { chapterData } from './chapter-data.ts';
import { takeHeadingAttrs } from './heading-attrs.ts';

export default function remarkHeadingIds() {
  return (tree: Root, file: VFile) => {
    const data = chapterData(file);
    const unique = createUniqueIds();
    visit(tree, 'heading', (node: Heading) => {
      const attrs = takeHeadingAttrs(node);
      const text = toString(node, { includeHtml: false });
      // A custom id is used as written (mdBook does not number it); only generated ids are made unique.
      const id = attrs?.id ?? unique(idFromContent(text));
      const extra = attrs ? { ...attrs.other, ...(attrs.classes.length > 0 ? { className: attrs.classes } : {}) } : {};
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), ...extra, id } };
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
