// E0790: `Trait::f()` for a trait's associated function with no `self` and no `Self` in its signature: rustc
// cannot pick an impl. The fn's declaration is labelled and each impl's `<Type as Trait>::` path suggested.
import type * as A from '../../syntax/ast.ts';
import { error, insert, label, suggest, type CompileDiagnostic } from '../diagnostic.ts';

const mentionsSelf = (t: A.Type | undefined): boolean => !!t && /\bSelf\b/.test(t.text);

/** The crate's trait impls of `trait` at the root, or undefined when impls elsewhere (bodies, modules, generics) could count too. */
function rootImpls(program: A.Program, trait: string): A.ImplItem[] | undefined {
  const out: A.ImplItem[] = [];
  for (const it of program.items) {
    if (it.kind === 'Mod') return undefined;
    if (it.kind === 'Fn' && it.body.stmts.some((s) => s.kind === 'ItemStmt')) return undefined;
    if (it.kind !== 'Impl' || it.traitName !== trait) continue;
    if (it.generics.length > 0 || it.trait?.segments.length !== 1 || it.selfTy.kind !== 'PathType') return undefined;
    out.push(it);
  }
  return out;
}

export function traitFnCall(e: A.CallExpr, program: A.Program): CompileDiagnostic | undefined {
  if (e.callee.kind !== 'PathExpr') return undefined;
  const path = e.callee.path;
  if (path.segments.length !== 2 || path.asTrait || path.segments.some((s) => s.generics.length > 0)) return undefined;
  const [owner, fnSeg] = path.segments;
  const traits = program.items.filter((it): it is A.TraitItem => it.kind === 'Trait' && it.name.name === owner.name);
  const others = program.items.some((it) => (it.kind === 'Struct' || it.kind === 'Enum' || it.kind === 'TypeAlias') && it.name.name === owner.name);
  if (traits.length !== 1 || others || program.items.some((it) => it.kind === 'Use' && it.bindings.some((b) => b.kind === 'UseName' && b.local === owner.name))) return undefined;
  const trait = traits[0];
  const fn = trait.members.find((m): m is A.TraitFn => m.kind === 'TraitFn' && m.name.name === fnSeg.name);
  if (!fn || fn.receiver || fn.body || fn.generics.length > 0 || trait.generics.length > 0) return undefined;
  if (fn.params.some((p) => mentionsSelf(p.ty)) || mentionsSelf(fn.ret)) return undefined;
  const impls = rootImpls(program, trait.name.name);
  if (!impls || impls.length === 0 || impls.length > 4) return undefined;
  const d = error('E0790', 'cannot call associated function on trait without specifying the corresponding `impl` type', e.span,
    'cannot call associated function of trait');
  d.labels.push(label(fn.span, `\`${trait.name.name}::${fn.name.name}\` defined here`));
  const s = suggest(impls.length === 1 ? 'use the fully-qualified path to the only available implementation' : 'use a fully-qualified path to one of the available implementations', [], 'verbose');
  s.substitutions = impls.map((im) => [insert(owner.span.start, `<${im.selfTy.text} as `), insert(owner.span.end, '>')]);
  d.suggestions.push(s);
  return d;
}
