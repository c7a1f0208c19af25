// The name-resolution pass: builds the module tree and side tables once per program (shared with the
// later checks through `nameTables`), reports resolution errors and the unused-variable lint.
import type * as A from '../../syntax/ast.ts';
import type { Pass, PassContext } from '../index.ts';
import { Resolver } from './resolve.ts';
import type { NameTables } from './tables.ts';
import { allowsUnused, unusedVariables } from './unused.ts';
import { note } from '../diagnostic.ts';

const cache = new WeakMap<A.Program, Resolver>();

function resolver(program: A.Program, source: string, wrapped: boolean, crates?: readonly string[], crateRoots?: readonly string[]): Resolver {
  let r = cache.get(program);
  if (!r) {
    r = new Resolver(program, source, wrapped, crates ? new Set(crates) : undefined, crateRoots);
    r.run();
    cache.set(program, r);
  }
  return r;
}

/** Name-resolution results for a program (computed once). */
export function nameTables(ctx: Pick<PassContext, 'program' | 'source' | 'wrapped' | 'crates' | 'assembled'>): NameTables {
  return resolver(ctx.program, ctx.source, ctx.wrapped, ctx.crates, ctx.assembled?.crateRoots).tables;
}

function fnAllows(items: readonly A.Item[], out: A.Span[]): void {
  for (const it of items) {
    if (it.kind === 'Fn' && allowsUnused(it.attrs)) out.push(it.span);
    else if (it.kind === 'Impl') {
      for (const m of it.members) if (m.kind === 'Fn' && (allowsUnused(m.attrs) || allowsUnused(it.attrs))) out.push(m.span);
    } else if (it.kind === 'Mod') fnAllows(it.items, out);
  }
}

export const namesPass: Pass = {
  name: 'names',
  run(ctx) {
    const r = resolver(ctx.program, ctx.source, ctx.wrapped, ctx.crates, ctx.assembled?.crateRoots);
    for (const x of r.out) ctx.report(x.d, x.phase === 'body' ? { phase: 'body', body: x.body, step: 'typeck' } : { phase: x.phase });
    if (allowsUnused(ctx.program.attrs)) return;
    if (!ctx.program.attrs.some((a) => a.name === 'allow' && a.args.includes('unused_imports'))) {
      r.unusedImports().forEach((d, i) => {
        if (i === 0) d.children.push(note('`#[warn(unused_imports)]` (part of `#[warn(unused)]`) on by default'));
        ctx.report(d, { phase: 'resolve-lint' });
      });
    }
    const allowed: A.Span[] = [];
    fnAllows(ctx.program.items, allowed);
    const within = (s: A.Span, o: A.Span): boolean =>
      (s.start.line > o.start.line || (s.start.line === o.start.line && s.start.col >= o.start.col)) &&
      (s.end.line < o.end.line || (s.end.line === o.end.line && s.end.col <= o.end.col));
    const bindings = r.tables.bindings.filter((b) => !allowed.some((a) => within(b.span, a)));
    for (const w of unusedVariables(bindings, { value: true })) ctx.report(w.d, { phase: 'body', body: w.body, step: w.lint === 'unused_mut' ? 'borrowck' : 'lint' });
  },
};
