// The resolver's diagnostics with rustc 1.95's texts (checked against goldens/): E0425, E0433, E0432,
// E0603, E0599 for associated items, and rustc's typo / "perhaps you intended" suggestions.
import { error, help, label, note, replace, suggest, warning, type CompileDiagnostic, type Span } from '../diagnostic.ts';
import type { Def, Module } from './scope.ts';
import { lookupIn } from './scope.ts';
import type { ImportFailure } from './imports.ts';
import { bestMatch } from './similar.ts';
import { defSpan, type SourceText } from './text.ts';
import type { Binding } from './tables.ts';
import type * as A from '../../syntax/ast.ts';

export interface Candidate {
  name: string;
  kind: string;
  def?: Def;
  binding?: Binding;
}

/** rustc's `Res::descr` for what a name resolves to. */
export function describe(d: Def, ns: 'type' | 'value' = 'value'): string {
  switch (d.kind) {
    case 'fn': return 'function';
    case 'struct': {
      if (ns === 'value' && d.item?.kind === 'Struct') return d.item.fields.kind === 'Unit' ? 'unit struct' : d.item.fields.kind === 'Tuple' ? 'tuple struct' : 'struct';
      return 'struct';
    }
    case 'variant': {
      const f = d.variant?.fields.kind;
      return f === 'Unit' ? 'unit variant' : f === 'Tuple' ? 'tuple variant' : 'struct variant';
    }
    case 'enum': case 'trait': case 'type alias': case 'module': case 'constant': case 'static': case 'union': case 'builtin type':
      return d.kind;
    case 'opaque': return 'item';
  }
}

/** rustc's `DefKind::article`: "an" only for enums and associated items. */
const article = (w: string): string => (w === 'enum' || w.startsWith('associated') ? 'an' : 'a');

const LIKELY_RUST_TYPE: Record<string, string> = {
  byte: 'u8', short: 'i16', Bool: 'bool', Boolean: 'bool', boolean: 'bool', int: 'i32', long: 'i64', float: 'f32', double: 'f64',
};

function defLabelSpan(text: SourceText, d: Def): Span | undefined {
  if (!d.item) return undefined;
  if (d.kind === 'variant') return d.nameSpan;
  return defSpan(text, d.item);
}

/** Adds rustc's typo suggestion; returns whether one was found. */
function typo(d: CompileDiagnostic, name: string, span: Span, candidates: Candidate[], text: SourceText): boolean {
  const best = bestMatch(candidates.map((c) => c.name), name);
  if (best === undefined || best === name) return false;
  const c = candidates.find((x) => x.name === best);
  if (!c) return false;
  if (c.def) {
    const at = defLabelSpan(text, c.def);
    if (at) d.labels.push(label(at, `similarly named ${c.kind} \`${best}\` defined here`));
  }
  d.suggestions.push(suggest(`${article(c.kind)} ${c.kind} with a similar name exists`, [replace(span, best)], 'verbose'));
  return true;
}

function likelyType(d: CompileDiagnostic, name: string, span: Span): void {
  const t = LIKELY_RUST_TYPE[name];
  if (t) d.suggestions.push(suggest('perhaps you intended to use this type', [replace(span, t)]));
}

function notFound(what: 'value' | 'function' | 'type', name: string, span: Span, candidates: Candidate[], text: SourceText, other?: Binding): CompileDiagnostic {
  const d = error('E0425', `cannot find ${what} \`${name}\` in this scope`, span);
  if (typo(d, name, span, candidates, text)) {
    likelyType(d, name, span);
    return d;
  }
  if (other && what !== 'type') {
    d.children.push(help(`the binding \`${name}\` is available in a different scope in the same function`, other.span));
    return d;
  }
  d.label = 'not found in this scope';
  likelyType(d, name, span);
  return d;
}

export function cannotFindValue(name: string, span: Span, candidates: Candidate[], text: SourceText, other?: Binding): CompileDiagnostic {
  return notFound('value', name, span, candidates, text, other);
}

export function cannotFindFunction(name: string, span: Span, candidates: Candidate[], text: SourceText): CompileDiagnostic {
  return notFound('function', name, span, candidates, text);
}

/** std items a reader often forgets to import, with the one path rustc suggests (unambiguous names only). */
const STD_IMPORTS: Record<string, [kind: string, path: string]> = {
  HashMap: ['struct', 'std::collections::HashMap'], HashSet: ['struct', 'std::collections::HashSet'],
  BTreeMap: ['struct', 'std::collections::BTreeMap'], BTreeSet: ['struct', 'std::collections::BTreeSet'],
  VecDeque: ['struct', 'std::collections::VecDeque'], BinaryHeap: ['struct', 'std::collections::BinaryHeap'],
  Rc: ['struct', 'std::rc::Rc'], RefCell: ['struct', 'std::cell::RefCell'], Cell: ['struct', 'std::cell::Cell'],
  Arc: ['struct', 'std::sync::Arc'], Mutex: ['struct', 'std::sync::Mutex'], RwLock: ['struct', 'std::sync::RwLock'],
  Duration: ['struct', 'std::time::Duration'], Instant: ['struct', 'std::time::Instant'],
  File: ['struct', 'std::fs::File'], PathBuf: ['struct', 'std::path::PathBuf'],
};

export function isKnownStdStruct(path: string): boolean {
  return Object.values(STD_IMPORTS).some(([, p]) => p === path);
}

export function unusedImport(path: string, span: Span): CompileDiagnostic {
  return warning(undefined, `unused import: \`${path}\``, span);
}

function importSuggestion(d: CompileDiagnostic, name: string, at: A.Pos | undefined): boolean {
  const hit = STD_IMPORTS[name];
  if (!hit || !at) return false;
  d.suggestions.push(suggest(`consider importing this ${hit[0]}`, [{ span: { start: at, end: at }, text: `use ${hit[1]};\n` }], 'verbose'));
  return true;
}

export function cannotFindType(name: string, span: Span, candidates: Candidate[], text: SourceText, importAt?: A.Pos): CompileDiagnostic {
  if (STD_IMPORTS[name] && importAt) {
    const d = error('E0425', `cannot find type \`${name}\` in this scope`, span, 'not found in this scope');
    importSuggestion(d, name, importAt);
    return d;
  }
  return notFound('type', name, span, candidates, text);
}

export function cannotFindStruct(name: string, span: Span, candidates: Candidate[], text: SourceText): CompileDiagnostic {
  const d = error('E0422', `cannot find struct, variant or union type \`${name}\` in this scope`, span);
  if (!typo(d, name, span, candidates, text)) d.label = 'not found in this scope';
  return d;
}

export function undeclaredType(name: string, span: Span, candidates: Candidate[], text: SourceText, importAt?: A.Pos): CompileDiagnostic {
  const d = error('E0433', `cannot find type \`${name}\` in this scope`, span, `use of undeclared type \`${name}\``);
  if (!importSuggestion(d, name, importAt)) typo(d, name, span, candidates, text);
  return d;
}

export function cannotFindInModule(what: 'function' | 'value', name: string, moduleName: string, span: Span, m: Module, text: SourceText): CompileDiagnostic {
  const d = error('E0425', `cannot find ${what} \`${name}\` in module \`${moduleName}\``, span);
  const cands: Candidate[] = [...m.values].filter(([, def]) => def.kind !== 'opaque').map(([n, def]) => ({ name: n, kind: describe(def), def }));
  cands.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (!typo(d, name, span, cands, text)) d.label = `not found in \`${moduleName}\``;
  return d;
}

export function missingCrate(name: string, span: Span, inImport: boolean): CompileDiagnostic {
  const d = inImport
    ? error('E0432', `unresolved import \`${name}\``, span, `use of unresolved module or unlinked crate \`${name}\``)
    : error('E0433', `cannot find module or crate \`${name}\` in this scope`, span, `use of unresolved module or unlinked crate \`${name}\``);
  d.children.push(help(`if you wanted to use a crate named \`${name}\`, use \`cargo add ${name}\` to add it to your \`Cargo.toml\``));
  return d;
}

export function unresolvedImport(f: ImportFailure, text: SourceText): CompileDiagnostic | undefined {
  const b = f.use.binding;
  if (f.noCrate) {
    const first: Span = { start: f.span.start, end: { line: f.span.start.line, col: f.span.start.col + Array.from(f.missing).length } };
    return text.text(first) === f.missing ? missingCrate(f.missing, first, true) : undefined;
  }
  const path = b.path.slice(0, b.path.indexOf(f.missing) + 1).join('::');
  const where = f.moduleName === 'the root' ? 'the root' : `\`${f.moduleName}\``;
  const d = error('E0432', `unresolved import \`${path}\``, f.span, `no \`${f.missing}\` in ${where}`);
  if (b.kind === 'UseName' && b.path[b.path.length - 1] === f.missing && b.local === f.missing) {
    const names = [...new Set([...f.module.types.keys(), ...f.module.values.keys()])].sort();
    const best = bestMatch(names, f.missing);
    const segEnd = f.span.end;
    const seg: Span = { start: { line: segEnd.line, col: segEnd.col - Array.from(f.missing).length }, end: segEnd };
    if (best !== undefined && text.text(seg) === f.missing) d.suggestions.push(suggest('a similar name exists in the module', [replace(seg, best)], 'verbose'));
  }
  return d;
}

export function privateItem(d0: Def, span: Span, rest: { span: Span; def: Def | undefined; name: string } | undefined, text: SourceText): CompileDiagnostic {
  const descr = describe(d0, 'type');
  const d = error('E0603', `${descr} \`${d0.name}\` is private`, span, `private ${descr}`);
  if (rest?.def && rest.def.kind !== 'opaque') d.labels.push(label(rest.span, `${describe(rest.def, 'type')} \`${rest.name}\` is not publicly re-exported`));
  const at = d0.item ? defSpan(text, d0.item) : undefined;
  if (at) d.children.push(note(`the ${descr} \`${d0.name}\` is defined here`, at));
  return d;
}

export function noAssocItem(def: Def, name: string, span: Span, ctors: A.FnItem[], text: SourceText): CompileDiagnostic {
  const isEnum = def.kind === 'enum';
  const what = isEnum ? 'variant or associated item' : 'function or associated item';
  const kind = isEnum ? 'enum' : 'struct';
  const d = error('E0599', `no ${what} named \`${name}\` found for ${kind} \`${def.name}\` in the current scope`, span, `${what} not found in \`${def.name}\``);
  const at = def.item ? defSpan(text, def.item) : undefined;
  if (at) d.labels.push(label(at, `${what} \`${name}\` not found for this ${kind}`));
  const ret = ctors[0]?.ret;
  if (ctors.length === 1 && ret) {
    const returns = text.text(ret.span).replace(/\bSelf\b/g, def.name).replace(/\s+/g, ' ');
    d.children.push(note(`if you're trying to build a new \`${def.name}\`, consider using \`${def.name}::${ctors[0].name.name}\` which returns \`${returns}\``, defSpan(text, ctors[0])));
  }
  return d;
}

export { lookupIn };

/** Std traits rustc offers to import for a bound that names them unimported (`Debug` is also a prelude derive macro). */
const STD_TRAITS: Record<string, { path: string; deriveMacro: boolean }> = {
  Display: { path: 'std::fmt::Display', deriveMacro: false },
  Debug: { path: 'std::fmt::Debug', deriveMacro: true },
};

export function isImportableStdTrait(name: string): boolean {
  return name in STD_TRAITS;
}

/** E0405 (`cannot find trait`) or, for a name that is a prelude derive macro, E0404 — each with the `use` to add. */
export function missingTraitBound(name: string, span: Span, at: A.Pos): CompileDiagnostic {
  const t = STD_TRAITS[name];
  const d = t.deriveMacro
    ? error('E0404', `expected trait, found derive macro \`${name}\``, span, 'not a trait')
    : error('E0405', `cannot find trait \`${name}\` in this scope`, span, 'not found in this scope');
  d.suggestions.push(suggest(t.deriveMacro ? 'consider importing this trait instead' : 'consider importing this trait', [{ span: { start: at, end: at }, text: `use ${t.path};\n` }], 'verbose'));
  return d;
}
