// Reads an expanded chapter's markdown (no rendering) for what the checks need, each with its line:
// link and image targets (markdown and raw HTML), fenced code blocks (to spot unclosed ones), runnable Rust blocks.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root, Code, Html, Link, Image, Definition } from 'mdast';
import { visit } from 'unist-util-visit';
import { isRunnable, parseCodeAttrs } from '../book/listings/code-attrs.ts';

/** A place in the scanned (expanded) markdown, 1-based. */
export interface TextPos {
  line: number;
  col: number;
}

export interface RefTarget {
  kind: 'link' | 'image';
  url: string;
  pos: TextPos;
}

export interface FenceInfo {
  pos: TextPos;
  /** The opening fence (``` or ~~~…). */
  fence: string;
  /** True when a matching closing fence ends the block. */
  closed: boolean;
}

export interface MarkdownScan {
  refs: RefTarget[];
  fences: FenceInfo[];
  /** Opening-fence positions of runnable Rust blocks, in document order (the order listings are made in). */
  runnableBlocks: TextPos[];
  /** Opening-fence positions of `rust,does_not_compile` blocks, in document order. */
  rejectedBlocks: TextPos[];
}

const processor = unified().use(remarkParse).use(remarkGfm);

/** `href`/`src` attributes of `<a>`/`<img>` tags in a raw HTML chunk, with their offsets in the chunk. */
export function htmlRefs(html: string): Array<{ kind: 'link' | 'image'; url: string; offset: number }> {
  const out: Array<{ kind: 'link' | 'image'; url: string; offset: number }> = [];
  const TAG = /<(a|img)\b([^>]*)>/gi;
  for (const tag of html.matchAll(TAG)) {
    const kind = tag[1].toLowerCase() === 'a' ? 'link' : 'image';
    const attr = kind === 'link' ? 'href' : 'src';
    const m = new RegExp(`\\s${attr}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag[2]);
    if (!m) continue;
    out.push({ kind, url: decodeHtmlEntities(m[1] ?? m[2] ?? m[3] ?? ''), offset: tag.index + tag[1].length + 1 + m.index + 1 });
  }
  return out;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

function posAfter(start: TextPos, text: string, offset: number): TextPos {
  const before = text.slice(0, offset);
  const nl = before.lastIndexOf('\n');
  if (nl < 0) return { line: start.line, col: start.col + offset };
  return { line: start.line + before.split('\n').length - 1, col: offset - nl };
}

/** Whether the code node's source text ends with a closing fence matching its opening one. */
function fenceOf(markdown: string, node: Code): FenceInfo | null {
  const start = node.position?.start;
  const end = node.position?.end;
  if (!start || !end || start.offset === undefined || end.offset === undefined) return null;
  const raw = markdown.slice(start.offset, end.offset);
  const open = /^(`{3,}|~{3,})/.exec(raw);
  if (!open) return null; // an indented code block
  const lines = raw.split('\n');
  const last = lines[lines.length - 1].replace(/^[ \t>]*/, '').trimEnd();
  const closed =
    lines.length > 1 && last.length >= open[1].length && [...last].every((ch) => ch === open[1][0]);
  return { pos: { line: start.line, col: start.column }, fence: open[1], closed };
}

export function scanMarkdown(markdown: string): MarkdownScan {
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const scan: MarkdownScan = { refs: [], fences: [], runnableBlocks: [], rejectedBlocks: [] };
  visit(tree, (node) => {
    const start = node.position?.start;
    if (!start) return;
    const pos = { line: start.line, col: start.column };
    switch (node.type) {
      case 'link':
      case 'definition':
        scan.refs.push({ kind: 'link', url: (node as Link | Definition).url, pos });
        break;
      case 'image':
        scan.refs.push({ kind: 'image', url: (node as Image).url, pos });
        break;
      case 'html':
        for (const r of htmlRefs((node as Html).value)) {
          scan.refs.push({ kind: r.kind, url: r.url, pos: posAfter(pos, (node as Html).value, r.offset) });
        }
        break;
      case 'code': {
        const code = node as Code;
        const fence = fenceOf(markdown, code);
        if (fence) scan.fences.push(fence);
        const attrs = parseCodeAttrs([code.lang ?? '', code.meta ?? ''].join(' '));
        if (isRunnable(attrs)) scan.runnableBlocks.push(pos);
        else if (attrs.lang === 'rust' && attrs.doesNotCompile) scan.rejectedBlocks.push(pos);
        break;
      }
    }
  });
  return scan;
}
