// The chapter pipeline, read top to bottom: markdown → GFM → our remark plugins → HTML tree (raw HTML kept)
// → our rehype plugins → HTML string. Plugins share per-chapter data through vfile.data.heapbook.
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import type { Highlighter } from 'shiki';
import remarkHeadingIds from './remark-heading-ids.ts';
import remarkCodeBlocks from './remark-code-blocks.ts';
import rehypeLinks from './rehype-links.ts';
import rehypeCaptions from './rehype-captions.ts';
import rehypeListingIds from './rehype-listing-ids.ts';
import rehypeCodeBlocksOut from './rehype-code-blocks-out.ts';
import rehypeSizeHints from './rehype-size-hints.ts';

export function createPipeline(highlighter: Highlighter): Processor<any, any, any, any, string> {
  return unified()
    .use(remarkParse)
    .use(remarkGfm) // tables, footnotes, strikethrough, task lists
    .use(remarkHeadingIds) // mdBook heading ids + anchor links, page TOC
    .use(remarkCodeBlocks, { highlighter }) // info string, hidden lines, Shiki, toolbar, listing drafts
    .use(remarkRehype, {
      allowDangerousHtml: true,
      footnoteLabel: '각주',
      footnoteBackLabel: (i: number) => `${i + 1}번 각주로 돌아가기`,
    })
    .use(rehypeRaw) // keep <span class="filename">, <span class="caption">, <img> …
    .use(rehypeLinks) // .md → .html, README.md → index.html
    .use(rehypeCaptions) // 예제 N-M / 그림 N-M captions get ids and attach to their block
    .use(rehypeListingIds) // 'listing-15-26' from the included folder, else '<page-stem>-<n>'
    .use(rehypeSizeHints) // top-level blocks: rendered lazily, with a size estimate from their text or lines
    .use(rehypeCodeBlocksOut) // code blocks back in: static HTML, or a placeholder where a listing segment goes
    .use(rehypeStringify, { allowDangerousHtml: true })
    .freeze() as unknown as Processor<any, any, any, any, string>;
}
