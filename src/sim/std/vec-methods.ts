// Methods of Vec, arrays and slices: push/pop/insert/remove with capacity growth, get/first/last,
// iteration by & and &mut, sort/reverse/join and friends.
import { vecInsertIndex, vecRemoveIndex } from '../format/panic-message.ts';
import type * as A from '../syntax/ast.ts';
import type { Span } from '../syntax/span.ts';
import { type Value, type Place, UNIT, usize, bool, some, none, ok, err } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { needsDrop } from '../semantics/interp.ts';
import { cloneValue } from '../semantics/expr.ts';
import { derefAll } from '../semantics/place.ts';
import { moveOut } from '../semantics/pattern.ts';
import { dropValue } from '../semantics/drop.ts';
import { strText, valueEq, valueCmp } from '../semantics/ops.ts';
import { newVec, newString, vecPush, vecReserve } from '../semantics/buffers.ts';
import { toIter, placesIter, ownedIter } from './iter.ts';
import { u } from './seq-view.ts';
import { refTo, derefCopy, coerceElem, ordering, rustSort, rangeArg } from './method-helpers.ts';

export function seqMethod(ip: Interp, p: Place, v: Value & { k: 'vec' | 'array' | 'slice' }, name: string, args: Value[], span: Span, generics: A.Type[]): Value | null {
  const a = v.k === 'vec' ? ip.heap.get(v.id) : null;
  const base: Value[] = a ? a.vals : v.k === 'array' ? v.f : (v as { c: Value[] }).c;
  const from = v.k === 'slice' ? v.from : 0;
  const to = v.k === 'slice' ? v.to : base.length;
  const len = to - from;
  const root: Place['root'] = a ? { to: 'heap', id: a.id } : v.k === 'slice' ? v.root : p.root;
  switch (name) {
    case 'len': return usize(len);
    case 'is_empty': return bool(len === 0);
    case 'capacity': return usize(a ? a.cap : len);
    case 'push': if (a) { vecPush(ip, a.id, coerceElem(ip, a.vals, args[0])); return UNIT; } break;
    case 'pop': if (a) { const x = a.vals.pop(); return x === undefined ? none() : some(x); } break;
    case 'clear': if (a) { const xs = a.vals.splice(0); for (const x of xs) if (needsDrop(x)) dropValue(ip, x, null); return UNIT; } break;
    case 'truncate': if (a) { const xs = a.vals.splice(u(args[0])); for (const x of xs) if (needsDrop(x)) dropValue(ip, x, null); return UNIT; } break;
    case 'insert': if (a) {
      const i = u(args[0]);
      if (i > a.vals.length) return ip.panic(vecInsertIndex(i, a.vals.length), span.start);
      vecReserve(ip, a.id, 1);
      a.vals.splice(i, 0, coerceElem(ip, a.vals, args[1]));
      return UNIT;
    } break;
    case 'remove': if (a) {
      const i = u(args[0]);
      if (i >= a.vals.length) return ip.panic(vecRemoveIndex(i, a.vals.length), span.start);
      return a.vals.splice(i, 1)[0];
    } break;
    case 'extend': case 'extend_from_slice': if (a) {
      // A TrustedLen source (array, Vec, range, slice iter, map of those) reserves its whole length first.
      const it = toIter(ip, args[0], span);
      if (it.exact) { const xs: Value[] = []; for (let x = it.next(); x !== null; x = it.next()) xs.push(x); vecReserve(ip, a.id, xs.length); for (const x of xs) vecPush(ip, a.id, derefCopy(ip, x)); return UNIT; }
      for (let x = it.next(); x !== null; x = it.next()) vecPush(ip, a.id, derefCopy(ip, x));
      return UNIT;
    } break;
    case 'reserve': if (a) { vecReserve(ip, a.id, u(args[0])); return UNIT; } break;
    case 'binary_search': {
      let lo = 0, hi = len;
      while (lo < hi) { const mid = (lo + hi) >> 1; const c = valueCmp(ip, base[from + mid], args[0]); if (c === 0) return ok(usize(mid)); if (c < 0) lo = mid + 1; else hi = mid; }
      return err(usize(lo));
    }
    case 'shrink_to_fit': if (a) { a.cap = a.vals.length; return UNIT; } break;
    case 'first': return len ? some(refTo(base, from, root)) : none();
    case 'last': return len ? some(refTo(base, to - 1, root)) : none();
    case 'iter': return placesIter(base, from, to, root, false);
    case 'iter_mut': return placesIter(base, from, to, root, true);
    case 'into_iter': return p.root.to === 'temp' || v.k !== 'slice' ? toIter(ip, v.k === 'vec' || v.k === 'array' ? moveOut(ip, p) : v, span) : placesIter(base, from, to, root, false);
    case 'contains': return bool(base.slice(from, to).some((x) => valueEq(ip, x, args[0])));
    case 'sort': case 'sort_unstable': { const xs = rustSort(base.slice(from, to), (x, y) => valueCmp(ip, x, y) < 0); base.splice(from, len, ...xs); return UNIT; }
    case 'sort_by': case 'sort_unstable_by': { const xs = rustSort(base.slice(from, to), (x, y) => ordering(ip.callValue(args[0], [refTo([x], 0, root), refTo([y], 0, root)], span)) < 0); base.splice(from, len, ...xs); return UNIT; }
    case 'sort_by_key': case 'sort_unstable_by_key': { const xs = rustSort(base.slice(from, to), (x, y) => valueCmp(ip, ip.callValue(args[0], [refTo([x], 0, root)], span), ip.callValue(args[0], [refTo([y], 0, root)], span)) < 0); base.splice(from, len, ...xs); return UNIT; }
    case 'reverse': { const xs = base.slice(from, to).reverse(); base.splice(from, len, ...xs); return UNIT; }
    case 'join': case 'concat': {
      const sep = name === 'join' ? strText(ip, derefAll(ip, args[0])) ?? '' : '';
      const t = base.slice(from, to).map((x) => strText(ip, derefAll(ip, x)) ?? '').join(sep);
      return newString(ip, t);
    }
    case 'to_vec': return newVec(ip, base.slice(from, to).map((x) => cloneValue(ip, x)), len, a?.ty);
    case 'as_slice': return { k: 'slice', c: base, from, to, root, mut: false };
    case 'retain': if (a) {
      const keep: Value[] = [];
      for (const x of a.vals) { const r = ip.callValue(args[0], [refTo([x], 0, root)], span); if (r.k === 'bool' && r.v) keep.push(x); else if (needsDrop(x)) dropValue(ip, x, null); }
      a.vals.splice(0, a.vals.length, ...keep);
      return UNIT;
    } break;
    case 'dedup': if (a) { const out: Value[] = []; for (const x of a.vals) if (!out.length || !valueEq(ip, out[out.length - 1], x)) out.push(x); a.vals.splice(0, a.vals.length, ...out); return UNIT; } break;
    case 'drain': if (a) { const [lo, hi] = args.length ? rangeArg(ip, args[0], a.vals.length, span) : [0, a.vals.length]; return ownedIter(ip, 'Drain', a.vals.splice(lo, hi - lo)); } break;
  }
  // Slices are iterable: `v.iter().map(..)` is covered above; `v.map` is not valid Rust.
  void generics;
  return null;
}
