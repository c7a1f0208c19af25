// Written types (AST `Type`) → checker types (`Ty`), with generic parameters, `Self` and aliases in scope.
// Names the checker does not model become a named type it can still compare, never an error.
import type * as A from '../../syntax/ast.ts';
import { INT_KINDS, UNKNOWN, type Ty } from './ty.ts';
import type { ItemEnv } from './items.ts';

/** Generic names in scope (`T` → param or inference var) and `Self`. */
export type TyScope = Map<string, Ty>;

export function lowerType(t: A.Type, scope: TyScope, env: ItemEnv, depth = 0): Ty {
  if (depth > 20) return UNKNOWN;
  const low = (x: A.Type) => lowerType(x, scope, env, depth + 1);
  switch (t.kind) {
    case 'RefType': return { k: 'ref', mut: t.mut, inner: low(t.inner) };
    case 'TupleType': return { k: 'tuple', items: t.items.map(low) };
    case 'ArrayType': return { k: 'array', elem: low(t.elem), len: t.len.kind === 'Lit' && t.len.lit.kind === 'Int' ? Number(t.len.lit.value) : null };
    case 'SliceType': return { k: 'slice', elem: low(t.elem) };
    case 'FnPtrType': return { k: 'fn', params: t.params.map(low), ret: t.ret ? low(t.ret) : { k: 'tuple', items: [] } };
    case 'TraitObjectType': return { k: 'opaque', text: t.text, syntax: t.syntax };
    case 'InferType': return UNKNOWN;
    case 'NeverType': return { k: 'never' };
    case 'PathType': {
      const seg = t.segments[t.segments.length - 1];
      const name = seg.name;
      if (t.segments.length === 1) {
        const g = scope.get(name);
        if (g) return g;
      }
      if ((INT_KINDS as readonly string[]).includes(name)) return { k: 'int', kind: name as A.IntSuffix };
      switch (name) {
        case 'f32': case 'f64': return { k: 'float', kind: name };
        case 'bool': return { k: 'bool' };
        case 'char': return { k: 'char' };
        case 'str': return { k: 'str' };
      }
      if (t.segments.length > 1 && scope.has(t.segments[0].name)) return UNKNOWN; // `T::Item`, `Self::Output`
      // A user alias may shadow a std name (`type Result<T> = std::result::Result<T, E>;`): `std::…` is std's.
      const alias = t.segments[0].name === 'std' || t.segments[0].name === 'core' ? undefined : env.aliases.get(name);
      if (alias?.ty && alias.generics.length === 0) return lowerType(alias.ty, scope, env, depth + 1);
      if (alias?.ty && t.segments.length === 1) {
        // `type Result<T> = std::result::Result<T, MyError>;` used as `Result<u16>`: T := u16.
        const params = alias.generics.filter((g) => g.param === 'type');
        if (params.length === alias.generics.filter((g) => g.param !== 'lifetime').length && params.length === seg.args.length) {
          const inner: TyScope = new Map(scope);
          params.forEach((g, i) => inner.set(g.name, low(seg.args[i])));
          return lowerType(alias.ty, inner, env, depth + 1);
        }
      }
      if (alias) return UNKNOWN;
      if (name === 'Result' && t.segments.length > 1 && seg.args.length === 1) {
        // `io::Result<T>` / `fmt::Result`: the module's alias; the error type is not modelled.
        return { k: 'adt', name: 'Result', args: [low(seg.args[0]), UNKNOWN] };
      }
      if (name === 'Result' && t.segments.length > 1 && seg.args.length === 0) return { k: 'adt', name: 'Result', args: [{ k: 'tuple', items: [] }, UNKNOWN] };
      if (seg.fnSugar) return UNKNOWN;
      return { k: 'adt', name, args: seg.args.map(low) };
    }
  }
}

/** Scope for a list of generic params: each type param as an opaque `param` (inside the item's own body). */
export function paramScope(generics: A.GenericParam[], base?: TyScope): TyScope {
  const s: TyScope = new Map(base);
  for (const g of generics) if (g.param === 'type') s.set(g.name, { k: 'param', name: g.name, bounds: g.bounds });
  return s;
}
