// Pattern visitor: lezer pattern nodes → ast Pattern (identifiers, literals, ranges, tuples, structs,
// references, or-patterns, slices, paths). Anonymous `..=` tokens are found in the gaps between children.
import type { SyntaxNode } from '@lezer/common';
import type { FieldPat, IdentPat, LitPat, Pattern, RangeBound, RangePat } from './ast.ts';
import { type Ctx, child, has, kids, parts, spanFromTo, spanOf, syntaxError, textOf, unsupported } from './lower-context.ts';
import { literalOf } from './lower-exprs.ts';
import { isPathNode, lowerPath } from './lower-paths.ts';

const LITERALS = new Set(['Integer', 'Float', 'String', 'RawString', 'Char', 'Boolean']);

export function lowerPattern(ctx: Ctx, node: SyntaxNode): Pattern {
  const span = spanOf(ctx, node);
  switch (node.name) {
    case '_':
      return { kind: 'WildPat', span };
    case '..':
      return { kind: 'RestPat', span };
    case 'Identifier':
    case 'BoundIdentifier':
    case 'TypeIdentifier':
    case 'self':
      return { kind: 'IdentPat', name: textOf(ctx, node), byRef: false, mut: false, span };
    case 'MutPattern':
    case 'RefPattern':
      return bindingPattern(ctx, node);
    case 'CapturedPattern': {
      const ps = kids(node).filter((c) => c.name !== '@' && !c.type.isError);
      const binding = lowerPattern(ctx, ps[0]);
      if (binding.kind !== 'IdentPat' || !ps[1]) syntaxError(ctx, node, '`@` 패턴의 왼쪽은 이름이어야 합니다');
      return { ...binding, sub: lowerPattern(ctx, ps[1]), span };
    }
    case 'LiteralPattern':
      return literalPattern(ctx, node, kids(node));
    case 'Integer':
    case 'Float':
    case 'String':
    case 'RawString':
    case 'Char':
    case 'Boolean':
      return literalPattern(ctx, node, [node]);
    case 'RangePattern':
      return rangePattern(ctx, node);
    case 'TuplePattern':
      return tuplePattern(ctx, node);
    case 'StructPattern':
      return structPattern(ctx, node);
    case 'ReferencePattern': {
      const inner = parts(node).filter((c) => c.name !== 'mut')[0];
      if (!inner) syntaxError(ctx, node, '참조 패턴이 불완전합니다');
      return { kind: 'RefPat', mut: has(node, 'mut'), inner: lowerPattern(ctx, inner), span };
    }
    case 'OrPattern': {
      const alts = parts(node).flatMap((c) => {
        const p = lowerPattern(ctx, c);
        return p.kind === 'OrPat' ? p.alts : [p];
      });
      return { kind: 'OrPat', alts, span };
    }
    case 'SlicePattern': {
      // `..` is punctuation to `parts`, but here it is the rest pattern.
      const items = kids(node).filter((c) => c.name !== '[' && c.name !== ']' && c.name !== ',' && !c.type.isError);
      return { kind: 'SlicePat', items: items.map((c) => lowerPattern(ctx, c)), span };
    }
    case 'ScopedIdentifier':
    case 'ScopedTypeIdentifier':
      return { kind: 'PathPat', path: lowerPath(ctx, node), span };
    case 'MacroPattern':
      unsupported(ctx, node, `패턴 위치의 매크로 (${textOf(ctx, node)})`);
    default:
      unsupported(ctx, node, `패턴 ${textOf(ctx, node)}`);
  }
}

/** `mut x`, `ref x`, `ref mut x`. */
function bindingPattern(ctx: Ctx, node: SyntaxNode): IdentPat {
  let byRef = false;
  let mut = false;
  let cur: SyntaxNode | null = node;
  while (cur && (cur.name === 'MutPattern' || cur.name === 'RefPattern')) {
    if (cur.name === 'RefPattern') byRef = true;
    if (has(cur, 'mut')) mut = true;
    cur = parts(cur).filter((c) => c.name !== 'mut' && c.name !== 'ref')[0] ?? null;
  }
  if (!cur) syntaxError(ctx, node, '패턴에 이름이 없습니다');
  const inner = lowerPattern(ctx, cur);
  if (inner.kind !== 'IdentPat') unsupported(ctx, node, `\`ref\`/\`mut\` 뒤의 복합 패턴 (${textOf(ctx, node)})`);
  return { ...inner, byRef: byRef || inner.byRef, mut: mut || inner.mut, span: spanOf(ctx, node) };
}

/** `3`, `-3`, `"s"` from the children of a LiteralPattern (or a bare literal). */
function literalPattern(ctx: Ctx, node: SyntaxNode, children: SyntaxNode[]): LitPat {
  const negative = children.some((c) => c.name === 'ArithOp' && textOf(ctx, c) === '-');
  const litNode = children.find((c) => LITERALS.has(c.name));
  if (!litNode) syntaxError(ctx, node, `리터럴 패턴이 아닙니다: ${textOf(ctx, node)}`);
  return { kind: 'LitPat', lit: literalOf(ctx, litNode), negative, span: spanOf(ctx, node) };
}

/** `lo..=hi`, `lo..hi`, `lo..`, `..=hi`: the operator is an anonymous token in a gap between children. */
function rangePattern(ctx: Ctx, node: SyntaxNode): RangePat {
  const children = kids(node).filter((c) => !c.type.isError);
  let opIndex = -1; // children[0..opIndex) are the low bound
  let inclusive = false;
  let prevEnd = node.from;
  for (let i = 0; i <= children.length; i++) {
    const c = children[i];
    const gap = ctx.text.slice(prevEnd, c ? c.from : node.to);
    const isDotsToken = c && (c.name === '..' || c.name === '...');
    if (gap.includes('..') || isDotsToken) {
      opIndex = i;
      inclusive = gap.includes('..=') || gap.includes('...') || (isDotsToken && c.name === '...') || (isDotsToken && ctx.text[c.to] === '=');
      break;
    }
    if (c) prevEnd = c.to;
  }
  if (opIndex < 0) syntaxError(ctx, node, `범위 패턴의 연산자를 찾을 수 없습니다: ${textOf(ctx, node)}`);
  const isOp = (c: SyntaxNode) => c.name === '..' || c.name === '...' || c.name === '=';
  const low = children.slice(0, opIndex).filter((c) => !isOp(c));
  const high = children.slice(opIndex).filter((c) => !isOp(c));
  const pat: RangePat = { kind: 'RangePat', inclusive, span: spanOf(ctx, node) };
  const start = rangeBound(ctx, low);
  const end = rangeBound(ctx, high);
  if (start) pat.start = start;
  if (end) pat.end = end;
  return pat;
}

function rangeBound(ctx: Ctx, nodes: SyntaxNode[]): RangeBound | undefined {
  if (nodes.length === 0) return undefined;
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  if (nodes.length === 1 && isPathNode(first)) {
    return { kind: 'PathPat', path: lowerPath(ctx, first), span: spanOf(ctx, first) };
  }
  const fake = { from: first.from, to: last.to };
  const lit = literalPattern(ctx, first, nodes);
  return { ...lit, span: spanFromTo(ctx, fake.from, fake.to) };
}

/** `(a, b)`, `(x,)`, `(x)` (parenthesised), `Some(x)`, `List::Cons(v, rest)`. */
function tuplePattern(ctx: Ctx, node: SyntaxNode): Pattern {
  const all = kids(node);
  const open = all.findIndex((c) => c.name === '(');
  const head = open > 0 ? all.slice(0, open).filter((c) => isPathNode(c)) : [];
  const inner = all.slice(open + 1).filter((c) => c.name !== ')' && c.name !== ',' && !c.type.isError && c.name !== 'LineComment' && c.name !== 'BlockComment');
  const items = inner.map((c) => lowerPattern(ctx, c));
  const span = spanOf(ctx, node);
  if (head.length > 0) return { kind: 'TupleStructPat', path: lowerPath(ctx, head[0]), items, span };
  const hasComma = all.some((c) => c.name === ',');
  if (items.length === 1 && !hasComma) return items[0]; // `(x)` is just `x`
  return { kind: 'TuplePat', items, span };
}

/** `Point { x, y: 0, ref mut z, .. }`. */
function structPattern(ctx: Ctx, node: SyntaxNode): Pattern {
  const pathNode = kids(node).find((c) => isPathNode(c));
  const list = child(node, 'FieldPatternList');
  if (!pathNode || !list) syntaxError(ctx, node, '구조체 패턴이 불완전합니다');
  const fields: FieldPat[] = [];
  let rest = false;
  for (const f of kids(list)) {
    if (f.name === '..') rest = true;
    if (f.name !== 'FieldPattern') continue;
    const fieldName = child(f, 'FieldIdentifier');
    const fspan = spanOf(ctx, f);
    if (fieldName) {
      const patNode = parts(f).filter((c) => c !== fieldName && c.from > fieldName.from)[0];
      if (!patNode) syntaxError(ctx, f, '필드 패턴이 불완전합니다');
      fields.push({
        kind: 'FieldPat',
        name: { name: textOf(ctx, fieldName), span: spanOf(ctx, fieldName) },
        pat: lowerPattern(ctx, patNode),
        shorthand: false,
        span: fspan,
      });
      continue;
    }
    // Shorthand: `x`, `mut x`, `ref x`, `ref mut x` (children: ref?, mut?, BoundIdentifier).
    const id = child(f, 'BoundIdentifier') ?? child(f, 'Identifier');
    if (!id) syntaxError(ctx, f, '필드 패턴이 불완전합니다');
    const name = textOf(ctx, id);
    fields.push({
      kind: 'FieldPat',
      name: { name, span: spanOf(ctx, id) },
      pat: { kind: 'IdentPat', name, byRef: has(f, 'ref'), mut: has(f, 'mut'), span: fspan },
      shorthand: true,
      span: fspan,
    });
  }
  return { kind: 'StructPat', path: lowerPath(ctx, pathNode), fields, rest, span: spanOf(ctx, node) };
}
