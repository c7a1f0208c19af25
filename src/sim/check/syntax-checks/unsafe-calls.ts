// E0133: a call of the program's own `unsafe fn` outside an `unsafe` block (and outside an `unsafe fn`,
// where edition 2024 only warns), with rustc's wording per edition. Other unsafe operations are not judged.
import type * as A from '../../syntax/ast.ts';
import { error, note, type CompileDiagnostic } from '../diagnostic.ts';
import { spanKey, type NameTables } from '../names/tables.ts';
import { walkBlock, type BodyContext } from './walk.ts';

const inside = (o: A.Span, s: A.Span): boolean =>
  (s.start.line > o.start.line || (s.start.line === o.start.line && s.start.col >= o.start.col)) &&
  (s.end.line < o.end.line || (s.end.line === o.end.line && s.end.col <= o.end.col));

/** Every E0133 of one body, in source order. `edition` as in Cargo.toml (default 2021). */
export function unsafeCalls(body: A.Block, ctx: BodyContext, tables: NameTables, edition = '2021'): CompileDiagnostic[] {
  if (ctx.fn.qualifiers.includes('unsafe')) return [];
  const blocks: A.Span[] = [];
  const calls: Array<{ call: A.CallExpr; name: string }> = [];
  walkBlock(body, ctx, (e) => {
    if (e.kind === 'BlockExpr' && e.unsafe) blocks.push(e.span);
    if (e.kind !== 'Call' || e.callee.kind !== 'PathExpr') return;
    const res = tables.res.get(spanKey(e.callee.path.span));
    if (res?.kind !== 'def' || res.def.kind !== 'fn' || res.def.item?.kind !== 'Fn' || !res.def.item.qualifiers.includes('unsafe')) return;
    calls.push({ call: e, name: res.def.item.name.name });
  });
  const needs = edition >= '2024' ? 'unsafe block' : 'unsafe function or block';
  return calls.filter(({ call }) => !blocks.some((b) => inside(b, call.span))).map(({ call, name }) => {
    const d = error('E0133', `call to unsafe function \`${name}\` is unsafe and requires ${needs}`, call.span, 'call to unsafe function');
    d.children.push(note("consult the function's documentation for information on how to avoid undefined behavior"));
    return d;
  });
}
