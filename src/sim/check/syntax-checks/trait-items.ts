// E0046: an `impl Trait for T` of the program's own trait that leaves out required items (fns without a
// body, consts without a value, associated types without a default), with rustc's labels at each one.
import type * as A from '../../syntax/ast.ts';
import { error, label, type CompileDiagnostic, type Span } from '../diagnostic.ts';
import type { SourceText } from '../names/text.ts';

/** The trait's items an impl must give, in declaration order, with rustc's span for each. */
function required(t: A.TraitItem, text: SourceText): Array<{ name: string; span: Span }> {
  const out: Array<{ name: string; span: Span }> = [];
  const noSemi = (s: Span): Span => ({ start: s.start, end: text.trimBack({ line: s.end.line, col: s.end.col - 1 }) });
  for (const m of t.members) {
    if (m.kind === 'TraitFn' && !m.body) out.push({ name: m.name.name, span: { start: m.span.start, end: text.trimBack(m.span.end) } });
    else if (m.kind === 'Const' && !m.value) out.push({ name: m.name.name, span: noSemi(m.span) });
    else if (m.kind === 'TypeAlias' && !m.ty) out.push({ name: m.name.name, span: noSemi(m.span) });
  }
  return out;
}

/** E0046 for `impl`, whose trait `t` is the program's; undefined when nothing required is missing. */
export function missingTraitItems(impl: A.ImplItem, t: A.TraitItem, text: SourceText): CompileDiagnostic | undefined {
  const given = new Set(impl.members.map((m) => m.name.name));
  const missing = required(t, text).filter((r) => !given.has(r.name));
  if (missing.length === 0) return undefined;
  const names = missing.map((m) => `\`${m.name}\``).join(', ');
  // rustc's span of the impl: its header up to the `{` (a `where` clause included).
  let brace: Span['start'] | undefined;
  for (let line = impl.selfTy.span.end.line; !brace && line <= impl.span.end.line; line++) {
    brace = text.find(line === impl.selfTy.span.end.line ? impl.selfTy.span.end : { line, col: 1 }, '{');
  }
  if (!brace) return undefined;
  const header: Span = { start: impl.span.start, end: text.trimBack(brace) };
  const d = error('E0046', `not all trait items implemented, missing: ${names}`, header, `missing ${names} in implementation`);
  for (const m of missing) d.labels.push(label(m.span, `\`${m.name}\` from trait`));
  return d;
}
