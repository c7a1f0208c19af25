// The program's item table for type checking: structs, enums, free fns, impl methods, traits, derives and
// `impl Drop`, collected once from the AST (inline modules flattened by last path segment, like the evaluator).
import type * as A from '../../syntax/ast.ts';

export interface MethodDef {
  fn: A.FnItem | A.TraitFn;
  /** Generic params of the enclosing impl (or trait). */
  implGenerics: A.GenericParam[];
  /** The impl's self type as written (absent for trait default methods). */
  selfTy?: A.Type;
  traitName?: string;
}

export interface ItemEnv {
  structs: Map<string, A.StructItem>;
  enums: Map<string, A.EnumItem>;
  fns: Map<string, A.FnItem>;
  /** Methods by self type name (last segment, without args), then by method name. */
  methods: Map<string, Map<string, MethodDef>>;
  /** Trait methods by method name (for calls on generic params and trait objects). */
  traitMethods: Map<string, MethodDef>;
  traits: Map<string, A.TraitItem>;
  /** Type names with `derive(Copy)` or a user `impl Copy`. */
  copyTypes: Set<string>;
  /** Type names with a user `impl Drop`. */
  dropTypes: Set<string>;
  /** Traits implemented per type name (derives and impls). */
  implsOf: Map<string, Set<string>>;
  aliases: Map<string, A.TypeAliasItem>;
  consts: Map<string, A.ConstItem | A.StaticItem>;
  /** Enum variant name → enum name (for `use Enum::*` / bare variants). */
  variantOwner: Map<string, string>;
  /** The impls of each trait, by the trait's name (last segment). */
  traitImpls: Map<string, A.ImplItem[]>;
}

export function collectItems(program: A.Program): ItemEnv {
  const env: ItemEnv = {
    structs: new Map(), enums: new Map(), fns: new Map(), methods: new Map(), traitMethods: new Map(), traits: new Map(),
    copyTypes: new Set(), dropTypes: new Set(), implsOf: new Map(), aliases: new Map(), consts: new Map(), variantOwner: new Map(),
    traitImpls: new Map(),
  };
  const addImpl = (ty: string, trait: string) => {
    let s = env.implsOf.get(ty);
    if (!s) env.implsOf.set(ty, (s = new Set()));
    s.add(trait);
  };
  const visit = (items: A.Item[]) => {
    for (const it of items) {
      switch (it.kind) {
        case 'Fn': env.fns.set(it.name.name, it); collectNested(it.body); break;
        case 'Struct':
          env.structs.set(it.name.name, it);
          for (const d of it.derives) addImpl(it.name.name, d);
          if (it.derives.includes('Copy')) env.copyTypes.add(it.name.name);
          break;
        case 'Enum':
          env.enums.set(it.name.name, it);
          for (const d of it.derives) addImpl(it.name.name, d);
          if (it.derives.includes('Copy')) env.copyTypes.add(it.name.name);
          for (const v of it.variants) if (!env.variantOwner.has(v.name.name)) env.variantOwner.set(v.name.name, it.name.name);
          break;
        case 'Impl': {
          if (it.traitName) {
            addImpl(it.selfName, it.traitName);
            const list = env.traitImpls.get(it.traitName);
            if (list) list.push(it); else env.traitImpls.set(it.traitName, [it]);
          }
          if (it.traitName === 'Copy') env.copyTypes.add(it.selfName);
          if (it.traitName === 'Drop') env.dropTypes.add(it.selfName);
          let m = env.methods.get(it.selfName);
          if (!m) env.methods.set(it.selfName, (m = new Map()));
          for (const mem of it.members) {
            if (mem.kind !== 'Fn') continue;
            // An inherent method wins over a trait method of the same name.
            if (!m.has(mem.name.name) || !it.traitName) m.set(mem.name.name, { fn: mem, implGenerics: it.generics, selfTy: it.selfTy, traitName: it.traitName });
            collectNested(mem.body);
          }
          break;
        }
        case 'Trait':
          env.traits.set(it.name.name, it);
          for (const mem of it.members) if (mem.kind === 'TraitFn') env.traitMethods.set(mem.name.name, { fn: mem, implGenerics: it.generics, traitName: it.name.name });
          break;
        case 'TypeAlias': env.aliases.set(it.name.name, it); break;
        case 'Const': case 'Static': env.consts.set(it.name.name, it); break;
        case 'Mod': visit(it.items); break;
        case 'Use': break;
      }
    }
  };
  const collectNested = (b: A.Block) => {
    const inner: A.Item[] = [];
    for (const s of b.stmts) if (s.kind === 'ItemStmt') inner.push(s.item);
    if (inner.length) visit(inner);
  };
  visit(program.items);
  return env;
}

/** Every fn body in the program with the impl it belongs to (for per-function passes). */
export interface FnBody {
  fn: A.FnItem;
  /** Enclosing impl's self type and generics, for `self` / `Self`. */
  impl?: A.ImplItem;
  trait?: A.TraitItem;
}

export function allFnBodies(program: A.Program): FnBody[] {
  const out: FnBody[] = [];
  const visit = (items: A.Item[], impl?: A.ImplItem) => {
    for (const it of items) {
      if (it.kind === 'Fn') { out.push({ fn: it, impl }); nested(it.body); }
      else if (it.kind === 'Impl') for (const m of it.members) { if (m.kind === 'Fn') { out.push({ fn: m, impl: it }); nested(m.body); } }
      else if (it.kind === 'Trait') {
        for (const m of it.members) if (m.kind === 'TraitFn' && m.body) { out.push({ fn: { ...m, kind: 'Fn', body: m.body }, trait: it }); nested(m.body); }
      } else if (it.kind === 'Mod') visit(it.items);
    }
  };
  const nested = (b: A.Block) => {
    const inner: A.Item[] = [];
    for (const s of b.stmts) if (s.kind === 'ItemStmt') inner.push(s.item);
    if (inner.length) visit(inner);
  };
  visit(program.items);
  return out;
}
