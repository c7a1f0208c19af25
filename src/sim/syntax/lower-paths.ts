// Path visitor: lezer's Identifier / ScopedIdentifier / ScopedTypeIdentifier / GenericType / GenericFunction
// shapes → a flat list of segments (`Vec::<i32>::new` → Vec<i32>, new). Used by types, exprs and patterns.
import type { SyntaxNode } from '@lezer/common';
import type { Path, PathSegment, Type } from './ast.ts';
import { type Ctx, kids, spanFromTo, spanOf, textOf, unsupported } from './lower-context.ts';
import { lowerType } from './lower-types.ts';

/** A path segment before its generic arguments are lowered (types lower them as types, exprs as turbofish). */
export interface RawSegment {
  name: string;
  node: SyntaxNode;
  args: SyntaxNode | null; // a TypeArgList following the segment
}

const NAME_NODES = new Set([
  'Identifier',
  'ScopeIdentifier',
  'TypeIdentifier',
  'BoundIdentifier',
  'FieldIdentifier',
  'self',
  'super',
  'crate',
  'SelfType',
]);

const WRAPPER_NODES = new Set(['ScopedIdentifier', 'ScopedTypeIdentifier', 'GenericType', 'GenericFunction']);

export function isPathNode(node: SyntaxNode): boolean {
  return NAME_NODES.has(node.name) || WRAPPER_NODES.has(node.name);
}

/** Flattens a path-shaped node into segments; throws 'unsupported' for qualified paths `<T as Tr>::f`. */
export function rawSegments(ctx: Ctx, node: SyntaxNode, qualified?: { trait?: string }): RawSegment[] {
  const out: RawSegment[] = [];
  const visit = (n: SyntaxNode): void => {
    if (NAME_NODES.has(n.name)) {
      out.push({ name: textOf(ctx, n), node: n, args: null });
      return;
    }
    if (n.name === 'TypeArgList') {
      const last = out[out.length - 1];
      if (!last) unsupported(ctx, n, '경로 맨 앞의 제네릭 인자');
      last.args = n;
      return;
    }
    if (n.name === 'QualifiedScope') {
      // `<Type as Trait>::f` in an expression: the path is `Type::f`, looked up in Trait's impl for Type.
      const parts = kids(n).filter((c) => c.name !== '<' && c.name !== '>' && c.name !== 'as');
      if (!qualified || out.length || parts.length !== 2 || parts[0].name !== 'TypeIdentifier' || !isPathNode(parts[1])) unsupported(ctx, n, '한정 경로 (<T as Trait>::…)');
      out.push({ name: textOf(ctx, parts[0]), node: parts[0], args: null });
      qualified.trait = textOf(ctx, parts[1]).split('::').pop()!.replace(/<.*$/, '');
      return;
    }
    if (WRAPPER_NODES.has(n.name)) {
      for (const c of kids(n)) if (c.name !== '::') visit(c);
      return;
    }
    if (n.name === '::' || n.name === 'LineComment' || n.name === 'BlockComment') return;
    unsupported(ctx, n, `경로 구성 요소 ${n.name}`);
  };
  visit(node);
  return out;
}

/** Generic arguments of a TypeArgList as types (lifetimes dropped, bindings kept separately). */
export function typeArgs(ctx: Ctx, list: SyntaxNode | null): { args: Type[]; bindings: Array<{ name: string; ty: Type }> } {
  const args: Type[] = [];
  const bindings: Array<{ name: string; ty: Type }> = [];
  if (!list) return { args, bindings };
  for (const c of kids(list)) {
    if (c.name === '<' || c.name === '>' || c.name === ',' || c.name === 'Lifetime') continue;
    if (c.name === 'TypeBinding') {
      const [nameNode, tyNode] = kids(c).filter((k) => k.name !== '=');
      if (nameNode && tyNode) bindings.push({ name: textOf(ctx, nameNode), ty: lowerType(ctx, tyNode) });
      continue;
    }
    if (c.name === 'Integer' && /^\d+(usize)?$/.test(textOf(ctx, c))) {
      // A const generic argument (`as_chunks::<2>()`): a path type named by its decimal value.
      const value = textOf(ctx, c).replace(/usize$/, '');
      const span = spanOf(ctx, c);
      args.push({ kind: 'PathType', segments: [{ name: value, args: [], bindings: [], span }], name: value, text: value, span });
      continue;
    }
    if (c.name === 'Block' || c.name === 'Integer') {
      unsupported(ctx, c, '상수 제네릭 인자');
    }
    args.push(lowerType(ctx, c));
  }
  return { args, bindings };
}

/** Path in expression/pattern position. */
export function lowerPath(ctx: Ctx, node: SyntaxNode): Path {
  const q: { trait?: string } = {};
  const segs = rawSegments(ctx, node, q);
  const segments: PathSegment[] = segs.map((s) => ({
    name: s.name,
    generics: typeArgs(ctx, s.args).args,
    span: spanFromTo(ctx, s.node.from, s.node.to),
  }));
  const path: Path = { kind: 'Path', segments, text: segments.map((s) => s.name).join('::'), span: spanOf(ctx, node) };
  if (q.trait) path.asTrait = q.trait;
  return path;
}
