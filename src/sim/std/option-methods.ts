// Methods of Option and Result: unwrap/expect (with std panic texts), map/and_then/ok_or/unwrap_or…,
// take/replace on places, as_ref/as_mut.
import * as PM from '../format/panic-message.ts';
import type { Span } from '../syntax/span.ts';
import { type Value, type Place, type EnumV, int, bool, some, none, ok, err } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { cloneValue } from '../semantics/expr.ts';
import { derefAll } from '../semantics/place.ts';
import { moveOut } from '../semantics/pattern.ts';
import { dropDiscarded } from '../semantics/drop.ts';
import { strText } from '../semantics/ops.ts';
import { debugText } from '../semantics/fmt-bridge.ts';
import { iterOf } from './iter.ts';
import { derefSimple, refTo } from './method-helpers.ts';

export function optionMethod(ip: Interp, p: Place, v: EnumV, name: string, args: Value[], span: Span): Value | null {
  const isOpt = v.name === 'Option';
  const good = v.variant === 'Some' || v.variant === 'Ok';
  const call = (f: Value, ...xs: Value[]) => ip.callValue(f, xs, span);
  const take = (): Value => moveOut(ip, p);
  /** What a by-value method discards (an unused argument, an `Err`'s payload, an unused closure) is dropped here. */
  const gone = (...xs: Value[]): void => dropDiscarded(ip, ...xs);
  /** The payload of a `None`/`Err` the method drops: an `Err`'s error. */
  const lost = (x: EnumV): void => { if (!isOpt && x.f.length) gone(x.f[0]); };
  switch (name) {
    case 'is_some': case 'is_ok': return bool(good);
    case 'is_none': case 'is_err': return bool(!good);
    case 'is_some_and': case 'is_ok_and': {
      const x = take() as EnumV;
      if (good) return bool((call(args[0], x.f[0]) as { v: boolean }).v);
      lost(x); gone(args[0]);
      return bool(false);
    }
    case 'unwrap': {
      if (good) return (take() as EnumV).f[0];
      if (isOpt) return ip.panic(PM.unwrapNone(), span.start);
      return ip.panic(PM.unwrapErr(debugText(ip, v.f[0])), span.start);
    }
    case 'expect': {
      if (good) return (take() as EnumV).f[0];
      const msg = strText(ip, derefAll(ip, args[0])) ?? '';
      if (isOpt) return ip.panic(msg, span.start);
      return ip.panic(`${msg}: ${debugText(ip, v.f[0])}`, span.start);
    }
    case 'unwrap_err': case 'expect_err': {
      if (!good) return (take() as EnumV).f[0];
      const msg = name === 'expect_err' ? strText(ip, derefAll(ip, args[0])) ?? '' : 'called `Result::unwrap_err()` on an `Ok` value';
      return ip.panic(`${msg}: ${debugText(ip, v.f[0])}`, span.start);
    }
    case 'unwrap_or': { const x = take() as EnumV; if (good) { gone(args[0]); return x.f[0]; } lost(x); return args[0]; }
    case 'unwrap_or_else': { const x = take() as EnumV; if (good) { gone(args[0]); return x.f[0]; } return isOpt ? call(args[0]) : call(args[0], x.f[0]); }
    case 'unwrap_or_default': { const x = take() as EnumV; if (good) return x.f[0]; lost(x); return int('i32', 0, true); }
    case 'map': { const x = take() as EnumV; if (!good) { gone(args[0]); return x; } const r = call(args[0], x.f[0]); return isOpt ? some(r) : ok(r); }
    case 'map_err': { const x = take() as EnumV; if (good) { gone(args[0]); return x; } return err(call(args[0], x.f[0])); }
    case 'map_or': { const x = take() as EnumV; if (good) { gone(args[0]); return call(args[1], x.f[0]); } lost(x); gone(args[1]); return args[0]; }
    case 'and_then': { const x = take() as EnumV; if (good) return call(args[0], x.f[0]); gone(args[0]); return x; }
    case 'or': { const x = take() as EnumV; if (good) { gone(args[0]); return x; } lost(x); return args[0]; }
    case 'or_else': { const x = take() as EnumV; if (good) { gone(args[0]); return x; } return isOpt ? call(args[0]) : call(args[0], x.f[0]); }
    case 'ok_or': { const x = take() as EnumV; if (good) { gone(args[0]); return ok(x.f[0]); } return err(args[0]); }
    case 'ok_or_else': { const x = take() as EnumV; if (good) { gone(args[0]); return ok(x.f[0]); } return err(call(args[0])); }
    case 'ok': { const x = take() as EnumV; if (good) return some(x.f[0]); lost(x); return none(); }
    case 'err': { const x = take() as EnumV; if (good) { gone(x.f[0]); return none(); } return some(x.f[0]); }
    case 'filter': {
      const x = take() as EnumV;
      if (!good) { gone(args[0]); return x; }
      const r = call(args[0], refTo(x.f, 0, { to: 'temp' }));
      gone(args[0]);
      if (r.k === 'bool' && r.v) return x;
      gone(x.f[0]);
      return none();
    }
    case 'as_ref': return v.f.length ? { k: 'enum', name: v.name, variant: v.variant, f: [refTo(v.f, 0, p.root)] } : v;
    case 'as_mut': return v.f.length ? { k: 'enum', name: v.name, variant: v.variant, f: [refTo(v.f, 0, p.root, true)] } : v;
    case 'take': { const old = p.c[p.i]; p.c[p.i] = none(); return old; }
    case 'replace': { const old = p.c[p.i]; p.c[p.i] = some(args[0]); return old; }
    case 'cloned': case 'copied': return good ? some(cloneValue(ip, derefSimple(v.f[0]))) : v;
    case 'iter': return iterOf('Iter', (() => { let done = !good; return () => { if (done) return null; done = true; return refTo(v.f, 0, p.root); }; })());
    // `o.into_iter()`: the payload once, by value; one not taken drops with the iterator (an `Err`'s at once).
    case 'into_iter': {
      const x = take() as EnumV;
      if (!good) { lost(x); return iterOf('IntoIter', () => null); }
      let item: Value | null = x.f[0];
      return iterOf('IntoIter', () => { const r = item; item = null; return r; }, () => { if (item) gone(item); item = null; });
    }
    case 'unwrap_unchecked': return v.f[0];
  }
  return null;
}
