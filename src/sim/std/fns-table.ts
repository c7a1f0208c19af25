// More std free / associated functions (one entry each, merged into calls.ts's table): cmp::*_by(_key),
// String::from_utf8(_lossy), {int}::from_str_radix, mem::forget, Rc::make_mut / get_mut / try_unwrap.
import { RANGES, norm } from '../memory/int.ts';
import type { IntTy } from '../memory/value.ts';
import { type Value, UNIT, err, int, none, ok, some } from '../memory/value.ts';
import { newString, newVec, utf8Len } from '../semantics/buffers.ts';
import { cloneValue } from '../semantics/expr.ts';
import type { Interp } from '../semantics/interp.ts';
import { valueCmp } from '../semantics/ops.ts';
import { derefAll } from '../semantics/place.ts';
import { afterWrites } from '../semantics/string-capacity.ts';
import type * as A from '../syntax/ast.ts';
import type { Span } from '../syntax/span.ts';
import { collectCap } from './collect-cap.ts';
import { floatFromBits, floatFromBytes } from './float-table.ts';
import { intFromBytes } from './int-table.ts';
import { toIter } from './iter.ts';
import { mapFromPairs } from './maps.ts';
import { n, ordering } from './method-helpers.ts';
import { fromUtf8ErrorValue, utf8ErrorValue } from './utf-errors.ts';

type StdFn = (ip: Interp, args: Value[], span: Span, generics: A.Type[], call?: A.CallExpr | null) => Value;

const refTo = (v: Value): Value => ({ k: 'ref', mut: false, p: { c: [v], i: 0, root: { to: 'temp' } } });

/** Bytes of a `Vec<u8>` / `&[u8]` / `[u8; N]` argument. */
function bytesOf(ip: Interp, v: Value): number[] {
  const d = derefAll(ip, v);
  const items = d.k === 'vec' ? ip.heap.get(d.id).vals : d.k === 'array' ? d.f : d.k === 'slice' ? d.c.slice(d.from, d.to) : [];
  return items.map((x) => n(derefAll(ip, x)));
}

/** core::str::from_utf8's validation: (valid_up_to, error_len) of the first bad sequence, or null. */
export function utf8Error(b: number[]): { validUpTo: number; errorLen: number | null } | null {
  let i = 0;
  while (i < b.length) {
    const x = b[i];
    const need = x < 0x80 ? 0 : x >= 0xc2 && x <= 0xdf ? 1 : x >= 0xe0 && x <= 0xef ? 2 : x >= 0xf0 && x <= 0xf4 ? 3 : -1;
    if (need < 0) return { validUpTo: i, errorLen: 1 };
    const lo = x === 0xe0 ? 0xa0 : x === 0xf0 ? 0x90 : 0x80;
    const hi = x === 0xed ? 0x9f : x === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= need; k++) {
      if (i + k >= b.length) return { validUpTo: i, errorLen: null };
      const y = b[i + k];
      if (y < (k === 1 ? lo : 0x80) || y > (k === 1 ? hi : 0xbf)) return { validUpTo: i, errorLen: k };
    }
    i += need + 1;
  }
  return null;
}

const fromBytes = (b: number[]): string => new TextDecoder().decode(new Uint8Array(b));

function byKey(pickSecondOnTie: boolean, useKey: boolean): StdFn {
  return (ip, [a, b, f], span) => {
    const c = useKey ? valueCmp(ip, ip.callValue(f, [refTo(a)], span), ip.callValue(f, [refTo(b)], span)) : ordering(ip.callValue(f, [refTo(a), refTo(b)], span));
    // max_by: b unless a > b; min_by: a unless a > b.
    return pickSecondOnTie ? (c > 0 ? a : b) : (c > 0 ? b : a);
  };
}

function fromStrRadix(ty: IntTy): StdFn {
  return (ip, [s, radix]) => {
    const text = (() => { const d = derefAll(ip, s); return d.k === 'str' ? d.s : d.k === 'string' ? ip.heap.get(d.id).text : ''; })();
    const r = n(derefAll(ip, radix));
    const perr = (kind: string) => err({ k: 'struct', name: 'ParseIntError', f: [{ k: 'enum', name: 'IntErrorKind', variant: kind, f: [] }], tuple: false });
    if (text === '') return perr('Empty');
    const signed = RANGES[ty].signed;
    let body = text, neg = false;
    if (body[0] === '+' || (body[0] === '-' && signed)) { neg = body[0] === '-'; body = body.slice(1); }
    if (body === '') return perr('InvalidDigit');
    let acc = 0n;
    for (const ch of body) {
      const d = parseInt(ch, 36);
      if (!/^[0-9a-zA-Z]$/.test(ch) || d >= r) return perr('InvalidDigit');
      acc = acc * BigInt(r) + BigInt(d);
      const v = neg ? -acc : acc;
      if (v > RANGES[ty].max) return perr('PosOverflow');
      if (v < RANGES[ty].min) return perr('NegOverflow');
    }
    return ok(int(ty, norm(neg ? -acc : acc)));
  };
}

const INT_TYS: IntTy[] = ['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize'];

export const EXTRA_FNS: Record<string, StdFn> = {
  'cmp::max_by_key': byKey(true, true),
  'cmp::min_by_key': byKey(false, true),
  'cmp::max_by': byKey(true, false),
  'cmp::min_by': byKey(false, false),
  'String::from_utf8': (ip, [v]) => {
    const b = bytesOf(ip, v);
    const bad = utf8Error(b);
    if (!bad) return ok(newString(ip, fromBytes(b), b.length));
    return err(fromUtf8ErrorValue(derefAll(ip, v).k === 'vec' ? derefAll(ip, v) : newVec(ip, b.map((x) => int('u8', x)), b.length, 'u8'), utf8ErrorValue(bad.validUpTo, bad.errorLen)));
  },
  'String::from_utf8_lossy': (ip, [v]) => {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(new Uint8Array(bytesOf(ip, v)));
    return { k: 'str', s: text, root: { to: 'temp' } };
  },
  'str::from_utf8': (ip, [v]) => {
    const b = bytesOf(ip, v);
    const bad = utf8Error(b);
    if (!bad) return ok({ k: 'str', s: fromBytes(b), root: { to: 'temp' } });
    return err(utf8ErrorValue(bad.validUpTo, bad.errorLen));
  },
  'str::from_utf8_mut': (ip, args, span, g) => EXTRA_FNS['str::from_utf8'](ip, args, span, g),
  'mem::forget': () => UNIT,
  'Vec::from_iter': (ip, [src], span) => {
    const it = toIter(ip, src, span);
    const xs: Value[] = [];
    for (let x = it.next(); x !== null; x = it.next()) xs.push(x);
    const v = newVec(ip, xs, xs.length, undefined);
    if (!it.exact) { const a = ip.heap.get(v.id); a.cap = collectCap(xs.length, a.elemSize); }
    return v;
  },
  'String::from_iter': (ip, [src], span) => {
    const it = toIter(ip, src, span);
    const parts: string[] = [];
    for (let x = it.next(); x !== null; x = it.next()) { const d = derefAll(ip, x); parts.push(d.k === 'char' ? d.v : d.k === 'str' ? d.s : d.k === 'string' ? ip.heap.get(d.id).text : ''); }
    return newString(ip, parts.join(''), afterWrites(0, parts.map(utf8Len)));
  },
  ...Object.fromEntries((['HashMap', 'BTreeMap', 'HashSet', 'BTreeSet'] as const).map((k) => [`${k}::from_iter`, ((ip, [src], span) => {
    const it = toIter(ip, src, span);
    const xs: Value[] = [];
    for (let x = it.next(); x !== null; x = it.next()) xs.push(x);
    return mapFromPairs(ip, k, xs);
  }) as StdFn])),
  'Weak::ptr_eq': (ip, [a, b]) => { const x = derefAll(ip, a), y = derefAll(ip, b); return { k: 'bool', v: x.k === 'weak' && y.k === 'weak' && x.id === y.id }; },
  'Rc::make_mut': (ip, [r], span) => rcMakeMut(ip, r) ?? ip.unsupported('Rc가 아닌 인자', span),
  'Rc::get_mut': (ip, [r], span) => {
    const d = r.k === 'ref' ? r.p.c[r.p.i] : r;
    if (d.k !== 'rc') return ip.unsupported('Rc가 아닌 인자', span);
    const a = ip.heap.get(d.id);
    return a.strong === 1 && a.weak === 0 ? some({ k: 'ref', mut: true, p: { c: a.vals, i: 0, root: { to: 'heap', id: a.id } } }) : none();
  },
  ...Object.fromEntries(INT_TYS.map((t) => [`${t}::from_str_radix`, fromStrRadix(t)])),
  ...Object.fromEntries(INT_TYS.map((t) => [`${t}::try_from`, ((ip, [x]) => {
    const d = derefAll(ip, x);
    if (d.k !== 'int') return err({ k: 'struct', name: 'TryFromIntError', f: [UNIT], tuple: true });
    const b = BigInt(d.v);
    return b >= RANGES[t].min && b <= RANGES[t].max ? ok(int(t, norm(b))) : err({ k: 'struct', name: 'TryFromIntError', f: [UNIT], tuple: true });
  }) as StdFn])),
  'f64::from_bits': (ip, [b]) => floatFromBits('f64', BigInt((derefAll(ip, b) as { v: number | bigint }).v)),
  'f32::from_bits': (ip, [b]) => floatFromBits('f32', BigInt((derefAll(ip, b) as { v: number | bigint }).v)),
  ...Object.fromEntries(INT_TYS.flatMap((t) => (['le', 'be', 'ne'] as const).map((o) => [`${t}::from_${o}_bytes`, ((ip, [b]) => intFromBytes(t, bytesOf(ip, b), o === 'be' ? 'be' : 'le')) as StdFn]))),
  ...Object.fromEntries((['f32', 'f64'] as const).flatMap((t) => (['le', 'be', 'ne'] as const).map((o) => [`${t}::from_${o}_bytes`, ((ip, [b]) => floatFromBytes(t, bytesOf(ip, b), o === 'be' ? 'be' : 'le')) as StdFn]))),
};

/** Rc::make_mut: unique → a &mut to the value; shared → clone the value into a fresh Rc first. */
function rcMakeMut(ip: Interp, r: Value): Value | null {
  if (r.k !== 'ref') return null;
  const rc = r.p.c[r.p.i];
  if (rc.k !== 'rc') return null;
  let a = ip.heap.get(rc.id);
  if (a.strong > 1 || a.weak > 0) {
    const copy = cloneValue(ip, a.vals[0]);
    a.strong--;
    const fresh = ip.heap.alloc('Rc', a.ty, [copy], a.elemSize);
    if (a.arc) fresh.arc = true;
    r.p.c[r.p.i] = { k: 'rc', id: fresh.id };
    a = fresh;
  }
  return { k: 'ref', mut: true, p: { c: a.vals, i: 0, root: { to: 'heap', id: a.id } } };
}
