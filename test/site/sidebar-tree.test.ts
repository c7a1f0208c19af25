// Sidebar tree from SUMMARY items: links for written chapters, drafts unlinked, current page marked, nesting kept.
import { describe, expect, it } from 'vitest';
import { sidebarTree, type SidebarNode } from '../../src/site/nav/sidebar-tree.ts';
import { loadFixtureBook } from './fixture-book.ts';

const book = await loadFixtureBook();

function pagesIn(nodes: SidebarNode[]): Extract<SidebarNode, { kind: 'page' }>[] {
  return nodes.flatMap((n) => (n.kind === 'page' ? [n, ...pagesIn(n.children)] : n.kind === 'draft' ? pagesIn(n.children) : []));
}

describe('sidebarTree', () => {
  it('keeps part titles, separators and the nesting of SUMMARY.md', () => {
    const tree = sidebarTree(book.summary.items, book.pages, null);
    expect(tree.map((n) => n.kind)).toEqual(['page', 'part', 'draft', 'separator']);
    const part = tree[1];
    expect(part).toEqual({ kind: 'part', title: '스마트 포인터' });
    const draft = tree[2];
    if (draft.kind !== 'draft') throw new Error('expected a draft chapter');
    expect(draft.number).toBe('1.');
    expect(draft.children.map((c) => c.kind)).toEqual(['page', 'page', 'draft']);
  });

  it('links written chapters to their page URL under the base', () => {
    const tree = sidebarTree(book.summary.items, book.pages, null, '/book/');
    expect(pagesIn(tree).map((p) => p.href)).toEqual([
      '/book/introduction.html',
      '/book/ch15-01-box.html',
      '/book/ch15-06-reference-cycles.html',
    ]);
  });

  it('marks exactly the current page, including a nested one', () => {
    const tree = sidebarTree(book.summary.items, book.pages, 'ch15-06-reference-cycles.md');
    const current = pagesIn(tree).filter((p) => p.current);
    expect(current.map((p) => p.title)).toEqual(['순환 참조']);
    expect(pagesIn(sidebarTree(book.summary.items, book.pages, null)).some((p) => p.current)).toBe(false);
  });

  it('shows a chapter whose file produced no page as a draft, never a link', () => {
    const onlyIntro = book.pages.filter((p) => p.path === 'introduction.md');
    const tree = sidebarTree(book.summary.items, onlyIntro, 'introduction.md');
    expect(pagesIn(tree).map((p) => p.title)).toEqual(['들어가며']);
    const draft = tree[2];
    if (draft.kind !== 'draft') throw new Error('expected a draft chapter');
    expect(draft.children.every((c) => c.kind === 'draft')).toBe(true);
  });
});

describe('sidebarTree with [output.html] options', () => {
  it('drops section numbers with no-section-label', () => {
    const tree = sidebarTree(book.summary.items, book.pages, null, '/', { noSectionLabel: true });
    const draft = tree[2];
    if (draft.kind !== 'draft') throw new Error('expected a draft chapter');
    expect(draft.number).toBeNull();
    expect(pagesIn(tree).every((p) => p.number === null)).toBe(true);
  });

  it('folds sections from fold.level on, except the one holding the current page', () => {
    const folded = (nodes: SidebarNode[]) => nodes.filter((n) => n.kind === 'draft' || n.kind === 'page').map((n) => ('folded' in n ? n.folded : null));
    expect(folded(sidebarTree(book.summary.items, book.pages, null, '/', { fold: { enable: true, level: 0 } }))).toEqual([false, true]);
    expect(folded(sidebarTree(book.summary.items, book.pages, 'ch15-01-box.md', '/', { fold: { enable: true, level: 0 } }))).toEqual([false, false]);
    expect(folded(sidebarTree(book.summary.items, book.pages, null, '/', { fold: { enable: true, level: 1 } }))).toEqual([false, false]);
    expect(folded(sidebarTree(book.summary.items, book.pages, null, '/', { fold: { enable: false, level: 0 } }))).toEqual([false, false]);
  });
});
