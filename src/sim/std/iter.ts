// Iterators: ranges, Vec/array/slice iteration (by value, by & and by &mut), Option, chars, and the adaptors
// and consumers the book uses (map, filter, enumerate, rev, zip, skip, take, sum, count, collect, fold, …).
import { exact, cmp as icmp, inRange, norm, toBig } from '../memory/int.ts';
import { tyName } from '../memory/ty.ts';
import { type IntV, type IterV, type Value, bool, guardPlace, int, none, some, UNIT, usize } from '../memory/value.ts';
import { newString, newVec, utf8Len } from '../semantics/buffers.ts';
import { dropDiscarded, dropValue } from '../semantics/drop.ts';
import { cloneValue } from '../semantics/expr.ts';
import { displayText } from '../semantics/fmt-bridge.ts';
import type { Interp } from '../semantics/interp.ts';
import { needsDrop } from '../semantics/interp.ts';
import { arith, valueCmp } from '../semantics/ops.ts';
import { afterWrites } from '../semantics/string-capacity.ts';
import { astTy } from '../semantics/types.ts';
import type * as A from '../syntax/ast.ts';
import type { Span } from '../syntax/span.ts';
import type { PortIter } from '../semantics/std-port.ts';
import { collectCap } from './collect-cap.ts';
import { collectTry } from './collect-try.ts';
import { mapFromPairs, mapIter } from './maps.ts';

export function iterOf(desc: string, next: () => Value | null, drop?: () => void): IterV & { drop?: () => void } {
  const it: IterV & { drop?: () => void } = { k: 'iter', next, desc };
  if (drop) it.drop = drop;
  return it;
}

/**
 * A by-value adaptor (`map`, `zip`, `peekable`, …) owns its source: the hook that drops what the source has not
 * yielded moves to the adaptor, after the adaptor's own, so the source (a temporary receiver at the statement's end,
 * a moved-from local) drops nothing and a stored adaptor keeps its items until it is dropped itself.
 */
export function adopt(src: IterV, res: Value | null, name: string): Value | null {
  if (res === null || res.k !== 'iter' || res === src || name === 'by_ref' || name === 'clone') return res;
  const from = src as IterV & { drop?: () => void }, to = res as IterV & { drop?: () => void };
  const hook = from.drop;
  if (!hook) return res;
  from.drop = undefined;
  const own = to.drop;
  to.drop = own ? () => { hook(); own(); } : hook;
  return res;
}

/** Items `0..n` (read by `at`) from both ends: front and back cursors, the length left. */
export function listIter(desc: string, n: number, at: (i: number) => Value, exact = true): IterV {
  let i = 0, j = n;
  const it = iterOf(desc, () => (i < j ? at(i++) : null));
  it.back = () => (i < j ? at(--j) : null);
  it.len = () => BigInt(j - i);
  it.fixed = true;
  it.exact = exact;
  return it;
}

function fromArray(desc: string, xs: Value[], exact = true): IterV {
  return listIter(desc, xs.length, (i) => xs[i], exact);
}

/** A source iterator without its own back cursor (no `fixed`): read the rest into a buffer, then serve both ends.
 *  Dropped early, it drops what the buffer still holds, then runs its own drop (which finds its source empty). */
function settle(ip: Interp, it: IterV & { drop?: () => void }): IterV {
  const xs: Value[] = [];
  for (let x = it.next(); x !== null; x = it.next()) xs.push(x);
  const b = fromArray(it.desc, xs);
  it.next = b.next; it.back = b.back; it.len = b.len; it.fixed = true;
  const own = it.drop;
  if (own) it.drop = () => { dropDiscarded(ip, ...rest(b)); own(); };
  return it;
}

/** `v.drain(..)` and the like: owned items from both ends; dropped early, it drops what it still holds. */
export function ownedIter(ip: Interp, desc: string, xs: Value[]): IterV {
  const it = fromArray(desc, xs);
  return Object.assign(it, { drop: () => dropDiscarded(ip, ...rest(it)) });
}

/** Whether `it` is a DoubleEndedIterator / an ExactSizeIterator. */
export const canBack = (it: IterV): boolean => !!it.back || !it.fixed;
export const hasLen = (it: IterV): boolean => !!it.len || !it.fixed;

/** `next_back()`; a caller checks `canBack` first (or gets the message). */
export function pullBack(ip: Interp, it: IterV, span: Span): Value | null {
  if (!it.back && !it.fixed) settle(ip, it);
  if (!it.back) return ip.unsupported(`\`${it.desc}\`에서 뒤로 꺼내기 (DoubleEndedIterator가 아닌 반복자: rustc가 거부)`, span);
  return it.back();
}
export function lenOf(ip: Interp, it: IterV, span: Span): bigint {
  if (!it.len && !it.fixed) settle(ip, it);
  if (!it.len) return ip.unsupported(`\`${it.desc}\`의 길이 (ExactSizeIterator가 아닌 반복자: rustc가 거부)`, span);
  return it.len();
}
/** `nth_back(k)`: k items from the back dropped (each one stepped over, as std's default), then the next one. */
export function nthBack(ip: Interp, it: IterV, k: bigint, span: Span): Value | null {
  if (it.skipBack && k > 0n) it.skipBack(k);
  else for (; k > 0n; k--) { const x = pullBack(ip, it, span); if (x === null) return null; dropDiscarded(ip, x); }
  return pullBack(ip, it, span);
}

/** An adaptor: its back cursor and length are given (absent: std has none for it), never buffered. */
function adaptor(desc: string, next: () => Value | null, back: (() => Value | null) | false, len: (() => bigint) | false, exact?: boolean, drop?: () => void): IterV {
  const it = iterOf(desc, next, drop);
  if (back) it.back = back;
  if (len) it.len = len;
  it.fixed = true;
  it.exact = !!exact;
  return it;
}

function exactly<T extends IterV>(it: T, exact: boolean | undefined): T {
  it.exact = !!exact;
  return it;
}

function rangeIter(ip: Interp, r: Value & { k: 'range' }, span: Span): IterV {
  const lo = r.lo as IntV | null, hi = r.hi as IntV | null;
  if (lo && (lo as Value).k === 'char') {
    // Char ranges skip the surrogate gap.
    const skip = (x: number, d: 1 | -1) => (x >= 0xd800 && x <= 0xdfff ? (d > 0 ? 0xe000 : 0xd7ff) : x);
    let c = (lo as unknown as { v: string }).v.codePointAt(0)!;
    let end = hi ? (hi as unknown as { v: string }).v.codePointAt(0)! + (r.incl ? 1 : 0) : 0x110000;
    const it = iterOf('Range', () => { if (c >= end) return null; ip.spend(); const v = c; c = skip(c + 1, 1); return { k: 'char', v: String.fromCodePoint(v) }; });
    if (hi) it.back = () => { if (c >= end) return null; ip.spend(); end = skip(end - 1, -1); return { k: 'char', v: String.fromCodePoint(end) }; };
    it.fixed = true;
    return it;
  }
  if (!lo || lo.k !== 'int') return ip.unsupported('이 범위 반복', span);
  // rustc rejects `0..x` with a float or other `x` (E0308); a run that gets here stops instead of misreading it.
  if (hi && (hi as Value).k !== 'int') return ip.unsupported(`정수에서 시작해 ${(hi as Value).k} 값에서 끝나는 범위의 반복`, span);
  const ty = hi && lo.lit && !hi.lit ? hi.ty : lo.ty;
  const lit = !!lo.lit && (!hi || !!hi.lit);
  let cur: number | bigint = lo.v;
  let end = hi ? hi.v : null;
  let done = false;
  const item = (v: number | bigint): Value => (lit ? { k: 'int', ty, v, lit } : { k: 'int', ty, v });
  const it = exactly(iterOf('Range', () => {
    if (done) return null;
    ip.spend();
    if (end !== null) {
      const c = icmp(cur, end);
      if (r.incl ? c > 0 : c >= 0) { done = true; return null; }
      if (r.incl && c === 0) done = true;
    }
    const v = cur;
    const n = exact('+', cur, 1)!;
    if (!inRange(ty, n)) done = true;
    else cur = n;
    return item(v);
  }), end !== null);
  it.fixed = true;
  if (end !== null) {
    // From the back: `a..b` yields b-1 and ends there; `a..=b` yields b and ends at b-1 (or is done at a == b).
    it.back = () => {
      if (done) return null;
      ip.spend();
      const c = icmp(cur, end!);
      if (r.incl ? c > 0 : c >= 0) { done = true; return null; }
      if (r.incl && c === 0) { done = true; return item(end!); }
      const last = exact('-', end!, 1)!;
      const v = r.incl ? end! : last;
      end = last;
      return item(v);
    };
    it.len = () => { if (done) return 0n; const k = toBig(end!) - toBig(cur) + (r.incl ? 1n : 0n); return k > 0n ? k : 0n; };
    it.skipBack = (k) => {
      const left = it.len!();
      if (k >= left) { done = true; return; }
      end = norm(toBig(end!) - k);
    };
  }
  // A clone goes on from where this one is.
  it.fork = () => (done ? exactly(iterOf('Range', () => null), true) : rangeIter(ip, { k: 'range', lo: lit ? { k: 'int', ty, v: cur, lit } : { k: 'int', ty, v: cur }, hi: end === null ? null : item(end), incl: r.incl }, span));
  return it;
}

/** `for x in v` / `.into_iter()`: an iterator over what `v` yields. */
export function toIter(ip: Interp, v: Value, span: Span): IterV & { drop?: () => void } {
  switch (v.k) {
    case 'iter': return v;
    case 'range': return rangeIter(ip, v, span);
    case 'vec': {
      const a = ip.heap.get(v.id);
      const items = a.vals.slice();
      a.vals.length = 0;
      let dropped = false;
      // Dropped early (a `break`, `drop(it)`, the end of its scope): the items not yet yielded (front to back, from
      // either end), then the buffer; once.
      const it = listIter('IntoIter', items.length, (k) => items[k]);
      return Object.assign(it, { drop: () => {
        if (dropped) return;
        dropped = true;
        for (const x of rest(it)) if (needsDrop(x)) dropValue(ip, x, null);
        dropValue(ip, v, null);
      } });
    }
    case 'array': {
      // By value, like a Vec's: what a `break` or `drop(it)` leaves is dropped with the iterator, once.
      const items = v.f;
      const it = listIter('IntoIter', items.length, (k) => items[k]);
      return Object.assign(it, { drop: () => dropDiscarded(ip, ...rest(it)) });
    }
    case 'slice': return placesIter(v.c, v.from, v.to, v.root, v.mut);
    case 'ref': {
      const t = v.p.c[v.p.i];
      if (t.k === 'vec') {
        const a = ip.heap.get(t.id);
        return placesIter(a.vals, 0, a.vals.length, { to: 'heap', id: a.id }, v.mut);
      }
      if (t.k === 'array') return placesIter(t.f, 0, t.f.length, v.p.root, v.mut);
      if (t.k === 'slice') return placesIter(t.c, t.from, t.to, t.root, v.mut);
      if (t.k === 'iter') return t;
      if (t.k === 'map') return mapIter(ip, t, v.p.root, v.mut ? 'mut' : 'ref');
      if (t.k === 'enum' && (t.name === 'Option' || t.name === 'Result')) {
        // `&Option<T>` / `&Result<T, E>` iterate over a `&T` (the Some / Ok value), like `.iter()`.
        const has = t.variant === 'Some' || t.variant === 'Ok';
        return placesIter(t.f, 0, has ? 1 : 0, v.p.root, v.mut);
      }
      if (t.k === 'struct' || t.k === 'enum') { const u = userIter(ip, v.p, span); if (u) return u; }
      if (t.k === 'ref' || t.k === 'box' || t.k === 'rc' || t.k === 'guard') return toIter(ip, t.k === 'ref' ? t : derefToRef(ip, t, v.mut), span);
      break;
    }
    case 'guard': return toIter(ip, { k: 'ref', mut: v.mut, p: guardPlace(v) }, span);
    case 'struct': case 'enum': {
      if (v.k === 'enum' && v.name === 'Option') return fromArray('IntoIter', v.f);
      if (v.k === 'enum' && v.name === 'Result') return fromArray('IntoIter', v.variant === 'Ok' ? v.f : []);
      const it = userIter(ip, { c: [v], i: 0, root: { to: 'temp' } }, span);
      if (it) return it;
      break;
    }
    case 'map': return mapIter(ip, v, { to: 'temp' }, 'move');
    case 'str': return charsIter([...v.s]);
  }
  return ip.unsupported(`반복할 수 없는 값 (${v.k})`, span);
}

function derefToRef(ip: Interp, t: Value, mut: boolean): Value {
  if (t.k === 'guard') return { k: 'ref', mut, p: guardPlace(t) };
  if (t.k === 'box' || t.k === 'rc') { const a = ip.heap.get(t.id); return { k: 'ref', mut, p: { c: a.vals, i: 0, root: { to: 'heap', id: a.id } } }; }
  return t;
}

/** What a list iterator has not yielded from either end (taken: it yields nothing more). */
function rest(it: IterV): Value[] {
  const back: Value[] = [];
  for (let x = it.back!(); x !== null; x = it.back!()) back.push(x);
  return back.reverse();
}

export function placesIter(c: Value[], from: number, to: number, root: Value extends never ? never : import('../memory/value.ts').Root, mut: boolean): IterV {
  let i = from, j = to;
  const at = (k: number): Value => ({ k: 'ref', mut, p: { c, i: k, root } });
  const it = exactly(iterOf('Iter', () => (i < j ? at(i++) : null)), true);
  it.back = () => (i < j ? at(--j) : null);
  it.len = () => BigInt(j - i);
  it.skipBack = (k) => { j = Math.max(i, j - Number(k)); };
  it.fixed = true;
  if (!mut) it.fork = () => placesIter(c, i, j, root, mut);
  return it;
}

/** `s.chars()` over chars `from..to` of `cs` (cloneable: a clone goes on from the same chars). Chars is double-ended
 *  but not ExactSizeIterator. */
export function charsIter(cs: string[], from = 0, to = cs.length): IterV {
  let i = from, j = to;
  const it = iterOf('Chars', () => (i < j ? { k: 'char', v: cs[i++] } : null));
  it.back = () => (i < j ? { k: 'char', v: cs[--j] } : null);
  it.fixed = true;
  it.fork = () => charsIter(cs, i, j);
  it.rest = () => cs.slice(i, j).join('');
  return it;
}

function collectAll(it: IterV): Value[] {
  const out: Value[] = [];
  for (let x = it.next(); x !== null; x = it.next()) out.push(x);
  return out;
}

const truthy = (v: Value) => v.k === 'bool' && v.v;

function deref(v: Value): Value {
  while (v.k === 'ref') v = v.p.c[v.p.i];
  return v;
}

/** Step past one item, dropping it; false when there was none. */
function pass(ip: Interp, it: IterV): boolean {
  const x = it.next();
  if (x === null) return false;
  dropDiscarded(ip, x);
  return true;
}

/** Iterator adaptor / consumer methods. Returns null when `name` is not an iterator method. */
export function iterMethod(ip: Interp, it: IterV, name: string, args: Value[], span: Span, generics: A.Type[]): Value | null {
  const call = (f: Value, ...xs: Value[]) => ip.callValue(f, xs, span);
  // The source's back cursor and length, for the adaptors that have them when the source does.
  const back = () => pullBack(ip, it, span);
  const len = () => lenOf(ip, it, span);
  const de = canBack(it), es = hasLen(it);
  const kept = (x: Value) => truthy(call(args[0], { k: 'ref', mut: false, p: { c: [x], i: 0, root: { to: 'temp' } } }));
  switch (name) {
    case 'next': { const x = it.next(); return x === null ? none() : some(x); }
    case 'iter': case 'into_iter': return it;
    // `&mut it`: yields what `it` yields but owns none of it (a `for` over it that breaks drops nothing).
    // `lent` is `it` itself, for the methods of a Peekable reached through the borrow (its peeked slot lives on it).
    case 'by_ref': return Object.assign(adaptor('ByRef', () => it.next(), de && back, es && len, it.exact), { lent: it });
    case 'map': { const f = (x: Value | null) => (x === null ? null : call(args[0], x)); return adaptor('Map', () => f(it.next()), de && (() => f(back())), es && len, it.exact); }
    case 'filter': {
      const seek = (pull: () => Value | null) => { for (let x = pull(); x !== null; x = pull()) { if (kept(x)) return x; dropDiscarded(ip, x); } return null; };
      return adaptor('Filter', () => seek(() => it.next()), de && (() => seek(back)), false);
    }
    case 'filter_map': {
      const seek = (pull: () => Value | null) => { for (let x = pull(); x !== null; x = pull()) { const r = call(args[0], x); if (r.k === 'enum' && r.variant === 'Some') return r.f[0]; } return null; };
      return adaptor('FilterMap', () => seek(() => it.next()), de && (() => seek(back)), false);
    }
    case 'enumerate': {
      let i = 0;
      // From the back (std needs ExactSizeIterator for it): the index is the count so far plus what is left before it.
      const fromBack = () => { const k = len(); const x = back(); return x === null ? null : { k: 'tuple', f: [usize(Number(BigInt(i) + k - 1n)), x] } as Value; };
      return adaptor('Enumerate', () => { const x = it.next(); return x === null ? null : { k: 'tuple', f: [usize(i++), x] }; }, de && es && fromBack, es && len, it.exact);
    }
    case 'rev': {
      if (!de) return ip.unsupported(`\`${it.desc}\`의 \`.rev()\` (DoubleEndedIterator가 아닌 반복자: rustc가 E0277로 거부)`, span);
      return adaptor('Rev', back, () => it.next(), es && len, it.exact);
    }
    case 'zip': {
      const other = toIter(ip, args[0], span);
      const oLen = () => lenOf(ip, other, span), oBack = () => pullBack(ip, other, span);
      // From the back (both ExactSizeIterator): the longer side is first cut to the shorter's length, dropping.
      const fromBack = () => {
        const a = len(), b = oLen();
        for (let k = a; k > b; k--) { const x = back(); if (x !== null) dropDiscarded(ip, x); }
        for (let k = b; k > a; k--) { const x = oBack(); if (x !== null) dropDiscarded(ip, x); }
        const x = back(), y = oBack();
        return x === null || y === null ? null : { k: 'tuple', f: [x, y] } as Value;
      };
      const both = de && es && canBack(other) && hasLen(other);
      // A left item without a right one is dropped.
      return adopt(other, adaptor('Zip', () => { const a = it.next(); if (a === null) return null; const b = other.next(); if (b === null) { dropDiscarded(ip, a); return null; } return { k: 'tuple', f: [a, b] }; }, both && fromBack, es && hasLen(other) && (() => { const a = len(), b = oLen(); return a < b ? a : b; }), it.exact && other.exact), name);
    }
    case 'chain': {
      const other = toIter(ip, args[0], span);
      let first = true, last = true;
      const fromBack = () => { if (last) { const x = pullBack(ip, other, span); if (x !== null) return x; last = false; } return first ? back() : null; };
      return adopt(other, adaptor('Chain', () => { if (first) { const x = it.next(); if (x !== null) return x; first = false; } return last ? other.next() : null; }, de && canBack(other) && fromBack, false), name);
    }
    // What is skipped over is dropped as it is passed (skip, step_by, nth, skip_while, a failed find or filter).
    case 'skip': {
      let n = num(args[0]);
      const left = () => { const k = len() - BigInt(n); return k > 0n ? k : 0n; };
      return adaptor('Skip', () => { while (n > 0) { n--; if (!pass(ip, it)) return null; } return it.next(); }, de && es && (() => (left() > 0n ? back() : null)), es && left, it.exact);
    }
    case 'take': {
      let n = num(args[0]);
      const left = () => { const k = len(); return k < BigInt(n) ? k : BigInt(n); };
      // From the back: what lies past the first n is stepped over first (std's `nth_back`).
      const fromBack = () => { if (n <= 0) return null; const k = len() - BigInt(n); n--; return nthBack(ip, it, k > 0n ? k : 0n, span); };
      return adaptor('Take', () => (n > 0 ? (n--, it.next()) : null), de && es && fromBack, es && left, it.exact);
    }
    case 'step_by': {
      const n = num(args[0]);
      if (n === 0) return ip.unsupported('`.step_by(0)` (std는 패닉: assertion failed: step != 0)', span);
      let first = true;
      const left = () => { const k = len(), s = BigInt(n); return first ? (k === 0n ? 0n : 1n + (k - 1n) / s) : k / s; };
      // std's `next_back_index`: the back item is the last one on the step grid from the front.
      const fromBack = () => { const r = len() % BigInt(n); return nthBack(ip, it, first ? (r === 0n ? BigInt(n - 1) : r - 1n) : r, span); };
      return adaptor('StepBy', () => { if (first) { first = false; return it.next(); } for (let i = 0; i < n - 1; i++) if (!pass(ip, it)) return null; return it.next(); }, de && es && fromBack, es && left);
    }
    case 'cloned': case 'copied': { const f = (x: Value | null) => (x === null ? null : cloneOf(ip, deref(x))); return adaptor('Cloned', () => f(it.next()), de && (() => f(back())), es && len, it.exact); }
    case 'peekable': return it;
    case 'count': { let c = 0; while (pass(ip, it)) c++; return usize(c); }
    case 'last': { let last: Value | null = null; for (let x = it.next(); x !== null; x = it.next()) { if (last !== null) dropDiscarded(ip, last); last = x; } return last === null ? none() : some(last); }
    case 'nth': { let n = num(args[0]); for (let x = it.next(); x !== null; x = it.next()) { if (n-- === 0) return some(x); dropDiscarded(ip, x); } return none(); }
    case 'sum': case 'product': {
      const isSum = name === 'sum';
      const g = generics[0] ? tyName(astTy(generics[0])) : undefined;
      // Into a user type: its `impl Sum` / `impl Product` gets the iterator.
      const user = g ? ip.index.method(g, name, isSum ? 'Sum' : 'Product') : undefined;
      if (user && (user.trait === 'Sum' || user.trait === 'Product') && !user.fn.receiver) return ip.callMethod(user, [it], span);
      let acc: Value | null = null;
      for (let x = it.next(); x !== null; x = it.next()) {
        const v = deref(x);
        acc = acc === null ? v : arith(ip, isSum ? '+' : '*', acc, v, span.start);
      }
      if (acc === null) return g === 'f64' || g === 'f32' ? { k: 'float', ty: g, v: isSum ? -0 : 1 } : int((g as 'i32') ?? 'i32', isSum ? 0 : 1, !g);
      if (g && acc.k === 'int' && acc.lit) return int(g as 'i32', acc.v);
      return acc;
    }
    case 'fold': {
      let acc = args[0];
      for (let x = it.next(); x !== null; x = it.next()) acc = call(args[1], acc, x);
      return acc;
    }
    case 'for_each': { for (let x = it.next(); x !== null; x = it.next()) call(args[0], x); return UNIT; }
    case 'any': { for (let x = it.next(); x !== null; x = it.next()) { const r = call(args[0], x); if (r.k === 'bool' && r.v) return bool(true); } return bool(false); }
    case 'all': { for (let x = it.next(); x !== null; x = it.next()) { const r = call(args[0], x); if (r.k === 'bool' && !r.v) return bool(false); } return bool(true); }
    case 'find': {
      for (let x = it.next(); x !== null; x = it.next()) {
        const r = call(args[0], { k: 'ref', mut: false, p: { c: [x], i: 0, root: { to: 'temp' } } });
        if (r.k === 'bool' && r.v) return some(x);
        dropDiscarded(ip, x);
      }
      return none();
    }
    case 'position': { let i = 0; for (let x = it.next(); x !== null; x = it.next(), i++) { const r = call(args[0], x); if (r.k === 'bool' && r.v) return some(usize(i)); } return none(); }
    case 'max': case 'min': {
      const xs = collectAll(it);
      if (!xs.length) return none();
      // The one not kept is dropped at each comparison.
      let best = xs[0];
      for (const x of xs.slice(1)) { const c = valueCmp(ip, x, best); if (name === 'max' ? c >= 0 : c < 0) { dropDiscarded(ip, best); best = x; } else dropDiscarded(ip, x); }
      return some(best);
    }
    case 'max_by_key': case 'min_by_key': {
      const xs = collectAll(it);
      if (!xs.length) return none();
      let best = xs[0], bk = call(args[0], { k: 'ref', mut: false, p: { c: [best], i: 0, root: { to: 'temp' } } });
      for (const x of xs.slice(1)) {
        const k = call(args[0], { k: 'ref', mut: false, p: { c: [x], i: 0, root: { to: 'temp' } } });
        const c = valueCmp(ip, k, bk);
        if (name === 'max_by_key' ? c >= 0 : c < 0) { dropDiscarded(ip, best, bk); best = x; bk = k; } else dropDiscarded(ip, x, k);
      }
      return some(best);
    }
    case 'max_by': case 'min_by': {
      const xs = collectAll(it);
      if (!xs.length) return none();
      let best = xs[0];
      for (const x of xs.slice(1)) {
        const o = call(args[0], { k: 'ref', mut: false, p: { c: [x], i: 0, root: { to: 'temp' } } }, { k: 'ref', mut: false, p: { c: [best], i: 0, root: { to: 'temp' } } });
        const c = o.k === 'enum' ? (o.variant === 'Less' ? -1 : o.variant === 'Greater' ? 1 : 0) : 0;
        if (name === 'max_by' ? c >= 0 : c < 0) { dropDiscarded(ip, best); best = x; } else dropDiscarded(ip, x);
      }
      return some(best);
    }
    case 'take_while': { let done = false; return adaptor('TakeWhile', () => { if (done) return null; const x = it.next(); if (x === null) return null; const r = call(args[0], { k: 'ref', mut: false, p: { c: [x], i: 0, root: { to: 'temp' } } }); if (r.k === 'bool' && r.v) return x; done = true; dropDiscarded(ip, x); return null; }, false, false); }
    case 'skip_while': { let skipping = true; return adaptor('SkipWhile', () => { for (let x = it.next(); x !== null; x = it.next()) { if (skipping) { const r = call(args[0], { k: 'ref', mut: false, p: { c: [x], i: 0, root: { to: 'temp' } } }); if (r.k === 'bool' && r.v) { dropDiscarded(ip, x); continue; } skipping = false; } return x; } return null; }, false, false); }
    case 'flat_map': case 'flatten': {
      // The inner iterator being drained is dropped when it runs out, or with the adaptor (what it still holds).
      // From the back, a back inner iterator of its own; each end goes on into the other's when the source is done.
      let inner: PortIter | null = null, backInner: PortIter | null = null;
      const endInner = () => { const i = inner; inner = null; i?.drop?.(); };
      const endBack = () => { const i = backInner; backInner = null; i?.drop?.(); };
      const open = (x: Value) => toIter(ip, name === 'flat_map' ? call(args[0], x) : x, span);
      const fromBack = () => {
        for (;;) {
          if (backInner) { const y = pullBack(ip, backInner as IterV, span); if (y !== null) return y; endBack(); }
          const x = back();
          if (x === null) { if (!inner) return null; const y = pullBack(ip, inner as IterV, span); if (y === null) endInner(); return y; }
          backInner = open(x);
        }
      };
      return adaptor('FlatMap', () => {
        for (;;) {
          if (inner) { const y = inner.next(); if (y !== null) return y; endInner(); }
          const x = it.next();
          if (x === null) { if (!backInner) return null; const y = backInner.next(); if (y === null) endBack(); return y; }
          inner = open(x);
        }
      }, de && fromBack, false, false, () => { endInner(); endBack(); });
    }
    case 'inspect': { const f = (x: Value | null) => { if (x !== null) call(args[0], { k: 'ref', mut: false, p: { c: [x], i: 0, root: { to: 'temp' } } }); return x; }; return adaptor('Inspect', () => f(it.next()), de && (() => f(back())), es && len, it.exact); }
    case 'partition': {
      const yes: Value[] = [], no: Value[] = [];
      for (let x = it.next(); x !== null; x = it.next()) { const r = call(args[0], { k: 'ref', mut: false, p: { c: [x], i: 0, root: { to: 'temp' } } }); (r.k === 'bool' && r.v ? yes : no).push(x); }
      return { k: 'tuple', f: [newVec(ip, yes, yes.length, undefined), newVec(ip, no, no.length, undefined)] };
    }
    case 'unzip': {
      const a: Value[] = [], b: Value[] = [];
      for (let x = it.next(); x !== null; x = it.next()) {
        // Only pairs unzip (rustc rejects other items); anything else stops the run instead of a half-built Vec.
        const t = deref(x);
        if (t.k !== 'tuple' || t.f.length !== 2) return ip.unsupported(`unzip의 항목이 두 값의 튜플이 아님 (${t.k === 'tuple' ? `원소 ${t.f.length}개인 튜플` : t.k})`, span);
        a.push(t.f[0]); b.push(t.f[1]);
      }
      return { k: 'tuple', f: [newVec(ip, a, a.length, undefined), newVec(ip, b, b.length, undefined)] };
    }
    case 'collect': {
      const g = generics[0] ? astTy(generics[0]) : undefined;
      if (g && (g.n === 'Result' || g.n === 'Option')) {
        // Pulled one by one: the first Err / None stops the iterator (later closures never run).
        const pulled: Value[] = [];
        const r = collectTry(ip, () => { const x = it.next(); if (x !== null) pulled.push(x); return x; }, g);
        if (r) return r;
        it = fromArray('Collect', [...pulled, ...collectAll(it)], it.exact);
      }
      const exact = it.exact;
      const xs = collectAll(it);
      // std reserves the iterator's lower size bound: its length when known, else (filter, split…) 0.
      if (g && /^(Hash|BTree)(Map|Set)$/.test(g.n)) return mapFromPairs(ip, g.n as 'HashMap', xs, exact ? xs.length : 0);
      if (g && g.n === 'String') {
        const parts = xs.map((x) => displayText(ip, x));
        return newString(ip, parts.join(''), afterWrites(0, parts.map(utf8Len)));
      }
      const v = newVec(ip, xs, xs.length, undefined);
      if (g && g.n === 'VecDeque') v.deque = true;
      if (g && g.n === 'BinaryHeap') { ip.heap.toHeap?.(v.id); v.binheap = true; }
      if (!it.exact) {
        const a = ip.heap.get(v.id);
        a.cap = collectCap(xs.length, a.elemSize);
      }
      return v;
    }
  }
  return null;
}

function num(v: Value): number {
  v = deref(v);
  return v.k === 'int' ? Number(v.v) : 0;
}

function cloneOf(ip: Interp, v: Value): Value {
  return cloneValue(ip, v);
}

/** A user type implementing `Iterator` (`impl Iterator for Counter { fn next(&mut self) … }`). */
export function userIter(ip: Interp, p: import('../memory/value.ts').Place, span: Span): IterV | null {
  const v = p.c[p.i];
  if (v.k !== 'struct' && v.k !== 'enum') return null;
  const def = ip.index.method(v.name, 'next');
  if (!def) return null;
  const step = (d: typeof def) => { const r = ip.callMethod(d, [{ k: 'ref', mut: true, p }], span); return r.k === 'enum' && r.variant === 'Some' ? r.f[0] : null; };
  // `impl DoubleEndedIterator for T { fn next_back … }`: its back.
  const backDef = ip.index.method(v.name, 'next_back');
  return adaptor(v.name, () => step(def), !!backDef && (() => step(backDef)), false);
}
