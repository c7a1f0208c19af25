// Rust literal tokens (source text) → literal values: integers with radix/suffix, floats, chars, strings.
// Pure functions; a malformed literal yields a Korean error string instead of a value.
import type { FloatSuffix, IntSuffix, Literal } from './ast.ts';
import { knownName } from './known-names.ts';

export type LitResult = { ok: true; lit: Literal } | { ok: false; message: string };

const INT_SUFFIX = /(i8|i16|i32|i64|i128|isize|u8|u16|u32|u64|u128|usize)$/;

export function parseNumber(raw: string): LitResult {
  const text = raw.replace(/_/g, '');
  const radixMatch = /^0([xob])/.exec(text);
  if (radixMatch) {
    const suffix = INT_SUFFIX.exec(text)?.[1] as IntSuffix | undefined;
    const digits = text.slice(2, suffix ? text.length - suffix.length : text.length);
    const radix = radixMatch[1] === 'x' ? 16 : radixMatch[1] === 'o' ? 8 : 2;
    const valid = radix === 16 ? /^[0-9a-fA-F]+$/ : radix === 8 ? /^[0-7]+$/ : /^[01]+$/;
    if (!valid.test(digits)) return { ok: false, message: `잘못된 정수 리터럴 \`${raw}\`` };
    const prefix = radix === 16 ? '0x' : radix === 8 ? '0o' : '0b';
    return { ok: true, lit: withSuffix({ kind: 'Int', value: BigInt(prefix + digits), raw }, suffix) };
  }
  const intSuffix = INT_SUFFIX.exec(text)?.[1] as IntSuffix | undefined;
  const body = intSuffix ? text.slice(0, text.length - intSuffix.length) : text;
  if (/^[0-9]+$/.test(body)) {
    return { ok: true, lit: withSuffix({ kind: 'Int', value: BigInt(body), raw }, intSuffix) };
  }
  const floatSuffix = /(f32|f64)$/.exec(text)?.[1] as FloatSuffix | undefined;
  const fbody = floatSuffix ? text.slice(0, text.length - 3) : text;
  if (/^[0-9]+(\.[0-9]*)?([eE][+-]?[0-9]+)?$/.test(fbody)) {
    const lit: Literal = { kind: 'Float', value: Number(fbody.endsWith('.') ? fbody + '0' : fbody), raw };
    if (floatSuffix) lit.suffix = knownName(floatSuffix) as FloatSuffix;
    return { ok: true, lit };
  }
  return { ok: false, message: `잘못된 숫자 리터럴 \`${raw}\`` };
}

function withSuffix(lit: Literal & { kind: 'Int' }, suffix: IntSuffix | undefined): Literal {
  if (suffix) lit.suffix = knownName(suffix) as IntSuffix;
  return lit;
}

/** Resolves Rust escapes in the body of a (non-raw) char or string literal (`byte`: `b'…'` / `b"…"`, where
 *  `\x` reaches 0xff). */
export function unescape(body: string, byte = false): { ok: true; value: string } | { ok: false; message: string } {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      // Rust normalises CRLF inside string literals to LF.
      if (c === '\r' && body[i + 1] === '\n') continue;
      out += c;
      continue;
    }
    const e = body[++i];
    switch (e) {
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case '\\': out += '\\'; break;
      case '0': out += '\0'; break;
      case "'": out += "'"; break;
      case '"': out += '"'; break;
      case 'x': {
        const hex = body.slice(i + 1, i + 3);
        if (!(byte ? /^[0-9a-fA-F]{2}$/ : /^[0-7][0-9a-fA-F]$/).test(hex)) return { ok: false, message: `잘못된 이스케이프 \`\\x${hex}\`` };
        out += String.fromCharCode(parseInt(hex, 16));
        i += 2;
        break;
      }
      case 'u': {
        const m = /^\{([0-9a-fA-F_]{1,8})\}/.exec(body.slice(i + 1));
        const code = m ? parseInt(m[1].replace(/_/g, ''), 16) : NaN;
        if (!m || !(code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) {
          return { ok: false, message: '잘못된 유니코드 이스케이프 `\\u{…}`' };
        }
        out += String.fromCodePoint(code);
        i += m[0].length;
        break;
      }
      case '\n':
      case '\r': {
        // Line continuation: skip the newline and the following whitespace.
        while (i + 1 < body.length && /[ \t\n\r]/.test(body[i + 1])) i++;
        break;
      }
      default:
        return { ok: false, message: `알 수 없는 이스케이프 \`\\${e ?? ''}\`` };
    }
  }
  return { ok: true, value: out };
}

/** `'a'`, `'\n'`, `b'a'`. */
export function parseChar(raw: string): LitResult {
  const isByte = raw.startsWith('b');
  const body = raw.slice(isByte ? 2 : 1, -1);
  const r = unescape(body, isByte);
  if (!r.ok) return r;
  if ([...r.value].length !== 1) return { ok: false, message: `문자 리터럴에는 문자가 하나만 있어야 합니다: \`${raw}\`` };
  if (isByte) {
    const code = r.value.codePointAt(0) ?? 0;
    if (code > 0xff) return { ok: false, message: `바이트 리터럴은 ASCII여야 합니다: \`${raw}\`` };
    return { ok: true, lit: { kind: 'Byte', value: code, raw } };
  }
  return { ok: true, lit: { kind: 'Char', value: r.value, raw } };
}

/** `"…"`, `b"…"`, `r"…"`, `r#"…"#`, `br"…"`. */
export function parseString(raw: string): LitResult {
  const m = /^(b?)(r?)(#*)"/.exec(raw);
  if (!m) return { ok: false, message: `잘못된 문자열 리터럴 \`${raw}\`` };
  const [open, byte, rawFlag, hashes] = m;
  const body = raw.slice(open.length, raw.length - 1 - hashes.length);
  let value: string;
  if (rawFlag) value = body.replace(/\r\n/g, '\n');
  else {
    const r = unescape(body, !!byte);
    if (!r.ok) return r;
    value = r.value;
  }
  if (byte) return { ok: true, lit: { kind: 'ByteStr', value: [...value].map((ch) => ch.codePointAt(0) ?? 0), raw } };
  return { ok: true, lit: { kind: 'Str', value, raw } };
}
