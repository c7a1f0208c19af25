// E0268 `break`/`continue` outside of a loop, and E0267 inside a closure (rustc's loops check), for
// unlabelled `break` / `continue` only.
import type * as A from '../../syntax/ast.ts';
import { error, label, type CompileDiagnostic, type Span } from '../diagnostic.ts';
import type { SourceText } from '../names/text.ts';
import type { BodyContext } from './walk.ts';

/** The `|…|` head of a closure (rustc's "enclosing closure" label). */
function closureHead(c: A.ClosureExpr, text: SourceText): Span | undefined {
  if (c.move) return undefined;
  const start = c.span.start;
  const chars = text.lines[start.line - 1] ?? [];
  let i = text.index(start);
  if (chars[i] !== '|') return undefined;
  if (chars[i + 1] === '|') return { start, end: text.trimBack({ line: start.line, col: text.col(start.line, i + 2) }) };
  for (let k = i + 1; k < chars.length; k++) if (chars[k] === '|') return { start, end: { line: start.line, col: text.col(start.line, k + 1) } };
  return undefined;
}

export function breakOutsideLoop(e: A.BreakExpr | A.ContinueExpr, ctx: BodyContext, text: SourceText): CompileDiagnostic | undefined {
  if (e.label || ctx.loops > 0) return undefined;
  const kw = e.kind === 'Break' ? 'break' : 'continue';
  // rustc underlines the keyword, or the whole `break value` when it carries one.
  const span: Span = e.kind === 'Break' && e.value ? e.span : { start: e.span.start, end: { line: e.span.start.line, col: e.span.start.col + kw.length } };
  if (ctx.closure) {
    const head = closureHead(ctx.closure, text);
    if (!head) return undefined;
    const d = error('E0267', `\`${kw}\` inside of a closure`, span, `cannot \`${kw}\` inside of a closure`);
    d.labels.push(label(head, 'enclosing closure'));
    return d;
  }
  if (kw === 'break') {
    if (ctx.labeledBlocks > 0 || e.kind !== 'Break' || (e.value && e.span.end.line !== e.span.start.line)) return undefined;
    return error('E0268', '`break` outside of a loop or labeled block', span, 'cannot `break` outside of a loop or labeled block');
  }
  return error('E0268', '`continue` outside of a loop', span, 'cannot `continue` outside of a loop');
}
