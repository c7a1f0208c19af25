// Lowering entry: one pass over the @lezer/rust tree of a whole program → ast Program, reporting
// lezer error nodes as 'parse' diagnostics and unsupported constructs as 'unsupported' ones.
import type { Tree } from '@lezer/common';
import type { Diagnostic } from './span.ts';
import type { Attribute, Item, Program } from './ast.ts';
import { collectErrors } from './errors.ts';
import { type Ctx, guarded, kids, spanOf, unsupported } from './lower-context.ts';
import { isItemNode, lowerAttribute, lowerItemNode } from './lower-items.ts';
import type { LineIndex } from './positions.ts';

/** Max diagnostics reported for syntax errors (later ones are usually cascades). */
const MAX_PARSE_ERRORS = 5;

export function parseDiagnostics(tree: Tree, source: string, lines: LineIndex): Diagnostic[] {
  return collectErrors(tree, source)
    .slice(0, MAX_PARSE_ERRORS)
    .map((e) => ({ severity: 'error', code: 'parse', message: e.message, span: lines.span(e.from, e.to) }));
}

export function lowerProgram(tree: Tree, source: string, lines: LineIndex, cfgTest = false): { program: Program; diagnostics: Diagnostic[] } {
  const ctx: Ctx = { text: source, delta: 0, lines, diags: [], cfgTest };
  const attrs: Attribute[] = [];
  const items: Item[] = [];
  for (const node of kids(tree.topNode)) {
    if (node.name === 'InnerAttribute') {
      attrs.push(lowerAttribute(ctx, node, true));
      continue;
    }
    if (isItemNode(node)) {
      const item = guarded(ctx, () => lowerItemNode(ctx, node, []));
      if (item) items.push(item);
      continue;
    }
    if (node.name === 'Shebang' || node.name === 'LineComment' || node.name === 'BlockComment' || node.name === 'EmptyStatement') continue;
    if (node.name === 'MacroInvocation') {
      guarded(ctx, () => unsupported(ctx, node, `항목 위치의 매크로 (${ctx.text.slice(node.from, node.to).split('!')[0]}!)`));
      continue;
    }
    guarded(ctx, () => unsupported(ctx, node, '최상위에는 항목(fn, struct, enum, impl, use 등)만 올 수 있습니다'));
  }
  const program: Program = { kind: 'Program', attrs, items, span: spanOf(ctx, tree.topNode) };
  return { program, diagnostics: ctx.diags };
}
