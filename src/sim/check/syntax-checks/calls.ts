// Calls checked against a known definition: E0061 (wrong number of arguments to a user fn, a method of an
// evident user type, a tuple struct or tuple variant, `Some`/`Ok`/`Err`) and E0040 (explicit `.drop()`).
import type * as A from '../../syntax/ast.ts';
import { error, insert, label, markMultilineReceiver, replace, suggest, type CompileDiagnostic, type Span, type SubDiagnostic } from '../diagnostic.ts';
import { spanKey, type NameTables } from '../names/tables.ts';
import { lookupIn } from '../names/scope.ts';
import type { SourceText } from '../names/text.ts';
import type { Evident } from './evident.ts';
import { bestMatch } from '../names/similar.ts';
import { defSpan } from '../names/text.ts';
import { RUSTC_STD } from '../borrow/rustc-std.ts';
import { plural } from '../cargo.ts';

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function literalArgType(e: A.Expr): string | undefined {
  if (e.kind === 'Lit') {
    switch (e.lit.kind) {
      case 'Int': return e.lit.suffix ?? '{integer}';
      case 'Float': return e.lit.suffix ?? '{float}';
      case 'Bool': return 'bool';
      case 'Char': return 'char';
      case 'Str': return "&'static str";
      case 'Byte': return 'u8';
      case 'ByteStr': return undefined;
    }
  }
  return undefined;
}

/** The `(…)` of a call: from the end of the callee to the end of the call. */
function parens(call: A.CallExpr | A.MethodCallExpr): Span {
  const from = call.kind === 'Call' ? call.callee.span.end : call.methodSpan.end;
  return { start: from, end: call.span.end };
}

/** What a call's callee takes: its parameters (type text, and the span rustc underlines in its note, if any). */
interface Callee {
  /** `this … takes`: 'function', 'method', 'enum variant', 'struct'. */
  takes: string;
  params: { ty: string | undefined; span?: Span; /** The suggestion's placeholder when not the type (`value`). */ name?: string }[];
  /** The `note: … defined here` child (its labels get the missing parameters' spans). */
  def: SubDiagnostic;
}

function fnCallee(fn: A.FnItem, what: 'function' | 'method' | 'associated function', text: SourceText): Callee {
  return {
    takes: what === 'associated function' ? 'function' : what,
    params: fn.params.map((p) => ({ ty: text.text(p.ty.span), span: p.span })),
    def: { level: 'note', message: `${what} defined here`, span: fn.name.span, labels: [] },
  };
}

function argCount(
  call: A.CallExpr | A.MethodCallExpr, fn: A.FnItem, what: 'function' | 'method' | 'associated function', primary: Span, text: SourceText,
): CompileDiagnostic | undefined {
  if (fn.generics.length > 0) return undefined;
  return arity(call, fnCallee(fn, what, text), primary, text);
}

function arity(call: A.CallExpr | A.MethodCallExpr, callee: Callee, primary: Span, text: SourceText): CompileDiagnostic | undefined {
  const { params, def } = callee;
  const args = call.args;
  if (args.length === params.length) return undefined;
  const d = error('E0061', `this ${callee.takes} takes ${plural(params.length, 'argument')} but ${plural(args.length, 'argument')} ${args.length === 1 ? 'was' : 'were'} supplied`, primary);
  if (args.length < params.length) {
    const missing = params.slice(args.length);
    const types = missing.map((p) => p.ty);
    const paren = parens(call);
    const count = missing.length;
    if (count === 1) d.labels.push(label(paren, types[0] === undefined ? `argument #${params.length} is missing` : `argument #${params.length} of type \`${types[0]}\` is missing`));
    else if (count === 2 && types[0] !== undefined && types[1] !== undefined) d.labels.push(label(paren, `${NUMBER_WORDS[count]} arguments of type \`${types[0]}\` and \`${types[1]}\` are missing`));
    else { d.children.push(def); return d; }
    for (const p of missing) if (p.span) def.labels?.push(label(p.span));
    d.children.push(def);
    const given = args.map((a) => text.text(a.span));
    d.suggestions.push(suggest(`provide the argument${count === 1 ? '' : 's'}`, [replace(paren, `(${[...given, ...missing.map((p) => `/* ${p.ty ?? p.name ?? 'value'} */`)].join(', ')})`)], 'verbose'));
    return d;
  }
  const extra = args.slice(params.length);
  const types = extra.map(literalArgType);
  if (types.some((t) => t === undefined) || args.slice(0, params.length).some((a) => a.span.start.line !== call.span.start.line)) {
    d.children.push(def);
    return d;
  }
  extra.forEach((a, i) => d.labels.push(label(a.span, `unexpected argument #${params.length + i + 1} of type \`${types[i]}\``)));
  d.children.push(def);
  const edits = extra.map((a, i) => {
    const prevEnd = params.length + i === 0 ? undefined : args[params.length + i - 1].span.end;
    return prevEnd ? replace({ start: prevEnd, end: a.span.end }, '') : replace({ start: a.span.start, end: args[1]?.span.start ?? a.span.end }, '');
  });
  d.suggestions.push(suggest(`remove the extra argument${extra.length === 1 ? '' : 's'}`, edits, 'verbose'));
  void insert;
  return d;
}

export function fnCall(call: A.CallExpr, tables: NameTables, text: SourceText): CompileDiagnostic | undefined {
  if (call.callee.kind !== 'PathExpr') return undefined;
  const path = call.callee.path;
  if (path.segments.length === 2 && !tables.blanketImpls) {
    // `Type::f(…)`: an associated fn of a user type, found in its inherent impls (no trait could add one).
    const owner = lookupIn(tables.root, 'type', path.segments[0].name);
    if (owner && (owner.kind === 'struct' || owner.kind === 'enum') && owner.item && 'generics' in owner.item && owner.item.generics.length === 0) {
      const impls = tables.impls.get(owner.name) ?? [];
      const fns = impls.flatMap((imp) => (imp.trait ? [] : imp.members.filter((m): m is A.FnItem => m.kind === 'Fn' && m.name.name === path.segments[1].name)));
      if (fns.length === 1 && !fns[0].receiver && !impls.some((imp) => imp.trait && imp.members.some((m) => m.name.name === path.segments[1].name))) {
        return argCount(call, fns[0], 'associated function', call.callee.span, text);
      }
    }
  }
  const res = tables.res.get(spanKey(path.span));
  const std = stdFnCallee(path, res, tables);
  if (std) return arity(call, std, call.callee.span, text);
  const ctor = res && constructorOf(res, path, text);
  if (ctor) return arity(call, ctor, call.callee.span, text);
  if (res?.kind !== 'def' || res.def.kind !== 'fn' || res.def.item?.kind !== 'Fn') return undefined;
  return argCount(call, res.def.item, 'function', call.callee.span, text);
}

/** A std associated function of one parameter (`Cell::new`, `Vec::with_capacity`, `thread::sleep`), called by a
 *  path whose last two segments name it, when no item of the program has the owner's name. */
function stdFnCallee(path: A.Path, res: ReturnType<NameTables['res']['get']>, tables: NameTables): Callee | undefined {
  const segs = path.segments;
  if (segs.length < 2 || (res?.kind === 'def' && res.def.item)) return undefined;
  const owner = segs[segs.length - 2].name;
  const known = RUSTC_STD.fns[`${owner}::${segs[segs.length - 1].name}`];
  // (A `use std::cell::Cell` binds the name too, as a def with no item of the program.)
  if (!known || lookupIn(tables.root, 'type', owner)?.item) return undefined;
  return { takes: 'function', params: [{ ty: known.ty, name: known.param }], def: { level: 'note', message: 'associated function defined here', file: known.file, span: known.span } };
}

/** A tuple struct or tuple variant called as a constructor — user ones without generics (their field types are
 * the parameters), and the prelude's `Some`/`Ok`/`Err` (one field of a type the call alone doesn't tell). */
function constructorOf(res: NonNullable<ReturnType<NameTables['res']['get']>>, path: A.Path, text: SourceText): Callee | undefined {
  if (res.kind === 'unknown' && path.segments.length === 1) {
    const std = RUSTC_STD.variants[path.segments[0].name];
    if (!std) return undefined;
    return { takes: 'enum variant', params: [{ ty: undefined }], def: { level: 'note', message: 'tuple variant defined here', file: std.file, span: std.span } };
  }
  if (res.kind !== 'def') return undefined;
  const { def } = res;
  const fields = def.kind === 'variant' ? def.variant?.fields : def.kind === 'struct' && def.item?.kind === 'Struct' ? def.item.fields : undefined;
  const owner = def.kind === 'variant' ? def.enumDef?.item : def.item;
  if (!fields || fields.kind !== 'Tuple' || !owner || !('generics' in owner) || owner.generics.length > 0) return undefined;
  const nameSpan = def.kind === 'variant' ? def.variant!.name.span : (def.item as A.StructItem).name.span;
  return {
    takes: def.kind === 'variant' ? 'enum variant' : 'struct',
    params: fields.fields.map((f) => ({ ty: text.text(f.ty.span) })),
    def: { level: 'note', message: def.kind === 'variant' ? 'tuple variant defined here' : 'tuple struct defined here', span: nameSpan, labels: [] },
  };
}

function inherentMethod(t: Evident, name: string, tables: NameTables): A.FnItem | undefined | null {
  if (t.kind !== 'adt') return null;
  let found: A.FnItem | undefined;
  for (const imp of tables.impls.get(t.item.name.name) ?? []) {
    if (imp.trait) {
      if (imp.traitName !== 'Drop' && imp.members.some((m) => m.name.name === name)) return null;
      continue;
    }
    const f = imp.members.find((m): m is A.FnItem => m.kind === 'Fn' && m.name.name === name);
    if (f) found = f;
  }
  return found;
}

export function methodCall(call: A.MethodCallExpr, t: Evident, tables: NameTables, text: SourceText): CompileDiagnostic | undefined {
  if (t.kind !== 'adt' || tables.blanketImpls) return undefined;
  const f = inherentMethod(t, call.method, tables);
  if (call.method === 'drop' && call.args.length === 0 && f === undefined) {
    const hasDrop = (tables.impls.get(t.item.name.name) ?? []).some((imp) => imp.traitName === 'Drop');
    if (!hasDrop) return undefined;
    const d = error('E0040', 'explicit use of destructor method', call.methodSpan, 'explicit destructor calls not allowed');
    d.suggestions.push(suggest('consider using `drop` function', [insert(call.receiver.span.start, 'drop('), replace({ start: call.receiver.span.end, end: call.span.end }, ')')], 'verbose'));
    return d;
  }
  if (f === undefined) return noMethod(call, t, tables, text);
  if (!f || !f.receiver) return undefined;
  return argCount(call, f, 'method', call.methodSpan, text);
}

/** Methods every type may have through std's blanket impls or the derivable traits. */
const STD_METHODS = new Set([
  'clone', 'clone_from', 'eq', 'ne', 'fmt', 'hash', 'cmp', 'partial_cmp', 'lt', 'le', 'gt', 'ge', 'max', 'min', 'clamp',
  'into', 'try_into', 'borrow', 'borrow_mut', 'type_id', 'to_owned', 'to_string', 'as_ref', 'as_mut', 'default',
]);

/**
 * E0599 for a method a user type certainly lacks: no inherent method of that name, no trait implemented
 * for the type at all (trait methods could supply it), no blanket impls, not a std method every type has.
 */
function noMethod(call: A.MethodCallExpr, t: Evident, tables: NameTables, text: SourceText): CompileDiagnostic | undefined {
  if (t.kind !== 'adt' || STD_METHODS.has(call.method)) return undefined;
  const name = t.item.name.name;
  for (const list of tables.impls.values()) {
    for (const imp of list) if (imp.trait && (imp.selfName === name || imp.selfTy.text.includes(name))) return undefined;
  }
  const kind = t.item.kind === 'Struct' ? 'struct' : 'enum';
  const d = error('E0599', `no method named \`${call.method}\` found for ${kind} \`${name}\` in the current scope`, call.methodSpan);
  d.labels.push(label(defSpan(text, t.item), `method \`${call.method}\` not found for this ${kind}`));
  markMultilineReceiver(d, call);
  const fields = t.item.kind === 'Struct' && t.item.fields.kind === 'Named' ? t.item.fields.fields.map((x) => x.name.name) : [];
  if (fields.includes(call.method)) {
    if (call.args.length > 0) return undefined;
    d.label = 'field, not a method';
    d.suggestions.push(suggest('remove the arguments', [replace({ start: call.methodSpan.end, end: call.span.end }, '')]));
    return d;
  }
  const methods = (tables.impls.get(name) ?? []).flatMap((imp) => imp.members.flatMap((m) => (m.kind === 'Fn' && m.receiver ? [m.name.name] : [])));
  const best = bestMatch(methods, call.method);
  if (best !== undefined) d.suggestions.push(suggest(`there is a method \`${best}\` with a similar name`, [replace(call.methodSpan, best)], 'verbose'));
  else d.label = `method not found in \`${name}\``;
  return d;
}
