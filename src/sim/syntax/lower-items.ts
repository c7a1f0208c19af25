// Item visitor: fn, struct, enum, impl, trait, use, const, static, type alias (+ their attributes).
// Modules, macro_rules!, unions, extern blocks are valid Rust we report as 'unsupported'.
import type { SyntaxNode } from '@lezer/common';
import type {
  Attribute,
  ConstItem,
  EnumItem,
  Fields,
  FnSig,
  GenericParam,
  ImplItem,
  ImplMember,
  Item,
  Param,
  Receiver,
  StaticItem,
  StructItem,
  TraitFn,
  TraitItem,
  TraitMember,
  TypeAliasItem,
  UseBinding,
  UseItem,
  Variant,
} from './ast.ts';
import { type Ctx, child, guarded, has, kids, parts, spanOf, syntaxError, textOf, unsupported } from './lower-context.ts';
import { lowerExpr } from './lower-exprs.ts';
import { lowerPattern } from './lower-patterns.ts';
import { lowerBlock } from './lower-stmts.ts';
import { lowerPathType, lowerType } from './lower-types.ts';

const ITEM_NODES = new Set([
  'FunctionItem',
  'StructItem',
  'EnumItem',
  'ImplItem',
  'TraitItem',
  'UseDeclaration',
  'ConstItem',
  'StaticItem',
  'TypeItem',
  'AttributeItem',
  'ModItem',
  'MacroDefinition',
  'DeclarativeMacroItem',
  'UnionItem',
  'ForeignModItem',
  'ExternCrateDeclaration',
]);

export function isItemNode(node: SyntaxNode): boolean {
  return ITEM_NODES.has(node.name);
}

/** Lowers one item node (with outer attributes collected so far); returns null for items that vanish. */
export function lowerItemNode(ctx: Ctx, node: SyntaxNode, attrs: Attribute[]): Item | null {
  switch (node.name) {
    case 'AttributeItem': {
      const own = kids(node).filter((c) => c.name === 'Attribute').map((a) => lowerAttribute(ctx, a, false));
      const inner = kids(node).find((c) => isItemNode(c));
      if (!inner) return null;
      // `#[cfg(test)]` items do not exist in a normal build (`cargo run`), so they vanish.
      if (!ctx.cfgTest && own.some(isCfgTest)) return null;
      return lowerItemNode(ctx, inner, [...attrs, ...own]);
    }
    case 'FunctionItem': {
      const f = lowerFn(ctx, node, attrs);
      if (f.body === null) syntaxError(ctx, node, '함수 본문 `{ … }`이 없습니다');
      return { ...f, kind: 'Fn', body: f.body };
    }
    case 'StructItem':
      return lowerStruct(ctx, node, attrs);
    case 'EnumItem':
      return lowerEnum(ctx, node, attrs);
    case 'ImplItem':
      return lowerImpl(ctx, node, attrs);
    case 'TraitItem':
      return lowerTrait(ctx, node, attrs);
    case 'UseDeclaration':
      return lowerUse(ctx, node);
    case 'ConstItem':
      return lowerConst(ctx, node);
    case 'StaticItem':
      return lowerStatic(ctx, node);
    case 'TypeItem':
    case 'AssociatedType':
      return lowerTypeAlias(ctx, node);
    case 'ModItem':
      return lowerMod(ctx, node, attrs);
    case 'MacroDefinition':
    case 'DeclarativeMacroItem':
      unsupported(ctx, node, '매크로 정의 (macro_rules!)');
    case 'UnionItem':
      unsupported(ctx, node, '공용체 (union)');
    case 'ForeignModItem':
      unsupported(ctx, node, '외부 블록 (extern)');
    case 'ExternCrateDeclaration':
      unsupported(ctx, node, '`extern crate`');
    default:
      unsupported(ctx, node, `항목 ${node.name}`);
  }
}

export function lowerAttribute(ctx: Ctx, node: SyntaxNode, inner: boolean): Attribute {
  const meta = child(node, 'MetaItem');
  const nameNode = meta ? kids(meta)[0] : null;
  const argsNode = meta ? child(meta, 'ParenthesizedTokens') : null;
  const args: string[] = [];
  if (argsNode) {
    const body = textOf(ctx, argsNode).slice(1, -1);
    for (const a of body.split(',')) if (a.trim()) args.push(a.trim());
  }
  return { kind: 'Attribute', name: nameNode ? textOf(ctx, nameNode) : '', args, inner, text: textOf(ctx, node), span: spanOf(ctx, node) };
}

function isCfgTest(a: Attribute): boolean {
  return a.name === 'cfg' && a.args.length === 1 && a.args[0] === 'test';
}

function derivesOf(attrs: Attribute[]): string[] {
  return attrs.filter((a) => a.name === 'derive').flatMap((a) => a.args);
}

function isPub(node: SyntaxNode): boolean {
  return has(node, 'Vis');
}

function nameOf(ctx: Ctx, node: SyntaxNode, kinds = ['BoundIdentifier', 'TypeIdentifier', 'Identifier']) {
  const n = kids(node).find((c) => kinds.includes(c.name));
  if (!n) syntaxError(ctx, node, '이름이 없습니다');
  return { name: textOf(ctx, n), span: spanOf(ctx, n) };
}

// ---------------------------------------------------------------- generics

function lowerGenerics(ctx: Ctx, node: SyntaxNode): GenericParam[] {
  const list = child(node, 'TypeParamList');
  const params: GenericParam[] = [];
  if (list) {
    for (const p of parts(list)) {
      const span = spanOf(ctx, p);
      if (p.name === 'Lifetime') params.push({ kind: 'GenericParam', param: 'lifetime', name: textOf(ctx, p).slice(1), bounds: [], span });
      else if (p.name === 'TypeIdentifier') params.push({ kind: 'GenericParam', param: 'type', name: textOf(ctx, p), bounds: [], span });
      else if (p.name === 'ConstrainedTypeParameter' || p.name === 'OptionalTypeParameter') {
        const first = parts(p)[0];
        const isLifetime = first?.name === 'Lifetime';
        const name = first ? textOf(ctx, first).replace(/^'/, '') : '';
        params.push({ kind: 'GenericParam', param: isLifetime ? 'lifetime' : 'type', name, bounds: boundsOf(ctx, child(p, 'TraitBounds')), span });
      } else if (p.name === 'ConstParameter') {
        params.push({ kind: 'GenericParam', param: 'const', name: nameOf(ctx, p).name, bounds: [], span });
      }
    }
  }
  // `where T: Clone` adds bounds to the named parameter.
  const where = child(node, 'WhereClause');
  if (where) {
    for (const clause of parts(where)) {
      if (clause.name !== 'TypeBoundClause') continue;
      const [target] = parts(clause);
      const param = target ? params.find((g) => g.name === textOf(ctx, target)) : undefined;
      if (param) param.bounds.push(...boundsOf(ctx, child(clause, 'TraitBounds')));
    }
  }
  return params;
}

function boundsOf(ctx: Ctx, node: SyntaxNode | null): string[] {
  if (!node) return [];
  return parts(node)
    .filter((c) => c.name !== 'Lifetime')
    .map((c) => textOf(ctx, c));
}

// ---------------------------------------------------------------- functions

type LoweredFn = FnSig & { body: ReturnType<typeof lowerBlock> | null };

function lowerFn(ctx: Ctx, node: SyntaxNode, attrs: Attribute[]): LoweredFn {
  const all = kids(node);
  const fnAt = all.findIndex((c) => c.name === 'fn');
  const qualifiers = all
    .slice(0, Math.max(fnAt, 0))
    .filter((c) => c.name !== 'Vis')
    .map((c) => textOf(ctx, c));
  if (qualifiers.includes('async')) unsupported(ctx, node, '`async fn`');
  if (qualifiers.includes('extern')) unsupported(ctx, node, '`extern fn`');
  const list = child(node, 'ParamList');
  if (!list) syntaxError(ctx, node, '매개변수 목록이 없습니다');
  let receiver: Receiver | undefined;
  const params: Param[] = [];
  for (const p of parts(list)) {
    const span = spanOf(ctx, p);
    if (p.name === 'SelfParameter') {
      const ref = has(p, '&');
      const mut = has(p, 'mut');
      receiver = { kind: 'Receiver', mode: ref ? (mut ? 'ref-mut' : 'ref') : 'value', mut: !ref && mut, span };
      continue;
    }
    if (p.name === 'VariadicParameter') unsupported(ctx, p, '가변 인자 (...)');
    const ps = parts(p);
    const patKids = ps.slice(0, -1);
    const tyNode = ps[ps.length - 1];
    if (!tyNode || patKids.length === 0) syntaxError(ctx, p, '매개변수에는 패턴과 타입이 필요합니다');
    const selfPat = patKids.find((c) => c.name === 'SelfPattern');
    if (selfPat) {
      receiver = { kind: 'Receiver', mode: 'value', mut: patKids.some((c) => c.name === 'mut'), ty: lowerType(ctx, tyNode), span };
      continue;
    }
    // `mut x: T` shows up as two children (mut, BoundIdentifier).
    const hasMut = patKids[0].name === 'mut';
    let pat = lowerPattern(ctx, patKids[hasMut ? 1 : 0]);
    if (hasMut && pat.kind === 'IdentPat') pat = { ...pat, mut: true, span: spanOf(ctx, { from: patKids[0].from, to: patKids[1].to }) };
    params.push({ kind: 'Param', pat, ty: lowerType(ctx, tyNode), span });
  }
  const arrow = all.findIndex((c) => c.name === '->');
  const body = child(node, 'Block');
  const sig: LoweredFn = {
    name: nameOf(ctx, node),
    generics: lowerGenerics(ctx, node),
    params,
    attrs,
    isPub: isPub(node),
    qualifiers,
    span: spanOf(ctx, node),
    body: body ? lowerBlock(ctx, body) : null,
  };
  if (receiver) sig.receiver = receiver;
  if (arrow >= 0 && all[arrow + 1]) sig.ret = lowerType(ctx, all[arrow + 1]);
  return sig;
}

// ---------------------------------------------------------------- structs and enums

function lowerFields(ctx: Ctx, node: SyntaxNode): Fields {
  const named = child(node, 'FieldDeclarationList');
  if (named) {
    return {
      kind: 'Named',
      span: spanOf(ctx, named),
      fields: kids(named)
        .filter((f) => f.name === 'FieldDeclaration')
        .map((f) => {
          const tyNode = parts(f).filter((c) => c.name !== 'Vis' && c.name !== 'FieldIdentifier')[0];
          if (!tyNode) syntaxError(ctx, f, '필드 타입이 없습니다');
          return { kind: 'NamedField' as const, name: nameOf(ctx, f, ['FieldIdentifier']), ty: lowerType(ctx, tyNode), isPub: isPub(f), span: spanOf(ctx, f) };
        }),
    };
  }
  const ordered = child(node, 'OrderedFieldDeclarationList');
  if (ordered) {
    // Children: `(`, [Vis] Type, `,`, [Vis] Type, `)`. A Vis applies to the following type.
    const fields = [];
    let pub = false;
    let pubFrom = -1;
    for (const c of parts(ordered)) {
      if (c.name === 'Vis') {
        pub = true;
        pubFrom = c.from;
        continue;
      }
      if (c.name === 'Attribute') continue;
      fields.push({ kind: 'TupleField' as const, ty: lowerType(ctx, c), isPub: pub, span: spanOf(ctx, { from: pub ? pubFrom : c.from, to: c.to }) });
      pub = false;
    }
    return { kind: 'Tuple', fields, span: spanOf(ctx, ordered) };
  }
  return { kind: 'Unit', span: spanOf(ctx, { from: node.to, to: node.to }) };
}

function lowerStruct(ctx: Ctx, node: SyntaxNode, attrs: Attribute[]): StructItem {
  return {
    kind: 'Struct',
    name: nameOf(ctx, node, ['TypeIdentifier']),
    generics: lowerGenerics(ctx, node),
    fields: lowerFields(ctx, node),
    derives: derivesOf(attrs),
    attrs,
    isPub: isPub(node),
    span: spanOf(ctx, node),
  };
}

function lowerEnum(ctx: Ctx, node: SyntaxNode, attrs: Attribute[]): EnumItem {
  const list = child(node, 'EnumVariantList');
  if (!list) syntaxError(ctx, node, '열거형 본문이 없습니다');
  // A variant's attributes (`#[default]`) are the `Attribute` siblings written just before it in the list.
  let pending: Attribute[] = [];
  const variants: Variant[] = [];
  for (const v of kids(list)) {
    if (v.name === 'Attribute') { pending.push(lowerAttribute(ctx, v, false)); continue; }
    if (v.name !== 'EnumVariant') continue;
    const variant: Variant = { kind: 'Variant', name: nameOf(ctx, v, ['Identifier', 'TypeIdentifier']), fields: lowerFields(ctx, v), attrs: pending, span: spanOf(ctx, v) };
    pending = [];
    const eq = kids(v).findIndex((c) => c.name === '=');
    if (eq >= 0 && kids(v)[eq + 1]) variant.discriminant = lowerExpr(ctx, kids(v)[eq + 1]);
    variants.push(variant);
  }
  return {
    kind: 'Enum',
    name: nameOf(ctx, node, ['TypeIdentifier']),
    generics: lowerGenerics(ctx, node),
    variants,
    derives: derivesOf(attrs),
    attrs,
    isPub: isPub(node),
    span: spanOf(ctx, node),
  };
}

// ---------------------------------------------------------------- impl and trait

/** Members of a DeclarationList with their attributes; each lowered under its own guard. */
function declarations(ctx: Ctx, list: SyntaxNode | null): Array<{ node: SyntaxNode; attrs: Attribute[] }> {
  if (!list) return [];
  const out: Array<{ node: SyntaxNode; attrs: Attribute[] }> = [];
  for (const c of kids(list)) {
    if (c.name === 'AttributeItem') {
      const attrs = kids(c).filter((a) => a.name === 'Attribute').map((a) => lowerAttribute(ctx, a, false));
      if (attrs.some(isCfgTest)) continue;
      const inner = kids(c).find((k) => isItemNode(k) || k.name === 'AssociatedType');
      if (inner) out.push({ node: inner, attrs });
    } else if (isItemNode(c) || c.name === 'AssociatedType' || c.name === 'MacroInvocation') out.push({ node: c, attrs: [] });
  }
  return out;
}

function lowerImpl(ctx: Ctx, node: SyntaxNode, attrs: Attribute[]): ImplItem {
  if (has(node, '!')) unsupported(ctx, node, '부정 구현 (impl !Trait)');
  if (has(node, 'unsafe')) unsupported(ctx, node, '`unsafe impl`');
  const types = parts(node).filter((c) => !['impl', 'for', 'TypeParamList', 'WhereClause', 'DeclarationList', 'unsafe', 'const'].includes(c.name));
  const forAt = has(node, 'for');
  const selfNode = types[types.length - 1];
  if (!selfNode) syntaxError(ctx, node, '`impl` 대상 타입이 없습니다');
  const selfTy = lowerType(ctx, selfNode);
  const members: ImplMember[] = [];
  for (const { node: m, attrs: mAttrs } of declarations(ctx, child(node, 'DeclarationList'))) {
    const lowered = guarded(ctx, () => {
      if (m.name === 'MacroInvocation') unsupported(ctx, m, '`impl` 안의 매크로');
      const item = lowerItemNode(ctx, m, mAttrs);
      if (item && (item.kind === 'Fn' || item.kind === 'Const' || item.kind === 'TypeAlias')) return item;
      unsupported(ctx, m, `\`impl\` 안의 ${m.name}`);
    });
    if (lowered) members.push(lowered);
  }
  const impl: ImplItem = {
    kind: 'Impl',
    generics: lowerGenerics(ctx, node),
    selfTy,
    selfName: selfTy.kind === 'PathType' ? selfTy.name : selfTy.text,
    members,
    attrs,
    span: spanOf(ctx, node),
  };
  if (forAt && types.length >= 2) {
    const traitTy = lowerPathType(ctx, types[0]);
    impl.trait = traitTy;
    impl.traitName = traitTy.name;
  }
  return impl;
}

function lowerTrait(ctx: Ctx, node: SyntaxNode, attrs: Attribute[]): TraitItem {
  if (has(node, 'unsafe')) unsupported(ctx, node, '`unsafe trait`');
  const members: TraitMember[] = [];
  for (const { node: m, attrs: mAttrs } of declarations(ctx, child(node, 'DeclarationList'))) {
    const lowered = guarded(ctx, (): TraitMember => {
      if (m.name === 'FunctionItem') {
        const f = lowerFn(ctx, m, mAttrs);
        return { ...f, kind: 'TraitFn', body: f.body } satisfies TraitFn;
      }
      if (m.name === 'ConstItem') return lowerConst(ctx, m);
      if (m.name === 'AssociatedType' || m.name === 'TypeItem') return lowerTypeAlias(ctx, m);
      unsupported(ctx, m, `트레이트 안의 ${m.name}`);
    });
    if (lowered) members.push(lowered);
  }
  return {
    kind: 'Trait',
    name: nameOf(ctx, node, ['TypeIdentifier']),
    generics: lowerGenerics(ctx, node),
    supertraits: boundsOf(ctx, child(node, 'TraitBounds')),
    members,
    attrs,
    isPub: isPub(node),
    span: spanOf(ctx, node),
  };
}

function lowerMod(ctx: Ctx, node: SyntaxNode, attrs: Attribute[]): Item {
  const list = child(node, 'DeclarationList');
  if (!list) unsupported(ctx, node, '파일 모듈 (`mod 이름;`)');
  const items: Item[] = [];
  for (const { node: m, attrs: mAttrs } of declarations(ctx, list)) {
    const item = guarded(ctx, () => {
      if (m.name === 'MacroInvocation') unsupported(ctx, m, '모듈 안의 매크로');
      return lowerItemNode(ctx, m, mAttrs);
    });
    if (item) items.push(item);
  }
  return { kind: 'Mod', name: nameOf(ctx, node), items, attrs, isPub: isPub(node), span: spanOf(ctx, node) };
}

// ---------------------------------------------------------------- use, const, static, type

function lowerUse(ctx: Ctx, node: SyntaxNode): UseItem {
  const bindings: UseBinding[] = [];
  const tree = parts(node).filter((c) => c.name !== 'use' && c.name !== 'Vis')[0];
  if (!tree) syntaxError(ctx, node, '`use` 경로가 없습니다');
  const segs = (n: SyntaxNode): string[] =>
    kids(n)
      .filter((c) => c.name !== '::' && c.name !== 'UseList' && c.name !== '*')
      .flatMap((c) => (c.name === 'ScopedIdentifier' ? segs(c) : [textOf(ctx, c)]));
  const visit = (n: SyntaxNode, prefix: string[]): void => {
    const span = spanOf(ctx, n);
    switch (n.name) {
      case 'Identifier':
      case 'BoundIdentifier':
      case 'ScopeIdentifier':
      case 'crate':
      case 'super':
        bindings.push({ kind: 'UseName', path: [...prefix, textOf(ctx, n)], local: textOf(ctx, n), span });
        return;
      case 'self':
        if (prefix.length === 0) syntaxError(ctx, n, '`use self`는 목록 안에서만 쓸 수 있습니다');
        bindings.push({ kind: 'UseName', path: prefix, local: prefix[prefix.length - 1], span });
        return;
      case 'ScopedIdentifier': {
        const path = [...prefix, ...segs(n)];
        bindings.push({ kind: 'UseName', path, local: path[path.length - 1], span });
        return;
      }
      case 'UseAsClause': {
        const ps = parts(n).filter((c) => c.name !== 'as');
        const target = ps[0];
        const alias = ps[ps.length - 1];
        if (!target || !alias) syntaxError(ctx, n, '`as` 절이 불완전합니다');
        const path = target.name === 'ScopedIdentifier' ? [...prefix, ...segs(target)] : [...prefix, textOf(ctx, target)];
        bindings.push({ kind: 'UseName', path, local: textOf(ctx, alias), span });
        return;
      }
      case 'UseWildcard':
        bindings.push({ kind: 'UseGlob', path: [...prefix, ...segs(n)], span });
        return;
      case 'ScopedUseList': {
        const list = child(n, 'UseList');
        const path = [...prefix, ...segs(n)];
        if (list) for (const c of parts(list)) visit(c, path);
        return;
      }
      case 'UseList':
        for (const c of parts(n)) visit(c, prefix);
        return;
      default:
        unsupported(ctx, n, `\`use\` 형식 ${textOf(ctx, n)}`);
    }
  };
  visit(tree, []);
  return { kind: 'Use', bindings, isPub: isPub(node), span: spanOf(ctx, node) };
}

function typeAfterColon(ctx: Ctx, node: SyntaxNode) {
  const all = kids(node);
  const colon = all.findIndex((c) => c.name === ':');
  const tyNode = colon >= 0 ? all[colon + 1] : undefined;
  if (!tyNode) syntaxError(ctx, node, '타입이 필요합니다');
  return lowerType(ctx, tyNode);
}

function valueAfterEq(_ctx: Ctx, node: SyntaxNode) {
  const all = kids(node);
  const eq = all.findIndex((c) => c.name === '=');
  const v = eq >= 0 ? all[eq + 1] : undefined;
  return v && v.name !== ';' ? v : undefined;
}

function lowerConst(ctx: Ctx, node: SyntaxNode): ConstItem {
  const item: ConstItem = { kind: 'Const', name: nameOf(ctx, node, ['BoundIdentifier', 'Identifier', '_']), ty: typeAfterColon(ctx, node), span: spanOf(ctx, node) };
  const v = valueAfterEq(ctx, node);
  if (v) item.value = lowerExpr(ctx, v);
  return item;
}

function lowerStatic(ctx: Ctx, node: SyntaxNode): StaticItem {
  const v = valueAfterEq(ctx, node);
  if (!v) syntaxError(ctx, node, '`static`에는 초기값이 필요합니다');
  return { kind: 'Static', name: nameOf(ctx, node), mut: has(node, 'mut'), ty: typeAfterColon(ctx, node), value: lowerExpr(ctx, v), span: spanOf(ctx, node) };
}

function lowerTypeAlias(ctx: Ctx, node: SyntaxNode): TypeAliasItem {
  const item: TypeAliasItem = { kind: 'TypeAlias', name: nameOf(ctx, node, ['TypeIdentifier']), generics: lowerGenerics(ctx, node), span: spanOf(ctx, node) };
  const v = valueAfterEq(ctx, node);
  if (v) item.ty = lowerType(ctx, v);
  return item;
}
