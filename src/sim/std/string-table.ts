// `String`-only methods as a table (one entry per method): drain / retain / split_off / extend /
// replace_range, with std's char-boundary panics. Offsets are UTF-8 bytes; capacity follows RawVec.
import { type Value, type StringV, UNIT, MOVED, ok, err } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { FROM_UTF16_ERROR } from './utf-errors.ts';
import { argumentsText } from './formatter-methods.ts';
import { derefAll } from '../semantics/place.ts';
import { strText } from '../semantics/ops.ts';
import { iterOf, toIter } from './iter.ts';
import { newString, pushStr, utf8, utf8Len } from '../semantics/buffers.ts';
import { n, dec, rangeArg } from './method-helpers.ts';
import { isCharBoundary } from '../format/panic-message.ts';
import { methods, lookup, type MethodCall } from './method-table.ts';

const alloc = (c: MethodCall<StringV>) => c.ip.heap.get(c.v.id);

function piece(c: MethodCall<StringV>, x: Value): string {
  const a = derefAll(c.ip, x);
  return a.k === 'char' ? a.v : strText(c.ip, a) ?? '';
}

const STRING = methods<StringV>('String', {
  drain: (c) => {
    const a = alloc(c);
    const b = utf8(a.text);
    const [lo, hi] = rangeArg(c.ip, c.args[0], b.length, c.span);
    if (!isCharBoundary(a.text, lo) || !isCharBoundary(a.text, hi)) return c.ip.panic('assertion failed: self.is_char_boundary(' + (isCharBoundary(a.text, lo) ? 'end' : 'start') + ')', c.span.start);
    const cut = [...dec(b.slice(lo, hi))];
    a.text = dec(b.slice(0, lo)) + dec(b.slice(hi));
    let i = 0;
    return iterOf('Drain', () => (i < cut.length ? { k: 'char', v: cut[i++] } : null));
  },
  retain: (c) => {
    const a = alloc(c);
    a.text = [...a.text].filter((ch) => { const r = c.ip.callValue(c.args[0], [{ k: 'char', v: ch }], c.span); return r.k === 'bool' && r.v; }).join('');
    return UNIT;
  },
  split_off: (c) => {
    const a = alloc(c);
    const at = n(c.args[0]);
    const b = utf8(a.text);
    if (!isCharBoundary(a.text, at)) return c.ip.panic('assertion failed: self.is_char_boundary(at)', c.span.start);
    const rest = dec(b.slice(at));
    a.text = dec(b.slice(0, at));
    return newString(c.ip, rest, utf8Len(rest));
  },
  extend: (c) => {
    const it = toIter(c.ip, c.args[0], c.span);
    for (let x = it.next(); x !== null; x = it.next()) pushStr(c.ip, c.v.id, piece(c, x));
    return UNIT;
  },
  replace_range: (c) => {
    const a = alloc(c);
    const b = utf8(a.text);
    const [lo, hi] = rangeArg(c.ip, c.args[0], b.length, c.span);
    const text = dec(b.slice(0, lo)) + piece(c, c.args[1]) + dec(b.slice(hi));
    a.text = '';
    pushStr(c.ip, a.id, text);
    return UNIT;
  },
  truncate: (c) => {
    const a = alloc(c);
    const at = n(c.args[0]);
    const b = utf8(a.text);
    if (at >= b.length) return UNIT;
    if (!isCharBoundary(a.text, at)) return c.ip.panic('assertion failed: self.is_char_boundary(new_len)', c.span.start);
    a.text = dec(b.slice(0, at));
    return UNIT;
  },
  // fmt::Write for String.
  write_str: (c) => { pushStr(c.ip, c.v.id, piece(c, c.args[0])); return ok(UNIT); },
  write_char: (c) => { pushStr(c.ip, c.v.id, piece(c, c.args[0])); return ok(UNIT); },
  write_fmt: (c) => { pushStr(c.ip, c.v.id, argumentsText(c.ip, c.args[0])); return ok(UNIT); },
  reserve: (c) => { const a = alloc(c); const need = utf8(a.text).length + n(c.args[0]); if (need > a.cap) a.cap = Math.max(a.cap * 2, need, 8); return UNIT; },
  reserve_exact: (c) => { const a = alloc(c); const need = utf8(a.text).length + n(c.args[0]); if (need > a.cap) a.cap = need; return UNIT; },
  shrink_to: (c) => { const a = alloc(c); a.cap = Math.max(utf8(a.text).length, Math.min(a.cap, n(c.args[0]))); return UNIT; },
  as_mut_str: (c) => ({ k: 'str', s: alloc(c).text, root: { to: 'heap', id: c.v.id } }),
  try_reserve: (c) => { STRING.reserve(c); return ok(UNIT); },
  try_reserve_exact: (c) => { STRING.reserve_exact(c); return ok(UNIT); },
  extend_from_within: (c) => {
    const a = alloc(c);
    const b = utf8(a.text);
    const [lo, hi] = rangeArg(c.ip, c.args[0], b.length, c.span);
    if (!isCharBoundary(a.text, lo)) return c.ip.panic('assertion failed: self.is_char_boundary(start)', c.span.start);
    if (!isCharBoundary(a.text, hi)) return c.ip.panic('assertion failed: self.is_char_boundary(end)', c.span.start);
    pushStr(c.ip, a.id, dec(b.slice(lo, hi)));
    return UNIT;
  },
  // The buffer becomes a `Box<str>` (shrunk to its length) / is leaked as a `&'static mut str`.
  into_boxed_str: (c) => boxedStr(c.ip, alloc(c).text),
  leak: (c) => {
    // Takes the String by value and never frees its buffer: the place is moved out, so nothing drops it.
    const a = alloc(c);
    c.p.c[c.p.i] = MOVED;
    return { k: 'str', s: a.text, root: { to: 'heap', id: a.id } };
  },
});

/** A `Box<str>` holding `text`. */
export function boxedStr(ip: Interp, text: string): Value {
  const a = ip.heap.alloc('Box', 'str', [], utf8Len(text));
  a.vals.push({ k: 'str', s: text, root: { to: 'heap', id: a.id } });
  return { k: 'box', id: a.id };
}

/** UTF-16 code units of a `&[u16]` argument. */
function unitsOf(ip: Interp, v: Value): number[] {
  const d = derefAll(ip, v);
  const items = d.k === 'vec' ? ip.heap.get(d.id).vals : d.k === 'array' ? d.f : d.k === 'slice' ? d.c.slice(d.from, d.to) : [];
  return items.map((x) => n(derefAll(ip, x)));
}
/** Decoded text, or null at the first lone surrogate when `lossy` is off (U+FFFD for it when on). */
function decodeUnits(units: number[], lossy: boolean): string | null {
  let out = '';
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u < 0xd800 || u > 0xdfff) { out += String.fromCharCode(u); continue; }
    const lo = units[i + 1];
    if (u < 0xdc00 && lo !== undefined && lo >= 0xdc00 && lo <= 0xdfff) { out += String.fromCharCode(u, lo); i++; continue; }
    if (!lossy) return null;
    out += '\uFFFD';
  }
  return out;
}

/** Associated functions of `String` (merged into calls.ts's table). */
export const STRING_FNS: Record<string, (ip: Interp, args: Value[]) => Value> = {
  'String::from_utf16': (ip, [v]) => { const t = decodeUnits(unitsOf(ip, v), false); return t === null ? err(FROM_UTF16_ERROR) : ok(newString(ip, t)); },
  'String::from_utf16_lossy': (ip, [v]) => newString(ip, decodeUnits(unitsOf(ip, v), true) ?? ''),
};

export function stringTableMethod(c: MethodCall<StringV>, name: string): Value | null {
  return lookup(STRING, name)?.(c) ?? null;
}

export function hasStringMethod(name: string): boolean {
  return lookup(STRING, name) !== undefined;
}
