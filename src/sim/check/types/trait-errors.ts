// Type errors about traits and methods on the program's own types, with rustc 1.95's texts (goldens in
// test/sim/check/goldens/types/): E0277 (`{}` / `{:?}` of a type without Display / Debug), E0599 (no method
// on a struct or enum), E0369 (comparing values of a generic parameter without PartialOrd / PartialEq).
import type * as A from '../../syntax/ast.ts';
import type { Span } from '../../syntax/ast.ts';
import { error, help, insert, label, note, replace, suggest, type CompileDiagnostic } from '../diagnostic.ts';
import type { ItemEnv } from './items.ts';
import { showTy, type Ty } from './ty.ts';

/** Methods every type may get from std traits or derives: never reported as missing. */
const STD_TRAIT_METHODS = new Set([
  'clone', 'clone_from', 'to_string', 'to_owned', 'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'cmp', 'partial_cmp', 'max', 'min', 'clamp',
  'hash', 'fmt', 'into', 'try_into', 'borrow', 'borrow_mut', 'as_ref', 'as_mut', 'type_id', 'into_iter', 'deref', 'deref_mut',
]);
/** Traits whose `impl` on a type brings methods the checker doesn't list (iterators, deref, operators). */
const PLAIN_TRAITS = new Set(['Display', 'Debug', 'Clone', 'Copy', 'PartialEq', 'Eq', 'PartialOrd', 'Ord', 'Hash', 'Default', 'Drop']);

function itemHead(item: A.StructItem | A.EnumItem): Span {
  return { start: item.span.start, end: item.name.span.end };
}

/** A user struct/enum the checker can speak about: declared in this program, every impl of it known. */
function userItem(t: Ty, env: ItemEnv): A.StructItem | A.EnumItem | undefined {
  if (t.k !== 'adt') return undefined;
  return env.structs.get(t.name) ?? env.enums.get(t.name);
}

/** E0277 for `{}` / `{:?}` of a user type without Display / Debug. */
export function formatTraitError(t: Ty, trait: 'Display' | 'Debug', arg: Span, placeholder: Span, env: ItemEnv): CompileDiagnostic | undefined {
  const item = userItem(t, env);
  if (!item || t.k !== 'adt') return undefined;
  const impls = env.implsOf.get(t.name);
  if (impls?.has(trait)) return undefined;
  const name = showTy(t);
  if (trait === 'Display') {
    const d = error('E0277', `\`${name}\` doesn't implement \`std::fmt::Display\``, arg, `\`${name}\` cannot be formatted with the default formatter`);
    d.labels.push(label(placeholder, 'required by this formatting parameter'));
    d.children.push(help(`the trait \`std::fmt::Display\` is not implemented for \`${name}\``, itemHead(item)));
    d.children.push(note('in format strings you may be able to use `{:?}` (or {:#?} for pretty-print) instead'));
    return d;
  }
  const d = error('E0277', `\`${name}\` doesn't implement \`Debug\``, arg, `\`${name}\` cannot be formatted using \`{:?}\` because it doesn't implement \`Debug\``);
  d.labels.push(label(placeholder, 'required by this formatting parameter'));
  d.children.push(help(`the trait \`Debug\` is not implemented for \`${name}\``));
  d.children.push(note(`add \`#[derive(Debug)]\` to \`${name}\` or manually \`impl Debug for ${name}\``));
  if (item.attrs.length === 0) {
    const indent = ' '.repeat(Math.max(0, item.span.start.col - 1));
    d.suggestions.push(suggest(`consider annotating \`${name}\` with \`#[derive(Debug)]\``, [insert(item.span.start, `#[derive(Debug)]\n${indent}`)], 'verbose'));
  }
  return d;
}

/** E0599 for `recv.method()` when the receiver is a user struct/enum and nothing could provide the method. */
export function missingMethodError(t: Ty, e: A.MethodCallExpr, env: ItemEnv): CompileDiagnostic | undefined {
  const item = userItem(t, env);
  if (!item || t.k !== 'adt' || item.generics.length) return undefined;
  if (STD_TRAIT_METHODS.has(e.method) || env.traitMethods.has(e.method)) return undefined;
  for (const tr of env.implsOf.get(t.name) ?? []) if (!PLAIN_TRAITS.has(tr)) return undefined;
  for (const m of env.methods.values()) if (m.has(e.method)) return undefined;
  const kind = item.kind === 'Struct' ? 'struct' : 'enum';
  const name = showTy(t);
  const isField = item.kind === 'Struct' && item.fields.kind === 'Named' && item.fields.fields.some((f) => f.name.name === e.method);
  const d = error('E0599', `no method named \`${e.method}\` found for ${kind} \`${name}\` in the current scope`, e.methodSpan,
    isField ? 'field, not a method' : `method not found in \`${name}\``);
  d.labels.push(label(itemHead(item), `method \`${e.method}\` not found for this ${kind}`));
  if (isField && e.args.length === 0 && e.span.end.line === e.methodSpan.end.line) {
    d.suggestions.push(suggest('remove the arguments', [replace({ start: e.methodSpan.end, end: e.span.end }, '')], 'hide-inline'));
  }
  return d;
}

/** E0369 for `a > b` / `a == b` on values of a generic parameter without the comparison bound. */
export function genericCompareError(op: string, l: Ty, r: Ty, e: A.BinaryExpr, generics: A.GenericParam[]): CompileDiagnostic | undefined {
  const base = (t: Ty): Ty => (t.k === 'ref' ? base(t.inner) : t);
  const lb = base(l);
  if (lb.k !== 'param' || lb.name === 'Self') return undefined;
  const param = generics.find((g) => g.param === 'type' && g.name === lb.name);
  if (!param || param.bounds.length) return undefined;
  const ordering = op === '<' || op === '>' || op === '<=' || op === '>=';
  const trait = ordering ? 'PartialOrd' : 'PartialEq';
  const d = error('E0369', `binary operation \`${op}\` cannot be applied to type \`${showTy(l)}\``, e.opSpan);
  d.labels.push(label(e.left.span, showTy(l)), label(e.right.span, showTy(r)));
  const at = param.span.end;
  d.suggestions.push(suggest(`consider restricting type parameter \`${param.name}\` with trait \`${trait}\``, [insert(at, `: std::cmp::${trait}`)], 'verbose'));
  return d;
}
