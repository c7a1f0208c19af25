// Methods of String and &str: push/push_str with capacity growth, len/chars/bytes, case mapping, trim,
// split, find/replace, parse::<T>() with std's error kinds.
import { isCharBoundary } from '../format/panic-message.ts';
import { strTableMethod, hasStrMethod } from './str-table.ts';
import { stringTableMethod, hasStringMethod } from './string-table.ts';

const hasTableMethod = (k: 'string' | 'str', name: string) => hasStrMethod(name) || (k === 'string' && hasStringMethod(name));
import type * as A from '../syntax/ast.ts';
import type { Span } from '../syntax/span.ts';
import { type Value, type Place, UNIT, usize, int, bool, some, none, ok, err, str } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { derefAll } from '../semantics/place.ts';
import { strText } from '../semantics/ops.ts';
import { newVec, newString, pushStr, setText, utf8Len, utf8, textBytes } from '../semantics/buffers.ts';
import { iterOf, charsIter } from './iter.ts';
import { RANGES, isIntTy, norm } from '../memory/int.ts';
import { astTy } from '../semantics/types.ts';
import { tyName } from '../memory/ty.ts';
import { n, dec, libPanic } from './method-helpers.ts';

/** `i32::from_str(s)`, `f64::from_str(s)`, `bool::from_str(s)`, … (merged into calls.ts's table). */
export const FROM_STR_FNS: Record<string, (ip: Interp, args: Value[], span: Span) => Value> = Object.fromEntries(
  ['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'f32', 'f64', 'bool', 'char', 'String'].map((t) => [
    `${t}::from_str`, (ip: Interp, [s]: Value[], span: Span) => parseAs(ip, strText(ip, derefAll(ip, s)) ?? '', t, span),
  ]),
);

export function strMethod(ip: Interp, p: Place, v: Value & { k: 'string' | 'str' }, name: string, args: Value[], span: Span, generics: A.Type[]): Value | null {
  const text = v.k === 'string' ? ip.heap.get(v.id).text : v.s;
  const root: Place['root'] = v.k === 'string' ? { to: 'heap', id: v.id } : v.root;
  if (hasTableMethod(v.k, name)) {
    const fromTable = v.k === 'string' ? stringTableMethod({ ip, p, v, args, span, generics }, name) ?? strTableMethod({ ip, p, v, args, span, generics }, name) : strTableMethod({ ip, p, v, args, span, generics }, name);
    if (fromTable !== null) return fromTable;
  }
  if (v.k === 'string') {
    const a = ip.heap.get(v.id);
    switch (name) {
      case 'push_str': pushStr(ip, a.id, argText(ip, args, 0)); return UNIT;
      case 'push': pushStr(ip, a.id, (derefAll(ip, args[0]) as { v: string }).v); return UNIT;
      case 'capacity': return usize(a.cap);
      case 'clear': a.text = ''; return UNIT;
      case 'pop': { if (!a.text) return none(); const chars = [...a.text]; const c = chars.pop()!; a.text = chars.join(''); return some({ k: 'char', v: c }); }
      case 'insert': { const i = n(args[0]); const b = utf8(a.text); setText(ip, a.id, dec(b.slice(0, i)) + (derefAll(ip, args[1]) as { v: string }).v + dec(b.slice(i))); return UNIT; }
      case 'insert_str': { const i = n(args[0]); const b = utf8(a.text); setText(ip, a.id, dec(b.slice(0, i)) + argText(ip, args, 1) + dec(b.slice(i))); return UNIT; }
      case 'remove': { const i = n(args[0]); const b = utf8(a.text); const rest = dec(b.slice(i)); const c = String.fromCodePoint(rest.codePointAt(0)!); a.text = dec(b.slice(0, i)) + rest.slice(c.length); return { k: 'char', v: c }; }
      case 'truncate': { a.text = dec(utf8(a.text).slice(0, n(args[0]))); return UNIT; }
      case 'reserve': { const need = utf8Len(a.text) + n(args[0]); if (need > a.cap) a.cap = Math.max(a.cap * 2, need, 8); return UNIT; }
      case 'shrink_to_fit': a.cap = utf8Len(a.text); return UNIT;
      case 'as_str': case 'as_ref': case 'borrow': return str(text, root);
      case 'into_bytes': return newVec(ip, [...utf8(text)].map((b) => int('u8', b)), utf8Len(text), 'u8');
    }
  }
  switch (name) {
    case 'len': return usize(v.k === 'string' ? textBytes(ip.heap.get(v.id)) : utf8Len(text));
    case 'is_empty': return bool(text.length === 0);
    case 'as_str': return str(text, root);
    case 'chars': return charsIter([...text]);
    case 'char_indices': { const cs = [...text]; let i = 0, off = 0; return iterOf('CharIndices', () => { if (i >= cs.length) return null; const c = cs[i++]; const r: Value = { k: 'tuple', f: [usize(off), { k: 'char', v: c }] }; off += utf8Len(c); return r; }); }
    case 'bytes': { const bs = utf8(text); let i = 0; return iterOf('Bytes', () => (i < bs.length ? int('u8', bs[i++]) : null)); }
    case 'as_bytes': return { k: 'slice', c: [...utf8(text)].map((b) => int('u8', b)), from: 0, to: utf8Len(text), root, mut: false };
    case 'to_uppercase': return newString(ip, text.toUpperCase());
    case 'to_lowercase': return newString(ip, text.toLowerCase());
    case 'to_ascii_uppercase': return newString(ip, text.replace(/[a-z]/g, (c) => c.toUpperCase()));
    case 'to_ascii_lowercase': return newString(ip, text.replace(/[A-Z]/g, (c) => c.toLowerCase()));
    // Rust's whitespace is Unicode White_Space (with U+0085, without U+FEFF: not JS's `\s`).
    case 'trim': return str(text.replace(/^\p{White_Space}+|\p{White_Space}+$/gu, ''), root);
    case 'trim_start': return str(text.replace(/^\p{White_Space}+/u, ''), root);
    case 'trim_end': return str(text.replace(/\p{White_Space}+$/u, ''), root);
    case 'contains': { const m = patOf(ip, args, 0, span); for (let i = 0; i <= text.length; i++) if (m(text, i) >= 0) return bool(true); return bool(false); }
    case 'starts_with': return bool(patOf(ip, args, 0, span)(text, 0) >= 0);
    case 'ends_with': { const t = argText(ip, args, 0); return bool(text.endsWith(t)); }
    case 'find': { const m = patOf(ip, args, 0, span); for (let i = 0; i < text.length; i++) if (m(text, i) >= 0) return some(usize(utf8Len(text.slice(0, i)))); return none(); }
    case 'replace': return newString(ip, text.split(argText(ip, args, 0)).join(argText(ip, args, 1)));
    case 'repeat': {
      const times = n(args[0]);
      // `len * n` past usize::MAX: std's "capacity overflow" (inside alloc's slice.rs).
      if (BigInt(utf8Len(text)) * BigInt(Math.trunc(times)) > 0xffff_ffff_ffff_ffffn) return libPanic(ip, 'capacity overflow', { file: '/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/alloc/src/slice.rs', line: 523, col: 50 }, span);
      if (utf8Len(text) * times > 1 << 28) return ip.unsupported(`${(utf8Len(text) * times).toLocaleString('en-US')}바이트짜리 문자열 (시뮬레이터 한도)`, span);
      return newString(ip, text.repeat(times));
    }
    case 'split_whitespace': { const parts = text.split(/\p{White_Space}+/u).filter((s) => s); let i = 0; return iterOf('SplitWhitespace', () => (i < parts.length ? str(parts[i++], root) : null)); }
    case 'lines': { const parts = text.split('\n'); if (parts[parts.length - 1] === '') parts.pop(); let i = 0; return iterOf('Lines', () => (i < parts.length ? str(parts[i++].replace(/\r$/, ''), root) : null)); }
    case 'split': { const parts = text.split(argText(ip, args, 0)); let i = 0; return iterOf('Split', () => (i < parts.length ? str(parts[i++], root) : null)); }
    case 'parse': return parseStr(ip, text, generics, span);
    case 'to_owned': case 'to_string': case 'into': return newString(ip, text);
    case 'get': {
      const r = derefAll(ip, args[0]);
      if (r.k !== 'range') return null;
      const b = utf8(text);
      const lo = r.lo ? n(r.lo) : 0, hi = r.hi ? n(r.hi) + (r.incl ? 1 : 0) : b.length;
      return hi <= b.length && lo <= hi && isCharBoundary(text, lo) && isCharBoundary(text, hi) ? some(str(dec(b.slice(lo, hi)), root)) : none();
    }
    case 'eq_ignore_ascii_case': return bool(text.toLowerCase() === argText(ip, args, 0).toLowerCase());
  }
  return null;
}

function parseStr(ip: Interp, text: string, generics: A.Type[], span: Span): Value {
  return parseAs(ip, text, generics[0] ? tyName(astTy(generics[0])) : 'i32', span);
}

/** `<t as FromStr>::from_str(text)` for the std types: the value, or std's error for that type. */
export function parseAs(ip: Interp, text: string, t: string, span: Span): Value {
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
    const x = parseFloatText(text);
    if (x === null) return err({ k: 'struct', name: 'ParseFloatError', f: [{ k: 'enum', name: 'FloatErrorKind', variant: text === '' ? 'Empty' : 'Invalid', f: [] }], tuple: false });
    return ok({ k: 'float', ty: t, v: t === 'f32' ? Math.fround(x) : x });
  }
  if (t === 'bool') return text === 'true' || text === 'false' ? ok(bool(text === 'true')) : err({ k: 'struct', name: 'ParseBoolError', f: [], tuple: false });
  if (t === 'char') {
    const cs = [...text];
    if (cs.length === 1) return ok({ k: 'char', v: cs[0] });
    return err({ k: 'struct', name: 'ParseCharError', f: [{ k: 'enum', name: 'CharErrorKind', variant: cs.length ? 'TooManyChars' : 'EmptyString', f: [] }], tuple: false });
  }
  if (t === 'String') return ok(newString(ip, text));
  // A user `impl FromStr for T`: `s.parse::<T>()` is `T::from_str(s)`.
  const user = ip.index.method(t, 'from_str', 'FromStr') ?? ip.index.method(t, 'from_str');
  if (user && !user.fn.receiver) return ip.callFn(user.fn, user.qual, user.selfName, [str(text)], span);
  return ip.unsupported(`parse::<${t}>`, span);
}

/** core's dec2flt grammar: optional sign, then `inf` / `infinity` / `nan` (any case) or decimal digits with an
 *  optional fraction and exponent (`3.`, `.5`, `1e3`); no spaces, `_`, radix prefixes. Null: not a float. */
function parseFloatText(text: string): number | null {
  const m = /^([+-]?)(?:(inf|infinity|nan)|((?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?))$/i.exec(text);
  if (!m) return null;
  const neg = m[1] === '-';
  if (m[2]) return m[2].toLowerCase() === 'nan' ? NaN : neg ? -Infinity : Infinity;
  return Number(m[1] + m[3]);
}

function argText(ip: Interp, args: Value[], i: number): string {
  const a = derefAll(ip, args[i]);
  return strText(ip, a) ?? (a.k === 'char' ? a.v : '');
}

function patOf(ip: Interp, args: Value[], i: number, span: Span): (s: string, at: number) => number {
  const a = derefAll(ip, args[i]);
  if (a.k === 'char') return (s, at) => (s.startsWith(a.v, at) ? a.v.length : -1);
  if (a.k === 'closure' || a.k === 'fn') return (s, at) => {
    const ch = String.fromCodePoint(s.codePointAt(at)!);
    const r = ip.callValue(a, [{ k: 'char', v: ch }], span);
    return r.k === 'bool' && r.v ? ch.length : -1;
  };
  const t = strText(ip, a) ?? '';
  return (s, at) => (s.startsWith(t, at) ? t.length : -1);
}
