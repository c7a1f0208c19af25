// Test helper: runs one of our plugins (or the whole pipeline) over a fixture's markdown and returns the
// HTML and the chapter data; `UPDATE_FIXTURES=1` rewrites the expected files (review the diff!).
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { loadHighlighter } from '../../../src/book/highlight.ts';
import { newChapterData, plainContext, type ChapterData } from '../../../src/book/markdown/chapter-data.ts';
import remarkHeadingIds from '../../../src/book/markdown/remark-heading-ids.ts';
import remarkCodeBlocks from '../../../src/book/markdown/remark-code-blocks.ts';
import rehypeLinks from '../../../src/book/markdown/rehype-links.ts';
import rehypeCaptions from '../../../src/book/markdown/rehype-captions.ts';
import rehypeListingIds from '../../../src/book/markdown/rehype-listing-ids.ts';
import rehypeCodeBlocksOut from '../../../src/book/markdown/rehype-code-blocks-out.ts';
import { createPipeline } from '../../../src/book/markdown/pipeline.ts';

export type FixtureGroup = 'heading-ids' | 'links' | 'captions' | 'code-blocks' | 'pipeline';

export async function runFixture(group: FixtureGroup, markdown: string, path = 'ch01-00-test.md'): Promise<{ html: string; data: ChapterData }> {
  const hl = await loadHighlighter();
  const data = newChapterData(plainContext(path, `src/${path}`));
  const file = new VFile({ value: markdown, path, data: { heapbook: data } });
  const remark = unified().use(remarkParse).use(remarkGfm);
  const processor =
    group === 'pipeline'
      ? createPipeline(hl)
      : group === 'heading-ids'
        ? remark.use(remarkHeadingIds).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeStringify)
        : group === 'code-blocks'
          ? remark
              .use(remarkCodeBlocks, { highlighter: hl })
              .use(remarkRehype, { allowDangerousHtml: true })
              .use(rehypeRaw)
              .use(rehypeListingIds)
              .use(rehypeCodeBlocksOut)
              .use(rehypeStringify, { allowDangerousHtml: true })
          : group === 'links'
            ? remark.use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeLinks).use(rehypeStringify)
            : remark
                .use(remarkCodeBlocks, { highlighter: hl })
                .use(remarkRehype, { allowDangerousHtml: true })
                .use(rehypeRaw)
                .use(rehypeCaptions)
                .use(rehypeListingIds)
              .use(rehypeCodeBlocksOut)
                .use(rehypeStringify, { allowDangerousHtml: true });
  const html = String(await processor.process(file));
  // Code-block fixtures show each runnable listing's own HTML where its segment would go.
  const shown = group === 'code-blocks' ? html.replace(/<!--heapbook-listing:(\d+)-->/g, (m, i) => `${m}\n${data.listings[Number(i)].html}`) : html;
  return { html: shown, data };
}
