// rustc's rendering of a signature's type as declared: its named lifetimes kept (`Vec<&'a str>`), as in the
// "because of return type" label, where types inferred inside a body print with regions erased (`Vec<&str>`).
import type * as A from '../../syntax/ast.ts';

/** The lifetimes of a type's references in written (pre-)order; undefined for an elided one. */
function refLifetimes(t: A.Type, out: Array<string | undefined>): void {
  switch (t.kind) {
    case 'RefType': out.push(t.lifetime); refLifetimes(t.inner, out); return;
    case 'TupleType': for (const x of t.items) refLifetimes(x, out); return;
    case 'ArrayType': case 'SliceType': refLifetimes(t.elem, out); return;
    case 'PathType': for (const s of t.segments) for (const a of s.args) refLifetimes(a, out); return;
    case 'FnPtrType': case 'TraitObjectType': case 'InferType': case 'NeverType': return;
  }
}

/**
 * `shown` (the type as rustc prints it with regions erased) with the lifetimes written on `declared`'s
 * references put back. Unchanged when the two don't line up reference for reference. A lifetime argument
 * of a path (`Excerpt<'a>`) is not in the AST and stays missing.
 */
export function withDeclaredLifetimes(shown: string, declared: A.Type): string {
  const lts: Array<string | undefined> = [];
  refLifetimes(declared, lts);
  const named = lts.filter((l) => l !== undefined).length;
  if (named === 0) return shown;
  const amps = shown.split('&');
  if (amps.length - 1 !== lts.length) return shown;
  return amps.reduce((acc, part, i) => acc + (i === 0 ? part : `&${lts[i - 1] !== undefined ? `'${lts[i - 1]} ` : ''}${part}`), '');
}
