// Operator re-association where lezer's grammar gets Rust's precedence wrong: `as` binds looser than binary
// operators there (`x + y as i64` → `(x + y) as i64`) and `&` looser too (`&a + b` → `&(a + b)`). Such chains
// are flattened to source-order tokens and rebuilt with Rust's precedence (prefix operators, then `as`, then binary).
import type { SyntaxNode } from '@lezer/common';
import type { ArithOp, BinaryOp, Expr, Span } from './ast.ts';
import { type Ctx, kids, parts, spanOf, syntaxError, textOf } from './lower-context.ts';
import { lowerExpr } from './lower-exprs.ts';
import { lowerType } from './lower-types.ts';

type Tok =
  | { t: 'operand'; node: SyntaxNode }
  | { t: 'binop'; op: BinaryOp; node: SyntaxNode }
  | { t: 'assign'; op: string; node: SyntaxNode }
  | { t: 'range'; inclusive: boolean; from: number; to: number }
  | { t: 'cast'; ty: SyntaxNode }
  | { t: 'prefix'; node: SyntaxNode };

const CHAIN = new Set(['BinaryExpression', 'TypeCastExpression', 'AssignmentExpression', 'RangeExpression']);

const PREC: Record<string, number> = {
  '*': 11, '/': 11, '%': 11,
  '+': 10, '-': 10,
  '<<': 9, '>>': 9,
  '&': 8,
  '^': 7,
  '|': 6,
  '==': 5, '!=': 5, '<': 5, '>': 5, '<=': 5, '>=': 5,
  '&&': 4,
  '||': 3,
};
const RANGE_PREC = 2;
const ASSIGN_PREC = 1;

/** The operand of a prefix `&`/`&mut`/`-`/`!`/`*` node; undefined for other nodes (and `&raw`). */
function prefixOperand(node: SyntaxNode): SyntaxNode | undefined {
  if (node.name === 'UnaryExpression') return kids(node)[1];
  if (node.name === 'ReferenceExpression' && !kids(node).some((c) => c.name === 'raw')) return parts(node).filter((c) => c.name !== 'mut')[0];
  return undefined;
}

/** A prefix operator lezer applied to a whole operator chain (`&a + b` read as `&(a + b)`, `-&a + 1`). */
function wrapsChain(node: SyntaxNode): boolean {
  const operand = prefixOperand(node);
  return !!operand && (CHAIN.has(operand.name) || wrapsChain(operand));
}

/** True when `node` is an operator chain lezer associated wrongly: one containing an `as` cast, or a prefix
 *  operator over a chain. */
export function needsReassociation(node: SyntaxNode): boolean {
  if (wrapsChain(node)) return true;
  if (!CHAIN.has(node.name)) return false;
  if (node.name === 'TypeCastExpression') {
    const operand = parts(node)[0];
    return !!operand && CHAIN.has(operand.name);
  }
  return kids(node).some((c) => needsReassociation(c));
}

/** Position of the `..`/`..=` operator inside a RangeExpression (it may be an anonymous token). */
export function rangeOperator(ctx: Ctx, node: SyntaxNode): { from: number; to: number; inclusive: boolean } | null {
  const all = kids(node).filter((c) => !c.type.isError);
  let prev = node.from;
  for (let i = 0; i <= all.length; i++) {
    const c = all[i];
    if (c && (c.name === '..' || c.name === '...' || c.name === '..=')) {
      const inclusive = c.name !== '..' || ctx.text[c.to] === '=';
      return { from: c.from, to: inclusive && c.name === '..' ? c.to + 1 : c.to, inclusive };
    }
    const gap = ctx.text.slice(prev, c ? c.from : node.to);
    const k = gap.indexOf('..');
    if (k >= 0) {
      const inclusive = gap.slice(k).startsWith('..=');
      return { from: prev + k, to: prev + k + (inclusive ? 3 : 2), inclusive };
    }
    if (c) prev = c.to;
  }
  return null;
}

function flatten(ctx: Ctx, node: SyntaxNode, out: Tok[]): void {
  switch (node.name) {
    case 'BinaryExpression': {
      const [l, op, r] = kids(node).filter((c) => !c.type.isError);
      if (!l || !op || !r) syntaxError(ctx, node, '이항 식이 불완전합니다');
      flatten(ctx, l, out);
      out.push({ t: 'binop', op: textOf(ctx, op) as BinaryOp, node: op });
      flatten(ctx, r, out);
      return;
    }
    case 'TypeCastExpression': {
      const ps = parts(node).filter((c) => c.name !== 'as');
      if (ps.length < 2) syntaxError(ctx, node, '`as` 식이 불완전합니다');
      flatten(ctx, ps[0], out);
      out.push({ t: 'cast', ty: ps[1] });
      return;
    }
    case 'AssignmentExpression': {
      const [l, op, r] = kids(node).filter((c) => !c.type.isError);
      if (!l || !op || !r) syntaxError(ctx, node, '대입 식이 불완전합니다');
      flatten(ctx, l, out);
      out.push({ t: 'assign', op: textOf(ctx, op), node: op });
      flatten(ctx, r, out);
      return;
    }
    case 'RangeExpression': {
      const op = rangeOperator(ctx, node);
      if (!op) syntaxError(ctx, node, '범위 연산자를 찾을 수 없습니다');
      const operands = kids(node).filter((c) => !c.type.isError && c.name !== '..' && c.name !== '..=' && c.name !== '...');
      const start = operands.find((c) => c.to <= op.from);
      const end = operands.find((c) => c.from >= op.to);
      if (start) flatten(ctx, start, out);
      out.push({ t: 'range', inclusive: op.inclusive, from: op.from, to: op.to });
      if (end) flatten(ctx, end, out);
      return;
    }
    default:
      if (wrapsChain(node)) {
        // Rust's prefix operators bind tighter than any binary one: only the leftmost operand is theirs.
        out.push({ t: 'prefix', node });
        flatten(ctx, prefixOperand(node)!, out);
      } else out.push({ t: 'operand', node });
  }
}

const join = (a: Span, b: Span): Span => ({ start: a.start, end: b.end });

/** Rebuilds an operator chain with Rust precedence. */
export function lowerChain(ctx: Ctx, node: SyntaxNode): Expr {
  const toks: Tok[] = [];
  flatten(ctx, node, toks);
  let i = 0;
  const startsOperand = () => i < toks.length && (toks[i].t === 'operand' || toks[i].t === 'range' || toks[i].t === 'prefix');

  const unary = (): Expr => {
    let e = prefixed();
    while (i < toks.length) {
      const c = toks[i];
      if (c.t !== 'cast') break;
      i++;
      const ty = lowerType(ctx, c.ty);
      e = { kind: 'Cast', expr: e, ty, span: join(e.span, spanOf(ctx, c.ty)) };
    }
    return e;
  };

  // A prefix operator over what follows it (itself prefixed or an operand), or an operand (or prefix range).
  const prefixed = (): Expr => {
    const tok = toks[i];
    if (tok?.t === 'prefix') {
      i++;
      const operand = prefixed();
      const span = join(spanOf(ctx, tok.node), operand.span);
      if (tok.node.name === 'ReferenceExpression') return { kind: 'Borrow', mut: kids(tok.node).some((c) => c.name === 'mut'), operand, span };
      return { kind: 'Unary', op: textOf(ctx, kids(tok.node)[0]) as '-' | '!' | '*', operand, span };
    }
    if (!tok) syntaxError(ctx, node, '식이 불완전합니다');
    if (tok.t === 'range') {
      // Prefix range `..b` / `..=b` / `..`.
      i++;
      const opSpan = spanOf(ctx, tok);
      const end = startsOperand() ? climb(RANGE_PREC + 1) : undefined;
      const e: Expr = { kind: 'Range', inclusive: tok.inclusive, span: end ? join(opSpan, end.span) : opSpan };
      if (end) e.end = end;
      return e;
    }
    if (tok.t !== 'operand') syntaxError(ctx, node, '피연산자가 필요합니다');
    i++;
    return lowerExpr(ctx, tok.node);
  };

  const climb = (minPrec: number): Expr => {
    let left = unary();
    while (i < toks.length) {
      const tok = toks[i];
      if (tok.t === 'binop') {
        const p = PREC[tok.op] ?? 0;
        if (p < minPrec) break;
        i++;
        const right = climb(p + 1);
        left = { kind: 'Binary', op: tok.op, left, right, opSpan: spanOf(ctx, tok.node), span: join(left.span, right.span) };
      } else if (tok.t === 'range') {
        if (RANGE_PREC < minPrec) break;
        i++;
        const end = startsOperand() ? climb(RANGE_PREC + 1) : undefined;
        const e: Expr = { kind: 'Range', start: left, inclusive: tok.inclusive, span: end ? join(left.span, end.span) : join(left.span, spanOf(ctx, tok)) };
        if (end) e.end = end;
        left = e;
      } else if (tok.t === 'assign') {
        if (ASSIGN_PREC < minPrec) break;
        i++;
        const value = climb(ASSIGN_PREC); // right associative
        const span = join(left.span, value.span);
        left = tok.op === '='
          ? { kind: 'Assign', target: left, value, span }
          : { kind: 'CompoundAssign', op: tok.op.slice(0, -1) as ArithOp, target: left, value, span };
      } else if (tok.t === 'cast') {
        i++;
        left = { kind: 'Cast', expr: left, ty: lowerType(ctx, tok.ty), span: join(left.span, spanOf(ctx, tok.ty)) };
      } else {
        syntaxError(ctx, tok.node, '연산자가 필요합니다');
      }
    }
    return left;
  };

  const e = climb(0);
  if (i < toks.length) syntaxError(ctx, node, '식을 끝까지 해석하지 못했습니다');
  return e;
}
