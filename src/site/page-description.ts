// The meta description of a page: the text of its first real paragraph, shortened; the book's description else.
// Pure string work over the rendered segments (file names, captions and images are not paragraphs to quote).
import type { Page } from '../book/model.ts';

const MAX = 150;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, name: string) => {
      if (ENTITIES[name]) return ENTITIES[name];
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return m;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

export function pageDescription(page: Page, fallback: string): string {
  for (const seg of page.segments) {
    if (seg.kind !== 'html') continue;
    for (const m of seg.html.matchAll(/<p>([\s\S]*?)<\/p>/g)) {
      const inner = (m[1] ?? '').trim();
      if (/^<(img|span class="(filename|caption)")/.test(inner)) continue;
      const text = plainText(inner);
      if (!text) continue;
      return text.length <= MAX ? text : text.slice(0, MAX - 1).trimEnd() + '…';
    }
  }
  return fallback;
}
