// Operators on runtime values: checked integer arithmetic (debug-build overflow panics), float math,
// structural equality and ordering (derive(PartialEq/PartialOrd) semantics), `as` casts, unary - and !.
import * as PM from '../format/panic-message.ts';
import type { Pos } from '../syntax/span.ts';
import { type Value, type IntV, type IntTy, int, bool, typedInt } from '../memory/value.ts';
import { exact, bitop, cmp, castInt, castFloat, isIntTy, inRange, fitsNumber, RANGES, norm, toNumber } from '../memory/int.ts';
import type { Ty } from '../memory/ty.ts';
import type { Interp } from './interp.ts';
import { derefAll } from './place.ts';
import { allKeys, allVals } from '../memory/map-chunks.ts';
import { UnsupportedSignal, unsignedNegMessage } from './signals.ts';

const OVERFLOW: Record<string, string> = {
  '+': PM.overflow('add'),
  '-': PM.overflow('subtract'),
  '*': PM.overflow('multiply'),
  '/': PM.overflow('divide'),
  '%': PM.overflow('calculate the remainder'),
  '<<': PM.overflow('shift left'),
  '>>': PM.overflow('shift right'),
};

export function toIndex(v: IntV): number {
  return typeof v.v === 'number' ? v.v : Number(v.v);
}

/** The type two integer operands share: a literal adopts the other side's type. */
function joinTy(a: IntV, b: IntV, hint: IntTy | undefined): [IntTy, boolean] {
  if (a.lit && !b.lit) return [b.ty, false];
  if (b.lit && !a.lit) return [a.ty, false];
  if (a.lit && b.lit && hint) return [hint, false];
  return [a.ty, !!(a.lit && b.lit)];
}

export function strText(ip: Interp, v: Value): string | null {
  if (v.k === 'str') return v.s;
  if (v.k === 'string') return ip.heap.get(v.id).text;
  return null;
}

export function arith(ip: Interp, op: string, a: Value, b: Value, at: Pos): Value {
  if (a.k === 'int' && b.k === 'int' && typeof a.v === 'number' && typeof b.v === 'number' && (op === '+' || op === '-' || op === '*')) {
    // Fast path: small integers, a literal side adopting the typed side's type.
    let ty = a.ty, lit = false;
    if (a.lit === true) {
      if (b.lit === true) { if (ip.intHint) ty = ip.intHint; else lit = true; }
      else ty = b.ty;
    }
    const r = op === '+' ? a.v + b.v : op === '-' ? a.v - b.v : a.v * b.v;
    if (Number.isSafeInteger(r)) {
      if (!inRange(ty, r)) ip.panic(OVERFLOW[op], at);
      return lit ? { k: 'int', ty, v: r, lit: true } : typedInt(ty, r);
    }
  }
  if (a.k === 'ref' || a.k === 'box') a = derefAll(ip, a);
  if (b.k === 'ref' || b.k === 'box') b = derefAll(ip, b);
  if (a.k === 'int' && b.k === 'int') {
    if (op === '<<' || op === '>>') {
      const ty = a.lit && ip.intHint ? ip.intHint : a.ty;
      const r = RANGES[ty];
      const sh = toNumber(b.v);
      if (sh < 0 || sh >= r.bits) ip.panic(OVERFLOW[op], at);
      return int(ty, bitop(ty, op, a.v, sh), a.lit && !ip.intHint);
    }
    const [ty, lit] = joinTy(a, b, ip.intHint);
    if (op === '&' || op === '|' || op === '^') return int(ty, bitop(ty, op, a.v, b.v), lit);
    const r = exact(op as '+', a.v, b.v);
    if (r === null) ip.panic(op === '/' ? PM.divideByZero() : PM.remainderByZero(), at);
    if (!inRange(ty, r)) ip.panic(OVERFLOW[op], at);
    return lit ? { k: 'int', ty, v: r, lit } : { k: 'int', ty, v: r };
  }
  if (a.k === 'float' && b.k === 'float') {
    const ty = a.lit && !b.lit ? b.ty : a.ty;
    let r: number;
    switch (op) {
      case '+': r = a.v + b.v; break;
      case '-': r = a.v - b.v; break;
      case '*': r = a.v * b.v; break;
      case '/': r = a.v / b.v; break;
      case '%': r = a.v % b.v; break;
      default: return ip.unsupported(`실수 연산자 ${op}`, { start: at, end: at });
    }
    if (ty === 'f32') r = Math.fround(r);
    return { k: 'float', ty, v: r, lit: a.lit && b.lit };
  }
  if (a.k === 'int' && a.lit && b.k === 'float') return arith(ip, op, { k: 'float', ty: b.ty, v: toNumber(a.v), lit: true }, b, at);
  if (b.k === 'int' && b.lit && a.k === 'float') return arith(ip, op, a, { k: 'float', ty: a.ty, v: toNumber(b.v), lit: true }, at);
  if (a.k === 'bool' && b.k === 'bool') {
    if (op === '&') return bool(a.v && b.v);
    if (op === '|') return bool(a.v || b.v);
    if (op === '^') return bool(a.v !== b.v);
  }
  return ip.unsupported(`연산자 ${op} (${a.k}, ${b.k})`, { start: at, end: at });
}

export function neg(ip: Interp, v: Value, at: Pos): Value {
  v = derefAll(ip, v);
  if (v.k === 'struct' || v.k === 'enum') {
    const def = ip.index.method(v.name, 'neg');
    if (def) return ip.callMethod(def, [v], def.fn.span);
  }
  if (v.k === 'int') {
    if (!RANGES[v.ty].signed && !v.lit) throw new UnsupportedSignal(unsignedNegMessage(v.ty), { start: at, end: at });
    const r = typeof v.v === 'number' ? -v.v : norm(-v.v);
    if (!inRange(v.ty, r)) ip.panic(PM.overflow('negate'), at);
    return int(v.ty, r === 0 ? 0 : r, v.lit);
  }
  if (v.k === 'float') return { k: 'float', ty: v.ty, v: -v.v, lit: v.lit };
  return ip.unsupported('단항 -', { start: at, end: at });
}

export function not(ip: Interp, v: Value, at: Pos): Value {
  v = derefAll(ip, v);
  if (v.k === 'bool') return bool(!v.v);
  if (v.k === 'int') return int(v.ty, bitop(v.ty, '^', v.v, RANGES[v.ty].signed ? -1 : norm(RANGES[v.ty].max)), v.lit);
  // A user `impl Not`.
  const def = v.k === 'struct' || v.k === 'enum' ? ip.index.method(v.name, 'not') : undefined;
  if (def) return ip.callMethod(def, [v], { start: at, end: at });
  return ip.unsupported('단항 !', { start: at, end: at });
}

export function valueEq(ip: Interp, a: Value, b: Value): boolean {
  a = derefAll(ip, a);
  b = derefAll(ip, b);
  switch (a.k) {
    case 'int': return b.k === 'int' ? a.v == b.v : b.k === 'float' ? toNumber(a.v) === b.v : false;
    case 'float': return b.k === 'float' ? a.v === b.v : b.k === 'int' ? a.v === toNumber(b.v) : false;
    case 'bool': case 'char': return b.k === a.k && a.v === b.v;
    case 'unit': return true;
    case 'str': case 'string': return strText(ip, a) === strText(ip, b);
    case 'struct': {
      if (b.k !== 'struct') return false;
      const def = ip.index.method(a.name, 'eq');
      if (def) {
        const r = ip.callMethod(def, [{ k: 'ref', mut: false, p: { c: [a], i: 0, root: { to: 'temp' } } }, { k: 'ref', mut: false, p: { c: [b], i: 0, root: { to: 'temp' } } }], def.fn.span);
        return r.k === 'bool' && r.v;
      }
      return a.f.length === b.f.length && a.f.every((x, i) => valueEq(ip, x, b.f[i]));
    }
    case 'enum': {
      if (b.k !== 'enum') return false;
      const def = a.name !== 'Option' && a.name !== 'Result' ? ip.index.method(a.name, 'eq') : undefined;
      if (def) {
        const r = ip.callMethod(def, [{ k: 'ref', mut: false, p: { c: [a], i: 0, root: { to: 'temp' } } }, { k: 'ref', mut: false, p: { c: [b], i: 0, root: { to: 'temp' } } }], def.fn.span);
        return r.k === 'bool' && r.v;
      }
      return a.variant === b.variant && a.f.length === b.f.length && a.f.every((x, i) => valueEq(ip, x, b.f[i]));
    }
    case 'tuple': return b.k === 'tuple' && a.f.every((x, i) => valueEq(ip, x, b.f[i]));
    case 'array': case 'vec': case 'slice': {
      const xs = seqItems(ip, a), ys = seqItems(ip, b);
      return !!xs && !!ys && xs.length === ys.length && xs.every((x, i) => valueEq(ip, x, ys[i]));
    }
    case 'refcell': case 'cell': return (b.k === 'refcell' || b.k === 'cell') && valueEq(ip, a.f[0], b.f[0]);
    case 'map': {
      if (b.k !== 'map') return false;
      const ak = allKeys(a), av = allVals(a), bk = allKeys(b), bv = allVals(b);
      if (ak.length !== bk.length) return false;
      return ak.every((k, i) => {
        const j = bk.findIndex((x) => valueEq(ip, x, k));
        return j >= 0 && valueEq(ip, av[i], bv[j]);
      });
    }
    // `a..b == c..d`: bounds pairwise, the kind of range, and (for `a..=b`) whether it is exhausted.
    case 'range': {
      if (b.k !== 'range' || a.incl !== b.incl || !!a.exhausted !== !!b.exhausted) return false;
      const bound = (x: Value | null, y: Value | null) => (x === null || y === null ? x === y : valueEq(ip, x, y));
      return bound(a.lo, b.lo) && bound(a.hi, b.hi);
    }
    // Fn items compare by name; the rest have no `PartialEq` in std (the checker rejects `==` on them), so
    // only the same value is equal to itself.
    case 'fn': return b.k === 'fn' && a.name === b.name;
    case 'box': case 'rc': case 'weak': case 'ref': case 'guard': case 'closure': case 'iter': case 'moved': case 'uninit':
    case 'formatter': case 'entry':
      return a === b;
  }
}

export function seqItems(ip: Interp, v: Value): Value[] | null {
  switch (v.k) {
    case 'vec': return ip.heap.get(v.id).vals;
    case 'array': return v.f;
    case 'slice': return v.c.slice(v.from, v.to);
    case 'int': case 'float': case 'bool': case 'char': case 'unit': case 'str': case 'string': case 'box':
    case 'rc': case 'weak': case 'struct': case 'enum': case 'tuple': case 'ref': case 'refcell': case 'cell':
    case 'guard': case 'fn': case 'closure': case 'iter': case 'range': case 'moved': case 'uninit':
    case 'formatter': case 'map': case 'entry': return null;
  }
}

/** Ordering for <, >, sort, min/max: -1, 0, 1, or NaN when unordered (float NaN). */
export function valueCmp(ip: Interp, a: Value, b: Value): number {
  if (a.k === 'int' && b.k === 'int') return a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
  a = derefAll(ip, a);
  b = derefAll(ip, b);
  if (a.k === 'int' && b.k === 'int') return cmp(a.v, b.v);
  if (a.k === 'float' || b.k === 'float') {
    const x = a.k === 'float' ? a.v : a.k === 'int' ? toNumber(a.v) : NaN;
    const y = b.k === 'float' ? b.v : b.k === 'int' ? toNumber(b.v) : NaN;
    return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
  }
  if (a.k === 'bool' && b.k === 'bool') return Number(a.v) - Number(b.v);
  if (a.k === 'char' && b.k === 'char') return cmp(a.v.codePointAt(0)!, b.v.codePointAt(0)!);
  const sa = strText(ip, a), sb = strText(ip, b);
  if (sa !== null && sb !== null) return bytesCmp(sa, sb);
  // std::cmp::Reverse: the opposite order of what it wraps.
  if (a.k === 'struct' && b.k === 'struct' && a.name === 'Reverse' && b.name === 'Reverse' && !ip.index.structs.has('Reverse')) return -valueCmp(ip, a.f[0], b.f[0]);
  if ((a.k === 'struct' || a.k === 'enum') && ip.index.method(a.name, 'partial_cmp') && !(ip.index.structs.get(a.name)?.derives.has('PartialOrd') || ip.index.enums.get(a.name)?.derives.has('PartialOrd'))) {
    const def = ip.index.method(a.name, 'partial_cmp') ?? ip.index.method(a.name, 'cmp');
    const r = ip.callMethod(def!, [{ k: 'ref', mut: false, p: { c: [a], i: 0, root: { to: 'temp' } } }, { k: 'ref', mut: false, p: { c: [b], i: 0, root: { to: 'temp' } } }], def!.fn.span);
    const o = r.k === 'enum' && r.name === 'Option' ? r.f[0] : r;
    return o && o.k === 'enum' ? (o.variant === 'Less' ? -1 : o.variant === 'Greater' ? 1 : 0) : NaN;
  }
  if ((a.k === 'tuple' && b.k === 'tuple') || (a.k === 'struct' && b.k === 'struct')) return lexCmp(ip, a.f, b.f);
  const xs = seqItems(ip, a), ys = seqItems(ip, b);
  if (xs && ys) return lexCmp(ip, xs, ys);
  if (a.k === 'enum' && b.k === 'enum') {
    const ia = variantIndex(ip, a), ib = variantIndex(ip, b);
    if (ia !== ib) return cmp(ia, ib);
    return lexCmp(ip, a.f, b.f);
  }
  return 0;
}

function variantIndex(ip: Interp, v: Value & { k: 'enum' }): number {
  if (v.name === 'Option') return v.variant === 'None' ? 0 : 1;
  if (v.name === 'Result') return v.variant === 'Ok' ? 0 : 1;
  return ip.index.enums.get(v.name)?.variants.findIndex((x) => x.name === v.variant) ?? 0;
}

function lexCmp(ip: Interp, xs: Value[], ys: Value[]): number {
  const n = Math.min(xs.length, ys.length);
  for (let i = 0; i < n; i++) {
    const c = valueCmp(ip, xs[i], ys[i]);
    if (c !== 0) return c;
  }
  return cmp(xs.length, ys.length);
}

function bytesCmp(a: string, b: string): number {
  if (a === b) return 0;
  const x = new TextEncoder().encode(a), y = new TextEncoder().encode(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return cmp(x.length, y.length);
}

/** `b as Box<dyn Trait>` / `r as Rc<dyn Trait>` / `&x as &dyn Trait`: an unsizing coercion, the value unchanged. */
export function unsizeCast(t: Ty, v: Value): Value | null {
  if (t.a[0]?.n !== 'dyn') return null;
  if ((t.n === 'Box' && v.k === 'box') || ((t.n === 'Rc' || t.n === 'Arc') && v.k === 'rc') || (t.n === '&' && v.k === 'ref')) return v;
  return null;
}

export function castTo(ip: Interp, v: Value, target: string, at: Pos): Value {
  // An integer that fits the target keeps its value (what castInt's wrap returns), e.g. `n as u64`.
  if (v.k === 'int' && typeof v.v === 'number' && fitsNumber(target, v.v) === true) return typedInt(target as IntTy, v.v);
  if (v.k !== 'int') v = derefAll(ip, v);
  if (isIntTy(target)) {
    switch (v.k) {
      case 'int': return int(target, castInt(target, v.v));
      case 'float': return int(target, castFloat(target, v.v));
      case 'bool': return int(target, v.v ? 1 : 0);
      case 'char': return int(target, castInt(target, v.v.codePointAt(0)!));
      case 'enum': {
        const e = ip.index.enums.get(v.name);
        // std's `Ordering` is `#[repr(i8)]` Less = -1, Equal = 0, Greater = 1.
        const stdOrdering = !e && v.name === 'Ordering' ? ['Less', 'Equal', 'Greater'].indexOf(v.variant) - 1 : null;
        const vi = e ? e.variants.findIndex((x) => x.name === v.variant) : stdOrdering ?? 0;
        const disc = e?.item.variants[vi]?.discriminant;
        let n = vi;
        if (disc && disc.kind === 'Lit' && disc.lit.kind === 'Int') n = Number(disc.lit.value);
        else if (e) {
          // Implicit discriminants continue from the previous explicit one.
          let cur = -1;
          for (let i = 0; i <= vi; i++) {
            const d = e.item.variants[i].discriminant;
            cur = d && d.kind === 'Lit' && d.lit.kind === 'Int' ? Number(d.lit.value) : d && d.kind === 'Unary' && d.operand.kind === 'Lit' && d.operand.lit.kind === 'Int' ? -Number(d.operand.lit.value) : cur + 1;
          }
          n = cur;
        }
        return int(target, castInt(target, n));
      }
    }
  }
  if (target === 'f64' || target === 'f32') {
    const n = v.k === 'int' ? toNumber(v.v) : v.k === 'float' ? v.v : NaN;
    return { k: 'float', ty: target, v: target === 'f32' ? Math.fround(n) : n };
  }
  if (target === 'char' && v.k === 'int') return { k: 'char', v: String.fromCodePoint(toNumber(v.v)) };
  if (target === 'bool' && v.k === 'bool') return v;
  return ip.unsupported(`\`as ${target}\` 변환`, { start: at, end: at });
}
