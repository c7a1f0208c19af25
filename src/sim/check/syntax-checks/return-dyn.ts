// E0746: a fn whose return type is a bare `dyn Trait` (unsized), with rustc's two suggestions: return
// `impl Trait`, or box the return type and wrap every returned value (`return` values and the tail) in `Box::new`.
import type * as A from '../../syntax/ast.ts';
import { error, insert, replace, suggest, type CompileDiagnostic } from '../diagnostic.ts';
import { walkBlock, type BodyContext } from './walk.ts';

/** The values a body returns: each `return e` outside closures, and the tail expression. */
function returned(body: A.Block, ctx: BodyContext): A.Expr[] {
  const out: A.Expr[] = [];
  walkBlock(body, ctx, (e, c) => {
    if (e.kind === 'Return' && e.value && !c.closure) out.push(e.value);
  });
  if (body.tail) out.push(body.tail);
  return out;
}

export function returnsDyn(fn: A.FnSig & { span: A.Span }, body: A.Block, ctx: BodyContext): CompileDiagnostic | undefined {
  const ret = fn.ret;
  if (!ret || ret.kind !== 'TraitObjectType' || ret.syntax !== 'dyn' || !ret.text.startsWith('dyn ')) return undefined;
  const d = error('E0746', 'return type cannot be a trait object without pointer indirection', ret.span, "doesn't have a size known at compile-time");
  const dynWord: A.Span = { start: ret.span.start, end: { line: ret.span.start.line, col: ret.span.start.col + 3 } };
  d.suggestions.push(suggest('consider returning an `impl Trait` instead of a `dyn Trait`', [replace(dynWord, 'impl')], 'verbose'));
  const wraps = returned(body, ctx).flatMap((e) => [insert(e.span.start, 'Box::new('), insert(e.span.end, ')')]);
  d.suggestions.push(suggest('alternatively, box the return type, and wrap all of the returned values in `Box::new`',
    [insert(ret.span.start, 'Box<'), insert(ret.span.end, '>'), ...wraps], 'verbose'));
  return d;
}
