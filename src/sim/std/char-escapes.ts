// `escape_default` / `escape_unicode` / `escape_debug` of char and str, and char's `to_uppercase` / `to_lowercase`:
// the text (core's rules) and the iterator of chars std returns, which prints that text with `{}` and its std
// Debug form with `{:?}`.
import type { IterV } from '../memory/value.ts';
import { escapeDebugExt, debugChar } from '../format/escape-debug.ts';
import { iterOf } from './iter.ts';

export type EscapeKind = 'default' | 'unicode' | 'debug';

/** `\u{hex}`, lowercase, no leading zeros. */
export const escapeUnicode = (c: string): string => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`;

/** `char::escape_default`: \t \r \n \' \" \\, printable ASCII as itself, everything else `\u{..}`. */
export function escapeDefault(c: string): string {
  switch (c) {
    case '\t': return '\\t';
    case '\r': return '\\r';
    case '\n': return '\\n';
    case "'": case '"': case '\\': return '\\' + c;
  }
  const u = c.codePointAt(0) ?? 0;
  return u >= 0x20 && u < 0x7f ? c : escapeUnicode(c);
}

/** One char escaped as `kind`; `first` (str::escape_debug) escapes a leading grapheme extender. */
export function escapeChar(c: string, kind: EscapeKind, first = true): string {
  switch (kind) {
    case 'default': return escapeDefault(c);
    case 'unicode': return escapeUnicode(c);
    case 'debug': return escapeDebugExt(c, { graphemeExtended: first, singleQuote: true, doubleQuote: true });
  }
}

const DESC: Record<EscapeKind, string> = { default: 'EscapeDefault', unicode: 'EscapeUnicode', debug: 'EscapeDebug' };

/** An iterator over the chars of `text` that displays as `text` (and Debug-prints as `debug`, when known). */
function escapeIter(kind: EscapeKind, text: string, debug: string | undefined): IterV {
  const cs = [...text];
  let i = 0;
  const it = iterOf(DESC[kind], () => (i < cs.length ? { k: 'char', v: cs[i++] } : null));
  it.exact = true;
  it.shown = debug === undefined ? { display: text } : { display: text, debug };
  return it;
}

/** `c.to_uppercase()` / `c.to_lowercase()`: Unicode's full case mapping (one to three chars). */
export function charCase(c: string, upper: boolean): IterV {
  const text = upper ? c.toUpperCase() : c.toLowerCase();
  const cs = [...text];
  let i = 0;
  const it = iterOf(upper ? 'ToUppercase' : 'ToLowercase', () => (i < cs.length ? { k: 'char', v: cs[i++] } : null));
  it.exact = true;
  it.shown = { display: text, debug: `${it.desc}(CaseMappingIter(IntoIter([${cs.map(debugChar).join(', ')}])))` };
  return it;
}

/** `c.escape_default()` and friends. */
export function charEscape(c: string, kind: EscapeKind): IterV {
  const text = escapeChar(c, kind);
  return escapeIter(kind, text, `${DESC[kind]}(EscapeIterInner('${text}'))`);
}

/** `s.escape_default()` and friends (std's Debug of these is a nest of adaptors: modelled for default / unicode). */
export function strEscape(s: string, kind: EscapeKind): IterV {
  const text = [...s].map((c, i) => escapeChar(c, kind, i === 0)).join('');
  const chars = [...s].map(debugChar).join(', ');
  const debug = kind === 'debug' ? undefined
    : `${DESC[kind]} { inner: FlatMap { inner: FlattenCompat { iter: Fuse { iter: Some(Map { iter: Chars([${chars}]) }) }, frontiter: None, backiter: None } } }`;
  return escapeIter(kind, text, debug);
}
