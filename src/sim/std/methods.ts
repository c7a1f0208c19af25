// Method calls: user impl methods first (with auto-ref / auto-deref of the receiver), then the std models —
// Rc/Weak/RefCell/Cell, Vec, String/&str, Option/Result, integers, floats, chars, iterators, ranges.
import type * as A from '../syntax/ast.ts';
import type { Span } from '../trace/schema.ts';
import { type Value, type Place, type EnumV, UNIT, usize, int, bool, some, none, ok, err, str } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { needsDrop } from '../semantics/interp.ts';
import { evalExpr, cloneValue } from '../semantics/expr.ts';
import { evalPlaceOrTemp, derefPlace, derefAll } from '../semantics/place.ts';
import { moveOut } from '../semantics/pattern.ts';
import { dropValue } from '../semantics/drop.ts';
import { strText, valueEq, valueCmp, arith, castTo, seqItems } from '../semantics/ops.ts';
import { displayText, debugText } from '../semantics/fmt-bridge.ts';
import { newVec, newString, pushStr, setText, vecPush, vecReserve, utf8Len, utf8 } from './collections.ts';
import { toIter, iterMethod, placesIter, iterOf, userIter } from './iter.ts';
import { exact, inRange, wrap, RANGES, isIntTy, norm, toNumber, pow as ipow, cmp as icmp } from '../memory/int.ts';
import { astTy } from '../semantics/types.ts';
import { tyName } from '../memory/ty.ts';
import { isCopy } from '../semantics/copy.ts';
import { mapMethod, entryMethod } from './maps.ts';
import { afterWrites, floatWrites, intToStringCap } from './string-capacity.ts';

/** Name under which user impls for a value's type are registered. */
function implName(v: Value): string | null {
  switch (v.k) {
    case 'struct': case 'enum': return v.name;
    case 'int': return v.ty;
    case 'float': return v.ty;
    case 'string': return 'String';
    case 'str': return 'str';
    case 'vec': return 'Vec';
    case 'bool': return 'bool';
    case 'char': return 'char';
    default: return null;
  }
}

export function callMethodExpr(ip: Interp, e: A.MethodCallExpr): Value {
  let p = evalPlaceOrTemp(ip, e.receiver);
  const args = e.args.map((a) => evalExpr(ip, a));
  const name = e.method;
  for (let d = 0; d < 16; d++) {
    const v = p.c[p.i];
    const tn = implName(v);
    if (tn) {
      const def = ip.index.method(tn, name);
      if (def && def.fn.receiver) {
        const mode = def.fn.receiver.mode;
        const self: Value = mode === 'value' ? moveOut(ip, p) : { k: 'ref', mut: mode === 'ref-mut', p };
        return ip.callMethod(def, [self, ...args], e.span);
      }
    }
    const r = callBuiltinMethod(ip, p, name, args, e.methodSpan, e.generics);
    if (r !== null) return r;
    const next = derefPlace(ip, p);
    if (!next) break;
    p = next;
  }
  return ip.unsupported(`지원하지 않는 메서드 \`.${name}()\``, e.methodSpan);
}

function n(v: Value): number {
  v = derefSimple(v);
  return v.k === 'int' ? toNumber(v.v) : v.k === 'float' ? v.v : 0;
}
function derefSimple(v: Value): Value {
  while (v.k === 'ref') v = v.p.c[v.p.i];
  return v;
}
function refTo(c: Value[], i: number, root: Place['root'], mut = false): Value {
  return { k: 'ref', mut, p: { c, i, root } };
}

/** A std method on the value at `p` (no auto-deref here). Null: not a method of this kind of value. */
export function callBuiltinMethod(ip: Interp, p: Place, name: string, args: Value[], span: Span, generics: A.Type[]): Value | null {
  const v = p.c[p.i];
  // Methods every Clone / Display type has.
  if (name === 'clone' && v.k !== 'ref') return cloneValue(ip, v);
  if (name === 'to_string' && v.k !== 'ref' && v.k !== 'box' && v.k !== 'rc') {
    const t = displayText(ip, v);
    return newString(ip, t, toStringCap(v, t));
  }
  if (name === 'to_owned' && v.k === 'str') return newString(ip, v.s);
  if ((name === 'eq' || name === 'ne') && args.length === 1) { const r = valueEq(ip, v, args[0]); return bool(name === 'eq' ? r : !r); }
  if ((name === 'cmp' || name === 'partial_cmp') && args.length === 1 && v.k !== 'ref') {
    const c = valueCmp(ip, v, args[0]);
    const o: EnumV = { k: 'enum', name: 'Ordering', variant: c < 0 ? 'Less' : c > 0 ? 'Greater' : 'Equal', f: [] };
    return name === 'cmp' ? o : some(o);
  }
  switch (v.k) {
    case 'rc': return rcMethod(ip, v.id, name);
    case 'weak': return weakMethod(ip, v.id, name);
    case 'refcell': return refcellMethod(ip, p, v, name, args, span);
    case 'cell': return cellMethod(ip, v, name, args);
    case 'vec': case 'array': case 'slice': return seqMethod(ip, p, v, name, args, span, generics);
    case 'string': case 'str': return strMethod(ip, p, v, name, args, span, generics);
    case 'enum': if (v.name === 'Option' || v.name === 'Result') return optionMethod(ip, p, v, name, args, span); break;
    case 'int': return intMethod(ip, v, name, args, span);
    case 'float': return floatMethod(ip, v, name, args);
    case 'char': return charMethod(ip, v, name, args);
    case 'iter': return iterMethod(ip, v, name, args, span, generics);
    case 'range': {
      if (name === 'contains') {
        const x = args[0];
        const lo = v.lo ? valueCmp(ip, x, v.lo) >= 0 : true;
        const hi = v.hi ? (v.incl ? valueCmp(ip, x, v.hi) <= 0 : valueCmp(ip, x, v.hi) < 0) : true;
        return bool(lo && hi);
      }
      if (name === 'len') return usize(Math.max(0, n(v.hi!) - n(v.lo!) + (v.incl ? 1 : 0)));
      return iterMethod(ip, toIter(ip, v, span), name, args, span, generics);
    }
    case 'struct': case 'enum': {
      // Iterator adaptors on a user iterator (`counter.take(3).sum()`).
      const it = userIter(ip, p, span);
      return it ? iterMethod(ip, it, name, args, span, generics) : null;
    }
    case 'map': return mapMethod(ip, p, v, name, args, span);
    case 'entry': return entryMethod(ip, v, name, args, span);
    case 'tuple': return null;
    default: return null;
  }
  return null;
}

function rcMethod(ip: Interp, id: number, name: string): Value | null {
  if (name === 'clone') { ip.heap.get(id).strong++; return { k: 'rc', id }; }
  return null;
}

function weakMethod(ip: Interp, id: number | null, name: string): Value | null {
  if (name === 'upgrade') {
    if (id === null) return none();
    const a = ip.heap.allocs.get(id);
    if (!a || a.strong === 0) return none();
    a.strong++;
    return some({ k: 'rc', id });
  }
  if (name === 'clone') { if (id !== null) { const a = ip.heap.allocs.get(id); if (a) a.weak++; } return { k: 'weak', id }; }
  if (name === 'strong_count') return usize(id === null ? 0 : ip.heap.allocs.get(id)?.strong ?? 0);
  return null;
}

function refcellMethod(ip: Interp, p: Place, c: Value & { k: 'refcell' }, name: string, args: Value[], span: Span): Value | null {
  switch (name) {
    case 'borrow': case 'try_borrow': {
      if (c.borrow < 0) {
        if (name === 'try_borrow') return err({ k: 'struct', name: 'BorrowError', f: [], tuple: false });
        return ip.panic('RefCell already mutably borrowed', span.start);
      }
      c.borrow++;
      const g: Value = { k: 'guard', mut: false, cell: c, root: p.root, released: false };
      return name === 'borrow' ? g : ok(g);
    }
    case 'borrow_mut': case 'try_borrow_mut': {
      if (c.borrow !== 0) {
        if (name === 'try_borrow_mut') return err({ k: 'struct', name: 'BorrowMutError', f: [], tuple: false });
        return ip.panic('RefCell already borrowed', span.start);
      }
      c.borrow = -1;
      const g: Value = { k: 'guard', mut: true, cell: c, root: p.root, released: false };
      return name === 'borrow_mut' ? g : ok(g);
    }
    case 'into_inner': return c.f[0];
    case 'replace': {
      if (c.borrow !== 0) return ip.panic('RefCell already borrowed', span.start);
      const old = c.f[0];
      c.f[0] = args[0];
      return old;
    }
    case 'take': { const old = c.f[0]; c.f[0] = defaultLike(ip, old); return old; }
    case 'get_mut': return refTo(c.f, 0, p.root, true);
  }
  return null;
}

function cellMethod(ip: Interp, c: Value & { k: 'cell' }, name: string, args: Value[]): Value | null {
  switch (name) {
    case 'get': return c.f[0];
    case 'set': { const old = c.f[0]; c.f[0] = adoptTy(old, args[0]); if (needsDrop(old)) dropValue(ip, old, null); return UNIT; }
    case 'replace': { const old = c.f[0]; c.f[0] = adoptTy(old, args[0]); return old; }
    case 'take': { const old = c.f[0]; c.f[0] = defaultLike(ip, old); return old; }
    case 'into_inner': return c.f[0];
  }
  return null;
}

function adoptTy(old: Value, v: Value): Value {
  if (v.k === 'int' && v.lit && old.k === 'int') return int(old.ty, v.v);
  return v;
}

function defaultLike(ip: Interp, v: Value): Value {
  switch (v.k) {
    case 'int': return int(v.ty, 0, v.lit);
    case 'float': return { k: 'float', ty: v.ty, v: 0 };
    case 'bool': return bool(false);
    case 'string': return newString(ip, '', 0);
    case 'vec': return newVec(ip, [], 0, ip.heap.get(v.id).ty);
    case 'enum': return v.name === 'Option' ? none() : v;
    default: return v;
  }
}

function seqMethod(ip: Interp, p: Place, v: Value & { k: 'vec' | 'array' | 'slice' }, name: string, args: Value[], span: Span, generics: A.Type[]): Value | null {
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
    case 'truncate': if (a) { const xs = a.vals.splice(n(args[0])); for (const x of xs) if (needsDrop(x)) dropValue(ip, x, null); return UNIT; } break;
    case 'insert': if (a) {
      const i = n(args[0]);
      if (i > a.vals.length) return ip.panic(`insertion index (is ${i}) should be <= len (is ${a.vals.length})`, span.start);
      vecReserve(ip, a.id, 1);
      a.vals.splice(i, 0, coerceElem(ip, a.vals, args[1]));
      return UNIT;
    } break;
    case 'remove': if (a) {
      const i = n(args[0]);
      if (i >= a.vals.length) return ip.panic(`removal index (is ${i}) should be < len (is ${a.vals.length})`, span.start);
      return a.vals.splice(i, 1)[0];
    } break;
    case 'swap_remove': if (a) { const i = n(args[0]); const x = a.vals[i]; a.vals[i] = a.vals[a.vals.length - 1]; a.vals.pop(); return x; } break;
    case 'extend': if (a) { const it = toIter(ip, args[0], span); for (let x = it.next(); x !== null; x = it.next()) vecPush(ip, a.id, derefCopy(ip, x)); return UNIT; } break;
    case 'reserve': if (a) { vecReserve(ip, a.id, n(args[0])); return UNIT; } break;
    case 'extend_from_slice': if (a) { const it = toIter(ip, args[0], span); for (let x = it.next(); x !== null; x = it.next()) vecPush(ip, a.id, derefCopy(ip, x)); return UNIT; } break;
    case 'append': if (a) { const o = derefAll(ip, args[0]); if (o.k === 'vec') { const b = ip.heap.get(o.id); for (const x of b.vals.splice(0)) vecPush(ip, a.id, x); } return UNIT; } break;
    case 'split_off': if (a) { const at = n(args[0]); const rest = a.vals.splice(at); return newVec(ip, rest, rest.length, a.ty); } break;
    case 'binary_search': {
      let lo = 0, hi = len;
      while (lo < hi) { const mid = (lo + hi) >> 1; const c = valueCmp(ip, base[from + mid], args[0]); if (c === 0) return ok(usize(mid)); if (c < 0) lo = mid + 1; else hi = mid; }
      return err(usize(lo));
    }
    case 'shrink_to_fit': if (a) { a.cap = a.vals.length; return UNIT; } break;
    case 'get': {
      const i = n(args[0]);
      return i < len ? some(refTo(base, from + i, root)) : none();
    }
    case 'get_mut': { const i = n(args[0]); return i < len ? some(refTo(base, from + i, root, true)) : none(); }
    case 'first': return len ? some(refTo(base, from, root)) : none();
    case 'last': return len ? some(refTo(base, to - 1, root)) : none();
    case 'iter': return placesIter(base, from, to, root, false);
    case 'iter_mut': return placesIter(base, from, to, root, true);
    case 'into_iter': return p.root.to === 'temp' || v.k !== 'slice' ? toIter(ip, v.k === 'vec' ? moveOut(ip, p) : v, span) : placesIter(base, from, to, root, false);
    case 'contains': return bool(base.slice(from, to).some((x) => valueEq(ip, x, args[0])));
    case 'sort': case 'sort_unstable': { const xs = rustSort(base.slice(from, to), (x, y) => valueCmp(ip, x, y) < 0); base.splice(from, len, ...xs); return UNIT; }
    case 'sort_by': case 'sort_unstable_by': { const xs = rustSort(base.slice(from, to), (x, y) => ordering(ip.callValue(args[0], [refTo([x], 0, root), refTo([y], 0, root)], span)) < 0); base.splice(from, len, ...xs); return UNIT; }
    case 'sort_by_key': case 'sort_unstable_by_key': { const xs = rustSort(base.slice(from, to), (x, y) => valueCmp(ip, ip.callValue(args[0], [refTo([x], 0, root)], span), ip.callValue(args[0], [refTo([y], 0, root)], span)) < 0); base.splice(from, len, ...xs); return UNIT; }
    case 'reverse': { const xs = base.slice(from, to).reverse(); base.splice(from, len, ...xs); return UNIT; }
    case 'swap': { const i = from + n(args[0]), j = from + n(args[1]); const t = base[i]; base[i] = base[j]; base[j] = t; return UNIT; }
    case 'join': case 'concat': {
      const sep = name === 'join' ? strText(ip, derefAll(ip, args[0])) ?? '' : '';
      const t = base.slice(from, to).map((x) => strText(ip, derefAll(ip, x)) ?? '').join(sep);
      return newString(ip, t);
    }
    case 'to_vec': return newVec(ip, base.slice(from, to).map((x) => cloneValue(ip, x)), len, a?.ty);
    case 'as_slice': return { k: 'slice', c: base, from, to, root, mut: false };
    case 'split_at': { const m = n(args[0]); return { k: 'tuple', f: [{ k: 'slice', c: base, from, to: from + m, root, mut: false }, { k: 'slice', c: base, from: from + m, to, root, mut: false }] }; }
    case 'windows': { const w = n(args[0]); let i = from; return iterOf('Windows', () => (i + w <= to ? { k: 'slice', c: base, from: i, to: i++ + w, root, mut: false } : null)); }
    case 'chunks': { const w = n(args[0]); let i = from; return iterOf('Chunks', () => { if (i >= to) return null; const s = i; i = Math.min(to, i + w); return { k: 'slice', c: base, from: s, to: i, root, mut: false }; }); }
    case 'retain': if (a) {
      const keep: Value[] = [];
      for (const x of a.vals) { const r = ip.callValue(args[0], [refTo([x], 0, root)], span); if (r.k === 'bool' && r.v) keep.push(x); else if (needsDrop(x)) dropValue(ip, x, null); }
      a.vals.splice(0, a.vals.length, ...keep);
      return UNIT;
    } break;
    case 'dedup': if (a) { const out: Value[] = []; for (const x of a.vals) if (!out.length || !valueEq(ip, out[out.length - 1], x)) out.push(x); a.vals.splice(0, a.vals.length, ...out); return UNIT; } break;
    case 'drain': if (a) { const xs = a.vals.splice(0); let i = 0; return iterOf('Drain', () => (i < xs.length ? xs[i++] : null)); } break;
  }
  // Slices are iterable: `v.iter().map(..)` is covered above; `v.map` is not valid Rust.
  void generics;
  return null;
}

function derefCopy(ip: Interp, x: Value): Value {
  if (x.k === 'ref') { const t = x.p.c[x.p.i]; return isCopy(ip, t) ? t : cloneValue(ip, t); }
  return x;
}

function coerceElem(ip: Interp, items: Value[], v: Value): Value {
  if (v.k === 'int' && v.lit && items.length && items[0].k === 'int' && !items[0].lit) return int((items[0] as { ty: 'i32' }).ty, v.v);
  return v;
}

function ordering(v: Value): number {
  if (v.k === 'enum' && v.name === 'Ordering') return v.variant === 'Less' ? -1 : v.variant === 'Greater' ? 1 : 0;
  return 0;
}

function strMethod(ip: Interp, p: Place, v: Value & { k: 'string' | 'str' }, name: string, args: Value[], span: Span, generics: A.Type[]): Value | null {
  const text = v.k === 'string' ? ip.heap.get(v.id).text : v.s;
  const root: Place['root'] = v.k === 'string' ? { to: 'heap', id: v.id } : v.root;
  const arg = (i: number) => strText(ip, derefAll(ip, args[i])) ?? (derefAll(ip, args[i]).k === 'char' ? (derefAll(ip, args[i]) as { v: string }).v : '');
  const pat = (i: number): ((s: string, at: number) => number) => {
    const a = derefAll(ip, args[i]);
    if (a.k === 'char') return (s, at) => (s.startsWith(a.v, at) ? a.v.length : -1);
    if (a.k === 'closure' || a.k === 'fn') return (s, at) => {
      const ch = String.fromCodePoint(s.codePointAt(at)!);
      const r = ip.callValue(a, [{ k: 'char', v: ch }], span);
      return r.k === 'bool' && r.v ? ch.length : -1;
    };
    const t = strText(ip, a) ?? '';
    return (s, at) => (s.startsWith(t, at) ? t.length : -1);
  };
  if (v.k === 'string') {
    const a = ip.heap.get(v.id);
    switch (name) {
      case 'push_str': pushStr(ip, a.id, arg(0)); return UNIT;
      case 'push': pushStr(ip, a.id, (derefAll(ip, args[0]) as { v: string }).v); return UNIT;
      case 'capacity': return usize(a.cap);
      case 'clear': a.text = ''; return UNIT;
      case 'pop': { if (!a.text) return none(); const chars = [...a.text]; const c = chars.pop()!; a.text = chars.join(''); return some({ k: 'char', v: c }); }
      case 'insert': { const i = n(args[0]); const b = utf8(a.text); setText(ip, a.id, dec(b.slice(0, i)) + (derefAll(ip, args[1]) as { v: string }).v + dec(b.slice(i))); return UNIT; }
      case 'insert_str': { const i = n(args[0]); const b = utf8(a.text); setText(ip, a.id, dec(b.slice(0, i)) + arg(1) + dec(b.slice(i))); return UNIT; }
      case 'remove': { const i = n(args[0]); const b = utf8(a.text); const rest = dec(b.slice(i)); const c = String.fromCodePoint(rest.codePointAt(0)!); a.text = dec(b.slice(0, i)) + rest.slice(c.length); return { k: 'char', v: c }; }
      case 'truncate': { a.text = dec(utf8(a.text).slice(0, n(args[0]))); return UNIT; }
      case 'reserve': { const need = utf8Len(a.text) + n(args[0]); if (need > a.cap) a.cap = Math.max(a.cap * 2, need, 8); return UNIT; }
      case 'shrink_to_fit': a.cap = utf8Len(a.text); return UNIT;
      case 'as_str': case 'as_ref': case 'borrow': return str(text, root);
      case 'into_bytes': return newVec(ip, [...utf8(text)].map((b) => int('u8', b)), utf8Len(text), 'u8');
    }
  }
  switch (name) {
    case 'len': return usize(utf8Len(text));
    case 'is_empty': return bool(text.length === 0);
    case 'as_str': return str(text, root);
    case 'chars': { const cs = [...text]; let i = 0; return iterOf('Chars', () => (i < cs.length ? { k: 'char', v: cs[i++] } : null)); }
    case 'char_indices': { const cs = [...text]; let i = 0, off = 0; return iterOf('CharIndices', () => { if (i >= cs.length) return null; const c = cs[i++]; const r: Value = { k: 'tuple', f: [usize(off), { k: 'char', v: c }] }; off += utf8Len(c); return r; }); }
    case 'bytes': { const bs = utf8(text); let i = 0; return iterOf('Bytes', () => (i < bs.length ? int('u8', bs[i++]) : null)); }
    case 'as_bytes': return { k: 'slice', c: [...utf8(text)].map((b) => int('u8', b)), from: 0, to: utf8Len(text), root, mut: false };
    case 'to_uppercase': return newString(ip, text.toUpperCase());
    case 'to_lowercase': return newString(ip, text.toLowerCase());
    case 'to_ascii_uppercase': return newString(ip, text.replace(/[a-z]/g, (c) => c.toUpperCase()));
    case 'to_ascii_lowercase': return newString(ip, text.replace(/[A-Z]/g, (c) => c.toLowerCase()));
    case 'trim': return str(text.replace(/^[\s]+|[\s]+$/gu, ''), root);
    case 'trim_start': return str(text.replace(/^[\s]+/u, ''), root);
    case 'trim_end': return str(text.replace(/[\s]+$/u, ''), root);
    case 'contains': { const m = pat(0); for (let i = 0; i <= text.length; i++) if (m(text, i) >= 0) return bool(true); return bool(false); }
    case 'starts_with': return bool(pat(0)(text, 0) >= 0);
    case 'ends_with': { const t = arg(0); return bool(text.endsWith(t)); }
    case 'find': { const m = pat(0); for (let i = 0; i < text.length; i++) if (m(text, i) >= 0) return some(usize(utf8Len(text.slice(0, i)))); return none(); }
    case 'replace': return newString(ip, text.split(arg(0)).join(arg(1)));
    case 'repeat': return newString(ip, text.repeat(n(args[0])));
    case 'split_whitespace': { const parts = text.split(/\s+/u).filter((s) => s); let i = 0; return iterOf('SplitWhitespace', () => (i < parts.length ? str(parts[i++], root) : null)); }
    case 'lines': { const parts = text.split('\n'); if (parts[parts.length - 1] === '') parts.pop(); let i = 0; return iterOf('Lines', () => (i < parts.length ? str(parts[i++].replace(/\r$/, ''), root) : null)); }
    case 'split': { const parts = text.split(arg(0)); let i = 0; return iterOf('Split', () => (i < parts.length ? str(parts[i++], root) : null)); }
    case 'parse': return parseStr(ip, text, generics, span);
    case 'to_owned': case 'to_string': case 'into': return newString(ip, text);
    case 'get': {
      const r = derefAll(ip, args[0]);
      if (r.k !== 'range') return null;
      const b = utf8(text);
      const lo = r.lo ? n(r.lo) : 0, hi = r.hi ? n(r.hi) + (r.incl ? 1 : 0) : b.length;
      return hi <= b.length && lo <= hi ? some(str(dec(b.slice(lo, hi)), root)) : none();
    }
    case 'eq_ignore_ascii_case': return bool(text.toLowerCase() === arg(0).toLowerCase());
  }
  return null;
}

const td = new TextDecoder();
function dec(b: Uint8Array): string {
  return td.decode(b);
}

function parseStr(ip: Interp, text: string, generics: A.Type[], span: Span): Value {
  const t = generics[0] ? tyName(astTy(generics[0])) : 'i32';
  if (isIntTy(t)) {
    const m = /^[+-]?\d+$/.exec(text);
    const perr = (kind: string) => err({ k: 'struct', name: 'ParseIntError', f: [{ k: 'enum', name: 'IntErrorKind', variant: kind, f: [] }], tuple: false });
    if (text === '') return perr('Empty');
    if (!m || (text.startsWith('-') && !RANGES[t].signed)) return perr('InvalidDigit');
    const b = BigInt(text);
    if (b > RANGES[t].max) return perr('PosOverflow');
    if (b < RANGES[t].min) return perr('NegOverflow');
    return ok(int(t, norm(b)));
  }
  if (t === 'f64' || t === 'f32') {
    const x = Number(text);
    if (text.trim() !== text || text === '' || Number.isNaN(x) && text !== 'NaN') return err({ k: 'struct', name: 'ParseFloatError', f: [{ k: 'enum', name: 'FloatErrorKind', variant: text === '' ? 'Empty' : 'Invalid', f: [] }], tuple: false });
    return ok({ k: 'float', ty: t, v: x });
  }
  if (t === 'bool') return text === 'true' || text === 'false' ? ok(bool(text === 'true')) : err({ k: 'struct', name: 'ParseBoolError', f: [], tuple: false });
  if (t === 'char') { const cs = [...text]; return cs.length === 1 ? ok({ k: 'char', v: cs[0] }) : err({ k: 'struct', name: 'ParseCharError', f: [], tuple: false }); }
  if (t === 'String') return ok(newString(ip, text));
  return ip.unsupported(`parse::<${t}>`, span);
}

function optionMethod(ip: Interp, p: Place, v: EnumV, name: string, args: Value[], span: Span): Value | null {
  const isOpt = v.name === 'Option';
  const good = v.variant === 'Some' || v.variant === 'Ok';
  const call = (f: Value, ...xs: Value[]) => ip.callValue(f, xs, span);
  const take = (): Value => moveOut(ip, p);
  switch (name) {
    case 'is_some': case 'is_ok': return bool(good);
    case 'is_none': case 'is_err': return bool(!good);
    case 'is_some_and': case 'is_ok_and': return bool(good && (call(args[0], take().k === 'enum' ? v.f[0] : v.f[0]) as { v: boolean }).v);
    case 'unwrap': {
      if (good) return (take() as EnumV).f[0];
      if (isOpt) return ip.panic('called `Option::unwrap()` on a `None` value', span.start);
      return ip.panic(`called \`Result::unwrap()\` on an \`Err\` value: ${debugText(ip, v.f[0])}`, span.start);
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
    case 'unwrap_or': { const x = take() as EnumV; if (good) { if (needsDrop(args[0])) dropValue(ip, args[0], null); return x.f[0]; } return args[0]; }
    case 'unwrap_or_else': { const x = take() as EnumV; return good ? x.f[0] : isOpt ? call(args[0]) : call(args[0], x.f[0]); }
    case 'unwrap_or_default': { const x = take() as EnumV; return good ? x.f[0] : int('i32', 0, true); }
    case 'map': { const x = take() as EnumV; if (!good) return x; const r = call(args[0], x.f[0]); return isOpt ? some(r) : ok(r); }
    case 'map_err': { const x = take() as EnumV; if (good) return x; return err(call(args[0], x.f[0])); }
    case 'map_or': { const x = take() as EnumV; return good ? call(args[1], x.f[0]) : args[0]; }
    case 'and_then': { const x = take() as EnumV; return good ? call(args[0], x.f[0]) : x; }
    case 'or': { const x = take() as EnumV; return good ? x : args[0]; }
    case 'or_else': { const x = take() as EnumV; return good ? x : isOpt ? call(args[0]) : call(args[0], x.f[0]); }
    case 'ok_or': { const x = take() as EnumV; return good ? ok(x.f[0]) : err(args[0]); }
    case 'ok_or_else': { const x = take() as EnumV; return good ? ok(x.f[0]) : err(call(args[0])); }
    case 'ok': { const x = take() as EnumV; return good ? some(x.f[0]) : none(); }
    case 'err': { const x = take() as EnumV; return good ? none() : some(x.f[0]); }
    case 'filter': { const x = take() as EnumV; if (!good) return x; const r = call(args[0], refTo(x.f, 0, { to: 'temp' })); return r.k === 'bool' && r.v ? x : none(); }
    case 'as_ref': return v.f.length ? { k: 'enum', name: v.name, variant: v.variant, f: [refTo(v.f, 0, p.root)] } : v;
    case 'as_mut': return v.f.length ? { k: 'enum', name: v.name, variant: v.variant, f: [refTo(v.f, 0, p.root, true)] } : v;
    case 'take': { const old = p.c[p.i]; p.c[p.i] = none(); return old; }
    case 'replace': { const old = p.c[p.i]; p.c[p.i] = some(args[0]); return old; }
    case 'cloned': case 'copied': return good ? some(cloneValue(ip, derefSimple(v.f[0]))) : v;
    case 'iter': return iterOf('Iter', (() => { let done = !good; return () => { if (done) return null; done = true; return refTo(v.f, 0, p.root); }; })());
    case 'unwrap_unchecked': return v.f[0];
  }
  return null;
}

function intMethod(ip: Interp, v: Value & { k: 'int' }, name: string, args: Value[], span: Span): Value | null {
  const ty = v.ty;
  const b = () => { const x = derefAll(ip, args[0]); return x.k === 'int' ? x.v : 0; };
  const wrapOp = (op: '+' | '-' | '*') => int(ty, wrap(ty, exact(op, v.v, b())!));
  const checked = (op: '+' | '-' | '*' | '/' | '%') => { const r = exact(op, v.v, b()); return r === null || !inRange(ty, r) ? none() : some(int(ty, r)); };
  const sat = (op: '+' | '-' | '*') => { const r = exact(op, v.v, b())!; return int(ty, inRange(ty, r) ? r : icmp(r, 0) < 0 ? norm(RANGES[ty].min) : norm(RANGES[ty].max)); };
  const over = (op: '+' | '-' | '*') => { const r = exact(op, v.v, b())!; return { k: 'tuple' as const, f: [int(ty, wrap(ty, r)), bool(!inRange(ty, r))] }; };
  switch (name) {
    case 'wrapping_add': return wrapOp('+');
    case 'wrapping_sub': return wrapOp('-');
    case 'wrapping_mul': return wrapOp('*');
    case 'wrapping_neg': return int(ty, wrap(ty, exact('-', 0, v.v)!));
    case 'checked_add': return checked('+');
    case 'checked_sub': return checked('-');
    case 'checked_mul': return checked('*');
    case 'checked_div': return checked('/');
    case 'checked_rem': return checked('%');
    case 'saturating_add': return sat('+');
    case 'saturating_sub': return sat('-');
    case 'saturating_mul': return sat('*');
    case 'overflowing_add': return over('+');
    case 'overflowing_sub': return over('-');
    case 'overflowing_mul': return over('*');
    case 'abs': {
      if (icmp(v.v, 0) >= 0) return v;
      const r = exact('-', 0, v.v)!;
      if (!inRange(ty, r)) return ip.panic('attempt to negate with overflow', span.start);
      return int(ty, r, v.lit);
    }
    case 'pow': {
      const r = ipow(v.v, toNumber(b()));
      if (!inRange(ty, r)) return ip.panic('attempt to multiply with overflow', span.start);
      return int(ty, r, v.lit);
    }
    case 'min': return valueCmp(ip, v, args[0]) <= 0 ? v : derefAll(ip, args[0]);
    case 'max': return valueCmp(ip, v, args[0]) >= 0 ? derefAll(ip, args[0]) : v;
    case 'clamp': { const lo = derefAll(ip, args[0]), hi = derefAll(ip, args[1]); return valueCmp(ip, v, lo) < 0 ? lo : valueCmp(ip, v, hi) > 0 ? hi : v; }
    case 'signum': return int(ty, icmp(v.v, 0), v.lit);
    case 'is_positive': return bool(icmp(v.v, 0) > 0);
    case 'is_negative': return bool(icmp(v.v, 0) < 0);
    case 'rem_euclid': { const m = b(); const r = exact('%', v.v, m)!; return int(ty, icmp(r, 0) < 0 ? exact('+', r, icmp(m, 0) < 0 ? exact('-', 0, m)! : m)! : r, v.lit); }
    case 'abs_diff': { const r = exact('-', v.v, b())!; return int(ty.startsWith('i') ? ('u' + ty.slice(1)) as 'u32' : ty, icmp(r, 0) < 0 ? exact('-', 0, r)! : r); }
    case 'count_ones': { let x = BigInt.asUintN(RANGES[ty].bits, BigInt(v.v)), c = 0; while (x) { c += Number(x & 1n); x >>= 1n; } return int('u32', c); }
    case 'leading_zeros': { const x = BigInt.asUintN(RANGES[ty].bits, BigInt(v.v)); return int('u32', RANGES[ty].bits - x.toString(2).replace(/^0+$/, '').length); }
    case 'trailing_zeros': { let x = BigInt.asUintN(RANGES[ty].bits, BigInt(v.v)); if (!x) return int('u32', RANGES[ty].bits); let c = 0; while (!(x & 1n)) { c++; x >>= 1n; } return int('u32', c); }
    case 'is_power_of_two': { const x = BigInt(v.v); return bool(x > 0n && (x & (x - 1n)) === 0n); }
    case 'to_le_bytes': case 'to_be_bytes': return null;
  }
  void arith; void castTo;
  return null;
}

function floatMethod(ip: Interp, v: Value & { k: 'float' }, name: string, args: Value[]): Value | null {
  const f = (x: number): Value => ({ k: 'float', ty: v.ty, v: v.ty === 'f32' ? Math.fround(x) : x });
  const a = () => n(derefAll(ip, args[0]));
  switch (name) {
    case 'sqrt': return f(Math.sqrt(v.v));
    case 'abs': return f(Math.abs(v.v));
    case 'floor': return f(Math.floor(v.v));
    case 'ceil': return f(Math.ceil(v.v));
    case 'round': return f(v.v < 0 ? -Math.round(-v.v) : Math.round(v.v));
    case 'trunc': return f(Math.trunc(v.v));
    case 'fract': return f(v.v - Math.trunc(v.v));
    case 'powi': return f(Math.pow(v.v, a()));
    case 'powf': return f(Math.pow(v.v, a()));
    case 'exp': return f(Math.exp(v.v));
    case 'ln': return f(Math.log(v.v));
    case 'log10': return f(Math.log10(v.v));
    case 'log2': return f(Math.log2(v.v));
    case 'sin': return f(Math.sin(v.v));
    case 'cos': return f(Math.cos(v.v));
    case 'tan': return f(Math.tan(v.v));
    case 'atan2': return f(Math.atan2(v.v, a()));
    case 'hypot': return f(Math.hypot(v.v, a()));
    case 'min': return f(Math.min(v.v, a()));
    case 'max': return f(Math.max(v.v, a()));
    case 'signum': return f(Number.isNaN(v.v) ? NaN : v.v < 0 || Object.is(v.v, -0) ? -1 : 1);
    case 'is_nan': return bool(Number.isNaN(v.v));
    case 'is_finite': return bool(Number.isFinite(v.v));
    case 'is_infinite': return bool(!Number.isFinite(v.v) && !Number.isNaN(v.v));
    case 'is_sign_negative': return bool(v.v < 0 || Object.is(v.v, -0));
    case 'to_degrees': return f((v.v * 180) / Math.PI);
    case 'to_radians': return f((v.v * Math.PI) / 180);
    case 'mul_add': return f(v.v * a() + n(derefAll(ip, args[1])));
    case 'clamp': return f(Math.min(Math.max(v.v, a()), n(derefAll(ip, args[1]))));
  }
  return null;
}

function charMethod(ip: Interp, v: Value & { k: 'char' }, name: string, args: Value[]): Value | null {
  const c = v.v;
  switch (name) {
    case 'is_alphabetic': return bool(/\p{Alphabetic}/u.test(c));
    case 'is_numeric': return bool(/\p{N}/u.test(c));
    case 'is_alphanumeric': return bool(/[\p{Alphabetic}\p{N}]/u.test(c));
    case 'is_whitespace': return bool(/\s/u.test(c));
    case 'is_uppercase': return bool(/\p{Uppercase}/u.test(c));
    case 'is_lowercase': return bool(/\p{Lowercase}/u.test(c));
    case 'is_ascii': return bool(c.charCodeAt(0) < 128);
    case 'is_ascii_digit': return bool(/^[0-9]$/.test(c));
    case 'is_ascii_alphabetic': return bool(/^[A-Za-z]$/.test(c));
    case 'is_ascii_uppercase': return bool(/^[A-Z]$/.test(c));
    case 'is_ascii_lowercase': return bool(/^[a-z]$/.test(c));
    case 'is_ascii_punctuation': return bool(/^[!-\/:-@\[-`{-~]$/.test(c));
    case 'is_ascii_alphanumeric': return bool(/^[A-Za-z0-9]$/.test(c));
    case 'is_digit': case 'to_digit': {
      const radix = args.length ? n(args[0]) : 10;
      const d = parseInt(c, 36);
      const okd = /^[0-9a-zA-Z]$/.test(c) && d < radix;
      if (name === 'is_digit') return bool(okd);
      return okd ? some(int('u32', d)) : none();
    }
    case 'to_ascii_uppercase': return { k: 'char', v: /[a-z]/.test(c) ? c.toUpperCase() : c };
    case 'to_ascii_lowercase': return { k: 'char', v: /[A-Z]/.test(c) ? c.toLowerCase() : c };
    case 'to_uppercase': { const s = c.toUpperCase(); return charsIter(s); }
    case 'to_lowercase': { const s = c.toLowerCase(); return charsIter(s); }
    case 'len_utf8': return usize(utf8Len(c));
    case 'eq_ignore_ascii_case': return bool(c.toLowerCase() === (derefAll(ip, args[0]) as { v: string }).v.toLowerCase());
  }
  return null;
}

/** char::to_uppercase(): an iterator of chars that also prints (Display) as its text. */
function charsIter(s: string): Value {
  return str(s);
}

export { seqItems };

/** Capacity of `x.to_string()`: exact for str/String/char/bool and unsigned ints, widest value for signed
 *  ints, amortized growth over the writes for floats and other Display types. */
function toStringCap(v: Value, text: string): number {
  switch (v.k) {
    case 'int': return intToStringCap(v.ty, text);
    case 'float': return afterWrites(0, floatWrites(text));
    case 'str': case 'string': case 'char': case 'bool': return utf8Len(text);
    default: return afterWrites(0, [utf8Len(text)]);
  }
}

/** Stable sort calling `isLess(a, b)` the way std does for short slices (insertion sort, shifting left),
 *  so key functions with side effects run as often as in Rust; longer slices use a stable merge. */
function rustSort(xs: Value[], isLess: (a: Value, b: Value) => boolean): Value[] {
  if (xs.length <= 20) {
    for (let i = 1; i < xs.length; i++) {
      const cur = xs[i];
      let j = i;
      while (j > 0 && isLess(cur, xs[j - 1])) {
        xs[j] = xs[j - 1];
        j--;
      }
      xs[j] = cur;
    }
    return xs;
  }
  return xs.sort((a, b) => (isLess(a, b) ? -1 : isLess(b, a) ? 1 : 0));
}
