// std's UTF-8 / UTF-16 decoding errors (Utf8Error, FromUtf8Error, DecodeUtf16Error, FromUtf16Error) as values:
// their constructors, Display texts (rustc 1.95) and methods (`valid_up_to`, `unpaired_surrogate`, …), one table.
import { type Value, type EnumV, int, usize, some, none, UNIT } from '../memory/value.ts';
import { methods, lookup, type MethodCall } from './method-table.ts';

export function utf8ErrorValue(validUpTo: number, errorLen: number | null): EnumV {
  return { k: 'enum', name: 'Utf8Error', variant: 'Utf8Error', f: [usize(validUpTo), errorLen === null ? none() : some(int('u8', errorLen))], names: ['valid_up_to', 'error_len'] };
}
export function decodeUtf16ErrorValue(code: number): EnumV {
  return { k: 'enum', name: 'DecodeUtf16Error', variant: 'DecodeUtf16Error', f: [int('u16', code)], names: ['code'] };
}
/** `FromUtf16Error(())`. */
export const FROM_UTF16_ERROR: EnumV = { k: 'enum', name: 'FromUtf16Error', variant: 'FromUtf16Error', f: [UNIT] };

const num = (v: Value) => (v.k === 'int' ? Number(v.v) : 0);
function utf8Text(e: EnumV): string {
  const len = e.f[1];
  const at = num(e.f[0]);
  return len.k === 'enum' && len.variant === 'Some' ? `invalid utf-8 sequence of ${num(len.f[0])} bytes from index ${at}` : `incomplete utf-8 byte sequence from index ${at}`;
}

/** What `{}` prints for one of these errors; null: not one of them. */
export function utfErrorDisplay(v: EnumV): string | null {
  switch (v.name) {
    case 'Utf8Error': return utf8Text(v);
    case 'FromUtf8Error': return v.f[1]?.k === 'enum' ? utf8Text(v.f[1]) : null;
    case 'DecodeUtf16Error': return `unpaired surrogate found: ${num(v.f[0]).toString(16)}`;
    case 'FromUtf16Error': return 'invalid utf-16: lone surrogate found';
  }
  return null;
}

const isUtfError = (v: Value): v is EnumV => v.k === 'enum' && (v.name === 'Utf8Error' || v.name === 'FromUtf8Error' || v.name === 'DecodeUtf16Error' || v.name === 'FromUtf16Error');
const field = (c: MethodCall<EnumV>, want: string, i: number): Value | null => (c.v.name === want ? c.v.f[i] : null);

const UTF_ERRORS = methods<EnumV>('UtfError', {
  valid_up_to: (c) => field(c, 'Utf8Error', 0) ?? (c.v.name === 'FromUtf8Error' && c.v.f[1].k === 'enum' ? c.v.f[1].f[0] : null),
  error_len: (c) => field(c, 'Utf8Error', 1),
  utf8_error: (c) => field(c, 'FromUtf8Error', 1),
  into_bytes: (c) => field(c, 'FromUtf8Error', 0),
  as_bytes: (c) => {
    const b = field(c, 'FromUtf8Error', 0);
    if (!b || b.k !== 'vec') return null;
    const a = c.ip.heap.get(b.id);
    return { k: 'slice', c: a.vals, from: 0, to: a.vals.length, root: { to: 'heap', id: a.id }, mut: false };
  },
  unpaired_surrogate: (c) => field(c, 'DecodeUtf16Error', 0),
});

/** A method of one of these errors; null when `c.v` is not one or has no such method. */
export function utfErrorMethod(c: MethodCall, name: string): Value | null {
  if (!isUtfError(c.v)) return null;
  return lookup(UTF_ERRORS, name)?.({ ...c, v: c.v }) ?? null;
}

/** `FromUtf8Error { bytes, error }` for the bytes that failed. */
export function fromUtf8ErrorValue(bytes: Value, error: EnumV): EnumV {
  return { k: 'enum', name: 'FromUtf8Error', variant: 'FromUtf8Error', f: [bytes, error], names: ['bytes', 'error'] };
}
