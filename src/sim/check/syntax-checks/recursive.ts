// E0072 recursive type without indirection: a struct or enum containing itself directly (or through
// Option, tuples, arrays), with rustc's `Box<…>` suggestion; and E0391, the needs-drop cycle rustc adds
// when a body creates a value of such a type.
import type * as A from '../../syntax/ast.ts';
import { error, insert, label, note, suggest, type CompileDiagnostic } from '../diagnostic.ts';
import { defSpan, type SourceText } from '../names/text.ts';

/** Occurrences of `name` (or `Self`) held by value inside `t`. Undefined: something we do not model. */
function direct(t: A.Type, name: string, out: A.PathType[]): void {
  switch (t.kind) {
    case 'PathType': {
      if (t.segments.length !== 1) return;
      const seg = t.segments[0];
      if ((seg.name === name || seg.name === 'Self') && seg.args.length === 0) {
        out.push(t);
        return;
      }
      if (seg.name === 'Option' && seg.args.length === 1) direct(seg.args[0], name, out);
      return;
    }
    case 'TupleType':
      for (const x of t.items) direct(x, name, out);
      return;
    case 'ArrayType':
      direct(t.elem, name, out);
      return;
    case 'RefType': case 'SliceType': case 'FnPtrType': case 'TraitObjectType': case 'InferType': case 'NeverType':
      return;
  }
}

export function recursiveType(item: A.StructItem | A.EnumItem, text: SourceText): CompileDiagnostic | undefined {
  if (item.generics.length > 0) return undefined;
  const types: A.Type[] = [];
  const fields = (f: A.Fields): void => {
    if (f.kind === 'Named') for (const x of f.fields) types.push(x.ty);
    else if (f.kind === 'Tuple') for (const x of f.fields) types.push(x.ty);
  };
  if (item.kind === 'Struct') fields(item.fields);
  else for (const v of item.variants) fields(v.fields);
  const hits: A.PathType[] = [];
  for (const t of types) direct(t, item.name.name, hits);
  if (hits.length === 0) return undefined;
  const d = error('E0072', `recursive type \`${item.name.name}\` has infinite size`, defSpan(text, item));
  for (const h of hits) d.labels.push(label(h.span, 'recursive without indirection'));
  d.suggestions.push(suggest('insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle',
    hits.flatMap((h) => [insert(h.span.start, 'Box<'), insert(h.span.end, '>')]), 'verbose'));
  return d;
}

export function needsDropCycle(item: A.StructItem | A.EnumItem, text: SourceText): CompileDiagnostic {
  const name = item.name.name;
  const d = error('E0391', `cycle detected when computing when \`${name}\` needs drop`, defSpan(text, item));
  d.children.push(note(`...which immediately requires computing when \`${name}\` needs drop again`));
  d.children.push(note(`cycle used when computing whether \`${name}\` needs drop`));
  d.children.push(note('see https://rustc-dev-guide.rust-lang.org/overview.html#queries and https://rustc-dev-guide.rust-lang.org/query.html for more information'));
  return d;
}
