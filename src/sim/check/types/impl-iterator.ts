// A parameter typed `impl Iterator<Item = T>` used as a sized collection, with rustc 1.95's texts: E0599 for
// `.len()` (only `ExactSizeIterator` has it; rustc's helps and bound suggestion) and E0608 for indexing it.
import type * as A from '../../syntax/ast.ts';
import type { Span } from '../../syntax/ast.ts';
import { error, help, insert, label, markMultilineReceiver, suggest, type CompileDiagnostic } from '../diagnostic.ts';
import { RUSTC_STD } from '../borrow/rustc-std.ts';
import type { Ty } from './ty.ts';

/** `impl Iterator<Item = …>` with no other bound, as rustc prints it. */
export function implIterator(t: Ty): string | undefined {
  return t.k === 'opaque' && t.syntax === 'impl' && /^impl Iterator<Item = [^+]+>$/.test(t.text) ? t.text : undefined;
}

/** `param.len()` where `param`'s written type (`ty`) is an `impl Iterator<Item = T>`. */
export function iteratorLenError(text: string, ty: A.Type, e: A.MethodCallExpr): CompileDiagnostic {
  const d = error('E0599', `no method named \`len\` found for type parameter \`${text}\` in the current scope`, e.methodSpan);
  d.labels.push(label(ty.span, 'method `len` not found for this type parameter'));
  markMultilineReceiver(d, e);
  d.children.push(help('items from traits can only be used if the type parameter is bounded by the trait'));
  d.children.push({ level: 'help', message: 'there is a method `le` with a similar name, but with different arguments', ...RUSTC_STD.iteratorLe });
  d.suggestions.push(suggest(`the following trait defines an item \`len\`, perhaps you need to restrict type parameter \`${text}\` with it:`,
    [insert(ty.span.end, ' + ExactSizeIterator')], 'verbose'));
  return d;
}

/** `it[i]` on an `impl Iterator<…>`: rustc underlines the brackets. */
export function iteratorIndexError(text: string, e: A.IndexExpr): CompileDiagnostic {
  const brackets: Span = { start: e.object.span.end, end: e.span.end };
  return error('E0608', `cannot index into a value of type \`${text}\``, brackets);
}
