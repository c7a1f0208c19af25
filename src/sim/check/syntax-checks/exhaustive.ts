// E0004 non-exhaustive patterns, for a `match` whose scrutinee has an evident type (a user enum, `Option`,
// `bool`) and whose arms cover whole variants; any partially covered variant makes us stay silent.
import type * as A from '../../syntax/ast.ts';
import { error, insert, label, note, suggest, type CompileDiagnostic, type SubDiagnostic } from '../diagnostic.ts';
import { spanKey, type NameTables } from '../names/tables.ts';
import type { SourceText } from '../names/text.ts';
import type { Evident } from './evident.ts';

/** Where rustc 1.95's std has `Option`'s definition and variants (the note points into std's source). */
const OPTION_FILE = '/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/option.rs';
const OPTION_LINES: Record<string, number> = { None: 604, Some: 608 };

interface Ctor {
  name: string;
  witness: string;
  fields: number;
  nameSpan?: A.Span;
}

function ctors(t: Evident): Ctor[] | undefined {
  switch (t.kind) {
    case 'bool':
      return [{ name: 'false', witness: 'false', fields: 0 }, { name: 'true', witness: 'true', fields: 0 }];
    case 'option':
      return [{ name: 'None', witness: 'None', fields: 0 }, { name: 'Some', witness: 'Some(_)', fields: 1 }];
    case 'adt': {
      if (t.item.kind !== 'Enum' || t.item.variants.length === 0) return undefined;
      const e = t.item.name.name;
      return t.item.variants.map((v) => ({
        name: v.name.name,
        nameSpan: v.name.span,
        fields: v.fields.kind === 'Unit' ? 0 : v.fields.kind === 'Tuple' ? v.fields.fields.length : -1,
        witness: v.fields.kind === 'Unit' ? `${e}::${v.name.name}`
          : v.fields.kind === 'Tuple' ? `${e}::${v.name.name}(${v.fields.fields.map(() => '_').join(', ')})`
          : `${e}::${v.name.name} { .. }`,
      }));
    }
    case 'tuple':
      return undefined;
  }
}

function irrefutable(p: A.Pattern, tables: NameTables): boolean {
  switch (p.kind) {
    case 'WildPat': case 'RestPat':
      return true;
    case 'IdentPat': {
      const res = tables.res.get(spanKey(p.span));
      return res?.kind === 'local' && (!p.sub || irrefutable(p.sub, tables));
    }
    case 'TuplePat':
      return p.items.every((x) => irrefutable(x, tables));
    case 'RefPat':
      return irrefutable(p.inner, tables);
    case 'LitPat': case 'RangePat': case 'TupleStructPat': case 'StructPat': case 'OrPat': case 'SlicePat': case 'PathPat':
      return false; // refutable, or not decided here (a struct pattern's fields…): counts as partial
  }
}

type Cover = { all: true } | { all: false; names: string[] } | undefined;

/** Which constructors a pattern covers entirely; undefined when it covers one only partly or is unknown. */
function covers(p: A.Pattern, t: Evident, list: Ctor[], tables: NameTables): Cover {
  const variantName = (path: A.Path): string | undefined => {
    if (t.kind === 'option') return path.segments.length === 1 ? path.segments[0].name : undefined;
    if (t.kind !== 'adt') return undefined;
    const res = tables.res.get(spanKey(path.span));
    if (res?.kind !== 'def' || res.def.kind !== 'variant' || res.def.enumDef?.item !== t.item) return undefined;
    return res.def.name;
  };
  switch (p.kind) {
    case 'WildPat':
      return { all: true };
    case 'IdentPat': {
      const res = tables.res.get(spanKey(p.span));
      if (res?.kind === 'local') return p.sub ? undefined : { all: true };
      if (t.kind === 'option' && p.name === 'None') return { all: false, names: ['None'] };
      if (t.kind === 'adt' && res?.kind === 'def' && res.def.kind === 'variant' && res.def.enumDef?.item === t.item) return { all: false, names: [res.def.name] };
      return undefined;
    }
    case 'LitPat':
      return t.kind === 'bool' && p.lit.kind === 'Bool' ? { all: false, names: [String(p.lit.value)] } : undefined;
    case 'PathPat': {
      const n = variantName(p.path);
      const c = list.find((x) => x.name === n);
      return c && c.fields === 0 ? { all: false, names: [c.name] } : undefined;
    }
    case 'TupleStructPat': {
      const n = variantName(p.path);
      const c = list.find((x) => x.name === n);
      if (!c || c.fields < 0) return undefined;
      return p.items.every((x) => irrefutable(x, tables)) ? { all: false, names: [c.name] } : undefined;
    }
    case 'StructPat': {
      const n = variantName(p.path);
      const c = list.find((x) => x.name === n);
      if (!c) return undefined;
      return p.fields.every((f) => irrefutable(f.pat, tables)) ? { all: false, names: [c.name] } : undefined;
    }
    case 'OrPat': {
      const names: string[] = [];
      for (const alt of p.alts) {
        const c = covers(alt, t, list, tables);
        if (!c) return undefined;
        if (c.all) return c;
        names.push(...c.names);
      }
      return { all: false, names };
    }
    case 'RestPat': case 'RangePat': case 'TuplePat': case 'RefPat': case 'SlicePat':
      return undefined;
  }
}

function listText(ws: string[]): string {
  const q = ws.map((w) => `\`${w}\``);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  if (q.length === 3) return `${q[0]}, ${q[1]} and ${q[2]}`;
  return `${q.slice(0, 3).join(', ')} and ${q.length - 3} more`;
}

function typeText(t: Evident): string {
  switch (t.kind) {
    case 'bool': return 'bool';
    case 'option': return t.text;
    case 'adt': return t.item.name.name;
    case 'tuple': return `(${t.items.join(', ')})`;
  }
}

/** Constructors no arm covers; undefined when exhaustive or when we cannot tell. */
function uncovered(arms: Array<{ pat: A.Pattern; guard?: A.Expr }>, t: Evident, tables: NameTables): Ctor[] | undefined {
  const list = ctors(t);
  if (!list || arms.length === 0) return undefined;
  const covered = new Set<string>();
  for (const arm of arms) {
    const c = covers(arm.pat, t, list, tables);
    if (!c) return undefined;
    if (arm.guard) continue;
    if (c.all) return undefined;
    for (const n of c.names) covered.add(n);
  }
  const missing = list.filter((c) => !covered.has(c.name));
  return missing.length === 0 ? undefined : missing;
}

function definedHere(d: CompileDiagnostic, t: Evident, missing: Ctor[]): void {
  if (t.kind === 'adt') {
    const child: SubDiagnostic = { level: 'note', message: `\`${typeText(t)}\` defined here`, span: t.item.name.span, labels: [] };
    for (const c of missing) if (c.nameSpan) child.labels!.push(label(c.nameSpan, 'not covered'));
    d.children.push(child);
  } else if (t.kind === 'option') {
    const child: SubDiagnostic = {
      level: 'note', message: `\`${t.text}\` defined here`, file: OPTION_FILE,
      span: { start: { line: 600, col: 0 }, end: { line: 600, col: 0 } },
      labels: missing.map((c) => ({ ...label({ start: { line: OPTION_LINES[c.name], col: 4 }, end: { line: OPTION_LINES[c.name], col: 4 } }, 'not covered'), file: OPTION_FILE })),
    };
    d.children.push(child);
  }
}

export function nonExhaustive(m: A.MatchExpr, t: Evident, tables: NameTables, text: SourceText): CompileDiagnostic | undefined {
  const missing = uncovered(m.arms, t, tables);
  if (!missing) return undefined;
  const ws = missing.map((c) => c.witness);
  const d = error('E0004', `non-exhaustive patterns: ${listText(ws)} not covered`, m.scrutinee.span,
    `pattern${ws.length === 1 ? '' : 's'} ${listText(ws)} not covered`);
  definedHere(d, t, missing);
  d.children.push(note(`the matched value is of type \`${typeText(t)}\``));
  const last = m.arms[m.arms.length - 1];
  const indent = (text.lines[last.span.start.line - 1] ?? []).join('').match(/^\s*/)?.[0] ?? '';
  const pattern = ws.length > 3 ? '_' : ws.join(' | ');
  const message = ws.length === 1
    ? 'ensure that all possible cases are being handled by adding a match arm with a wildcard pattern or an explicit pattern as shown'
    : ws.length <= 3
      ? 'ensure that all possible cases are being handled by adding a match arm with a wildcard pattern, a match arm with multiple or-patterns as shown, or multiple match arms'
      : 'ensure that all possible cases are being handled by adding a match arm with a wildcard pattern as shown, or multiple match arms';
  d.suggestions.push(suggest(message, [insert(last.body.span.end, `,\n${indent}${pattern} => todo!()`)], 'verbose'));
  return d;
}

/** E0005: a `let` (without `else`) whose pattern does not match every value of the evident type. */
export function refutableLet(s: A.LetStmt, t: Evident, tables: NameTables): CompileDiagnostic | undefined {
  if (s.else || !s.init) return undefined;
  const missing = uncovered([{ pat: s.pat }], t, tables);
  if (!missing) return undefined;
  const ws = missing.map((c) => c.witness);
  const d = error('E0005', 'refutable pattern in local binding', s.pat.span, `pattern${ws.length === 1 ? '' : 's'} ${listText(ws)} not covered`);
  d.children.push(note('`let` bindings require an "irrefutable pattern", like a `struct` or an `enum` with only one variant'));
  d.children.push(note('for more information, visit https://doc.rust-lang.org/book/ch19-02-refutability.html'));
  if (t.kind === 'adt') definedHere(d, t, missing); // rustc points into std's source only for `match`
  d.children.push(note(`the matched value is of type \`${typeText(t)}\``));
  d.suggestions.push(suggest(`you might want to use \`let...else\` to handle the variant${ws.length === 1 ? " that isn't" : "s that aren't"} matched`,
    [insert(s.init.span.end, ' else { todo!() }')], 'verbose'));
  return d;
}
