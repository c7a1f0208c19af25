// Struct fields known from the struct's definition: E0560 (unknown field in a literal), E0063 (missing
// fields), E0609 (no field on a value whose type is evident), with rustc's similar-name suggestions.
import type * as A from '../../syntax/ast.ts';
import { error, note, replace, suggest, type CompileDiagnostic } from '../diagnostic.ts';
import { bestMatch } from '../names/similar.ts';
import { spanKey, type NameTables } from '../names/tables.ts';
import type { Evident } from './evident.ts';
import { selfType } from './evident.ts';

function structOf(path: A.Path, tables: NameTables): A.StructItem | undefined {
  const res = tables.res.get(spanKey(path.span));
  let item: A.Item | undefined;
  if (res?.kind === 'def' && res.def.kind === 'struct') item = res.def.item;
  else if (res?.kind === 'self-type' && res.impl.kind === 'Impl') {
    const t = selfType(res.impl, tables);
    item = t?.kind === 'adt' ? t.item : undefined;
  }
  if (!item || item.kind !== 'Struct' || item.fields.kind !== 'Named' || item.generics.length > 0) return undefined;
  return item;
}

function fieldList(names: string[], other = 'other fields'): string {
  const q = names.map((n) => `\`${n}\``);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  if (q.length === 3) return `${q[0]}, ${q[1]} and ${q[2]}`;
  return `${q.slice(0, 3).join(', ')} and ${q.length - 3} ${other}`;
}

export function structLiteral(e: A.StructExpr, tables: NameTables): CompileDiagnostic[] {
  const item = structOf(e.path, tables);
  if (!item || item.fields.kind !== 'Named') return [];
  const declared = item.fields.fields.map((f) => f.name.name);
  const given = new Set(e.fields.map((f) => f.name.name));
  const name = item.name.name;
  const out: CompileDiagnostic[] = [];
  const unassigned = declared.filter((n) => !given.has(n));
  for (const f of e.fields) {
    if (declared.includes(f.name.name)) continue;
    if (f.shorthand) return []; // `S { x }` with unknown x: rustc reports it differently
    const d = error('E0560', `struct \`${name}\` has no field named \`${f.name.name}\``, f.name.span);
    const best = unassigned.length > 0 ? bestMatch(unassigned, f.name.name) : undefined;
    if (best !== undefined) {
      d.label = 'unknown field';
      d.suggestions.push(suggest('a field with a similar name exists', [replace(f.name.span, best)], 'verbose'));
    } else {
      d.label = `\`${name}\` does not have this field`;
      d.children.push(note(unassigned.length === 0 ? 'all struct fields are already assigned' : `available fields are: ${unassigned.map((n) => `\`${n}\``).join(', ')}`));
    }
    out.push(d);
  }
  if (out.length > 0 || e.base) return out;
  const missing = [...unassigned].sort();
  if (missing.length === 0) return [];
  const list = fieldList(missing);
  return [error('E0063', `missing field${missing.length === 1 ? '' : 's'} ${list} in initializer of \`${name}\``, e.path.span, `missing ${list}`)];
}

export function fieldAccess(e: A.FieldExpr | A.TupleIndexExpr, t: Evident, tables: NameTables): CompileDiagnostic | undefined {
  if (e.kind === 'TupleIndex') {
    if (t.kind !== 'tuple' || e.index < t.items.length) return undefined;
    const d = error('E0609', `no field \`${e.index}\` on type \`(${t.items.join(', ')})\``, e.indexSpan, 'unknown field');
    d.children.push(note(`available fields are: ${t.items.map((_, i) => `\`${i}\``).join(', ')}`));
    return d;
  }
  if (t.kind !== 'adt' || t.item.kind !== 'Struct' || t.item.fields.kind !== 'Named') return undefined;
  const fields = t.item.fields.fields.map((f) => f.name.name);
  if (fields.includes(e.field)) return undefined;
  // A method of that name changes rustc's help ("call it with parentheses"): stay silent.
  for (const imp of tables.impls.get(t.item.name.name) ?? []) {
    if (imp.trait || imp.members.some((m) => m.name.name === e.field)) return undefined;
  }
  const d = error('E0609', `no field \`${e.field}\` on type \`${t.item.name.name}\``, e.fieldSpan, 'unknown field');
  const best = bestMatch(fields, e.field);
  if (best !== undefined) d.suggestions.push(suggest('a field with a similar name exists', [replace(e.fieldSpan, best)], 'verbose'));
  else if (fields.length > 0) d.children.push(note(`available fields are: ${fields.map((n) => `\`${n}\``).join(', ')}`));
  return d;
}
