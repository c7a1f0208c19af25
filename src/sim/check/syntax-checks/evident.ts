// Types that are evident without inference: a local declared `x: Point`, initialised by `Point { … }`,
// `Dir::North` or `Point::new()` returning `Self`; literals. Anything else is unknown (checks stay silent).
import type * as A from '../../syntax/ast.ts';
import type { Def } from '../names/scope.ts';
import { lookupIn } from '../names/scope.ts';
import { spanKey, type NameTables } from '../names/tables.ts';

export type Evident =
  | { kind: 'adt'; def: Def; item: A.StructItem | A.EnumItem }
  | { kind: 'option'; text: string }
  | { kind: 'bool' }
  | { kind: 'tuple'; items: string[] };

function adt(def: Def | undefined): Evident | undefined {
  const item = def?.item;
  if (!def || !item || (item.kind !== 'Struct' && item.kind !== 'Enum') || item.generics.length > 0) return undefined;
  if (def.kind !== 'struct' && def.kind !== 'enum') return undefined;
  return { kind: 'adt', def, item };
}

export function typeFromAst(t: A.Type, tables: NameTables, impl?: A.ImplItem): Evident | undefined {
  if (t.kind === 'TupleType') return undefined;
  if (t.kind !== 'PathType' || t.segments.length !== 1) return undefined;
  const seg = t.segments[0];
  if (seg.name === 'bool' && seg.args.length === 0) return { kind: 'bool' };
  if (seg.name === 'Option' && seg.args.length === 1) return { kind: 'option', text: t.text };
  if (seg.name === 'Self' && impl) return selfType(impl, tables);
  const res = tables.res.get(spanKey(t.span));
  return res?.kind === 'def' ? adt(res.def) : undefined;
}

export function selfType(impl: A.ImplItem, tables: NameTables): Evident | undefined {
  if (impl.selfTy.kind !== 'PathType' || impl.selfTy.segments.length !== 1 || impl.generics.length > 0) return undefined;
  return adt(lookupIn(tables.root, 'type', impl.selfName));
}

function literalType(e: A.Expr): string | undefined {
  if (e.kind === 'Lit') {
    switch (e.lit.kind) {
      case 'Int': return e.lit.suffix ?? '{integer}';
      case 'Float': return e.lit.suffix ?? '{float}';
      case 'Bool': return 'bool';
      case 'Char': return 'char';
      case 'Str': return '&str';
      case 'Byte': return 'u8';
      case 'ByteStr': return undefined;
    }
  }
  if (e.kind === 'Unary' && e.op === '-') {
    const t = literalType(e.operand);
    return t === '{integer}' || t === '{float}' ? t : undefined;
  }
  return undefined;
}

/** The evident type of an initialiser expression. */
export function typeOfExpr(e: A.Expr, tables: NameTables, impl?: A.ImplItem): Evident | undefined {
  switch (e.kind) {
    case 'Struct': {
      const res = tables.res.get(spanKey(e.path.span));
      if (res?.kind === 'self-type' && res.impl.kind === 'Impl') return selfType(res.impl, tables);
      return res?.kind === 'def' && res.def.kind === 'struct' ? adt(res.def) : undefined;
    }
    case 'PathExpr': {
      const res = tables.res.get(spanKey(e.path.span));
      if (res?.kind === 'local') return typeOfLocal(res.binding, tables, impl);
      if (res?.kind === 'def' && res.def.kind === 'variant' && res.def.variant?.fields.kind === 'Unit') return adt(res.def.enumDef);
      return undefined;
    }
    case 'Call': {
      if (e.callee.kind !== 'PathExpr') return undefined;
      const path = e.callee.path;
      const res = tables.res.get(spanKey(path.span));
      if (res?.kind === 'def' && res.def.kind === 'variant' && res.def.variant?.fields.kind === 'Tuple') return adt(res.def.enumDef);
      if (path.segments.length === 2) {
        const typeName = path.segments[0].name === 'Self' && impl ? impl.selfName : path.segments[0].name;
        const t = adt(lookupIn(tables.root, 'type', typeName));
        if (!t) return undefined;
        for (const imp of tables.impls.get(typeName) ?? []) {
          if (imp.trait) continue;
          const f = imp.members.find((m): m is A.FnItem => m.kind === 'Fn' && m.name.name === path.segments[1].name);
          if (f && !f.receiver && f.ret?.kind === 'PathType' && f.ret.segments.length === 1 && (f.ret.name === 'Self' || f.ret.name === typeName)) return t;
        }
      }
      return undefined;
    }
    case 'Lit':
      return e.lit.kind === 'Bool' ? { kind: 'bool' } : undefined;
    case 'Tuple': {
      const items = e.items.map(literalType);
      if (items.length < 2 || items.some((x) => x === undefined)) return undefined;
      return { kind: 'tuple', items: items as string[] };
    }
    case 'BlockExpr': case 'If': case 'Let': case 'While': case 'Loop': case 'For': case 'Break': case 'Continue':
    case 'Return': case 'Match': case 'Assign': case 'CompoundAssign': case 'Binary': case 'Unary': case 'Borrow':
    case 'Cast': case 'MethodCall': case 'Field': case 'TupleIndex': case 'Index': case 'Range': case 'Array':
    case 'ArrayRepeat': case 'Closure': case 'Try': case 'FormatMacro': case 'WriteMacro': case 'AssertMacro':
    case 'AssertCmpMacro': case 'VecMacro': case 'VecRepeatMacro': case 'MatchesMacro': case 'DbgMacro':
      return undefined; // needs inference: the types pass's business
  }
}

export function typeOfLocal(b: import('../names/tables.ts').Binding, tables: NameTables, impl?: A.ImplItem): Evident | undefined {
  if (b.declTy) return typeFromAst(b.declTy, tables, impl);
  if (b.init && b.kind === 'let') return typeOfExpr(b.init, tables, impl);
  return undefined;
}

/** The evident type of a place expression used as a receiver / scrutinee / field base. */
export function typeOfPlace(e: A.Expr, tables: NameTables, fn: A.FnSig | undefined, impl?: A.ImplItem): Evident | undefined {
  if (e.kind !== 'PathExpr' || e.path.segments.length !== 1) return undefined;
  if (e.path.segments[0].name === 'self') {
    if (!impl || !fn?.receiver || fn.receiver.mode !== 'value' || fn.receiver.ty) return undefined;
    return selfType(impl, tables);
  }
  const res = tables.res.get(spanKey(e.path.span));
  return res?.kind === 'local' ? typeOfLocal(res.binding, tables, impl) : undefined;
}
