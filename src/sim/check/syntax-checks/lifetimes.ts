// E0106 missing lifetime specifier: a `&` without a lifetime in a fn's return type that elision cannot fill
// (no or several input lifetimes, no `&self`), or in a struct / enum field; with rustc's suggestions.
import type * as A from '../../syntax/ast.ts';
import { error, insert, label, help, replace, suggest, type CompileDiagnostic, type Span } from '../diagnostic.ts';
import type { SourceText } from '../names/text.ts';
import type { NameTables } from '../names/tables.ts';
import { spanKey } from '../names/tables.ts';

/** std types known to have no lifetime parameters (their arguments still count). */
const NO_LIFETIME = new Set([
  'bool', 'char', 'f32', 'f64', 'i128', 'i16', 'i32', 'i64', 'i8', 'isize', 'str', 'u128', 'u16', 'u32', 'u64', 'u8', 'usize',
  'String', 'Vec', 'Box', 'Option', 'Result', 'HashMap', 'HashSet', 'BTreeMap', 'BTreeSet', 'VecDeque', 'Rc', 'Arc', 'RefCell',
  'Cell', 'Mutex', 'RwLock', 'Weak',
]);

interface RefPos {
  ref: A.RefType;
}

/** Lifetime positions in a type, or undefined when we cannot tell (unknown paths, impl/dyn, fn types). */
function lifetimes(t: A.Type, tables: NameTables, generics: Set<string>, out: RefPos[]): boolean {
  switch (t.kind) {
    case 'RefType':
      if (t.lifetime !== undefined) return false;
      out.push({ ref: t });
      return lifetimes(t.inner, tables, generics, out);
    case 'PathType': {
      if (t.segments.length !== 1) return false;
      const seg = t.segments[0];
      if (seg.fnSugar || seg.bindings.length > 0) return false;
      if (!NO_LIFETIME.has(seg.name) && !generics.has(seg.name)) {
        const res = tables.res.get(spanKey(t.span));
        const item = res?.kind === 'def' ? res.def.item : undefined;
        if (!item || (item.kind !== 'Struct' && item.kind !== 'Enum') || item.generics.some((g) => g.param === 'lifetime')) return false;
      }
      return seg.args.every((a) => lifetimes(a, tables, generics, out));
    }
    case 'TupleType':
      return t.items.every((x) => lifetimes(x, tables, generics, out));
    case 'ArrayType':
    case 'SliceType':
      return lifetimes(t.elem, tables, generics, out);
    case 'NeverType':
    case 'InferType':
      return true;
    case 'FnPtrType':
    case 'TraitObjectType':
      return false;
  }
}

/** Where to introduce `'a`: `<'a>` after the name, or `'a, ` into existing generics. */
function introduce(text: SourceText, name: A.Ident, generics: readonly A.GenericParam[]): ReturnType<typeof insert> | undefined {
  if (generics.length === 0) return insert(name.span.end, "<'a>");
  if (generics.some((g) => g.param === 'lifetime')) return undefined;
  const lt = text.find(name.span.end, '<');
  return lt ? insert({ line: lt.line, col: lt.col + 1 }, "'a, ") : undefined;
}

const after = (r: A.RefType): A.Pos => ({ line: r.span.start.line, col: r.span.start.col + 1 });
const amp = (r: A.RefType): Span => ({ start: r.span.start, end: after(r) });

function names(list: string[]): string {
  if (list.length === 2) return `\`${list[0]}\` or \`${list[1]}\``;
  return list.slice(0, -1).map((n) => `\`${n}\``).join(', ') + `, or \`${list[list.length - 1]}\``;
}

function owned(r: A.RefType, text: SourceText): ReturnType<typeof replace> | undefined {
  if (r.mut) return undefined;
  const inner = r.inner;
  if (inner.kind === 'PathType' && inner.text === 'str') return replace(r.span, 'String');
  if (inner.kind === 'SliceType') return replace(r.span, `Vec<${text.text(inner.elem.span)}>`);
  return replace(amp(r), '');
}

export function fnReturn(f: A.FnSig, tables: NameTables, text: SourceText, implGenerics: readonly A.GenericParam[] = []): CompileDiagnostic | undefined {
  if (!f.ret || f.generics.some((g) => g.param === 'lifetime') || implGenerics.some((g) => g.param === 'lifetime')) return undefined;
  if (f.receiver && (f.receiver.mode !== 'value' || f.receiver.ty)) return undefined;
  if (f.receiver && implGenerics.length > 0) return undefined;
  const generics = new Set([...f.generics, ...implGenerics].filter((g) => g.param === 'type').map((g) => g.name));
  const ret: RefPos[] = [];
  if (!lifetimes(f.ret, tables, generics, ret) || ret.length !== 1) return undefined;
  const perParam: Array<{ name: string; refs: RefPos[]; p: A.Param }> = [];
  for (const p of f.params) {
    const refs: RefPos[] = [];
    if (!lifetimes(p.ty, tables, generics, refs)) return undefined;
    if (refs.length > 0 && p.pat.kind !== 'IdentPat') return undefined;
    perParam.push({ name: p.pat.kind === 'IdentPat' ? p.pat.name : '_', refs, p });
  }
  const total = perParam.reduce((n, x) => n + x.refs.length, 0);
  if (total === 1) return undefined;
  const r = ret[0].ref;
  const d = error('E0106', 'missing lifetime specifier', amp(r), 'expected named lifetime parameter');
  if (total === 0) {
    d.children.push(help("this function's return type contains a borrowed value, but there is no value for it to be borrowed from"));
    d.suggestions.push(suggest("consider using the `'static` lifetime, but this is uncommon unless you're returning a borrowed value from a `const` or a `static`", [insert(after(r), "'static ")], 'verbose'));
    const own = owned(r, text);
    if (!own) return undefined;
    if (f.params.length === 0) {
      d.suggestions.push(suggest('instead, you are more likely to want to return an owned value', [own], 'verbose'));
    } else {
      d.suggestions.push(suggest('instead, you are more likely to want to change one of the arguments to be borrowed...', f.params.map((p) => insert(p.ty.span.start, '&')), 'verbose'));
      d.suggestions.push(suggest('...or alternatively, you might want to return an owned value', [own], 'verbose'));
    }
    return d;
  }
  const withRefs = perParam.filter((x) => x.refs.length > 0);
  if (withRefs.some((x) => x.refs.length !== 1 || x.p.ty.kind !== 'RefType')) return undefined;
  for (const x of withRefs) d.labels.push(label(x.p.ty.span));
  d.children.push(help(`this function's return type contains a borrowed value, but the signature does not say whether it is borrowed from ${names(withRefs.map((x) => x.name))}`));
  const intro = introduce(text, f.name, f.generics);
  if (!intro) return undefined;
  d.suggestions.push(suggest('consider introducing a named lifetime parameter', [intro, ...withRefs.map((x) => insert(after(x.refs[0].ref), "'a ")), insert(after(r), "'a ")], 'verbose'));
  return d;
}

export function fieldRefs(item: A.StructItem | A.EnumItem, tables: NameTables, text: SourceText): CompileDiagnostic[] {
  if (item.generics.some((g) => g.param === 'lifetime')) return [];
  const generics = new Set(item.generics.filter((g) => g.param === 'type').map((g) => g.name));
  const types: A.Type[] = [];
  const fields = (f: A.Fields): void => {
    if (f.kind === 'Named') for (const x of f.fields) types.push(x.ty);
    else if (f.kind === 'Tuple') for (const x of f.fields) types.push(x.ty);
  };
  if (item.kind === 'Struct') fields(item.fields);
  else for (const v of item.variants) fields(v.fields);
  const out: CompileDiagnostic[] = [];
  const intro = introduce(text, item.name, item.generics);
  if (!intro) return [];
  for (const t of types) {
    const refs: RefPos[] = [];
    if (!lifetimes(t, tables, generics, refs)) continue;
    for (const { ref } of refs) {
      const d = error('E0106', 'missing lifetime specifier', amp(ref), 'expected named lifetime parameter');
      d.suggestions.push(suggest('consider introducing a named lifetime parameter', [intro, insert(after(ref), "'a ")], 'verbose'));
      out.push(d);
    }
  }
  return out;
}
