// Indexes a parsed program's items: functions, structs, enums, impl methods, trait impls, consts and `use` names.
// Built once per run; nested items (items inside blocks) are hoisted into the same index.
import type * as A from '../syntax/ast.ts';
import type { TypeDefs } from '../memory/layout.ts';
import type { Ty } from '../memory/ty.ts';
import { astTy } from './types.ts';
import { stdVariant } from './std-enums.ts';

export interface StructDef {
  name: string;
  item: A.StructItem;
  fieldNames: string[];
  fieldTys: Ty[];
  tuple: boolean;
  copy: boolean;
  derives: Set<string>;
}

export interface VariantDef {
  enumName: string;
  name: string;
  index: number;
  fieldNames: string[];
  fieldTys: Ty[];
  shape: 'Named' | 'Tuple' | 'Unit';
}

export interface EnumDef {
  name: string;
  item: A.EnumItem;
  variants: VariantDef[];
  copy: boolean;
  derives: Set<string>;
}

export interface MethodDef {
  fn: A.FnItem;
  /** Display name: 'List::tail'. */
  qual: string;
  selfName: string;
  /** The trait whose impl defines it; absent for inherent methods. */
  trait?: string;
}

export class ProgramIndex implements TypeDefs {
  fns = new Map<string, A.FnItem>();
  structs = new Map<string, StructDef>();
  enums = new Map<string, EnumDef>();
  /** typeName → method name → def (inherent and trait impls). */
  methods = new Map<string, Map<string, MethodDef>>();
  /** typeName → 'Trait::name' → def: every trait impl's methods, for `<T as Trait>::f`. */
  traitMethods = new Map<string, Map<string, MethodDef>>();
  /** A trait's default method body (copied per implementing type) → the trait: there `Self::f` means `<Self as Trait>::f`. */
  defaultBodyTrait = new Map<A.FnItem, string>();
  /** typeName → trait names implemented (Drop, Display, Debug, …). */
  traitImpls = new Map<string, Set<string>>();
  traits = new Map<string, A.TraitItem>();
  consts = new Map<string, A.ConstItem | A.StaticItem>();
  /** `use` local name → full path. */
  uses = new Map<string, string[]>();
  /** Every `impl From<X> for T` of T (a type may have several: `?` picks by X). */
  fromImpls = new Map<string, MethodDef[]>();
  /** Enum names glob-imported (`use List::*`). */
  globEnums: string[] = [];
  aliases = new Map<string, A.Type>();

  constructor(program: A.Program) {
    const all: A.Item[] = [];
    const collect = (items: A.Item[]) => {
      for (const it of items) {
        if ((it as { kind: string }).kind === 'Mod') {
          collect((it as unknown as { items: A.Item[] }).items);
          continue;
        }
        all.push(it);
        if (it.kind === 'Fn') visitBlockItems(it.body, collect);
        if (it.kind === 'Impl') for (const m of it.members) if (m.kind === 'Fn') visitBlockItems(m.body, collect);
      }
    };
    collect(program.items);
    for (const it of all) this.add(it);
    for (const it of all) if (it.kind === 'Impl') this.addImpl(it);
    this.addRenames();
  }

  private add(it: A.Item): void {
    switch (it.kind) {
      case 'Fn': this.fns.set(it.name.name, it); break;
      case 'Struct': {
        const f = it.fields;
        const derives = new Set(it.derives);
        this.structs.set(it.name.name, {
          name: it.name.name, item: it, derives, copy: derives.has('Copy'),
          tuple: f.kind === 'Tuple',
          fieldNames: f.kind === 'Named' ? f.fields.map((x) => x.name.name) : f.kind === 'Tuple' ? f.fields.map((_, i) => String(i)) : [],
          fieldTys: f.kind === 'Unit' ? [] : (f.fields as Array<A.NamedField | A.TupleField>).map((x) => astTy(x.ty)),
        });
        break;
      }
      case 'Enum': {
        const derives = new Set(it.derives);
        this.enums.set(it.name.name, {
          name: it.name.name, item: it, derives, copy: derives.has('Copy'),
          variants: it.variants.map((v, index) => ({
            enumName: it.name.name, name: v.name.name, index, shape: v.fields.kind,
            fieldNames: v.fields.kind === 'Named' ? v.fields.fields.map((x) => x.name.name) : v.fields.kind === 'Tuple' ? v.fields.fields.map((_, i) => String(i)) : [],
            fieldTys: v.fields.kind === 'Unit' ? [] : (v.fields.fields as Array<A.NamedField | A.TupleField>).map((x) => astTy(x.ty)),
          })),
        });
        break;
      }
      case 'Trait': this.traits.set(it.name.name, it); break;
      case 'Const': case 'Static': this.consts.set(it.name.name, it); break;
      case 'TypeAlias': if (it.ty) this.aliases.set(it.name.name, it.ty); break;
      case 'Use':
        for (const b of it.bindings) {
          if (b.kind === 'UseName') this.uses.set(b.local, b.path);
          else this.globEnums.push(b.path[b.path.length - 1]);
        }
        break;
      case 'Impl': break;
    }
  }

  private addImpl(it: A.ImplItem): void {
    const name = it.selfName;
    let m = this.methods.get(name);
    if (!m) this.methods.set(name, (m = new Map()));
    let traitDefs = this.traitMethods.get(name);
    if (!traitDefs) this.traitMethods.set(name, (traitDefs = new Map()));
    for (const mem of it.members) {
      if (mem.kind === 'Fn') {
        const def: MethodDef = { fn: mem, qual: `${name}::${mem.name.name}`, selfName: name, trait: it.traitName ?? undefined };
        // An inherent method shadows a trait's method of the same name (`Dog::baby_name()`, listing 19-19).
        const prev = m.get(mem.name.name);
        if (!(prev && !prev.trait && def.trait)) m.set(mem.name.name, def);
        if (def.trait) traitDefs.set(`${def.trait}::${mem.name.name}`, def);
        if (def.trait === 'From' && mem.name.name === 'from') {
          const fs = this.fromImpls.get(name);
          if (fs) fs.push(def); else this.fromImpls.set(name, [def]);
        }
      }
      if (mem.kind === 'Const') this.consts.set(`${name}::${mem.name.name}`, mem);
    }
    if (it.traitName) {
      let t = this.traitImpls.get(name);
      if (!t) this.traitImpls.set(name, (t = new Set()));
      t.add(it.traitName);
      const tr = this.traits.get(it.traitName);
      if (tr) {
        for (const tm of tr.members) {
          if (tm.kind === 'TraitFn' && tm.body && !traitDefs.has(`${it.traitName}::${tm.name.name}`)) {
            const def: MethodDef = { fn: { ...tm, kind: 'Fn', body: tm.body } as A.FnItem, qual: `${name}::${tm.name.name}`, selfName: name, trait: it.traitName };
            traitDefs.set(`${it.traitName}::${tm.name.name}`, def);
            this.defaultBodyTrait.set(def.fn, it.traitName);
            if (!m.has(tm.name.name)) m.set(tm.name.name, def);
          }
        }
      }
    }
  }

  /** `use a::b as c;` (and `pub use … as …`): `c` names what `b` names (modules are flattened). */
  private addRenames(): void {
    for (const [local, path] of this.uses) {
      const target = path[path.length - 1];
      if (local === target || local === '_') continue;
      const fn = this.fns.get(target);
      if (fn && !this.fns.has(local)) this.fns.set(local, fn);
      const st = this.structs.get(target);
      if (st && !this.structs.has(local)) this.structs.set(local, st);
      const en = this.enums.get(target);
      if (en && !this.enums.has(local)) this.enums.set(local, en);
      const tr = this.traits.get(target);
      if (tr && !this.traits.has(local)) this.traits.set(local, tr);
      const ms = this.methods.get(target);
      if (ms && !this.methods.has(local)) this.methods.set(local, ms);
    }
  }

  /** `use std::collections::BTreeMap as Map;` then `Map::new()`: the std path an alias stands for
   *  (`['Map', 'new']` → `['std', 'collections', 'BTreeMap', 'new']`); the segments unchanged otherwise. */
  stdAliased(segs: string[]): string[] {
    const path = segs.length ? this.uses.get(segs[0]) : undefined;
    if (!path || path.length < 2 || path[path.length - 1] === segs[0]) return segs;
    const target = path[path.length - 1];
    if (this.fns.has(target) || this.structs.has(target) || this.enums.has(target) || this.traits.has(target)) return segs;
    return [...path, ...segs.slice(1)];
  }

  /** A type's method by name; with `trait`, the one that trait's impl defines (`<T as Trait>::name`). */
  method(typeName: string, name: string, trait?: string): MethodDef | undefined {
    if (trait) return this.traitMethods.get(typeName)?.get(`${trait}::${name}`) ?? this.methods.get(typeName)?.get(name);
    return this.methods.get(typeName)?.get(name);
  }

  implements(typeName: string, trait: string): boolean {
    return this.traitImpls.get(typeName)?.has(trait) ?? false;
  }

  /** Resolve an enum variant by path segments (`List::Nil`, `Nil` via use, `Self::A`). */
  variant(segs: string[], selfName?: string): VariantDef | undefined {
    if (segs.length >= 2) {
      let en = segs[segs.length - 2];
      if (en === 'Self' && selfName) en = selfName;
      const used = this.uses.get(en);
      if (used) en = used[used.length - 1];
      const def = this.enums.get(en);
      return def ? def.variants.find((v) => v.name === segs[segs.length - 1]) : stdVariant(en, segs[segs.length - 1]);
    }
    const name = segs[0];
    const used = this.uses.get(name);
    if (used && used.length >= 2) {
      const e = this.enums.get(used[used.length - 2]);
      const v = e?.variants.find((x) => x.name === used[used.length - 1]);
      if (v) return v;
    }
    for (const g of this.globEnums) {
      const v = this.enums.get(g)?.variants.find((x) => x.name === name);
      if (v) return v;
    }
    return undefined;
  }

  struct(name: string): Ty[] | undefined {
    return this.structs.get(name)?.fieldTys;
  }

  typeParams(name: string): string[] | undefined {
    const it = this.structs.get(name)?.item ?? this.enums.get(name)?.item;
    return it?.generics.filter((g) => g.param === 'type').map((g) => g.name);
  }

  enumVariants(name: string): Ty[][] | undefined {
    return this.enums.get(name)?.variants.map((v) => v.fieldTys);
  }
}

function visitBlockItems(b: A.Block, f: (items: A.Item[]) => void): void {
  const items = b.stmts.filter((s): s is A.ItemStmt => s.kind === 'ItemStmt').map((s) => s.item);
  if (items.length) f(items);
}
