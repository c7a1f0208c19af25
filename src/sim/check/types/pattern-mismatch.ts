// E0308 for a pattern that can never match its value's type, with rustc 1.95's labels: `Some(_)` / `None`
// against a `Result` (or `Ok` / `Err` against an `Option`), and `&x` against a `&mut T` ("types differ in mutability").
import type * as A from '../../syntax/ast.ts';
import type { Span } from '../../syntax/ast.ts';
import { error, label, note, replace, suggest, type CompileDiagnostic } from '../diagnostic.ts';
import { isKnown, knownOrLiteral, showTy, type Ty } from './ty.ts';

/** The std variant a pattern names at its top (`Some(x)`, `None`, `Ok(_)`, `Err(e)`), when no user enum has it. */
function stdVariant(p: A.Pattern, userVariant: (name: string) => boolean): { owner: 'Option' | 'Result'; found: string } | undefined {
  let name: string | undefined;
  if (p.kind === 'TupleStructPat' && p.path.segments.length === 1) name = p.path.segments[0].name;
  else if (p.kind === 'PathPat' && p.path.segments.length === 1) name = p.path.segments[0].name;
  else if (p.kind === 'IdentPat' && !p.sub && !p.byRef && !p.mut) name = p.name;
  if (!name || userVariant(name)) return undefined;
  if ((name === 'Some' && p.kind === 'TupleStructPat') || (name === 'None' && p.kind !== 'TupleStructPat')) return { owner: 'Option', found: 'Option<_>' };
  if ((name === 'Ok' || name === 'Err') && p.kind === 'TupleStructPat') return { owner: 'Result', found: 'Result<_, _>' };
  return undefined;
}

/**
 * `Some(_)` matched against a value of a fully known `Result` type (or `Ok(_)` against an `Option`): rustc's
 * "expected `Result<…>`, found `Option<_>`" with "this expression has type" on the scrutinee.
 */
export function variantPatternError(p: A.Pattern, scrutTy: Ty, scrutinee: Span, userVariant: (name: string) => boolean): CompileDiagnostic | undefined {
  const v = stdVariant(p, userVariant);
  if (!v || scrutTy.k !== 'adt' || (scrutTy.name !== 'Option' && scrutTy.name !== 'Result') || scrutTy.name === v.owner || !isKnown(scrutTy)) return undefined;
  const ts = showTy(scrutTy);
  const d = error('E0308', 'mismatched types', p.span, `expected \`${ts}\`, found \`${v.found}\``);
  d.labels.push(label(scrutinee, `this expression has type \`${ts}\``));
  d.children.push(note(`expected enum \`${ts}\`\n   found enum \`${v.found}\``));
  return d;
}

/** Where a `&x` pattern meets its value: a closure's parameter, a `for` loop's item, a `let`'s initialiser. */
export type RefPatSite = { k: 'closure-param' } | { k: 'for'; iter: Span } | { k: 'let'; init: Span };

/** `&x` (not `&mut x`) matched against a `&mut T` whose `T` rustc can name (known, or `{integer}`): E0308. */
export function refPatMutError(p: A.RefPat, t: Ty, site: RefPatSite): CompileDiagnostic | undefined {
  if (p.mut || t.k !== 'ref' || !t.mut || !knownOrLiteral(t.inner) || p.span.start.line !== p.span.end.line) return undefined;
  const ts = showTy(t);
  const d = error('E0308', 'mismatched types', p.span, 'types differ in mutability');
  if (site.k === 'closure-param') d.labels.push(label(p.span, 'expected due to this'));
  else if (site.k === 'for') d.labels.push(label(site.iter, `this is an iterator with items of type \`${ts}\``));
  else d.labels.push(label(site.init, `this expression has type \`${ts}\``));
  d.children.push(note(`expected mutable reference \`${ts}\`\n           found reference \`&_\``));
  if (site.k === 'closure-param') {
    const amp: Span = { start: p.span.start, end: { line: p.span.start.line, col: p.span.start.col + 1 } };
    d.suggestions.push(suggest('consider removing `&` from the pattern', [replace(amp, '')], 'verbose'));
  }
  return d;
}
