// One shared Shiki highlighter for the whole build (created once, reused by every page), producing hast
// with light and dark colours as CSS variables, so no highlighter JavaScript ships to the browser.
import { createHighlighter, type Highlighter } from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import type { Element, ElementContent } from 'hast';

export const THEMES = { light: 'github-light', dark: 'github-dark' } as const;
const LANGS = ['rust', 'shellsession', 'shellscript', 'toml', 'json', 'diff'];

let shared: Promise<Highlighter> | undefined;

/** The build's highlighter; the first call creates it, later calls share the same promise. */
export function loadHighlighter(): Promise<Highlighter> {
  // The JavaScript regex engine starts faster and tokenizes these grammars faster than the WASM one.
  shared ??= createHighlighter({ themes: [THEMES.light, THEMES.dark], langs: LANGS, engine: createJavaScriptRegexEngine() });
  return shared;
}

/** The Shiki language for a code block's language word; unknown languages fall back to plain text. */
export function resolveLang(hl: Highlighter, lang: string): string {
  const l = lang.toLowerCase();
  if (l === '' || l === 'text' || l === 'plain' || l === 'txt') return 'text';
  return hl.getLoadedLanguages().includes(l) ? l : 'text';
}

/**
 * Highlights `code` into a `<pre class="shiki">` element, one `<span class="line">` per line.
 * Lines whose `visible` entry is false get the class `hidden` and carry their own newline, so CSS can
 * collapse them without leaving blank lines.
 */
export function highlightToHast(hl: Highlighter, code: string, lang: string, visible?: boolean[]): Element {
  const key = `${lang}\u0000${visible ? visible.map((v) => (v ? '1' : '0')).join('') : ''}\u0000${code}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const pre = highlightUncached(hl, code, lang, visible);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, pre);
  return pre;
}

/**
 * Highlighting is the build's hottest step; identical blocks (and every block on a dev-server rebuild)
 * reuse the element. Callers must treat the returned <pre> as read-only.
 */
const cache = new Map<string, Element>();
const CACHE_LIMIT = 20_000;

function highlightUncached(hl: Highlighter, code: string, lang: string, visible?: boolean[]): Element {
  const root = hl.codeToHast(code, {
    lang: resolveLang(hl, lang),
    themes: THEMES,
    defaultColor: false,
    transformers: [
      {
        line(node, line) {
          if (visible && visible[line - 1] === false) this.addClassToHast(node, 'hidden');
        },
      },
    ],
  });
  const pre = root.children.find((c): c is Element => c.type === 'element' && c.tagName === 'pre');
  if (!pre) throw new Error('shiki가 <pre> 요소를 만들지 않았습니다');
  delete pre.properties.tabindex;
  const codeEl = pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
  if (codeEl && visible) codeEl.children = moveNewlinesIntoHiddenLines(codeEl.children);
  return pre;
}

function isHiddenLine(node: ElementContent): node is Element {
  if (node.type !== 'element') return false;
  const cls = node.properties.className ?? node.properties.class;
  const list = Array.isArray(cls) ? cls.map(String) : String(cls ?? '').split(/\s+/);
  return list.includes('hidden');
}

function moveNewlinesIntoHiddenLines(children: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    out.push(node);
    const next = children[i + 1];
    if (isHiddenLine(node) && next?.type === 'text' && next.value === '\n') {
      node.children.push({ type: 'text', value: '\n' });
      i++;
    }
  }
  return out;
}
