// rehype plugin: marks the chapter's top-level blocks between its first and last screens for lazy rendering
// (`hb-lazy`, CSS content-visibility) with a size hint from the build: characters of text, or lines of code.
import type { Root, Element, ElementContent, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { chapterData } from './chapter-data.ts';
import { BLOCK_TAG, BLOCK_INDEX_ATTR } from './remark-code-blocks.ts';

/** Blocks whose height follows from their text: the CSS turns `--hb-chars` into an estimated height. */
const TEXT_BLOCKS = new Set(['p', 'ul', 'ol', 'dl', 'blockquote', 'table']);

export const LAZY_CLASS = 'hb-lazy';

/**
 * Blocks within this many pixels of the top or of the end of the chapter (as estimated on a phone, the
 * narrowest column) are drawn at once: the first screens are in view anyway, and a block drawn from an
 * estimate shifts whatever follows it in view when its real size arrives: near the end, the pagination.
 */
const EAGER_TOP_PX = 1800;
const EAGER_END_PX = 1000;

/** Rough heights on a 390 px phone, matching the phone estimate in content.css. */
const PHONE = { perChar: 1.15, perLine: 22.4, block: 12, code: 40, listing: 100, heading: 60, other: 300 };

/** A top-level block that could be drawn lazily: how to mark it and its estimated height on a phone. */
interface Candidate {
  mark: (() => void) | null;
  height: number;
}

export default function rehypeSizeHints() {
  return (tree: Root, file: VFile) => {
    const data = chapterData(file);
    const blocks: Candidate[] = [];
    for (const node of tree.children) {
      if (node.type !== 'element') continue;
      if (TEXT_BLOCKS.has(node.tagName) && (node.tagName !== 'p' || hasOwnText(node))) {
        const chars = textLength(node);
        blocks.push({ mark: () => mark(node, `--hb-chars:${chars}`), height: chars * PHONE.perChar + PHONE.block });
      } else if (node.tagName === BLOCK_TAG) {
        const block = data.blocks[Number(node.properties[BLOCK_INDEX_ATTR])];
        const lines = codeLines(block.element);
        const listing = block.listingIndex === undefined ? undefined : data.listings[block.listingIndex];
        blocks.push(
          listing
            ? // ListingSlot sizes the listing's wrapper (its pre-run output counts too).
              { mark: () => (listing.lazy = true), height: lines * PHONE.perLine + PHONE.listing }
            : { mark: () => mark(block.element, `--hb-lines:${lines}`), height: lines * PHONE.perLine + PHONE.code },
        );
      } else {
        blocks.push({ mark: null, height: /^h[1-6]$/.test(node.tagName) ? PHONE.heading : PHONE.other });
      }
    }
    const total = blocks.reduce((n, b) => n + b.height, 0);
    let top = 0;
    for (const b of blocks) {
      if (top >= EAGER_TOP_PX && top + b.height <= total - EAGER_END_PX) b.mark?.();
      top += b.height;
    }
  };
}

function mark(el: Element, sizeHint: string): void {
  const classes = el.properties.className;
  el.properties.className = [...(Array.isArray(classes) ? classes : classes ? [String(classes)] : []), LAZY_CLASS];
  el.properties.style = el.properties.style ? `${String(el.properties.style)};${sizeHint}` : sizeHint;
}

/** A paragraph of text, not one holding only a file name, a caption or an image (those lean on margin collapsing). */
function hasOwnText(p: Element): boolean {
  return p.children.some((c) => c.type === 'text' && c.value.trim() !== '');
}

function textLength(node: Element | RootContent | ElementContent): number {
  if (node.type === 'text') return [...node.value.replace(/\s+/g, ' ')].length;
  if (node.type !== 'element') return 0;
  return node.children.reduce((n, c) => n + textLength(c), 0);
}

/** Lines of the block's <pre> as the reader sees them (hidden `# ` lines are not shown). */
function codeLines(wrapper: Element): number {
  const pre = findPre(wrapper);
  if (!pre) return 1;
  let marked = 0;
  const walk = (n: ElementContent) => {
    if (n.type !== 'element') return;
    const cls = n.properties.className;
    if (Array.isArray(cls) && cls.includes('line')) {
      if (!cls.includes('hidden')) marked++;
      return;
    }
    n.children.forEach(walk);
  };
  pre.children.forEach(walk);
  // Highlighted code has a span per line; plain text is counted by its newlines.
  return Math.max(marked || textOf(pre).replace(/\n$/, '').split('\n').length, 1);
}

function findPre(n: Element): Element | undefined {
  if (n.tagName === 'pre') return n;
  for (const c of n.children) {
    const found = c.type === 'element' ? findPre(c) : undefined;
    if (found) return found;
  }
  return undefined;
}

function textOf(n: ElementContent): string {
  if (n.type === 'text') return n.value;
  return n.type === 'element' ? n.children.map(textOf).join('') : '';
}
