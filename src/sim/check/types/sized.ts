// E0277 for a `let` binding whose value is unsized (`let w = *v;` with `v: Vec<i32>` or `&str`, `let s = v[1..];`):
// rustc's "all local variables must have a statically known size", with its help for the two initialisers it fixes.
import type * as A from '../../syntax/ast.ts';
import type { Span } from '../../syntax/ast.ts';
import { error, help, insert, note, replace, suggest, type CompileDiagnostic } from '../diagnostic.ts';
import { knownOrLiteral, showTy, type Ty } from './ty.ts';

/**
 * `pat` binds by value (no `ref`, no sub-pattern) a value of type `t` (resolved when the `let` is checked, as rustc
 * names it then: `[{integer}]`). Only `*x` and `x[range]` initialisers are reported, each with rustc's help;
 * anything else stays silent.
 */
export function unsizedLocalError(t: Ty, pat: A.IdentPat, init: A.Expr): CompileDiagnostic | undefined {
  if (pat.byRef || pat.sub) return undefined;
  if (t.k !== 'str' && !(t.k === 'slice' && knownOrLiteral(t.elem))) return undefined;
  const deref = init.kind === 'Unary' && init.op === '*';
  const range = init.kind === 'Index' && init.index.kind === 'Range';
  if ((!deref && !range) || init.span.start.line !== init.span.end.line) return undefined;
  const ts = showTy(t);
  const d = error('E0277', `the size for values of type \`${ts}\` cannot be known at compilation time`, pat.span, "doesn't have a size known at compile-time");
  d.children.push(help(`the trait \`Sized\` is not implemented for \`${ts}\``));
  d.children.push(note('all local variables must have a statically known size'));
  if (deref) {
    const star: Span = { start: init.span.start, end: { line: init.span.start.line, col: init.span.start.col + 1 } };
    d.suggestions.push(suggest('references are always `Sized`, even if they point to unsized data; consider not dereferencing the expression', [replace(star, '')], 'verbose'));
  } else {
    d.suggestions.push(suggest('consider borrowing here', [insert(init.span.start, '&')], 'verbose'));
  }
  return d;
}
