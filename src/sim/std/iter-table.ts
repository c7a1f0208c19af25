// Iterator methods as a table (one entry per method): Peekable (peek / next_if), double-ended access
// (next_back / nth_back / rfind / rfold / try_rfold / rposition), scan / map_while / cycle / reduce / find_map, comparisons.
import { type Value, type IterV, type IntV, usize, some, none, bool, ok, UNIT, type EnumV } from '../memory/value.ts';
import { valueCmp, valueEq } from '../semantics/ops.ts';
import { canBack, hasLen, iterOf, lenOf, nthBack, pullBack, toIter } from './iter.ts';
import { toBig } from '../memory/int.ts';
import { dropDiscarded } from '../semantics/drop.ts';
import { methods, lookup, type MethodCall } from './method-table.ts';

/** Peekable's one-item look-ahead: `slot[0]` is the peeked item (peek_mut writes through it). */
interface PeekableV extends IterV { peekSlot?: Value[]; peekDone?: boolean; inner?: IterV; lent?: PeekableV; drop?: () => void }

const tempRef = (c: Value[], mut = false): Value => ({ k: 'ref', mut, p: { c, i: 0, root: { to: 'temp' } } });
const truthy = (v: Value) => v.k === 'bool' && v.v;
/** An adaptor std gives no back cursor or length (scan, map_while, cycle): never buffered. */
const fwd = (it: IterV): IterV => { it.fixed = true; return it; };

function peekable(ip: MethodCall['ip'], inner: IterV, span: MethodCall['span']): PeekableV {
  const p: PeekableV = iterOf('Peekable', () => {
    if (p.peekSlot) { const v = p.peekSlot[0]; p.peekSlot = undefined; return v; }
    if (p.peekDone) return null;
    return inner.next();
  });
  p.inner = inner;
  p.exact = inner.exact;
  p.fixed = true;
  // Dropped: the peeked item goes after what the source still holds (the source's drop moves here first: `adopt`).
  p.drop = () => { const s = p.peekSlot; p.peekSlot = undefined; if (s) dropDiscarded(ip, ...s); };
  // From the back: the inner's back, then the peeked item (std's `Peekable::next_back`).
  if (canBack(inner)) p.back = () => {
    if (p.peekSlot) { const x = pullBack(ip, inner, span); if (x !== null) return x; const v = p.peekSlot[0]; p.peekSlot = undefined; p.peekDone = true; return v; }
    if (p.peekDone) return null;
    return pullBack(ip, inner, span);
  };
  if (hasLen(inner)) p.len = () => (p.peekDone && !p.peekSlot ? 0n : lenOf(ip, inner, span) + (p.peekSlot ? 1n : 0n));
  return p;
}

function peekSlot(v: PeekableV): Value[] | null {
  // Through `by_ref()`, the Peekable that was lent.
  const p: PeekableV = v.lent ?? v;
  if (!p.peekSlot) {
    if (p.peekDone) return null;
    const x = p.inner ? p.inner.next() : p.next();
    if (x === null) { p.peekDone = true; return null; }
    p.peekSlot = [x];
  }
  return p.peekSlot;
}

const ITER: Readonly<Record<string, (c: MethodCall<IterV>) => Value | null>> = methods<IterV>('Iterator', {
  peekable: ({ ip, v, span }) => (v.desc === 'Peekable' ? v : peekable(ip, v, span)),
  peek: ({ v }) => { const s = peekSlot(v as PeekableV); return s ? some(tempRef(s)) : none(); },
  peek_mut: ({ v }) => { const s = peekSlot(v as PeekableV); return s ? some(tempRef(s, true)) : none(); },
  next_if: ({ ip, v, args, span }) => {
    const s = peekSlot(v as PeekableV);
    if (!s || !truthy(ip.callValue(args[0], [tempRef(s)], span))) return none();
    return some(v.next()!);
  },
  next_if_eq: ({ ip, v, args }) => {
    const s = peekSlot(v as PeekableV);
    if (!s || !valueEq(ip, s[0], args[0])) return none();
    return some(v.next()!);
  },
  next_back: ({ ip, v, span }) => { const x = pullBack(ip, v, span); return x === null ? none() : some(x); },
  nth_back: ({ ip, v, args, span }) => { const x = nthBack(ip, v, toBig((args[0] as IntV).v), span); return x === null ? none() : some(x); },
  rfind: ({ ip, v, args, span }) => {
    for (let x = pullBack(ip, v, span); x !== null; x = pullBack(ip, v, span)) { if (truthy(ip.callValue(args[0], [tempRef([x])], span))) return some(x); dropDiscarded(ip, x); }
    return none();
  },
  rfold: ({ ip, v, args, span }) => {
    let acc = args[0];
    for (let x = pullBack(ip, v, span); x !== null; x = pullBack(ip, v, span)) acc = ip.callValue(args[1], [acc, x], span);
    return acc;
  },
  try_rfold: ({ ip, v, args, span, generics }) => {
    let acc: Value = args[0];
    let kind = args.length && generics[0]?.kind === 'PathType' ? generics[0].name : 'Option';
    for (let x = pullBack(ip, v, span); x !== null; x = pullBack(ip, v, span)) {
      const r = ip.callValue(args[1], [acc, x], span) as EnumV;
      kind = r.name;
      if (r.variant === 'Err' || r.variant === 'None') return r;
      acc = r.f[0];
    }
    return kind === 'Result' ? ok(acc) : some(acc);
  },
  // From the back, counting down from the length (std needs ExactSizeIterator + DoubleEndedIterator).
  rposition: ({ ip, v, args, span }) => {
    let i = lenOf(ip, v, span);
    for (let x = pullBack(ip, v, span); x !== null; x = pullBack(ip, v, span)) { i--; if (truthy(ip.callValue(args[0], [x], span))) return some(usize(Number(i))); }
    return none();
  },
  len: ({ ip, v, span }) => usize(Number(lenOf(ip, v, span))),
  scan: ({ ip, v, args, span }) => {
    const state: Value[] = [args[0]];
    let done = false;
    return fwd(iterOf('Scan', () => {
      if (done) return null;
      const x = v.next();
      if (x === null) return null;
      const r = ip.callValue(args[1], [tempRef(state, true), x], span) as EnumV;
      if (r.variant === 'None') { done = true; return null; }
      return r.f[0];
    }));
  },
  map_while: ({ ip, v, args, span }) => {
    let done = false;
    return fwd(iterOf('MapWhile', () => {
      if (done) return null;
      const x = v.next();
      if (x === null) return null;
      const r = ip.callValue(args[0], [x], span) as EnumV;
      if (r.variant === 'None') { done = true; return null; }
      return r.f[0];
    }));
  },
  cycle: ({ ip, v }) => {
    const seen: Value[] = [];
    let i = -1;
    return fwd(iterOf('Cycle', () => {
      ip.spend();
      if (i < 0) { const x = v.next(); if (x !== null) { seen.push(x); return x; } if (!seen.length) return null; i = 0; }
      const x = seen[i];
      i = (i + 1) % seen.length;
      return x;
    }));
  },
  fuse: ({ ip, v, span }) => {
    let done = false;
    const f = iterOf('Fuse', () => { if (done) return null; const x = v.next(); if (x === null) done = true; return x; });
    f.fixed = true;
    f.exact = v.exact;
    if (canBack(v)) f.back = () => { if (done) return null; const x = pullBack(ip, v, span); if (x === null) done = true; return x; };
    if (hasLen(v)) f.len = () => (done ? 0n : lenOf(ip, v, span));
    return f;
  },
  reduce: ({ ip, v, args, span }) => {
    let acc = v.next();
    if (acc === null) return none();
    for (let x = v.next(); x !== null; x = v.next()) acc = ip.callValue(args[0], [acc, x], span);
    return some(acc);
  },
  find_map: ({ ip, v, args, span }) => {
    for (let x = v.next(); x !== null; x = v.next()) { const r = ip.callValue(args[0], [x], span) as EnumV; if (r.variant === 'Some') return r; }
    return none();
  },
  for_each: ({ ip, v, args, span }) => { for (let x = v.next(); x !== null; x = v.next()) ip.callValue(args[0], [x], span); return UNIT; },
  try_for_each: ({ ip, v, args, span }) => {
    for (let x = v.next(); x !== null; x = v.next()) { const r = ip.callValue(args[0], [x], span) as EnumV; if (r.variant === 'Err' || r.variant === 'None') return r; }
    return tryOk(ip, v);
  },
  try_fold: ({ ip, v, args, span, generics }) => {
    let acc: Value = args[0];
    let kind = args.length && generics[0]?.kind === 'PathType' ? generics[0].name : 'Option';
    for (let x = v.next(); x !== null; x = v.next()) {
      const r = ip.callValue(args[1], [acc, x], span) as EnumV;
      kind = r.name;
      if (r.variant === 'Err' || r.variant === 'None') return r;
      acc = r.f[0];
    }
    return kind === 'Result' ? ok(acc) : some(acc);
  },
  // Exact for what knows its length; the bounds of the others (filter, chain, flat_map, …) are not modelled.
  size_hint: ({ ip, v, span }) => {
    if (!hasLen(v)) return ip.unsupported(`\`${v.desc}\`의 \`.size_hint()\` (길이를 모르는 반복자의 범위)`, span);
    const k = usize(Number(lenOf(ip, v, span)));
    return { k: 'tuple', f: [k, some(k)] };
  },
  min_by: ({ ip, v, args, span }) => {
    let best = v.next();
    if (best === null) return none();
    for (let x = v.next(); x !== null; x = v.next()) if (ordCall(ip, args[0], best, x, span) > 0) best = x;
    return some(best);
  },
  is_sorted_by: ({ ip, v, args, span }) => {
    let prev = v.next();
    for (let x = prev === null ? null : v.next(); x !== null; prev = x, x = v.next()) if (!truthy(ip.callValue(args[0], [tempRef([prev!]), tempRef([x])], span))) return bool(false);
    return bool(true);
  },
  is_sorted_by_key: ({ ip, v, args, span }) => {
    let prev: Value | null = null;
    for (let x = v.next(); x !== null; x = v.next()) { const k = ip.callValue(args[0], [x], span); if (prev !== null && valueCmp(ip, prev, k) > 0) return bool(false); prev = k; }
    return bool(true);
  },
  is_sorted: ({ ip, v }) => {
    let prev = v.next();
    for (let x = prev === null ? null : v.next(); x !== null; prev = x, x = v.next()) if (valueCmp(ip, prev!, x) > 0) return bool(false);
    return bool(true);
  },
  eq: ({ ip, v, args, span }) => bool(iterEq(ip, v, toIter(ip, args[0], span))),
  ne: ({ ip, v, args, span }) => bool(!iterEq(ip, v, toIter(ip, args[0], span))),
  cmp: ({ ip, v, args, span }) => ordering(iterCmp(ip, v, toIter(ip, args[0], span))),
  // Unordered items (a NaN) make the whole comparison None, as std's `partial_cmp` says.
  partial_cmp: ({ ip, v, args, span }) => { const c = iterCmp(ip, v, toIter(ip, args[0], span)); return Number.isNaN(c) ? none() : some(ordering(c)); },
  lt: ({ ip, v, args, span }) => bool(iterCmp(ip, v, toIter(ip, args[0], span)) < 0),
  le: ({ ip, v, args, span }) => bool(iterCmp(ip, v, toIter(ip, args[0], span)) <= 0),
  gt: ({ ip, v, args, span }) => bool(iterCmp(ip, v, toIter(ip, args[0], span)) > 0),
  ge: ({ ip, v, args, span }) => bool(iterCmp(ip, v, toIter(ip, args[0], span)) >= 0),
});

/** `try_for_each` finished without a failure: Ok(()) (the closures in practice return Result). */
function tryOk(_ip: MethodCall['ip'], _v: IterV): Value { return ok(UNIT); }

function ordCall(ip: MethodCall['ip'], f: Value, a: Value, b: Value, span: MethodCall['span']): number {
  const o = ip.callValue(f, [tempRef([a]), tempRef([b])], span) as EnumV;
  return o.variant === 'Less' ? -1 : o.variant === 'Greater' ? 1 : 0;
}

function iterEq(ip: MethodCall['ip'], a: IterV, b: IterV): boolean {
  for (;;) {
    const x = a.next(), y = b.next();
    if (x === null || y === null) return x === y;
    if (!valueEq(ip, x, y)) return false;
  }
}

function iterCmp(ip: MethodCall['ip'], a: IterV, b: IterV): number {
  for (;;) {
    const x = a.next(), y = b.next();
    if (x === null) return y === null ? 0 : -1;
    if (y === null) return 1;
    const c = valueCmp(ip, x, y);
    if (c !== 0) return c;
  }
}

const ordering = (c: number): EnumV => ({ k: 'enum', name: 'Ordering', variant: c < 0 ? 'Less' : c > 0 ? 'Greater' : 'Equal', f: [] });

export function iterTableMethod(c: MethodCall<IterV>, name: string): Value | null {
  return lookup(ITER, name)?.(c) ?? null;
}
export function hasIterMethod(name: string): boolean {
  return lookup(ITER, name) !== undefined;
}
