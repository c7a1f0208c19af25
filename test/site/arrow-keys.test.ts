// ←/→ page turns: only plain arrow presses, never while typing or inside widgets that own the arrows.
import { describe, expect, it } from 'vitest';
import { ARROW_OWNERS, ownsKeys, pageTurn, type KeyPress, type KeyTarget } from '../../src/site/scripts/arrow-keys.ts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  defaultPrevented: false,
  ...extra,
});

/** A fake element that "matches" a selector when one of its selectors appears in the selector list. */
function el(matches: string[], extra: Partial<KeyTarget> = {}): KeyTarget {
  return {
    tagName: 'DIV',
    closest: (sel: string) => (sel.split(',').map((s) => s.trim()).some((s) => matches.includes(s)) ? {} : null),
    ...extra,
  };
}

describe('pageTurn', () => {
  const body = el([]);
  it('turns pages with plain arrows on ordinary content', () => {
    expect(pageTurn(press('ArrowLeft'), body)).toBe('prev');
    expect(pageTurn(press('ArrowRight'), body)).toBe('next');
    expect(pageTurn(press('ArrowRight'), null)).toBe('next');
  });
  it('ignores other keys, modified presses and handled events', () => {
    expect(pageTurn(press('ArrowUp'), body)).toBeNull();
    expect(pageTurn(press('a'), body)).toBeNull();
    for (const mod of ['altKey', 'ctrlKey', 'metaKey', 'shiftKey'] as const) {
      expect(pageTurn(press('ArrowLeft', { [mod]: true }), body)).toBeNull();
    }
    expect(pageTurn(press('ArrowLeft', { defaultPrevented: true }), body)).toBeNull();
  });
  it('leaves arrows to inputs, editors, sliders and anything inside a listing', () => {
    for (const owner of ['input', 'textarea', 'select', '[data-listing]', '[role="slider"]', '.pagefind-ui']) {
      expect(ARROW_OWNERS).toContain(owner);
      expect(pageTurn(press('ArrowRight'), el([owner]))).toBeNull();
    }
    expect(pageTurn(press('ArrowLeft'), el([], { isContentEditable: true }))).toBeNull();
    expect(ownsKeys(el(['[data-listing]']))).toBe(true);
    expect(ownsKeys(body)).toBe(false);
  });
});
