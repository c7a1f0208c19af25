// Runs the @lezer/rust parser. Its tokenizer only knows ASCII identifiers, while Rust accepts Unicode ones
// (`let 이름 = 3;`): those characters are masked to `a` (same UTF-16 length, so offsets and names still come from the original text).
import type { Tree } from '@lezer/common';
import { parser } from '@lezer/rust';

export function parseRust(text: string): Tree {
  return parser.parse(maskUnicodeIdentifiers(text));
}

const IDENT_CHAR = /[\p{L}\p{N}\p{M}\p{Pc}]/u;

/** Replaces non-ASCII identifier characters outside comments, strings and char literals with `a`. */
export function maskUnicodeIdentifiers(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text;
  const out = text.split('');
  let i = 0;
  if (text[0] === '\uFEFF') out[0] = ' '; // a byte-order mark, which rustc skips
  const n = text.length;
  while (i < n) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      while (i < n && text[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        if (text[i] === '/' && text[i + 1] === '*') (depth++, (i += 2));
        else if (text[i] === '*' && text[i + 1] === '/') (depth--, (i += 2));
        else i++;
      }
    } else if ((c === 'r' || (c === 'b' && next === 'r')) && /^b?r#*"/.test(text.slice(i, i + 260)) && !isIdentChar(text[i - 1])) {
      const m = /^b?r(#*)"/.exec(text.slice(i, i + 260));
      const close = '"' + (m ? m[1] : '');
      const end = text.indexOf(close, i + (m ? m[0].length : 2));
      i = end < 0 ? n : end + close.length;
    } else if (c === '"') {
      i++;
      while (i < n && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === "'") {
      // A char literal `'x'` / `'\n'` / `'\u{…}'`, or a lifetime / label `'a`.
      const m = /^'(\\u\{[0-9a-fA-F_]*\}|\\.|[^\\'\n][\uDC00-\uDFFF]?)'/.exec(text.slice(i, i + 16));
      i += m ? m[0].length : 1;
    } else {
      const cp = text.codePointAt(i) ?? 0;
      const width = cp > 0xffff ? 2 : 1;
      if (cp > 0x7f && IDENT_CHAR.test(String.fromCodePoint(cp))) for (let k = 0; k < width; k++) out[i + k] = 'a';
      i += width;
    }
  }
  return out.join('');
}

function isIdentChar(ch: string | undefined): boolean {
  return !!ch && /[A-Za-z0-9_]/.test(ch);
}
