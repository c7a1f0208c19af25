// Block and statement visitor: `{ stmts; tail }`, `let` (with `else`), expression statements (recording
// the `;`), items inside blocks. Each statement is lowered under a guard so one bad statement reports once.
import type { SyntaxNode } from '@lezer/common';
import type { Block, LetStmt, Pattern, Stmt } from './ast.ts';
import { type Ctx, guarded, has, kids, parts, spanOf, syntaxError } from './lower-context.ts';
import { lowerExpr } from './lower-exprs.ts';
import { isItemNode, lowerItemNode } from './lower-items.ts';
import { lowerPattern } from './lower-patterns.ts';
import { lowerType } from './lower-types.ts';
import { splitBlockLikeHead } from './reparse.ts';

export function lowerBlock(ctx: Ctx, node: SyntaxNode): Block {
  if (node.name !== 'Block') syntaxError(ctx, node, '블록 `{ … }`이 필요합니다');
  const stmts: Stmt[] = [];
  for (const c of kids(node)) {
    // `match x { … };`: lezer gives the `;` as a separate EmptyStatement; it still ends the expression statement.
    const prev = stmts[stmts.length - 1];
    if (c.name === 'EmptyStatement' && prev?.kind === 'ExprStmt' && !prev.semi) {
      stmts[stmts.length - 1] = { ...prev, semi: true, span: { start: prev.span.start, end: spanOf(ctx, c).end } };
      continue;
    }
    for (const s of guarded(ctx, () => lowerStmt(ctx, c)) ?? []) stmts.push(s);
  }
  const block: Block = { kind: 'Block', stmts, span: spanOf(ctx, node) };
  const last = stmts[stmts.length - 1];
  if (last && last.kind === 'ExprStmt' && !last.semi) {
    stmts.pop();
    block.tail = last.expr;
  }
  return block;
}

/** One block child → zero or more statements (punctuation and comments give none). */
function lowerStmt(ctx: Ctx, node: SyntaxNode): Stmt[] {
  const span = spanOf(ctx, node);
  switch (node.name) {
    case 'LetDeclaration':
      return [lowerLet(ctx, node)];
    case 'ExpressionStatement': {
      const inner = parts(node)[0];
      if (!inner) return [];
      const split = splitBlockLikeHead(ctx, node, inner);
      if (split) return split;
      return [{ kind: 'ExprStmt', expr: lowerExpr(ctx, inner), semi: has(node, ';'), span }];
    }
    case 'MacroInvocation':
      return [{ kind: 'ExprStmt', expr: lowerExpr(ctx, node), semi: has(node, ';'), span }];
    case 'AttributeItem': {
      // `#[allow(unused)] let x = 1;`: attributes on statements are ignored.
      const inner = kids(node).find((c) => c.name !== 'Attribute' && !c.type.isError);
      if (inner && !isItemNode(inner)) return lowerStmt(ctx, inner);
      const item = lowerItemNode(ctx, node, []);
      return item ? [{ kind: 'ItemStmt', item, span }] : [];
    }
    default:
      if (isItemNode(node)) {
        const item = lowerItemNode(ctx, node, []);
        return item ? [{ kind: 'ItemStmt', item, span }] : [];
      }
      return [];
  }
}

function lowerLet(ctx: Ctx, node: SyntaxNode): LetStmt {
  const all = kids(node).filter((c) => !c.type.isError);
  const at = (name: string) => all.findIndex((c) => c.name === name);
  const eq = at('=');
  const colon = at(':');
  const els = at('else');
  const stmt: LetStmt = { kind: 'LetStmt', pat: letPattern(ctx, node), span: spanOf(ctx, node) };
  if (colon >= 0 && all[colon + 1]) stmt.ty = lowerType(ctx, all[colon + 1]);
  if (eq >= 0) {
    const init = all[eq + 1];
    if (!init || init.name === ';') syntaxError(ctx, node, '`=` 뒤에 식이 없습니다');
    stmt.init = lowerExpr(ctx, init);
  }
  if (els >= 0) {
    const b = all[els + 1];
    if (!b) syntaxError(ctx, node, '`else` 뒤에 블록이 없습니다');
    stmt.else = lowerBlock(ctx, b);
  }
  return stmt;
}

/** The pattern of a `let` (statement or condition): `let mut x` arrives as two children (mut, name). */
export function letPattern(ctx: Ctx, node: SyntaxNode): Pattern {
  const all = kids(node).filter((c) => !c.type.isError);
  const hasMut = all[1]?.name === 'mut';
  const patNode = all[hasMut ? 2 : 1];
  if (!patNode || patNode.name === '=') syntaxError(ctx, node, '`let` 뒤에 패턴이 없습니다');
  const pat = lowerPattern(ctx, patNode);
  if (!hasMut) return pat;
  if (pat.kind !== 'IdentPat') syntaxError(ctx, node, '`mut` 뒤에는 이름이 와야 합니다');
  return { ...pat, mut: true, span: spanOf(ctx, { from: all[1].from, to: patNode.to }) };
}
