// Type errors about traits and methods on the program's own types, with rustc 1.95's texts (goldens in
// test/sim/check/goldens/types/): E0277 (`{}` / `{:?}` of a type without Display / Debug), E0599 (no method
// on a struct or enum), E0369 (comparing values of a generic parameter without PartialOrd / PartialEq).
import type * as A from '../../syntax/ast.ts';
import type { Span } from '../../syntax/ast.ts';
import { error, help, insert, label, markMultilineReceiver, note, replace, suggest, type CompileDiagnostic } from '../diagnostic.ts';
import type { ItemEnv } from './items.ts';
import { showTy, type Ty } from './ty.ts';

/** Methods every type may get from std traits or derives: never reported as missing. */
export const STD_TRAIT_METHODS = new Set([
  'clone', 'clone_from', 'to_string', 'to_owned', 'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'cmp', 'partial_cmp', 'max', 'min', 'clamp',
  'hash', 'fmt', 'into', 'try_into', 'borrow', 'borrow_mut', 'as_ref', 'as_mut', 'type_id', 'into_iter', 'deref', 'deref_mut',
]);
/** Traits whose `impl` on a type brings methods the checker doesn't list (iterators, deref, operators). */
const PLAIN_TRAITS = new Set(['Display', 'Debug', 'Clone', 'Copy', 'PartialEq', 'Eq', 'PartialOrd', 'Ord', 'Hash', 'Default', 'Drop']);

function itemHead(item: A.StructItem | A.EnumItem): Span {
  return { start: item.span.start, end: item.name.span.end };
}

/** A user struct/enum the checker can speak about: declared in this program, every impl of it known. */
function userItem(t: Ty, env: ItemEnv): A.StructItem | A.EnumItem | undefined {
  if (t.k !== 'adt') return undefined;
  return env.structs.get(t.name) ?? env.enums.get(t.name);
}

/** E0277 for `{}` / `{:?}` of a user type without Display / Debug. */
export function formatTraitError(t: Ty, trait: 'Display' | 'Debug', arg: Span, placeholder: Span, env: ItemEnv): CompileDiagnostic | undefined {
  const item = userItem(t, env);
  if (!item || t.k !== 'adt') return undefined;
  const impls = env.implsOf.get(t.name);
  if (impls?.has(trait)) return undefined;
  const name = showTy(t);
  if (trait === 'Display') {
    const d = error('E0277', `\`${name}\` doesn't implement \`std::fmt::Display\``, arg, `\`${name}\` cannot be formatted with the default formatter`);
    d.labels.push(label(placeholder, 'required by this formatting parameter'));
    d.children.push(help(`the trait \`std::fmt::Display\` is not implemented for \`${name}\``, itemHead(item)));
    d.children.push(note('in format strings you may be able to use `{:?}` (or {:#?} for pretty-print) instead'));
    return d;
  }
  const d = error('E0277', `\`${name}\` doesn't implement \`Debug\``, arg, `\`${name}\` cannot be formatted using \`{:?}\` because it doesn't implement \`Debug\``);
  d.labels.push(label(placeholder, 'required by this formatting parameter'));
  d.children.push(help(`the trait \`Debug\` is not implemented for \`${name}\``));
  d.children.push(note(`add \`#[derive(Debug)]\` to \`${name}\` or manually \`impl Debug for ${name}\``));
  if (item.attrs.length === 0) {
    const indent = ' '.repeat(Math.max(0, item.span.start.col - 1));
    d.suggestions.push(suggest(`consider annotating \`${name}\` with \`#[derive(Debug)]\``, [insert({ line: item.span.start.line, col: 1 }, `${indent}#[derive(Debug)]\n`)], 'verbose'));
  }
  return d;
}

/** E0599 for `recv.method()` when the receiver is a user struct/enum and nothing could provide the method. */
export function missingMethodError(t: Ty, e: A.MethodCallExpr, env: ItemEnv): CompileDiagnostic | undefined {
  const item = userItem(t, env);
  if (!item || t.k !== 'adt' || item.generics.length) return undefined;
  if (STD_TRAIT_METHODS.has(e.method) || env.traitMethods.has(e.method)) return undefined;
  for (const tr of env.implsOf.get(t.name) ?? []) if (!PLAIN_TRAITS.has(tr)) return undefined;
  for (const m of env.methods.values()) if (m.has(e.method)) return undefined;
  const kind = item.kind === 'Struct' ? 'struct' : 'enum';
  const name = showTy(t);
  const isField = item.kind === 'Struct' && item.fields.kind === 'Named' && item.fields.fields.some((f) => f.name.name === e.method);
  const d = error('E0599', `no method named \`${e.method}\` found for ${kind} \`${name}\` in the current scope`, e.methodSpan,
    isField ? 'field, not a method' : `method not found in \`${name}\``);
  d.labels.push(label(itemHead(item), `method \`${e.method}\` not found for this ${kind}`));
  markMultilineReceiver(d, e);
  if (isField && e.args.length === 0 && e.span.end.line === e.methodSpan.end.line) {
    d.suggestions.push(suggest('remove the arguments', [replace({ start: e.methodSpan.end, end: e.span.end }, '')], 'hide-inline'));
  }
  return d;
}

/** E0369 for `a > b` / `a == b` on values of a generic parameter without the comparison bound. */
export function genericCompareError(op: string, l: Ty, r: Ty, e: A.BinaryExpr, generics: A.GenericParam[]): CompileDiagnostic | undefined {
  const base = (t: Ty): Ty => (t.k === 'ref' ? base(t.inner) : t);
  const lb = base(l);
  if (lb.k !== 'param' || lb.name === 'Self') return undefined;
  const param = generics.find((g) => g.param === 'type' && g.name === lb.name);
  if (!param || param.bounds.length) return undefined;
  const ordering = op === '<' || op === '>' || op === '<=' || op === '>=';
  const trait = ordering ? 'PartialOrd' : 'PartialEq';
  const d = error('E0369', `binary operation \`${op}\` cannot be applied to type \`${showTy(l)}\``, e.opSpan);
  d.labels.push(label(e.left.span, showTy(l)), label(e.right.span, showTy(r)));
  const at = param.span.end;
  d.suggestions.push(suggest(`consider restricting type parameter \`${param.name}\` with trait \`${trait}\``, [insert(at, `: std::cmp::${trait}`)], 'verbose'));
  return d;
}

const OP_WORDS: Record<string, { trait: string; text: (l: string, r: string) => string }> = {
  '+': { trait: 'Add', text: (l, r) => `cannot add \`${r}\` to \`${l}\`` },
  '-': { trait: 'Sub', text: (l, r) => `cannot subtract \`${r}\` from \`${l}\`` },
  '*': { trait: 'Mul', text: (l, r) => `cannot multiply \`${l}\` by \`${r}\`` },
  '/': { trait: 'Div', text: (l, r) => `cannot divide \`${l}\` by \`${r}\`` },
};

/** E0277 for arithmetic between a number and a std type that is not one (`i8 + Option<i8>`); first line and label only. */
export function arithmeticError(op: string, l: Ty, r: Ty, e: A.BinaryExpr): CompileDiagnostic | undefined {
  const w = OP_WORDS[op];
  if (!w || l.k !== 'int' || r.k !== 'adt' || !['Option', 'String', 'Vec', 'Result'].includes(r.name)) return undefined;
  const ls = showTy(l);
  const rs = showTy(r);
  const d = error('E0277', w.text(ls, rs), e.opSpan, `no implementation for \`${ls} ${op} ${rs}\``);
  d.children.push(help(`the trait \`${w.trait}<${rs}>\` is not implemented for \`${ls}\``));
  return d;
}

/** E0277 for `assert_eq!(3, r)` comparing a number with a reference to one. */
export function compareRefError(l: Ty, r: Ty, span: Span): CompileDiagnostic | undefined {
  const num = (t: Ty) => t.k === 'int' || t.k === 'float' || (t.k === 'var' && t.lit !== undefined);
  if (!(num(l) && r.k === 'ref' && num(r.inner)) && !(num(r) && l.k === 'ref' && num(l.inner))) return undefined;
  const ls = showTy(l);
  const rs = showTy(r);
  const d = error('E0277', `can't compare \`${ls}\` with \`${rs}\``, span, `no implementation for \`${ls} == ${rs}\``);
  d.children.push(help(`the trait \`PartialEq<${rs}>\` is not implemented for \`${ls}\``));
  return d;
}

/** E0277 for `s[1]` on a string (first line and label; rustc's further notes name std's own files). */
export function strIndexError(index: Ty, span: Span): CompileDiagnostic {
  const d = error('E0277', `the type \`str\` cannot be indexed by \`${showTy(index)}\``, span, 'string indices are ranges of `usize`');
  d.children.push(help(`the trait \`SliceIndex<str>\` is not implemented for \`${showTy(index)}\``));
  d.children.push(note('you can use `.chars().nth()` or `.bytes().nth()`\nfor more information, see chapter 8 in The Book: <https://doc.rust-lang.org/book/ch08-02-strings.html#indexing-into-strings>'));
  return d;
}

/** E0277 for `?` in a fn returning `()`; `head` is `fn name(…)` when it could be located. */
export function questionInUnitFn(q: Span, fn: A.FnItem): CompileDiagnostic {
  const d = error('E0277', 'the `?` operator can only be used in a function that returns `Result` or `Option` (or another type that implements `FromResidual`)', q,
    'cannot use the `?` operator in a function that returns `()`');
  const head = fnHead(fn);
  if (head) {
    d.labels.push(label(head, 'this function should return `Result` or `Option` to accept `?`'));
    const close = fn.body.span.end;
    if (close.col === 2 && fn.name.name === 'main') {
      d.suggestions.push(suggest('consider adding return type', [
        insert(head.end, ' -> Result<(), Box<dyn std::error::Error>>'),
        insert({ line: close.line, col: 1 }, '    Ok(())\n'),
      ], 'verbose'));
    }
  }
  return d;
}

/** `fn name(params)` as written on one line without generics, else undefined. */
function fnHead(fn: A.FnItem): Span | undefined {
  if (fn.generics.length || fn.receiver || fn.qualifiers.length) return undefined;
  const start = fn.span.start;
  if (fn.name.span.start.line !== start.line) return undefined;
  if (fn.params.length === 0) return { start, end: { line: start.line, col: fn.name.span.end.col + 2 } };
  const last = fn.params[fn.params.length - 1];
  if (last.span.end.line !== start.line) return undefined;
  return { start, end: { line: start.line, col: last.span.end.col + 1 } };
}

/** E0308 for a tuple expression with another number of elements than the type it must have (`vec![(1, 'a'), (2,)]`). */
export function tupleLenMismatch(want: Ty & { k: 'tuple' }, found: Ty, span: Span): CompileDiagnostic {
  const n = (k: number) => `${k} element${k === 1 ? '' : 's'}`;
  const len = found.k === 'tuple' ? found.items.length : 0;
  const d = error('E0308', 'mismatched types', span, `expected a tuple with ${n(want.items.length)}, found one with ${n(len)}`);
  d.children.push(note(`expected tuple \`${showTy(want)}\`\n   found tuple \`${showTy(found)}\``));
  return d;
}

/** E0308 for a tuple pattern with the wrong number of elements (`let (a, b) = (1, 2, 3)`). */
export function tupleArityError(pat: Span, patLen: number, ty: Ty, init: Span | undefined): CompileDiagnostic | undefined {
  if (ty.k !== 'tuple') return undefined;
  const d = error('E0308', 'mismatched types', pat, `expected a tuple with ${ty.items.length} element${ty.items.length === 1 ? '' : 's'}, found one with ${patLen} element${patLen === 1 ? '' : 's'}`);
  if (init) d.labels.push(label(init, `this expression has type \`${showTy(ty)}\``));
  d.children.push(note(`expected tuple \`${showTy(ty)}\`\n   found tuple \`(${new Array(patLen).fill('_').join(', ')})\``));
  return d;
}

/** The first supertrait `Display`/`Debug` of `trait` that `selfName` doesn't implement, with its span after `trait Name: `. */
function missingSupertrait(tr: A.TraitItem, selfName: string, env: ItemEnv): { last: 'Display' | 'Debug'; span?: Span } | undefined {
  for (let idx = 0; idx < tr.supertraits.length; idx++) {
    const sup = tr.supertraits[idx];
    const last = sup.split('::').pop() ?? sup;
    if ((last !== 'Display' && last !== 'Debug') || env.implsOf.get(selfName)?.has(last)) continue;
    if (idx !== 0 || tr.name.span.start.line !== tr.name.span.end.line) return { last };
    const col = tr.name.span.end.col + 2;
    return { last, span: { start: { line: tr.name.span.end.line, col }, end: { line: tr.name.span.end.line, col: col + sup.length } } };
  }
  return undefined;
}

/**
 * E0277 at a call of a trait's provided method on a type whose impl of the trait lacks the trait's `Display` /
 * `Debug` supertrait (rustc reports it at the impl and again at each such call).
 */
export function supertraitCallError(t: Ty, e: A.MethodCallExpr, env: ItemEnv): CompileDiagnostic | undefined {
  if (t.k !== 'adt' || t.args.length > 0) return undefined;
  const item = env.structs.get(t.name) ?? env.enums.get(t.name);
  const tm = env.traitMethods.get(e.method);
  if (!item || item.generics.length || !tm?.traitName || !tm.fn.receiver || !env.implsOf.get(t.name)?.has(tm.traitName)) return undefined;
  const tr = env.traits.get(tm.traitName);
  const miss = tr && missingSupertrait(tr, t.name, env);
  if (!tr || !miss?.span) return undefined;
  const full = miss.last === 'Display' ? 'std::fmt::Display' : 'Debug';
  const d = error('E0277', `\`${t.name}\` doesn't implement \`${full}\``, e.methodSpan, 'unsatisfied trait bound');
  d.children.push(help(`the trait \`${full}\` is not implemented for \`${t.name}\``, itemHead(item)));
  const owner = `${tr.name.name}::${e.method}`;
  d.children.push({ level: 'note', message: `required by a bound in \`${owner}\``, span: miss.span, label: `required by this bound in \`${owner}\``,
    labels: [label(tm.fn.name.span, 'required by a bound in this associated function')] });
  return d;
}

/** E0277 for `impl Trait for T` where `Trait: Display` (or Debug) and `T` doesn't implement it. */
export function supertraitErrors(program: A.Program, env: ItemEnv): CompileDiagnostic[] {
  const out: CompileDiagnostic[] = [];
  const visit = (items: A.Item[]) => {
    for (const it of items) {
      if (it.kind === 'Mod') { visit(it.items); continue; }
      if (it.kind !== 'Impl' || !it.traitName) continue;
      const tr = env.traits.get(it.traitName);
      const item = env.structs.get(it.selfName) ?? env.enums.get(it.selfName);
      if (!tr || !item || item.generics.length || it.selfTy.kind !== 'PathType') continue;
      tr.supertraits.forEach((sup, idx) => {
        const last = sup.split('::').pop() ?? sup;
        if (last !== 'Display' && last !== 'Debug') return;
        if (env.implsOf.get(it.selfName)?.has(last)) return;
        const full = last === 'Display' ? 'std::fmt::Display' : 'Debug';
        const d = error('E0277', last === 'Display' ? `\`${it.selfName}\` doesn't implement \`std::fmt::Display\`` : `\`${it.selfName}\` doesn't implement \`Debug\``, it.selfTy.span, 'unsatisfied trait bound');
        d.children.push(help(`the trait \`${full}\` is not implemented for \`${it.selfName}\``, itemHead(item)));
        if (idx === 0 && tr.name.span.start.line === tr.name.span.end.line) {
          const col = tr.name.span.end.col + 2;
          const span: Span = { start: { line: tr.name.span.end.line, col }, end: { line: tr.name.span.end.line, col: col + sup.length } };
          d.children.push({ level: 'note', message: `required by a bound in \`${tr.name.name}\``, span, label: `required by this bound in \`${tr.name.name}\`` });
        }
        out.push(d);
      });
    }
  };
  visit(program.items);
  return out;
}

/** Every method `Option<T>` has (inherent and from std traits), as of Rust 1.95. */
const OPTION_METHODS = new Set([
  'is_some', 'is_some_and', 'is_none', 'is_none_or', 'as_ref', 'as_mut', 'as_pin_ref', 'as_pin_mut', 'as_slice', 'as_mut_slice',
  'expect', 'unwrap', 'unwrap_or', 'unwrap_or_else', 'unwrap_or_default', 'unwrap_unchecked', 'map', 'inspect', 'map_or',
  'map_or_else', 'map_or_default', 'ok_or', 'ok_or_else', 'as_deref', 'as_deref_mut', 'iter', 'iter_mut', 'and', 'and_then',
  'filter', 'or', 'or_else', 'xor', 'insert', 'get_or_insert', 'get_or_insert_default', 'get_or_insert_with', 'take', 'take_if',
  'replace', 'zip', 'zip_with', 'unzip', 'copied', 'cloned', 'transpose', 'flatten', 'contains', 'expect_none', 'unwrap_none',
  ...STD_TRAIT_METHODS, 'default', 'from', 'sum', 'product', 'from_iter', 'from_residual', 'branch', 'from_output', 'into_iter',
]);

/** E0599 for a method `Option<T>` doesn't have (`handle.join()` on an `Option<JoinHandle<()>>`). */
export function optionMethodError(t: Ty, e: A.MethodCallExpr, env: ItemEnv, innerHas: (t: Ty, m: string) => boolean): CompileDiagnostic | undefined {
  if (t.k !== 'adt' || t.name !== 'Option' || !t.args[0] || OPTION_METHODS.has(e.method) || env.traitMethods.has(e.method)) return undefined;
  if (!isFullyKnown(t)) return undefined;
  const d = error('E0599', `no method named \`${e.method}\` found for enum \`Option<T>\` in the current scope`, e.methodSpan, `method not found in \`${showTy(t)}\``);
  markMultilineReceiver(d, e);
  const inner = t.args[0];
  if (innerHas(inner, e.method)) {
    const file = e.method === 'join' && inner.k === 'adt' && inner.name === 'JoinHandle' ? RUSTC_JOIN : undefined;
    d.children.push(file ? { level: 'note', message: `the method \`${e.method}\` exists on the type \`${showTy(inner)}\``, ...file } : note(`the method \`${e.method}\` exists on the type \`${showTy(inner)}\``));
    const dot: Span = { start: { line: e.methodSpan.start.line, col: e.methodSpan.start.col - 1 }, end: e.methodSpan.start };
    d.suggestions.push(suggest(`consider using \`Option::expect\` to unwrap the \`${showTy(inner)}\` value, panicking if the value is an \`Option::None\``, [insert(dot.start, '.expect("REASON")')], 'verbose'));
  }
  return d;
}

/** `JoinHandle::join` in rustc 1.95.0's std (rustc's note points there). */
const RUSTC_JOIN = {
  file: '/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/thread/join_handle.rs',
  span: { start: { line: 149, col: 4 }, end: { line: 149, col: 8 } },
};

function isFullyKnown(t: Ty): boolean {
  switch (t.k) {
    case 'adt': return t.args.every(isFullyKnown);
    case 'ref': return isFullyKnown(t.inner);
    case 'tuple': return t.items.every(isFullyKnown);
    case 'array': case 'slice': return isFullyKnown(t.elem);
    case 'int': case 'float': case 'bool': case 'char': case 'str': return true;
    case 'never': case 'fn': case 'closure': case 'param': case 'opaque': case 'var': case 'unknown': return false;
  }
}
