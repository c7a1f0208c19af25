// rustc's AST validation of patterns: `..` used twice in one tuple, tuple-struct or slice pattern
// (an error without a code, reported before name resolution).
import type * as A from '../../syntax/ast.ts';
import { error, label, type CompileDiagnostic } from '../diagnostic.ts';

export function restTwice(p: A.Pattern, out: CompileDiagnostic[]): void {
  const check = (items: readonly A.Pattern[], what: string): void => {
    const rests = items.filter((x) => x.kind === 'RestPat' || (x.kind === 'IdentPat' && x.sub?.kind === 'RestPat'));
    if (rests.length < 2) return;
    for (const extra of rests.slice(1)) {
      const d = error(undefined, `\`..\` can only be used once per ${what} pattern`, extra.span, `can only be used once per ${what} pattern`);
      d.labels.push(label(rests[0].span, 'previously used here'));
      out.push(d);
    }
  };
  switch (p.kind) {
    case 'TuplePat':
      check(p.items, 'tuple');
      for (const x of p.items) restTwice(x, out);
      return;
    case 'TupleStructPat':
      check(p.items, 'tuple struct');
      for (const x of p.items) restTwice(x, out);
      return;
    case 'SlicePat':
      check(p.items, 'slice');
      for (const x of p.items) restTwice(x, out);
      return;
    case 'StructPat':
      for (const f of p.fields) restTwice(f.pat, out);
      return;
    case 'RefPat':
      restTwice(p.inner, out);
      return;
    case 'OrPat':
      for (const x of p.alts) restTwice(x, out);
      return;
    case 'IdentPat':
      if (p.sub) restTwice(p.sub, out);
      return;
    case 'WildPat': case 'RestPat': case 'LitPat': case 'RangePat': case 'PathPat':
      return;
  }
}
