// `char::escape_debug_ext` as used by `impl Debug for str` and `impl Debug for char`.
// Escapes \0 \t \r \n \\ and the quote in use, grapheme extenders and non-printable chars as \u{hex}.

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
const GRAPHEME_EXTEND = /\p{Grapheme_Extend}/u;

/** Which chars `escape_debug_ext` escapes besides \0 \t \r \n \\ and non-printables (core's EscapeDebugExtArgs). */
export interface EscapeDebugArgs { graphemeExtended: boolean; singleQuote: boolean; doubleQuote: boolean }

/** `char::escape_debug_ext`: one char's escaped text. */
export function escapeDebugExt(c: string, args: EscapeDebugArgs): string {
  switch (c) {
    case '\0':
      return '\\0';
    case '\t':
      return '\\t';
    case '\r':
      return '\\r';
    case '\n':
      return '\\n';
    case '\\':
      return '\\\\';
    case '"':
      return args.doubleQuote ? '\\"' : c;
    case "'":
      return args.singleQuote ? "\\'" : c;
  }
  if (c === ' ') return c;
  if ((args.graphemeExtended && GRAPHEME_EXTEND.test(c)) || NON_PRINTABLE.test(c)) {
    return `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`;
  }
  return c;
}

function escapeChar(c: string, quote: '"' | "'"): string {
  return escapeDebugExt(c, { graphemeExtended: true, singleQuote: quote === "'", doubleQuote: quote === '"' });
}

/** Debug of a string: double-quoted, escaped. */
export function debugStr(s: string): string {
  let out = '"';
  for (const c of s) out += escapeChar(c, '"');
  return out + '"';
}

/** Debug of a char: single-quoted, escaped. */
export function debugChar(c: string): string {
  return "'" + escapeChar(c, "'") + "'";
}
