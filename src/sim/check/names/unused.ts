// rustc's `unused_variables` lint for bindings never referenced (the liveness pass's simplest case):
// `warning: unused variable: \`x\`` with the `_x` help; assigned-but-unread cases are left silent.
import { help, note, replace, suggest, warning, type CompileDiagnostic } from '../diagnostic.ts';
import type * as A from '../../syntax/ast.ts';
import type { Binding } from './tables.ts';

const ALLOWS = new Set(['unused', 'unused_variables', 'warnings']);

export function allowsUnused(attrs: readonly A.Attribute[]): boolean {
  return attrs.some((a) => a.name === 'allow' && a.args.some((x) => ALLOWS.has(x)));
}

/** Warnings in source order; the first carries rustc's `#[warn(unused_variables)]` note. */
export function unusedVariables(bindings: readonly Binding[], isFirst: { value: boolean }): Array<{ d: CompileDiagnostic; body: Binding['body'] }> {
  const out: Array<{ d: CompileDiagnostic; body: Binding['body'] }> = [];
  const sorted = [...bindings].sort((a, b) => a.span.start.line - b.span.start.line || a.span.start.col - b.span.start.col);
  for (const b of sorted) {
    if (b.uses > 0 || b.name.startsWith('_') || b.shorthandField || b.name === 'self') continue;
    const span = b.mut ? { start: { line: b.span.end.line, col: b.span.end.col - Array.from(b.name).length }, end: b.span.end } : b.span;
    if (b.mut) continue; // `mut x` unused also draws unused_mut from borrowck: not modelled, stay silent
    const d = warning(undefined, `unused variable: \`${b.name}\``, span);
    if (b.name === 'none') {
      d.suggestions.push(suggest('you might have meant to pattern match on the similarly named variant `None`', [replace(span, 'std::prelude::v1::None')], 'verbose'));
      d.suggestions.push(suggest('if this is intentional, prefix it with an underscore', [replace(span, `_${b.name}`)], 'verbose'));
    } else {
      d.suggestions.push(suggest('if this is intentional, prefix it with an underscore', [replace(span, `_${b.name}`)]));
    }
    if (isFirst.value) {
      d.children.push(note('`#[warn(unused_variables)]` (part of `#[warn(unused)]`) on by default'));
      isFirst.value = false;
    }
    void help;
    out.push({ d, body: b.body });
  }
  return out;
}
