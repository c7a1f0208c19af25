// remark plugin: renders every fenced code block at build time — info string → CodeAttrs, hidden `# `
// lines split for Rust, Shiki highlighting, toolbar — and records runnable Rust blocks as listing drafts.
// The rendered block waits in ChapterData.blocks; the tree only gets a placeholder element.
import type { Root, Code } from 'mdast';
import type { Element } from 'hast';
import type { VFile } from 'vfile';
import type { Highlighter } from 'shiki';
import { visit } from 'unist-util-visit';
import { parseCodeAttrs, isRunnable } from '../listings/code-attrs.ts';
import { codeBlockElement } from '../listings/code-block.ts';
import { splitHiddenLines } from '../hidden-lines.ts';
import { highlightToHast } from '../highlight.ts';
import { chapterData, type CodeBlockDraft } from './chapter-data.ts';

export interface RemarkCodeBlocksOptions {
  highlighter: Highlighter;
}

/** The placeholder element standing for a code block until rehype-code-blocks-out puts it back. */
export const BLOCK_TAG = 'heapbook-code';
/** Its attribute (hast name): the index of the block in ChapterData.blocks. */
export const BLOCK_INDEX_ATTR = 'dataBlock';

export default function remarkCodeBlocks(options: RemarkCodeBlocksOptions) {
  const hl = options.highlighter;
  return (tree: Root, file: VFile) => {
    const data = chapterData(file);
    visit(tree, 'code', (node: Code, index, parent) => {
      if (!parent || index === undefined) return;
      const info = [node.lang ?? '', node.meta ?? ''].join(' ');
      const attrs = parseCodeAttrs(info);
      const { source, visible } = attrs.lang === 'rust' ? splitHiddenLines(node.value, 'rust') : plain(node.value);
      const pre = highlightToHast(hl, source, attrs.lang, visible);
      const lines = source.split('\n');
      const wrapper: Element = codeBlockElement({
        attrs,
        pre,
        copyText: lines.filter((_, i) => visible[i] !== false).join('\n'),
        hasHiddenLines: visible.some((v) => !v),
      });
      const block: CodeBlockDraft = { element: wrapper };
      if (isRunnable(attrs)) {
        const fence = node.position?.start.line ?? 1;
        block.listingIndex = data.listings.length;
        const crate = data.ctx.crateAt?.(fence + 1);
        const sourceFile = data.ctx.includedFileAt?.(fence + 1) ?? null;
        data.listings.push({
          listing: {
            id: '', // assigned once captions are known (render-chapter.ts)
            source,
            visible,
            attrs,
            loc: data.ctx.locate(fence),
            ...(crate ? { crate } : {}),
            ...(sourceFile ? { sourceFile } : {}),
          },
          html: '',
          fromInclude: data.ctx.listingIdAt(fence + 1),
          captionId: null,
        });
      }
      parent.children[index] = {
        type: 'heapbookCode',
        data: { hName: BLOCK_TAG, hProperties: { [BLOCK_INDEX_ATTR]: String(data.blocks.length) } },
      } as unknown as Code;
      data.blocks.push(block);
    });
  };
}

function plain(code: string): { source: string; visible: boolean[] } {
  return { source: code, visible: code.split('\n').map(() => true) };
}
