// E0308 for a std associated function given a reference where it takes the value: `Arc::unwrap_or_clone(&a)`,
// `Rc::try_unwrap(&r)`, `Rc::into_inner(&r)`, with rustc 1.95's notes (its std source line) and help.
import type * as A from '../../syntax/ast.ts';
import type { Span } from '../../syntax/ast.ts';
import { error, label, note, replace, suggest, type CompileDiagnostic } from '../diagnostic.ts';
import { RUSTC_STD } from '../borrow/rustc-std.ts';
import { knownOrLiteral, showTy, type Ty } from './ty.ts';

/** `owner::name(&x)` with `x: Rc<T>` / `Arc<T>` (`owner` the same pointer): the borrow is the mismatch. */
export function rcRefArgError(owner: string, name: string, arg: A.Expr, argTy: Ty, callee: Span): CompileDiagnostic | undefined {
  const site = RUSTC_STD.rcByValue[`${owner}::${name}`];
  if (!site || arg.kind !== 'Borrow' || arg.mut || argTy.k !== 'ref' || argTy.mut) return undefined;
  const inner = argTy.inner;
  if (inner.k !== 'adt' || inner.name !== owner || inner.args.length !== 1 || !knownOrLiteral(inner) || arg.span.start.line !== arg.span.end.line) return undefined;
  const expected = `${owner}<_, _>`;
  const d = error('E0308', 'mismatched types', arg.span, `expected \`${expected}\`, found \`${showTy(argTy)}\``);
  d.labels.push(label(callee, 'arguments to this function are incorrect'));
  d.children.push(note(`expected struct \`${expected}\`\nfound reference \`&${owner}<${showTy(inner.args[0])}, std::alloc::Global>\``));
  d.children.push({ level: 'note', message: 'associated function defined here', file: site.file, span: site.span });
  const amp: Span = { start: arg.span.start, end: { line: arg.span.start.line, col: arg.span.start.col + 1 } };
  d.suggestions.push(suggest('consider removing the borrow', [replace(amp, '')], 'verbose'));
  return d;
}
