// Builds the static HTML (as hast) of one code block: a toolbar (Ferris badge, hidden-lines toggle,
// copy button) over the Shiki-highlighted <pre>. Pure; the site's CSS and a tiny script give it life.
import type { Element, ElementContent } from 'hast';
import type { CodeAttrs } from '../model.ts';
import { ferrisKind, mdbookCodeClasses, type FerrisKind } from './code-attrs.ts';

const FERRIS_TEXT: Record<FerrisKind, string> = {
  'does-not-compile': '이 코드는 컴파일되지 않습니다!',
  panics: '이 코드는 패닉을 일으킵니다!',
  'not-desired-behavior': '이 코드는 원하는 대로 동작하지 않습니다.',
};

export interface CodeBlockParts {
  attrs: CodeAttrs;
  /** The highlighted `<pre>` (hidden lines already marked). */
  pre: Element;
  /** The text a reader copies: visible lines only, joined by newlines. */
  copyText: string;
  hasHiddenLines: boolean;
}

function el(tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

function ferrisBadge(kind: FerrisKind): Element {
  const text = FERRIS_TEXT[kind];
  return el('span', { className: ['heapbook-ferris', `heapbook-ferris-${kind}`], role: 'img', title: text, ariaLabel: text }, [
    { type: 'text', value: '🦀' },
  ]);
}

function toolbar(parts: CodeBlockParts): Element {
  const items: ElementContent[] = [];
  const kind = ferrisKind(parts.attrs);
  if (kind) items.push(ferrisBadge(kind));
  if (parts.hasHiddenLines) {
    items.push(
      el('button', { type: 'button', className: ['heapbook-toggle-hidden'], ariaLabel: '숨겨진 줄 보기', ariaPressed: 'false', title: '숨겨진 줄 보기' }, [
        { type: 'text', value: '👁' },
      ]),
    );
  }
  items.push(
    el('button', { type: 'button', className: ['heapbook-copy'], ariaLabel: '코드 복사', title: '코드 복사', dataCopy: parts.copyText }, [
      { type: 'text', value: '📋' },
    ]),
  );
  return el('div', { className: ['heapbook-code-toolbar'] }, items);
}

/** `<div class="heapbook-code language-rust …">` wrapping toolbar and highlighted code. */
export function codeBlockElement(parts: CodeBlockParts): Element {
  const classes = ['heapbook-code'];
  if (parts.attrs.lang) classes.push(`language-${parts.attrs.lang}`);
  const kind = ferrisKind(parts.attrs);
  if (kind) classes.push(kind);
  if (parts.hasHiddenLines) classes.push('has-hidden-lines');
  return el('div', { className: classes, dataLang: parts.attrs.lang || 'text' }, [toolbar(parts), withCodeClasses(parts.pre, parts.attrs)]);
}

/** A copy of the (shared, read-only) highlighted <pre> whose <code> carries mdBook's classes. */
function withCodeClasses(pre: Element, attrs: CodeAttrs): Element {
  const classes = mdbookCodeClasses(attrs);
  if (classes.length === 0) return pre;
  return {
    ...pre,
    children: pre.children.map((c) =>
      c.type === 'element' && c.tagName === 'code' ? { ...c, properties: { ...c.properties, className: classes } } : c,
    ),
  };
}
