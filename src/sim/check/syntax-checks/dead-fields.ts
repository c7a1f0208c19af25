// rustc's dead_code lint for a library's private struct fields that nothing reads ("field `x` is never
// read"), only where it is certain: a constructed struct with no attributes, no field read, pattern or `..base`.
import type * as A from '../../syntax/ast.ts';
import { label, note, warning, type CompileDiagnostic } from '../diagnostic.ts';
import { forEachBody, walkBlock } from './walk.ts';

function structs(items: readonly A.Item[], out: A.StructItem[]): void {
  for (const it of items) {
    if (it.kind === 'Struct') out.push(it);
    else if (it.kind === 'Mod') structs(it.items, out);
  }
}

const names = (xs: string[]): string =>
  xs.length === 1 ? `\`${xs[0]}\`` : xs.length === 2 ? `\`${xs[0]}\` and \`${xs[1]}\`` : `${xs.slice(0, -1).map((x) => `\`${x}\``).join(', ')}, and \`${xs[xs.length - 1]}\``;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The warnings for the library `lib` (its items as a program) whose files' texts are `texts`: per struct in
 * source order, the fields never read. Empty when anything could read a field the checker can't see
 * (an `allow`, a derive, a destructuring pattern, a field access by that name anywhere, a `..base`).
 */
export function deadFields(lib: A.Program, texts: readonly string[]): CompileDiagnostic[] {
  const all = texts.join('\n');
  if (/#!?\[\s*allow\b|#!?\[\s*expect\b|\bmacro_rules!/.test(all)) return [];
  const literals = new Map<string, number>();
  let based = false;
  forEachBody(lib, (body, ctx) => walkBlock(body, ctx, (e) => {
    if (e.kind !== 'Struct') return;
    const name = e.path.segments[e.path.segments.length - 1].name;
    literals.set(name, (literals.get(name) ?? 0) + 1);
    if (e.base) based = true;
  }));
  if (based || (all.match(/\bSelf\s*\{/g) ?? []).length !== (literals.get('Self') ?? 0)) return [];
  const list: A.StructItem[] = [];
  structs(lib.items, list);
  const out: CompileDiagnostic[] = [];
  for (const s of list) {
    if (s.fields.kind !== 'Named' || s.attrs.length || s.derives.length || s.generics.length) continue;
    const built = literals.get(s.name.name) ?? 0;
    // Every `Name {` of the text is the declaration or a literal the walk saw: no pattern destructures it.
    // (`impl Name {`, `for Name {` and `-> Name {` open item and fn bodies, not values.)
    const braces = (all.match(new RegExp(`(?<!(?:\\bimpl|\\bfor|->)\\s*)\\b${escape(s.name.name)}\\s*\\{`, 'g')) ?? []).length;
    if (built === 0 || braces !== built + 1 || list.filter((x) => x.name.name === s.name.name).length > 1) continue;
    const dead = s.fields.fields.filter((f) => !f.isPub && !new RegExp(`\\.\\s*${escape(f.name.name)}\\b`).test(all));
    if (dead.length === 0) continue;
    const many = dead.length > 1;
    const d = warning(undefined, `${many ? 'fields' : 'field'} ${names(dead.map((f) => f.name.name))} ${many ? 'are' : 'is'} never read`, dead[0].name.span);
    for (const f of dead.slice(1)) d.labels.push({ ...label(f.name.span), primary: true });
    d.labels.push(label(s.name.span, many ? 'fields in this struct' : 'field in this struct'));
    out.push(d);
  }
  if (out.length) out[0].children.push(note('`#[warn(dead_code)]` (part of `#[warn(unused)]`) on by default'));
  return out;
}
