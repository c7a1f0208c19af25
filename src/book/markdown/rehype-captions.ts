// rehype plugin: `<span class="caption">예제 15-26: …</span>` gets id `listing-15-26` (그림 N-M → figure-N-M)
// and class `heapbook-caption`, and becomes the caption of the code block or figure just before it.
import type { Root, Element, ElementContent, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { toText } from 'hast-util-to-text';
import { chapterData } from './chapter-data.ts';
import { BLOCK_TAG, BLOCK_INDEX_ATTR } from './remark-code-blocks.ts';

/** 'listing-15-26' from '예제 15-26: …' / 'Listing 15-26', 'figure-15-4' from '그림 15-4' / 'Figure 15-4'. */
export function captionId(text: string): string | null {
  const m = /^\s*(예제|Listing|그림|Figure)\s*(\d+)-(\d+)/i.exec(text);
  if (!m) return null;
  const kind = m[1] === '예제' || m[1].toLowerCase() === 'listing' ? 'listing' : 'figure';
  return `${kind}-${m[2]}-${m[3]}`;
}

function classes(node: Element): string[] {
  const c = node.properties.className as unknown;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
}

function isCaptionSpan(node: ElementContent | RootContent): node is Element {
  return node.type === 'element' && node.tagName === 'span' && classes(node).includes('caption');
}

/** The caption span of a block: the block itself, or a <p> whose only element child is the caption. */
function captionOf(block: Element): Element | null {
  if (block.tagName === 'span') return classes(block).includes('caption') ? block : null;
  if (block.tagName !== 'p') return null;
  const elements = block.children.filter((c): c is Element => c.type === 'element');
  return elements.length === 1 && isCaptionSpan(elements[0]) ? elements[0] : null;
}

function previousElement(siblings: (ElementContent | RootContent)[], index: number): Element | null {
  for (let i = index - 1; i >= 0; i--) {
    const s = siblings[i];
    if (s.type === 'element') return s;
    if (s.type === 'text' && s.value.trim() === '') continue;
    if (s.type === 'comment') continue;
    return null;
  }
  return null;
}

const FIGURE_TAGS = new Set(['img', 'figure', 'svg', 'picture', 'table']);

/** A block a caption can belong to: a code block, an image/figure, or a paragraph holding only images. */
function isCaptionable(node: Element): boolean {
  if (node.tagName === BLOCK_TAG || FIGURE_TAGS.has(node.tagName)) return true;
  if (node.tagName !== 'p') return false;
  const elements = node.children.filter((c): c is Element => c.type === 'element');
  const onlyImages = elements.length > 0 && elements.every((c) => c.tagName === 'img' || c.tagName === 'a');
  return onlyImages && node.children.every((c) => c.type !== 'text' || c.value.trim() === '');
}

export default function rehypeCaptions() {
  return (tree: Root, file: VFile) => {
    const data = chapterData(file);
    visit(tree, 'element', (block: Element, index, parent) => {
      const span = captionOf(block);
      if (!span || !parent || index === undefined) return;
      const text = toText(span).trim();
      const id = captionId(text);
      span.properties.className = [...classes(span), 'heapbook-caption'];
      if (id && span.properties.id === undefined) span.properties.id = id;
      const target = previousElement(parent.children, index);
      if (!target || !isCaptionable(target)) {
        const line = span.position?.start.line ?? block.position?.start.line;
        if (id && line !== undefined) {
          const message = `캡션 '${text.slice(0, 40)}' 바로 앞에 코드 블록이나 그림이 없습니다`;
          data.diagnostics.push({ severity: 'warning', loc: data.ctx.locate(line), message });
        }
        return 'skip';
      }
      const code = target.tagName === BLOCK_TAG ? data.blocks[Number(target.properties[BLOCK_INDEX_ATTR])] : undefined;
      const captionRef = typeof span.properties.id === 'string' ? span.properties.id : undefined;
      if (captionRef) (code?.element ?? target).properties.ariaDescribedBy = [captionRef];
      if (code?.listingIndex !== undefined) {
        const draft = data.listings[code.listingIndex];
        draft.listing.caption = text;
        draft.captionId = id;
      }
      return 'skip';
    });
  };
}
