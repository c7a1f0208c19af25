// More `char` methods as a table (one entry per method): the remaining ASCII classes, is_control, len_utf16,
// escapes, encoding into a caller's UTF-8 / UTF-16 buffer, in-place ASCII case; and `char::decode_utf16`.
import { type Value, type CharV, type Place, bool, usize, int, ok, err, UNIT } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import type { Span } from '../syntax/span.ts';
import { derefAll } from '../semantics/place.ts';
import { methods, lookup, type MethodCall } from './method-table.ts';
import { charEscape, charCase } from './char-escapes.ts';
import { libPanic, n } from './method-helpers.ts';
import { toIter, iterOf } from './iter.ts';
import { utf8 } from '../semantics/buffers.ts';
import { decodeUtf16ErrorValue } from './utf-errors.ts';

const ascii = (re: RegExp) => ({ v }: MethodCall<CharV>) => bool(re.test(v.v));
const METHODS_RS = '/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/char/methods.rs';

/** The elements a `&mut [T]` / `&mut [T; N]` argument lets a method write: container, range, root. */
interface Buffer { c: Value[]; from: number; to: number; root: Place['root'] }
function bufferOf(ip: Interp, arg: Value, span: Span): Buffer {
  if (arg.k === 'ref') {
    const t = arg.p.c[arg.p.i];
    if (t.k === 'array') return { c: t.f, from: 0, to: t.f.length, root: arg.p.root };
    if (t.k === 'slice') return { c: t.c, from: t.from, to: t.to, root: t.root };
    if (t.k === 'ref') return bufferOf(ip, t, span);
  }
  if (arg.k === 'slice') return { c: arg.c, from: arg.from, to: arg.to, root: arg.root };
  return ip.unsupported('버퍼가 아닌 인자', span);
}

const hex4 = (c: string) => (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');

/** `c.encode_utf8(&mut buf)`: the bytes go to the front of buf; the result is the `&mut str` over them. */
function encodeUtf8(c: MethodCall<CharV>): Value {
  const bytes = [...utf8(c.v.v)];
  const buf = bufferOf(c.ip, c.args[0], c.span);
  const room = buf.to - buf.from;
  if (room < bytes.length) return libPanic(c.ip, `encode_utf8: need ${bytes.length} bytes to encode U+${hex4(c.v.v)} but buffer has just ${room}`, { file: METHODS_RS, line: 1877, col: 9 }, c.span);
  bytes.forEach((b, i) => { buf.c[buf.from + i] = int('u8', b); });
  return { k: 'str', s: c.v.v, root: buf.root };
}

/** `c.encode_utf16(&mut buf)`: the code units go to the front of buf; the result is the `&mut [u16]` over them. */
function encodeUtf16(c: MethodCall<CharV>): Value {
  const units = [...c.v.v].flatMap((ch) => (ch.length === 2 ? [ch.charCodeAt(0), ch.charCodeAt(1)] : [ch.charCodeAt(0)]));
  const buf = bufferOf(c.ip, c.args[0], c.span);
  const room = buf.to - buf.from;
  if (room < units.length) return libPanic(c.ip, `encode_utf16: need ${units.length} bytes to encode U+${hex4(c.v.v)} but buffer has just ${room}`, { file: METHODS_RS, line: 1971, col: 13 }, c.span);
  units.forEach((u, i) => { buf.c[buf.from + i] = int('u16', u); });
  return { k: 'slice', c: buf.c, from: buf.from, to: buf.from + units.length, root: buf.root, mut: true };
}

function setCase(c: MethodCall<CharV>, up: boolean): Value {
  const ch = c.v.v;
  const to = up ? (/^[a-z]$/.test(ch) ? ch.toUpperCase() : ch) : /^[A-Z]$/.test(ch) ? ch.toLowerCase() : ch;
  c.p.c[c.p.i] = { k: 'char', v: to };
  return UNIT;
}

const CHAR = methods<CharV>('char', {
  is_ascii_control: ascii(/^[\x00-\x1F\x7F]$/),
  is_ascii_graphic: ascii(/^[!-~]$/),
  is_ascii_hexdigit: ascii(/^[0-9A-Fa-f]$/),
  is_ascii_whitespace: ascii(/^[ \t\n\x0C\r]$/),
  is_control: ascii(/^\p{Cc}$/u),
  len_utf16: ({ v }) => usize(v.v.length),
  escape_default: ({ v }) => charEscape(v.v, 'default'),
  escape_unicode: ({ v }) => charEscape(v.v, 'unicode'),
  escape_debug: ({ v }) => charEscape(v.v, 'debug'),
  encode_utf8: encodeUtf8,
  encode_utf16: encodeUtf16,
  to_uppercase: ({ v }) => charCase(v.v, true),
  to_lowercase: ({ v }) => charCase(v.v, false),
  make_ascii_uppercase: (c) => setCase(c, true),
  make_ascii_lowercase: (c) => setCase(c, false),
});

/** `char::decode_utf16(units)`: Ok(char) per scalar value, Err(DecodeUtf16Error { code }) per lone surrogate. */
function decodeUtf16(ip: Interp, [src]: Value[], span: Span): Value {
  const it = toIter(ip, src, span);
  let pending: number | null = null;
  const unit = (): number | null => {
    if (pending !== null) { const u = pending; pending = null; return u; }
    const x = it.next();
    return x === null ? null : n(derefAll(ip, x));
  };
  return iterOf('DecodeUtf16', () => {
    const u = unit();
    if (u === null) return null;
    if (u < 0xd800 || u > 0xdfff) return ok({ k: 'char', v: String.fromCharCode(u) });
    const bad = (): Value => err(decodeUtf16ErrorValue(u));
    if (u >= 0xdc00) return bad();
    const lo = unit();
    if (lo === null) return bad();
    if (lo < 0xdc00 || lo > 0xdfff) { pending = lo; return bad(); }
    return ok({ k: 'char', v: String.fromCharCode(u, lo) });
  });
}

/** Associated functions of `char` (merged into calls.ts's table). */
export const CHAR_FNS: Record<string, (ip: Interp, args: Value[], span: Span) => Value> = {
  'char::decode_utf16': decodeUtf16,
};

export function charTableMethod(c: MethodCall<CharV>, name: string): Value | null {
  return lookup(CHAR, name)?.(c) ?? null;
}
