// The crate's module tree for name resolution: items per module in rustc's two namespaces (types,
// values), `use` imports resolved to a fixpoint, globs, and the std prelude. Unknown = opaque, never an error.
import type * as A from '../../syntax/ast.ts';
import type { Span } from '../diagnostic.ts';

export type DefKind =
  | 'fn' | 'struct' | 'enum' | 'trait' | 'type alias' | 'module' | 'constant' | 'static' | 'variant'
  | 'union' | 'opaque' | 'builtin type';

export interface Def {
  kind: DefKind;
  name: string;
  /** The name's span (for `Dir` defined here) and the item (for def spans); absent for std/opaque. */
  nameSpan?: Span;
  item?: A.Item;
  variant?: A.Variant;
  enumDef?: Def;
  isPub: boolean;
  /** Module the item is declared in (privacy). */
  parent?: Module;
  /** For 'module'. */
  module?: Module;
}

export interface PendingUse {
  binding: A.UseBinding;
  item: A.UseItem;
  done: boolean;
}

export class Module {
  readonly types = new Map<string, Def>();
  readonly values = new Map<string, Def>();
  readonly uses: PendingUse[] = [];
  /** Glob imports from local modules / enums (names looked up lazily). */
  readonly globs: Array<Module | Def> = [];
  /** A glob from somewhere unknown (std, an external crate): any name may exist here. */
  openGlob = false;
  /** Some import into this module could not be followed: names may be missing from our view. */
  incomplete = false;
  /** The root of another crate laid out as a module (a package's library inside its binary's assembly):
   *  `crate::` inside it starts here. */
  crateRoot = false;

  constructor(readonly name: string, readonly parent: Module | undefined, readonly isBlock: boolean) {}

  /** The module a `self::`/`super::` path starts from (blocks belong to their enclosing module). */
  get normal(): Module {
    let m: Module = this;
    while (m.isBlock && m.parent) m = m.parent;
    return m;
  }

  /** The root of the crate this module belongs to (what `crate::` names). */
  get crate(): Module {
    let m: Module = this;
    while (m.parent && !m.crateRoot) m = m.parent;
    return m;
  }

  isAncestorOf(other: Module): boolean {
    for (let m: Module | undefined = other; m; m = m.parent) if (m === this) return true;
    return false;
  }

  path(): string[] {
    const out: string[] = [];
    for (let m: Module | undefined = this.normal; m && m.parent; m = m.parent.normal) out.unshift(m.name);
    return out;
  }
}

export const OPAQUE: Def = { kind: 'opaque', name: '?', isPub: true };

/** Rust 2021 prelude (std::prelude::rust_2021) plus primitive types. */
export const PRELUDE_TYPES = new Set([
  'Copy', 'Send', 'Sized', 'Sync', 'Unpin', 'Drop', 'Fn', 'FnMut', 'FnOnce', 'Box', 'ToOwned', 'Clone',
  'PartialEq', 'PartialOrd', 'Eq', 'Ord', 'AsRef', 'AsMut', 'Into', 'From', 'Default', 'Iterator', 'Extend',
  'IntoIterator', 'DoubleEndedIterator', 'ExactSizeIterator', 'Option', 'Result', 'String', 'ToString', 'Vec',
  'TryFrom', 'TryInto', 'FromIterator',
]);
export const PRIMITIVES = ['bool', 'char', 'f32', 'f64', 'i128', 'i16', 'i32', 'i64', 'i8', 'isize', 'str', 'u128', 'u16', 'u32', 'u64', 'u8', 'usize'];
export const PRELUDE_VALUES = new Set(['Some', 'None', 'Ok', 'Err', 'drop', 'size_of', 'size_of_val', 'align_of', 'align_of_val']);
/** Crate names always available as path roots. */
export const EXTERN_ROOTS = new Set(['std', 'core', 'alloc']);

function itemDefs(item: A.Item, parent: Module): Array<{ ns: 'type' | 'value'; def: Def }> {
  const base = { parent, item };
  switch (item.kind) {
    case 'Fn':
      return [{ ns: 'value', def: { ...base, kind: 'fn', name: item.name.name, nameSpan: item.name.span, isPub: item.isPub } }];
    case 'Struct': {
      const def: Def = { ...base, kind: 'struct', name: item.name.name, nameSpan: item.name.span, isPub: item.isPub };
      const out: Array<{ ns: 'type' | 'value'; def: Def }> = [{ ns: 'type', def }];
      if (item.fields.kind !== 'Named') out.push({ ns: 'value', def });
      return out;
    }
    case 'Enum':
      return [{ ns: 'type', def: { ...base, kind: 'enum', name: item.name.name, nameSpan: item.name.span, isPub: item.isPub } }];
    case 'Trait':
      return [{ ns: 'type', def: { ...base, kind: 'trait', name: item.name.name, nameSpan: item.name.span, isPub: item.isPub } }];
    case 'TypeAlias':
      return [{ ns: 'type', def: { ...base, kind: 'type alias', name: item.name.name, nameSpan: item.name.span, isPub: false } }];
    case 'Const':
      return [{ ns: 'value', def: { ...base, kind: 'constant', name: item.name.name, nameSpan: item.name.span, isPub: false } }];
    case 'Static':
      return [{ ns: 'value', def: { ...base, kind: 'static', name: item.name.name, nameSpan: item.name.span, isPub: false } }];
    case 'Mod':
      return [{ ns: 'type', def: { ...base, kind: 'module', name: item.name.name, nameSpan: item.name.span, isPub: item.isPub } }];
    case 'Use':
    case 'Impl':
      return [];
  }
}

/** The lowering keeps `pub` only as a flag; consts/statics/aliases carry no flag: treat them as public. */
function visibility(item: A.Item): boolean | undefined {
  return item.kind === 'Const' || item.kind === 'Static' || item.kind === 'TypeAlias' ? true : undefined;
}

export function declareItems(module: Module, items: readonly A.Item[], onModule: (m: Module, item: A.ModItem) => void): void {
  for (const item of items) {
    for (const { ns, def } of itemDefs(item, module)) {
      const v = visibility(item);
      if (v !== undefined) def.isPub = v;
      const table = ns === 'type' ? module.types : module.values;
      if (!table.has(def.name)) table.set(def.name, def);
      if (item.kind === 'Mod' && ns === 'type') {
        const child = new Module(item.name.name, module, false);
        def.module = child;
        declareItems(child, item.items, onModule);
        onModule(child, item);
      }
    }
    if (item.kind === 'Use') for (const b of item.bindings) module.uses.push({ binding: b, item, done: false });
  }
}

export function variantDef(enumDef: Def, v: A.Variant): Def {
  return { kind: 'variant', name: v.name.name, nameSpan: v.name.span, variant: v, enumDef, isPub: true, parent: enumDef.parent, item: enumDef.item };
}

/** Looks `name` up directly in a module (its items, imports, globs), no lexical scoping. */
export function lookupIn(m: Module, ns: 'type' | 'value', name: string, seen = new Set<Module>()): Def | undefined {
  const table = ns === 'type' ? m.types : m.values;
  const hit = table.get(name);
  if (hit) return hit;
  if (seen.has(m)) return undefined;
  seen.add(m);
  for (const g of m.globs) {
    if (g instanceof Module) {
      const d = lookupIn(g, ns, name, seen);
      // A glob imports every name visible where it is written: a module's private items too, from inside it.
      if (d && (d.isPub || d.kind === 'opaque' || g.isAncestorOf(m))) return d;
    } else if (g.kind === 'enum' && ns === 'value' && g.item?.kind === 'Enum') {
      const v = g.item.variants.find((x) => x.name.name === name);
      if (v) return variantDef(g, v);
    } else if (g.kind === 'enum' && ns === 'type' && g.item?.kind === 'Enum') {
      const v = g.item.variants.find((x) => x.name.name === name);
      if (v && v.fields.kind === 'Named') return variantDef(g, v);
    }
  }
  return undefined;
}

/** Whether a lookup miss in `m` is certain (no open glob or unfollowed import could supply the name). */
export function closed(m: Module): boolean {
  if (m.openGlob || m.incomplete) return false;
  return m.globs.every((g) => !(g instanceof Module) || closed(g));
}
