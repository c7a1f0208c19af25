// Trait objects of the program's own traits, with rustc 1.95's texts: E0599 for a method no such object has
// (`boxed.perimeter()` on a `Box<dyn Shape>`), E0277 for `Box::new(v)` cast to a `Box<dyn Trait>` `v` lacks.
import type * as A from '../../syntax/ast.ts';
import { error, markMultilineReceiver, note, type CompileDiagnostic } from '../diagnostic.ts';
import type { ItemEnv } from './items.ts';
import { STD_METHOD_PARAMS } from './std-method-params.ts';
import { STD_TRAIT_METHODS } from './trait-errors.ts';
import { showTy, type Ty } from './ty.ts';

/** A method name some std type or trait has (any receiver: the table does not say which a trait object reaches). */
function stdName(name: string): boolean {
  if (STD_TRAIT_METHODS.has(name)) return true;
  for (const g of Object.values(STD_METHOD_PARAMS)) if (name in g) return true;
  return false;
}

/**
 * `steps` are the receiver's auto-deref steps: `&`s and `Box`es down to `dyn Trait`, `Trait` the program's own
 * (no generics, no supertraits, no `impl dyn Trait`). Silent when any trait of the program or std could have the
 * method (blanket impls), or the receiver is another shape.
 */
export function dynMethodError(steps: Ty[], e: A.MethodCallExpr, env: ItemEnv): CompileDiagnostic | undefined {
  const first = steps[0];
  const last = steps[steps.length - 1];
  if (!first || !last || steps.length < 2 || last.k !== 'opaque' || last.syntax !== 'dyn') return undefined;
  if (!steps.slice(0, -1).every((s) => s.k === 'ref' || (s.k === 'adt' && s.name === 'Box' && !env.structs.has('Box')))) return undefined;
  const m = /^dyn ([A-Za-z_][A-Za-z0-9_]*)$/.exec(last.text);
  const trait = m ? env.traits.get(m[1]) : undefined;
  if (!trait || trait.generics.length || trait.supertraits.length) return undefined;
  if (env.traitMethods.has(e.method) || stdName(e.method)) return undefined;
  for (const k of env.methods.keys()) if (k.startsWith('dyn')) return undefined;
  const ts = showTy(first);
  const kind = first.k === 'ref' ? 'reference' : 'struct';
  return markMultilineReceiver(error('E0599', `no method named \`${e.method}\` found for ${kind} \`${ts}\` in the current scope`, e.methodSpan, `method not found in \`${ts}\``), e);
}

/** The user trait a `Box<dyn Trait>` names (no generics, no supertraits), or undefined. */
function dynTrait(t: Ty, env: ItemEnv): A.TraitItem | undefined {
  if (t.k !== 'adt' || t.name !== 'Box' || env.structs.has('Box') || t.args.length !== 1) return undefined;
  const inner = t.args[0];
  if (inner.k !== 'opaque' || inner.syntax !== 'dyn') return undefined;
  const m = /^dyn ([A-Za-z_][A-Za-z0-9_]*)$/.exec(inner.text);
  const trait = m ? env.traits.get(m[1]) : undefined;
  return trait && !trait.generics.length && !trait.supertraits.length ? trait : undefined;
}

/**
 * E0277 for `Box::new(value)` where a `Box<dyn Trait>` of the program's own trait is expected and the value's type
 * (`String`, `{integer}`, a user type) has no impl of it. Silent unless every impl of the trait is for one of the
 * program's non-generic structs or enums (no blanket impl could cover the value).
 */
export function dynCastError(expected: Ty, value: Ty, call: A.Expr, env: ItemEnv): CompileDiagnostic | undefined {
  const trait = dynTrait(expected, env);
  if (!trait) return undefined;
  const name = trait.name.name;
  const impls = env.traitImpls.get(name) ?? [];
  const userType = (n: string) => { const it = env.structs.get(n) ?? env.enums.get(n); return it !== undefined && it.generics.length === 0; };
  if (!impls.every((i) => i.generics.length === 0 && i.selfTy.kind === 'PathType' && userType(i.selfName))) return undefined;
  const literal = value.k === 'var' && value.lit !== undefined;
  const named = value.k === 'adt' && value.args.length === 0 && (value.name === 'String' || userType(value.name));
  if (!literal && !named && value.k !== 'int' && value.k !== 'float' && value.k !== 'bool' && value.k !== 'char') return undefined;
  if (value.k === 'adt' && impls.some((i) => i.selfName === value.name)) return undefined;
  const vs = showTy(value);
  const d = error('E0277', `the trait bound \`${vs}: ${name}\` is not satisfied`, call.span, `the trait \`${name}\` is not implemented for \`${vs}\``);
  if (impls.length === 1) {
    const head = { start: impls[0].span.start, end: impls[0].selfTy.span.end };
    d.children.push({ level: 'help', message: `the trait \`${name}\` is implemented for \`${impls[0].selfName}\``, span: head });
  }
  d.children.push(note(`required for the cast from \`Box<${vs}>\` to \`${showTy(expected)}\``));
  return d;
}
