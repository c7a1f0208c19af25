// Operator re-association around `as`: lezer's grammar lets `as` bind looser than binary operators,
// ranges and assignments (`x + y as i64` → `(x + y) as i64`). Chains containing a cast are flattened
// to source-order tokens and rebuilt with Rust's precedence (`as` tighter than every binary operator).
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
  | { t: 'cast'; ty: SyntaxNode };

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

/** True when `node` is an operator chain that contains an `as` cast (the case lezer gets wrong). */
export function needsReassociation(node: SyntaxNode): boolean {
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
      out.push({ t: 'operand', node });
  }
}

const join = (a: Span, b: Span): Span => ({ start: a.start, end: b.end });

/** Rebuilds an operator chain with Rust precedence. */
export function lowerChain(ctx: Ctx, node: SyntaxNode): Expr {
  const toks: Tok[] = [];
  flatten(ctx, node, toks);
  let i = 0;
  const startsOperand = () => i < toks.length && (toks[i].t === 'operand' || toks[i].t === 'range');

  const unary = (): Expr => {
    const tok = toks[i];
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
    let e = lowerExpr(ctx, tok.node);
    while (i < toks.length) {
      const c = toks[i];
      if (c.t !== 'cast') break;
      i++;
      const ty = lowerType(ctx, c.ty);
      e = { kind: 'Cast', expr: e, ty, span: join(e.span, spanOf(ctx, c.ty)) };
    }
    return e;
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
