// std free functions and associated functions: Box::new, Rc::new/clone/strong_count/weak_count/downgrade,
// Weak::new, RefCell::new, Cell::new, Vec/String constructors, mem::drop/swap/replace/take, process::exit, consts.
import { RANGES, isIntTy, norm, toNumber } from '../memory/int.ts';
import { layoutOf } from '../memory/layout.ts';
import { tyName } from '../memory/ty.ts';
import { type Value, UNIT, bool, int, none, some, usize } from '../memory/value.ts';
import { newString, newVec } from '../semantics/buffers.ts';
import { dropValue } from '../semantics/drop.ts';
import { evalExpr } from '../semantics/expr.ts';
import type { Interp } from '../semantics/interp.ts';
import { needsDrop } from '../semantics/interp.ts';
import { castTo, strText, valueCmp } from '../semantics/ops.ts';
import { derefAll } from '../semantics/place.ts';
import { ExitSignal } from '../semantics/signals.ts';
import { astTy, tyOf } from '../semantics/types.ts';
import type * as A from '../syntax/ast.ts';
import type { Span } from '../syntax/span.ts';
import { HEAP_FNS } from './binary-heap.ts';
import { RC_FNS } from './cell-table.ts';
import { CHAR_FNS } from './char-table.ts';
import { NATIVE_FNS } from './concurrency.ts';
import { convertInto } from './conversions.ts';
import { DEQUE_FNS } from './deque-table.ts';
import { EXTRA_FNS } from './fns-table.ts';
import { HASH_STATE_FNS } from './hash-state.ts';
import { HASH_FNS } from './hash.ts';
import { INT_FNS } from './int-table.ts';
import { withCapacity } from './map-capacity.ts';
import { mapFromPairs, newMap } from './maps.ts';
import { MEM_FNS } from './mem-fns.ts';
import { defaultLike, libPanic, n } from './method-helpers.ts';
import { groupOf, used } from './method-table.ts';
import { STD_METHOD_PARAMS } from '../check/types/std-method-params.ts';
import { callBuiltinMethod, guarded } from './methods.ts';
import { REF_FNS } from './ref-map.ts';
import { vecFrom } from './seq-table.ts';
import { SMART_FNS } from './smart-fns.ts';
import { FROM_STR_FNS } from './str-methods.ts';
import { STRING_FNS } from './string-table.ts';
import { WORLD_FNS } from './world.ts';

type StdFn = (ip: Interp, args: Value[], span: Span, generics: A.Type[], call?: A.CallExpr | null) => Value;


function rcOf(ip: Interp, v: Value, span: Span) {
  const r = derefRc(ip, v);
  if (!r) return ip.unsupported('Rc가 아닌 인자', span);
  return ip.heap.get(r);
}
function derefRc(_ip: Interp, v: Value): number | null {
  for (let i = 0; i < 8; i++) {
    if (v.k === 'rc') return v.id;
    if (v.k === 'ref') v = v.p.c[v.p.i];
    else return null;
  }
  return null;
}

/** The element type written in `Vec::<T>::…` (sizes the buffer before anything is pushed), if any. */
function turbofishElem(g: A.Type[]): string | undefined {
  const t = g[0] ? astTy(g[0]) : undefined;
  return t && t.n !== '_' ? tyName(t) : undefined;
}

const FNS: Record<string, StdFn> = {
  'Box::new': (ip, [v]) => {
    const t = tyOf(v, ip.heap);
    const a = ip.heap.alloc('Box', tyName(t), [v], layoutOf(t, ip.index).size);
    return { k: 'box', id: a.id };
  },
  'Rc::new': (ip, [v]) => {
    const t = tyOf(v, ip.heap);
    const l = layoutOf(t, ip.index);
    const a = ip.heap.alloc('Rc', tyName(t), [v], Math.ceil(l.size / 8) * 8);
    return { k: 'rc', id: a.id };
  },
  'Rc::clone': (ip, [r], span) => {
    const a = rcOf(ip, r, span);
    a.strong++;
    return { k: 'rc', id: a.id };
  },
  'Rc::strong_count': (ip, [r], span) => usize(rcOf(ip, r, span).strong),
  'Rc::weak_count': (ip, [r], span) => usize(rcOf(ip, r, span).weak),
  'Rc::downgrade': (ip, [r], span) => {
    const a = rcOf(ip, r, span);
    a.weak++;
    return { k: 'weak', id: a.id };
  },
  'Rc::ptr_eq': (ip, [a, b]) => bool(derefRc(ip, a) === derefRc(ip, b)),
  'Weak::new': () => ({ k: 'weak', id: null }),
  'RefCell::new': (_ip, [v]) => ({ k: 'refcell', f: [v], borrow: 0 }),
  'Cell::new': (_ip, [v]) => ({ k: 'cell', f: [v] }),
  'Vec::new': (ip, _a, _s, g) => newVec(ip, [], 0, turbofishElem(g)),
  'Vec::with_capacity': (ip, [n], _s, g) => newVec(ip, [], toNumber((derefAll(ip, n) as { v: number }).v), turbofishElem(g)),
  'Vec::from': (ip, [v], span) => vecFrom(ip, v, span),
  'Option::from': (_ip, [v]) => some(v),
  'String::new': (ip) => newString(ip, '', 0),
  // `From<&str>`, `From<&String>`, `From<String>`, `From<char>`: anything else is not modelled (said, not guessed).
  'String::from': (ip, [s], span) => {
    const v = derefAll(ip, s);
    const text = v.k === 'char' ? v.v : strText(ip, v);
    return text === null ? ip.unsupported('이 값에서 만드는 `String::from`', span) : newString(ip, text);
  },
  'String::with_capacity': (ip, [n]) => newString(ip, '', toNumber((derefAll(ip, n) as { v: number }).v)),
  'drop': (ip, [v], span, _g, call) => {
    const arg = call?.args[0];
    const name = arg && arg.kind === 'PathExpr' ? arg.path.text : undefined;
    if (needsDrop(v)) dropValue(ip, v, name ? { name, at: span.start, how: 'mem-drop' } : null);
    return UNIT;
  },
  'mem::drop': (ip, args, s, g, call) => FNS['drop'](ip, args, s, g, call),
  'mem::swap': (_ip, [a, b]) => {
    if (a.k === 'ref' && b.k === 'ref') {
      const t = a.p.c[a.p.i];
      a.p.c[a.p.i] = b.p.c[b.p.i];
      b.p.c[b.p.i] = t;
    }
    return UNIT;
  },
  'mem::replace': (_ip, [a, v]) => {
    if (a.k !== 'ref') return UNIT;
    const old = a.p.c[a.p.i];
    a.p.c[a.p.i] = v;
    return old;
  },
  'mem::take': (ip, [a], span) => {
    if (a.k !== 'ref') return UNIT;
    const old = a.p.c[a.p.i];
    a.p.c[a.p.i] = defaultLike(ip, old, span);
    return old;
  },
  'process::exit': (ip, [code]) => {
    throw new ExitSignal(Number((derefAll(ip, code) as { v: number }).v));
  },
  // SIGABRT (the shell's 134): no destructors, and a line still in stdout's buffer is lost.
  'process::abort': (ip) => {
    const keep = Math.max(ip.stdout.lastIndexOf('\n') + 1, ip.stdoutFlushed);
    ip.stdout = ip.stdout.slice(0, keep);
    throw new ExitSignal(134);
  },
  'cmp::max': (ip, [a, b]) => (valueCmp(ip, b, a) >= 0 ? b : a),
  'cmp::min': (ip, [a, b]) => (valueCmp(ip, b, a) < 0 ? b : a),
  'char::from_u32': (ip, [n]) => {
    const c = toNumber((derefAll(ip, n) as { v: number }).v);
    return c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff) ? none() : some({ k: 'char', v: String.fromCodePoint(c) });
  },
  'char::from_digit': (ip, [n, radix], span) => {
    const d = toNumber((derefAll(ip, n) as { v: number }).v), r = toNumber((derefAll(ip, radix) as { v: number }).v);
    if (r > 36) return libPanic(ip, 'from_digit: radix is too high (maximum 36)', { file: '/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/char/convert.rs', line: 332, col: 9 }, span);
    return d < r ? some({ k: 'char', v: d.toString(r) }) : none();
  },
  'char::from': (ip, [n]) => castTo(ip, n, 'char', ip.at),
  'mem::size_of': (ip, _a, span, g) => {
    if (!g[0]) return ip.unsupported('타입 인자 없는 size_of', span);
    return usize(layoutOf(astTy(g[0]), ip.index).size);
  },
  'mem::align_of': (ip, _a, span, g) => {
    if (!g[0]) return ip.unsupported('타입 인자 없는 align_of', span);
    return usize(layoutOf(astTy(g[0]), ip.index).align);
  },
  'mem::size_of_val': (ip, [v]) => usize(layoutOf(tyOf(v.k === 'ref' ? v.p.c[v.p.i] : v, ip.heap), ip.index).size),
  'size_of': (ip, a, s, g) => FNS['mem::size_of'](ip, a, s, g),
  'align_of': (ip, a, s, g) => FNS['mem::align_of'](ip, a, s, g),
  'size_of_val': (ip, a, s, g) => FNS['mem::size_of_val'](ip, a, s, g),
  'HashMap::new': () => newMap('HashMap'),
  'HashMap::with_capacity': (ip, [c]) => withCapacity(newMap('HashMap'), n(derefAll(ip, c))),
  'BTreeMap::new': () => newMap('BTreeMap'),
  'HashSet::new': () => newMap('HashSet'),
  'HashSet::with_capacity': (ip, [c]) => withCapacity(newMap('HashSet'), n(derefAll(ip, c))),
  'BTreeSet::new': () => newMap('BTreeSet'),
  'HashMap::from': (ip, [a]) => mapFromPairs(ip, 'HashMap', seqOf(ip, a)),
  'BTreeMap::from': (ip, [a]) => mapFromPairs(ip, 'BTreeMap', seqOf(ip, a)),
  'HashSet::from': (ip, [a]) => mapFromPairs(ip, 'HashSet', seqOf(ip, a)),
  'BTreeSet::from': (ip, [a]) => mapFromPairs(ip, 'BTreeSet', seqOf(ip, a)),
  'iter::repeat': (ip, [v]) => ({ k: 'iter', desc: 'Repeat', next: () => (ip.spend(), v), back: () => (ip.spend(), v), fixed: true }),
  'iter::empty': () => ({ k: 'iter', desc: 'Empty', next: () => null, exact: true }),
  'iter::once': (_ip, [v]) => { let done = false; return { k: 'iter', desc: 'Once', next: () => (done ? null : ((done = true), v)), exact: true }; },
  'iter::repeat_with': (ip, [f], span) => ({ k: 'iter', desc: 'RepeatWith', next: () => (ip.spend(), ip.callValue(f, [], span)), fixed: true }),
  'iter::from_fn': (ip, [f], span) => ({ k: 'iter', desc: 'FromFn', fixed: true, next: () => { const r = ip.callValue(f, [], span); return r.k === 'enum' && r.variant === 'Some' ? r.f[0] : null; } }),
  'iter::successors': (ip, [first, f], span) => {
    let cur: Value = first;
    return { k: 'iter', desc: 'Successors', fixed: true, next: () => {
      if (cur.k !== 'enum' || cur.variant !== 'Some') return null;
      const x = cur.f[0];
      cur = ip.callValue(f, [{ k: 'ref', mut: false, p: { c: [x], i: 0, root: { to: 'temp' } } }], span);
      return x;
    } };
  },
  ...EXTRA_FNS,
  ...INT_FNS,
  ...CHAR_FNS,
  ...STRING_FNS,
  ...FROM_STR_FNS,
  ...DEQUE_FNS,
  ...HEAP_FNS,
  ...HASH_STATE_FNS,
  ...RC_FNS,
  ...SMART_FNS,
  ...REF_FNS,
  ...MEM_FNS,
  ...HASH_FNS,
  'Box::pin': (ip, a, s, g) => FNS['Box::new'](ip, a, s, g),
  'Rc::pin': (ip, a, s, g) => FNS['Rc::new'](ip, a, s, g),
  'Arc::pin': (ip, a, s, g) => (NATIVE_FNS['Arc::new'] as StdFn)(ip, a, s, g),
  // Arc shares Rc's model (one counted block; ./sync.ts makes it and marks it `arc`).
  ...Object.fromEntries(['make_mut', 'get_mut', 'try_unwrap', 'into_inner', 'unwrap_or_clone'].map((m) => [`Arc::${m}`, ((ip, a, s, g) => FNS[`Rc::${m}`](ip, a, s, g)) as StdFn])),
  // `From::from(x)` / `Into::into(x)`: the target is the type the call's value flows into.
  'From::from': (ip, [x], span, _g, call) => (call && convertInto(ip, call, x, span, (ss, as) => stdCall(ip, ss, null, null, as, span))) || ip.unsupported('대상 타입을 알 수 없는 `From::from`', span),
  'Into::into': (ip, [x], span, _g, call) => (call && convertInto(ip, call, x, span, (ss, as) => stdCall(ip, ss, null, null, as, span))) || ip.unsupported('대상 타입을 알 수 없는 `Into::into`', span),
};

function seqOf(ip: Interp, v: Value): Value[] {
  const d = derefAll(ip, v);
  return d.k === 'array' ? d.f : d.k === 'vec' ? ip.heap.get(d.id).vals : [];
}


function key(segs: string[]): string[] {
  const s = segs.filter((x) => x !== 'std' && x !== 'core' && x !== 'alloc');
  const out: string[] = [];
  if (s.length >= 2) out.push(s.slice(-2).join('::'));
  out.push(s[s.length - 1]);
  return out;
}

export function stdPathValue(ip: Interp, segs: string[]): Value | null {
  segs = ip.index.stdAliased(segs);
  const s = segs.filter((x) => x !== 'std' && x !== 'core');
  const last = s[s.length - 1];
  const ty = s[0];
  if (isIntTy(ty) && s.length === 2) {
    if (last === 'MAX') return int(ty, norm(RANGES[ty].max));
    if (last === 'MIN') return int(ty, norm(RANGES[ty].min));
    if (last === 'BITS') return int('u32', RANGES[ty].bits);
  }
  if (ty === 'f64' || ty === 'f32') {
    const consts: Record<string, number> = { PI: Math.PI, E: Math.E, MAX: ty === 'f64' ? Number.MAX_VALUE : 3.4028234663852886e38, MIN: ty === 'f64' ? -Number.MAX_VALUE : -3.4028234663852886e38, INFINITY: Infinity, NEG_INFINITY: -Infinity, NAN: NaN, EPSILON: ty === 'f64' ? Number.EPSILON : 1.1920929e-7, MIN_POSITIVE: ty === 'f64' ? 2.2250738585072014e-308 : 1.1754944e-38, SQRT_2: Math.SQRT2, LN_2: Math.LN2,
      FRAC_1_SQRT_2: Math.SQRT1_2, FRAC_PI_2: Math.PI / 2, FRAC_PI_3: Math.PI / 3, FRAC_PI_4: Math.PI / 4, FRAC_PI_6: Math.PI / 6, FRAC_PI_8: Math.PI / 8,
      FRAC_1_PI: 1 / Math.PI, FRAC_2_PI: 2 / Math.PI, FRAC_2_SQRT_PI: 1.1283791670955126, TAU: 2 * Math.PI, LN_10: Math.LN10,
      LOG2_E: Math.LOG2E, LOG10_E: Math.LOG10E, LOG2_10: 3.321928094887362, LOG10_2: 0.3010299956639812 };
    if (last in consts) return { k: 'float', ty, v: ty === 'f32' ? Math.fround(consts[last]) : consts[last] };
  }
  if (ty === 'char' && last === 'MAX') return { k: 'char', v: '\u{10ffff}' };
  if (ty === 'char' && last === 'MIN') return { k: 'char', v: '\0' };
  if (ty === 'char' && last === 'REPLACEMENT_CHARACTER') return { k: 'char', v: '\u{fffd}' };
  if (s.length >= 2 && s[s.length - 2] === 'Ordering' && (last === 'Less' || last === 'Equal' || last === 'Greater') && !ip.index.enums.has('Ordering')) return { k: 'enum', name: 'Ordering', variant: last, f: [] };
  for (const k of key(segs)) if (FNS[k] || NATIVE_FNS[k]) return { k: 'fn', name: k };
  if (s.length === 2 && !/^[A-Z_0-9]+$/.test(last)) return { k: 'fn', name: s.join('::') };
  return null;
}

/** What a call path resolves to among std's names, worked out once per path node (the program's `use` aliases
 *  are fixed for a run): the aliased segments, the table keys to try, the path's generic arguments. */
interface StdPath { segs: string[]; keys: string[]; generics: A.Type[] }

function stdPathOf(ip: Interp, segs: string[], path: A.Path | null): StdPath {
  const node = path as (A.Path & { $std?: StdPath & { from: string[] } }) | null;
  const hit = node?.$std;
  if (hit && hit.from.length === segs.length && hit.from.every((x, i) => x === segs[i])) return hit;
  const aliased = ip.index.stdAliased(segs);
  const info = { from: segs.slice(), segs: aliased, keys: key(aliased), generics: path ? path.segments.flatMap((s) => s.generics) : [] };
  if (node) node.$std = info;
  return info;
}

export function stdCall(ip: Interp, segs0: string[], path: A.Path | null, e: A.CallExpr | null, preArgs?: Value[], span?: Span): Value {
  const { segs, keys, generics } = stdPathOf(ip, segs0, path);
  const sp = e?.span ?? span!;
  for (const k of keys) {
    const f = FNS[k] ?? (NATIVE_FNS[k] as StdFn | undefined);
    if (f) {
      const args = preArgs ?? e!.args.map((a) => evalExpr(ip, a));
      used('fn', k);
      return guarded(ip, k, sp, () => f(ip, args, sp, generics, e));
    }
  }
  // `i32::max(a, b)`, `f64::sqrt(x)`, `str::len(s)`, `Iterator::sum(it)`: UFCS on a builtin method.
  const s = segs.filter((x) => x !== 'std' && x !== 'core');
  if (s[s.length - 1] === 'default' && s.length >= 2) {
    const d = defaultFor(ip, { n: s[s.length - 2], a: [] });
    if (d) return d;
  }
  if (s.length >= 2) {
    const args = preArgs ?? e!.args.map((a) => evalExpr(ip, a));
    if (args.length >= 1) {
      const first = args[0];
      const tyArg = s[s.length - 2];
      const recv: Value = isIntTy(tyArg) && first.k === 'int' && first.lit ? int(tyArg, first.v) : (tyArg === 'f64' || tyArg === 'f32') && first.k === 'int' ? { k: 'float' as const, ty: tyArg, v: toNumber(first.v) } : first;
      if (tyArg === 'String' && s[s.length - 1] === 'from') return FNS['String::from'](ip, args, sp, generics);
      if (isIntTy(tyArg) && s[s.length - 1] === 'from') return castTo(ip, first, tyArg, sp.start);
      if ((tyArg === 'f64' || tyArg === 'f32') && s[s.length - 1] === 'from') return castTo(ip, first, tyArg, sp.start);
      // A method called by path takes its receiver first: the rest must be as many as std's signature has.
      const group = groupOf(derefAll(ip, recv));
      const want = (STD_METHOD_PARAMS[tyArg] ?? STD_METHOD_PARAMS[group ?? ''])?.[s[s.length - 1]];
      if (want && want.length !== args.length - 1) return ip.unsupported(`\`${segs.join('::')}\`: std의 이 메서드는 수신자 말고 인자 ${want.length}개를 받습니다 (${args.length - 1}개)`, path?.span ?? sp);
      const r = callBuiltinMethod(ip, { c: [recv], i: 0, root: { to: 'temp' } }, s[s.length - 1], args.slice(1), sp, []);
      if (r !== null) { used(group ?? '?', s[s.length - 1]); return r; }
      // `ToString::to_string(&x)` / `.map(ToString::to_string)`: the receiver is behind the reference.
      if (first.k === 'ref') {
        const viaRef = callBuiltinMethod(ip, first.p, s[s.length - 1], args.slice(1), sp, []);
        if (viaRef !== null) { used(groupOf(derefAll(ip, first)) ?? '?', s[s.length - 1]); return viaRef; }
      }
    }
  }
  return ip.unsupported(`지원하지 않는 함수 \`${segs.join('::')}\``, path?.span ?? sp);
}

// The outside world (env, fs, stdin, rand): ./world.ts.
Object.assign(FNS, WORLD_FNS);

export const STD_FN_NAMES = new Set([...Object.keys(FNS), ...Object.keys(NATIVE_FNS)]);

/** `Default::default()` for std types and `#[derive(Default)]` structs and enums. */
export function defaultFor(ip: Interp, t: import('../memory/ty.ts').Ty): Value | null {
  if (isIntTy(t.n)) return int(t.n, 0);
  switch (t.n) {
    case 'f64': case 'f32': return { k: 'float', ty: t.n, v: 0 };
    case 'bool': return bool(false);
    case 'char': return { k: 'char', v: '\0' };
    case 'String': return newString(ip, '', 0);
    case 'Vec': return newVec(ip, [], 0, t.a[0] ? tyName(t.a[0]) : undefined);
    case 'Option': return none();
    case '()': return UNIT;
    case 'tuple': { const f = t.a.map((x) => defaultFor(ip, x)); return f.every((x) => x) ? { k: 'tuple', f: f as Value[] } : null; }
    case 'HashMap': case 'BTreeMap': case 'HashSet': case 'BTreeSet': { const m = newMap(t.n); if (t.a.length && t.a.every((x) => x.n !== '_')) m.tys = t.a; return m; }
    case 'VecDeque': { const v = newVec(ip, [], 0, t.a[0] ? tyName(t.a[0]) : undefined); v.deque = true; return v; }
    case '&': return t.a[0]?.n === 'str' ? { k: 'str', s: '', root: { to: 'static' } } : null;
    case 'array': { if (!t.a[0]) return null; const f: Value[] = []; for (let i = 0; i < (t.len ?? 0); i++) { const x = defaultFor(ip, t.a[0]); if (!x) return null; f.push(x); } return { k: 'array', f }; }
  }
  const st = ip.index.structs.get(t.n);
  if (st && st.derives.has('Default')) {
    const f = st.fieldTys.map((x) => defaultFor(ip, x));
    if (f.every((x) => x)) return { k: 'struct', name: st.name, f: f as Value[], tuple: st.tuple };
  }
  // `#[derive(Default)]` on an enum: its `#[default]` unit variant.
  const en = ip.index.enums.get(t.n);
  if (en && en.derives.has('Default')) {
    const at = en.item.variants.findIndex((v) => v.attrs.some((a) => a.name === 'default'));
    if (at >= 0 && en.variants[at].shape === 'Unit') return { k: 'enum', name: en.name, variant: en.variants[at].name, f: [] };
  }
  // A user `impl Default for T`: its `default()` runs (nested, as a std callback would).
  const user = ip.index.method(t.n, 'default', 'Default');
  if (user && user.trait === 'Default' && user.fn.params.length === 0) return ip.callMethod(user, [], user.fn.name.span);
  return null;
}
