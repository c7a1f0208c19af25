// Type visitor: lezer type nodes → ast Type with a normalised `text` for display ('Rc<RefCell<Vec<i32>>>').
// Lifetimes are dropped; raw pointers and other exotic types are 'unsupported'.
import type { SyntaxNode } from '@lezer/common';
import type { PathType, Type, TypeSegment } from './ast.ts';
import { type Ctx, child, has, kids, parts, spanFromTo, spanOf, textOf, unsupported } from './lower-context.ts';
import { lowerExpr } from './lower-exprs.ts';
import { rawSegments, typeArgs } from './lower-paths.ts';

export function lowerType(ctx: Ctx, node: SyntaxNode): Type {
  const span = spanOf(ctx, node);
  switch (node.name) {
    case 'TypeIdentifier':
    case 'ScopedTypeIdentifier':
    case 'GenericType':
    case 'SelfType':
    case 'ScopeIdentifier':
    case 'Identifier':
      return lowerPathType(ctx, node);
    case 'ReferenceType': {
      const mut = has(node, 'mut');
      const lt = child(node, 'Lifetime');
      const innerNode = parts(node).filter((c) => c.name !== 'mut' && c.name !== 'Lifetime')[0];
      if (!innerNode) unsupported(ctx, node, '불완전한 참조 타입');
      const inner = lowerType(ctx, innerNode);
      const t: Type = { kind: 'RefType', mut, inner, text: `&${mut ? 'mut ' : ''}${inner.text}`, span };
      if (lt) t.lifetime = textOf(ctx, lt).slice(1);
      return t;
    }
    case 'UnitType':
      return { kind: 'TupleType', items: [], text: '()', span };
    case 'TupleType': {
      const items = parts(node).map((c) => lowerType(ctx, c));
      if (items.length === 1 && !has(node, ',')) return items[0]; // `(dyn Fn() + 'a)` is just grouping
      const inner = items.map((t) => t.text).join(', ');
      return { kind: 'TupleType', items, text: items.length === 1 ? `(${inner},)` : `(${inner})`, span };
    }
    case 'ArrayType': {
      const ps = parts(node);
      const elem = lowerType(ctx, ps[0]);
      if (ps.length === 1) return { kind: 'SliceType', elem, text: `[${elem.text}]`, span };
      const len = lowerExpr(ctx, ps[1]);
      return { kind: 'ArrayType', elem, len, text: `[${elem.text}; ${textOf(ctx, ps[1])}]`, span };
    }
    case 'InferredType':
      return { kind: 'InferType', text: '_', span };
    case 'EmptyType':
      return { kind: 'NeverType', text: '!', span };
    case 'FunctionType': {
      if (!has(node, 'fn')) return lowerPathType(ctx, node);
      const { params, ret } = fnSignature(ctx, node);
      const text = `fn(${params.map((p) => p.text).join(', ')})${ret ? ` -> ${ret.text}` : ''}`;
      return ret ? { kind: 'FnPtrType', params, ret, text, span } : { kind: 'FnPtrType', params, text, span };
    }
    case 'AbstractType':
    case 'DynamicType': {
      const syntax = node.name === 'AbstractType' ? 'impl' : 'dyn';
      const boundsNode = parts(node).filter((c) => c.name !== 'impl' && c.name !== 'dyn')[0];
      if (!boundsNode) unsupported(ctx, node, '불완전한 트레이트 타입');
      const bounds = boundList(ctx, boundsNode);
      return { kind: 'TraitObjectType', syntax, bounds, text: `${syntax} ${bounds.map((b) => b.text).join(' + ')}`, span };
    }
    case 'BoundedType': {
      // `dyn A + B + 'a` / `impl A + B`: lezer nests BoundedType(BoundedType(DynamicType, B), C).
      const flat: SyntaxNode[] = [];
      const walk = (n: SyntaxNode) => (n.name === 'BoundedType' ? parts(n).forEach(walk) : flat.push(n));
      walk(node);
      const head = flat[0];
      if (!head || (head.name !== 'DynamicType' && head.name !== 'AbstractType')) {
        unsupported(ctx, node, `\`dyn\` 없는 트레이트 객체 타입 (${textOf(ctx, node)})`);
      }
      const first = lowerType(ctx, head);
      if (first.kind !== 'TraitObjectType') unsupported(ctx, node, `트레이트 타입 ${textOf(ctx, node)}`);
      const bounds = [...first.bounds, ...flat.slice(1).flatMap((c) => boundList(ctx, c))];
      return { kind: 'TraitObjectType', syntax: first.syntax, bounds, text: `${first.syntax} ${bounds.map((b) => b.text).join(' + ')}`, span };
    }
    case 'PointerType':
      unsupported(ctx, node, '원시 포인터 타입 (*const / *mut)');
    default:
      unsupported(ctx, node, `타입 ${textOf(ctx, node)}`);
  }
}

/** `A + B + 'a` → path types (lifetimes dropped). */
function boundList(ctx: Ctx, node: SyntaxNode): PathType[] {
  if (node.name === 'BoundedType') {
    return parts(node)
      .filter((c) => c.name !== 'Lifetime' && c.name !== 'ArithOp')
      .flatMap((c) => boundList(ctx, c));
  }
  if (node.name === 'Lifetime') return [];
  const t = lowerType(ctx, node);
  if (t.kind !== 'PathType') unsupported(ctx, node, `트레이트 경계 ${t.text}`);
  return [t];
}

function fnSignature(ctx: Ctx, node: SyntaxNode): { params: Type[]; ret?: Type } {
  const list = child(node, 'ParamList');
  const params = list ? parts(list).map((p) => lowerType(ctx, parts(p)[parts(p).length - 1] ?? p)) : [];
  const arrow = kids(node).findIndex((c) => c.name === '->');
  const retNode = arrow >= 0 ? kids(node)[arrow + 1] : undefined;
  return retNode ? { params, ret: lowerType(ctx, retNode) } : { params };
}

/** Path types, including `Fn(i32) -> i32` sugar (a FunctionType without `fn`). */
export function lowerPathType(ctx: Ctx, node: SyntaxNode): PathType {
  const span = spanOf(ctx, node);
  if (node.name === 'FunctionType') {
    const head = parts(node)[0];
    const { params, ret } = fnSignature(ctx, node);
    const name = textOf(ctx, head);
    const seg: TypeSegment = { name, args: [], bindings: [], fnSugar: ret ? { params, ret } : { params }, span: spanOf(ctx, head) };
    const text = `${name}(${params.map((p) => p.text).join(', ')})${ret ? ` -> ${ret.text}` : ''}`;
    return { kind: 'PathType', segments: [seg], name, text, span };
  }
  const segments: TypeSegment[] = rawSegments(ctx, node).map((s) => {
    const { args, bindings } = typeArgs(ctx, s.args);
    return { name: s.name, args, bindings, span: spanFromTo(ctx, s.node.from, s.node.to) };
  });
  const text = segments
    .map((s) => {
      const inner = [...s.args.map((a) => a.text), ...s.bindings.map((b) => `${b.name} = ${b.ty.text}`)];
      return inner.length ? `${s.name}<${inner.join(', ')}>` : s.name;
    })
    .join('::');
  return { kind: 'PathType', segments, name: segments[segments.length - 1]?.name ?? '', text, span };
}
