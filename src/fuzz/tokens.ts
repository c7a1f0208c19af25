// A small Rust lexer for the fuzzer: token spans (offsets into the source) for identifiers, literals,
// lifetimes and punctuation; comments and whitespace are skipped. Pure.

export type TokKind = 'ident' | 'int' | 'float' | 'str' | 'char' | 'lifetime' | 'punct';
export interface Tok { kind: TokKind; start: number; end: number }

const PUNCT = ['>>=', '<<=', '...', '..=', '::', '->', '=>', '==', '!=', '<=', '>=', '&&', '||', '+=', '-=', '*=', '/=', '%=', '^=', '&=', '|=', '<<', '>>', '..'];

export function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src[i];
    if (/\s/.test(c)) { i++; continue; }
    if (src.startsWith('//', i)) { while (i < n && src[i] !== '\n') i++; continue; }
    if (src.startsWith('/*', i)) { const j = src.indexOf('*/', i + 2); i = j < 0 ? n : j + 2; continue; }
    const start = i;
    if (c === '"' || (c === 'b' && src[i + 1] === '"')) {
      i += c === 'b' ? 2 : 1;
      while (i < n && src[i] !== '"') i += src[i] === '\\' ? 2 : 1;
      out.push({ kind: 'str', start, end: ++i });
      continue;
    }
    if (c === 'r' && /^r#*"/.test(src.slice(i, i + 4))) {
      let h = 0; i++;
      while (src[i] === '#') { h++; i++; }
      const close = '"' + '#'.repeat(h);
      const j = src.indexOf(close, i + 1);
      i = j < 0 ? n : j + close.length;
      out.push({ kind: 'str', start, end: i });
      continue;
    }
    if (c === "'") {
      const m = /^'(\\(x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|.)|[^\\'])'/u.exec(src.slice(i, i + 12));
      if (m) { i += m[0].length; out.push({ kind: 'char', start, end: i }); continue; }
      i++;
      while (i < n && /[\w]/.test(src[i])) i++;
      out.push({ kind: 'lifetime', start, end: i });
      continue;
    }
    if (/[0-9]/.test(c)) {
      const m = /^(0x[0-9a-fA-F_]+|0b[01_]+|0o[0-7_]+|[0-9][0-9_]*(\.[0-9][0-9_]*)?([eE][+-]?[0-9]+)?)([iuf](8|16|32|64|128|size))?/.exec(src.slice(i));
      const text = m ? m[0] : c;
      i += text.length;
      out.push({ kind: /\.|[eE]|f32|f64/.test(text) && !text.startsWith('0x') ? 'float' : 'int', start, end: i });
      continue;
    }
    if (/[\p{L}_]/u.test(c)) {
      while (i < n && /[\p{L}\p{N}_]/u.test(src[i])) i++;
      if (src[i] === '!' && src[i + 1] !== '=') i++; // macro name `println!`
      out.push({ kind: 'ident', start, end: i });
      continue;
    }
    const p = PUNCT.find((x) => src.startsWith(x, i));
    i += p ? p.length : 1;
    out.push({ kind: 'punct', start, end: i });
  }
  return out;
}
