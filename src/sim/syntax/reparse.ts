// Re-parsing a slice of the source in a dummy Rust context (macro arguments, split statements):
// the wrapped text is parsed with lezer and offsets are mapped back so spans point into the original.
import type { SyntaxNode } from '@lezer/common';
import { parseRust } from './lezer.ts';
import type { Stmt } from './ast.ts';
import { type Ctx, LowerError, kids, spanOf } from './lower-context.ts';
import { firstErrorMessage } from './errors.ts';
import { isBlockLike, lowerExpr } from './lower-exprs.ts';
import { lowerBlock } from './lower-stmts.ts';

export interface Fragment {
  ctx: Ctx;
  root: SyntaxNode;
  /** Offsets (in fragment ctx coordinates) where the slice starts and ends. */
  from: number;
  to: number;
}

/** Parses `prefix + text[from, to) + suffix`; a syntax error inside the slice throws a 'parse' LowerError. */
export function reparse(ctx: Ctx, from: number, to: number, prefix: string, suffix: string): Fragment {
  const text = prefix + ctx.text.slice(from, to) + suffix;
  const fctx: Ctx = { text, delta: ctx.delta + from - prefix.length, lines: ctx.lines, diags: ctx.diags, cfgTest: ctx.cfgTest };
  const tree = parseRust(text);
  const err = firstErrorMessage(tree, text, 0, text.length);
  if (err) {
    const at = Math.min(Math.max(err.from, prefix.length), prefix.length + (to - from));
    throw new LowerError({ severity: 'error', code: 'parse', message: err.message, span: spanOf(fctx, { from: at, to: Math.max(at, Math.min(err.to, prefix.length + (to - from))) }) });
  }
  return { ctx: fctx, root: tree.topNode, from: prefix.length, to: prefix.length + (to - from) };
}

/** First descendant named `name` starting at or after `from` (document order). */
export function findNode(root: SyntaxNode, name: string, from: number): SyntaxNode | null {
  const cur = root.cursor();
  do {
    if (cur.name === name && cur.from >= from) return cur.node;
  } while (cur.next());
  return null;
}

const SPLIT_PARENTS = new Set(['BinaryExpression', 'IndexExpression', 'CallExpression']);

/** rustc ends an expression statement after a block-like expression (`match … {}`), so
 *  `if c {} *x += 1;` is two statements; lezer may glue them into one binary/call/index expression.
 *  Returns the split statements, or null when the statement is fine as parsed. */
export function splitBlockLikeHead(ctx: Ctx, stmt: SyntaxNode, inner: SyntaxNode): Stmt[] | null {
  if (isBlockLike(inner)) return null;
  let parent = inner;
  let cur = kids(inner)[0];
  while (cur && cur.from === inner.from) {
    if (isBlockLike(cur)) {
      if (!SPLIT_PARENTS.has(parent.name)) return null;
      if (parent.name === 'CallExpression' && kids(parent)[0] !== cur) return null;
      const head: Stmt = { kind: 'ExprStmt', expr: lowerExpr(ctx, cur), semi: false, span: spanOf(ctx, cur) };
      const frag = reparse(ctx, cur.to, stmt.to, 'fn __m() {', '}');
      const block = findNode(frag.root, 'Block', 0);
      if (!block) return null;
      // Lowering the fragment block gives statements with spans in the original source.
      const rest = lowerBlock(frag.ctx, block);
      const tail: Stmt[] = rest.tail ? [{ kind: 'ExprStmt', expr: rest.tail, semi: false, span: rest.tail.span }] : [];
      return [head, ...rest.stmts, ...tail];
    }
    parent = cur;
    cur = kids(cur)[0];
  }
  return null;
}
