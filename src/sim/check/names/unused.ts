// rustc's `unused_variables` lint for bindings never referenced (the liveness pass's simplest case):
// `warning: unused variable: \`x\`` with the `_x` help; assigned-but-unread cases are left silent.
import { note, replace, suggest, warning, type CompileDiagnostic } from '../diagnostic.ts';
import type * as A from '../../syntax/ast.ts';
import type { Binding } from './tables.ts';

const ALLOWS = new Set(['unused', 'unused_variables', 'warnings']);

export function allowsUnused(attrs: readonly A.Attribute[]): boolean {
  return attrs.some((a) => a.name === 'allow' && a.args.some((x) => ALLOWS.has(x)));
}

export interface LintWarning {
  d: CompileDiagnostic;
  body: Binding['body'];
  /** `unused_mut` comes from the borrow checker, `unused_variables` from liveness after it. */
  lint: 'unused_mut' | 'unused_variables';
}

/**
 * Warnings in source order; the first of each lint carries rustc's `#[warn(…)]` note. A `mut` binding
 * never used at all is also never mutated: rustc's `unused_mut` too (with any use we stay silent).
 */
export function unusedVariables(bindings: readonly Binding[], isFirst: { value: boolean }): LintWarning[] {
  const out: LintWarning[] = [];
  const sorted = [...bindings].sort((a, b) => a.span.start.line - b.span.start.line || a.span.start.col - b.span.start.col);
  let firstMut = true;
  for (const b of sorted) {
    if (b.uses > 0 || b.name.startsWith('_') || b.shorthandField || b.name === 'self') continue;
    const span = b.span;
    if (b.mut) {
      const nameStart = { line: b.span.end.line, col: b.span.end.col - Array.from(b.name).length };
      if (nameStart.line !== b.span.start.line) continue;
      const m = warning(undefined, 'variable does not need to be mutable', span);
      m.suggestions.push(suggest('remove this `mut`', [replace({ start: b.span.start, end: nameStart }, '')]));
      if (firstMut) {
        m.children.push(note('`#[warn(unused_mut)]` (part of `#[warn(unused)]`) on by default'));
        firstMut = false;
      }
      out.push({ d: m, body: b.body, lint: 'unused_mut' });
    }
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
    out.push({ d, body: b.body, lint: 'unused_variables' });
  }
  return out;
}
