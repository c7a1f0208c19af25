// `str` methods as a table (one entry per method): searching with patterns (char, &str, char slice,
// closure), split_once / strip_prefix / rfind / splitn / matches, char boundaries. Offsets are UTF-8 bytes.
import { isCharBoundary, strSliceError } from '../format/panic-message.ts';
import { bool, int, none, some, str, type StringV, type StrV, UNIT, usize, type Value } from '../memory/value.ts';
import { newString, utf8, utf8Len } from '../semantics/buffers.ts';
import type { Interp } from '../semantics/interp.ts';
import { strText } from '../semantics/ops.ts';
import { derefAll } from '../semantics/place.ts';
import type { Span } from '../syntax/span.ts';
import { strEscape } from './char-escapes.ts';
import { iterOf, listIter } from './iter.ts';
import { dec, libPanic, n } from './method-helpers.ts';
import { lookup, type MethodCall, methods } from './method-table.ts';

type S = StrV | StringV;

export function textOf(c: MethodCall<S>): string {
  return c.v.k === 'string' ? c.ip.heap.get(c.v.id).text : c.v.s;
}
function rootOf(c: MethodCall<S>): StrV['root'] {
  return c.v.k === 'string' ? { to: 'heap', id: c.v.id } : c.v.root;
}
const sub = (c: MethodCall<S>, s: string): Value => str(s, rootOf(c));

/** A `Pattern`: returns the match length (JS units) at JS index `at`, or -1. */
export type Matcher = (s: string, at: number) => number;
export function matcher(ip: Interp, arg: Value, span: Span): Matcher {
  const a = derefAll(ip, arg);
  if (a.k === 'char') return (s, at) => (s.startsWith(a.v, at) ? a.v.length : -1);
  if (a.k === 'closure' || a.k === 'fn') return (s, at) => {
    if (at >= s.length) return -1;
    const ch = String.fromCodePoint(s.codePointAt(at)!);
    const r = ip.callValue(a, [{ k: 'char', v: ch }], span);
    return r.k === 'bool' && r.v ? ch.length : -1;
  };
  if (a.k === 'array' || a.k === 'slice' || a.k === 'vec') {
    const items = a.k === 'array' ? a.f : a.k === 'slice' ? a.c.slice(a.from, a.to) : ip.heap.get(a.id).vals;
    const chars = items.map((x) => derefAll(ip, x)).map((x) => (x.k === 'char' ? x.v : ''));
    return (s, at) => { for (const ch of chars) if (ch && s.startsWith(ch, at)) return ch.length; return -1; };
  }
  const t = strText(ip, a) ?? '';
  return (s, at) => (s.startsWith(t, at) ? t.length : -1);
}

/** Every non-overlapping match, left to right: [index, length] in JS units. An empty pattern matches
 *  between every char and at both ends, as std's StrSearcher does. */
export function matchesOf(s: string, m: Matcher): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i <= s.length; ) {
    const len = m(s, i);
    if (len >= 0) { out.push([i, len]); i += len > 0 ? len : 1; if (len === 0 && i <= s.length && isLowSurrogateAt(s, i)) i++; }
    else { i += isHighSurrogateAt(s, i) ? 2 : 1; }
  }
  return out;
}
const isHighSurrogateAt = (s: string, i: number) => { const c = s.charCodeAt(i); return c >= 0xd800 && c <= 0xdbff; };
const isLowSurrogateAt = (s: string, i: number) => { const c = s.charCodeAt(i); return c >= 0xdc00 && c <= 0xdfff; };

const bytes = (s: string, jsIndex: number) => utf8Len(s.slice(0, jsIndex));
/** JS index of UTF-8 byte offset `b` (a char boundary). */
function jsIndex(s: string, b: number): number {
  let at = 0, i = 0;
  for (const ch of s) { if (at >= b) break; at += utf8Len(ch); i += ch.length; }
  return i;
}

const STR_RS = '/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/str/mod.rs';
/** `split_at` / `split_at_mut` (not #[track_caller]): core reports `&s[..mid]`'s error inside str/mod.rs. */
function splitAt(c: MethodCall<S>, mut = false): Value {
  const s = textOf(c); const m = n(c.args[0]);
  const bad = strSliceError(s, 0, m);
  if (bad) return libPanic(c.ip, bad, mut ? { file: STR_RS, line: 894, col: 13 } : { file: STR_RS, line: 849, col: 21 }, c.span);
  const i = jsIndex(s, m);
  return { k: 'tuple', f: [sub(c, s.slice(0, i)), sub(c, s.slice(i))] };
}
function splitAtChecked(c: MethodCall<S>): Value {
  const s = textOf(c); const m = n(c.args[0]);
  if (m > utf8Len(s) || !isCharBoundary(s, m)) return none();
  const i = jsIndex(s, m);
  return some({ k: 'tuple', f: [sub(c, s.slice(0, i)), sub(c, s.slice(i))] });
}

/** The pieces as an iterator, double-ended when std's is: splitn / rsplitn never, the split family only for a
 *  pattern that searches from the back (a char, chars, a closure; a &str's StrSearcher does not: rustc's E0277). */
function pieces(c: MethodCall<S>, parts: string[], desc: string, de = backPattern(c)): Value {
  const it = listIter(desc, parts.length, (k) => sub(c, parts[k]), false);
  it.len = undefined;
  if (!de) it.back = undefined;
  return it;
}
function backPattern(c: MethodCall<S>): boolean {
  if (!c.args.length) return true;
  const a = derefAll(c.ip, c.args[0]);
  return a.k !== 'str' && a.k !== 'string';
}

function splitBy(s: string, m: Matcher, limit = Infinity): string[] {
  const out: string[] = [];
  let last = 0;
  for (const [i, len] of matchesOf(s, m)) {
    if (out.length + 1 >= limit) break;
    if (len === 0 && (i === 0 || i === s.length)) { out.push(s.slice(last, i)); last = i; continue; }
    out.push(s.slice(last, i));
    last = i + len;
  }
  out.push(s.slice(last));
  return out;
}

const STR = methods<S>('str', {
  is_char_boundary: (c) => bool(isCharBoundary(textOf(c), n(c.args[0]))),
  split_once: (c) => {
    const s = textOf(c); const hit = matchesOf(s, matcher(c.ip, c.args[0], c.span))[0];
    return hit ? some({ k: 'tuple', f: [sub(c, s.slice(0, hit[0])), sub(c, s.slice(hit[0] + hit[1]))] }) : none();
  },
  rsplit_once: (c) => {
    const s = textOf(c); const all = matchesOf(s, matcher(c.ip, c.args[0], c.span)); const hit = all[all.length - 1];
    return hit ? some({ k: 'tuple', f: [sub(c, s.slice(0, hit[0])), sub(c, s.slice(hit[0] + hit[1]))] }) : none();
  },
  strip_prefix: (c) => { const s = textOf(c); const len = matcher(c.ip, c.args[0], c.span)(s, 0); return len >= 0 ? some(sub(c, s.slice(len))) : none(); },
  strip_suffix: (c) => { const s = textOf(c); const i = suffixAt(s, matcher(c.ip, c.args[0], c.span)); return i >= 0 ? some(sub(c, s.slice(0, i))) : none(); },
  rfind: (c) => { const s = textOf(c); const all = matchesOf(s, matcher(c.ip, c.args[0], c.span)); const hit = all[all.length - 1]; return hit ? some(usize(bytes(s, hit[0]))) : none(); },
  find: (c) => { const s = textOf(c); const hit = matchesOf(s, matcher(c.ip, c.args[0], c.span))[0]; return hit ? some(usize(bytes(s, hit[0]))) : none(); },
  contains: (c) => bool(matchesOf(textOf(c), matcher(c.ip, c.args[0], c.span)).length > 0),
  starts_with: (c) => bool(matcher(c.ip, c.args[0], c.span)(textOf(c), 0) >= 0),
  ends_with: (c) => bool(suffixAt(textOf(c), matcher(c.ip, c.args[0], c.span)) >= 0),
  split: (c) => pieces(c, splitBy(textOf(c), matcher(c.ip, c.args[0], c.span)), 'Split'),
  rsplit: (c) => pieces(c, splitBy(textOf(c), matcher(c.ip, c.args[0], c.span)).reverse(), 'RSplit'),
  splitn: (c) => pieces(c, n(c.args[0]) === 0 ? [] : splitBy(textOf(c), matcher(c.ip, c.args[1], c.span), n(c.args[0])), 'SplitN', false),
  split_terminator: (c) => { const parts = splitBy(textOf(c), matcher(c.ip, c.args[0], c.span)); if (parts.length && parts[parts.length - 1] === '') parts.pop(); return pieces(c, parts, 'SplitTerminator'); },
  matches: (c) => { const s = textOf(c); return pieces(c, matchesOf(s, matcher(c.ip, c.args[0], c.span)).map(([i, l]) => s.slice(i, i + l)), 'Matches'); },
  match_indices: (c) => {
    const s = textOf(c); const hits = matchesOf(s, matcher(c.ip, c.args[0], c.span)); let k = 0;
    return iterOf('MatchIndices', () => { if (k >= hits.length) return null; const [i, l] = hits[k++]; return { k: 'tuple', f: [usize(bytes(s, i)), sub(c, s.slice(i, i + l))] }; });
  },
  trim_matches: (c) => { const s = textOf(c); const m = matcher(c.ip, c.args[0], c.span); return sub(c, trimEnd(trimStart(s, m), m)); },
  trim_start_matches: (c) => sub(c, trimStart(textOf(c), matcher(c.ip, c.args[0], c.span))),
  trim_end_matches: (c) => sub(c, trimEnd(textOf(c), matcher(c.ip, c.args[0], c.span))),
  split_at: (c) => splitAt(c),
  split_at_checked: (c) => splitAtChecked(c),
  split_inclusive: (c) => { const s = textOf(c); const parts: string[] = []; let last = 0; for (const [i, l] of matchesOf(s, matcher(c.ip, c.args[0], c.span))) { if (l === 0) continue; parts.push(s.slice(last, i + l)); last = i + l; } if (last < s.length) parts.push(s.slice(last)); return pieces(c, parts, 'SplitInclusive'); },
  rsplitn: (c) => {
    const s = textOf(c); const k = n(c.args[0]); const hits = matchesOf(s, matcher(c.ip, c.args[1], c.span)).reverse();
    const parts: string[] = []; let end = s.length;
    for (const [i, l] of hits) { if (parts.length + 1 >= k) break; parts.push(s.slice(i + l, end)); end = i; }
    if (k > 0) parts.push(s.slice(0, end));
    return pieces(c, parts, 'RSplitN', false);
  },
  rsplit_terminator: (c) => { const parts = splitBy(textOf(c), matcher(c.ip, c.args[0], c.span)); if (parts.length && parts[parts.length - 1] === '') parts.pop(); return pieces(c, parts.reverse(), 'RSplitTerminator'); },
  rmatches: (c) => { const s = textOf(c); return pieces(c, matchesOf(s, matcher(c.ip, c.args[0], c.span)).reverse().map(([i, l]) => s.slice(i, i + l)), 'RMatches'); },
  rmatch_indices: (c) => {
    const s = textOf(c); const hits = matchesOf(s, matcher(c.ip, c.args[0], c.span)).reverse(); let k = 0;
    return iterOf('RMatchIndices', () => { if (k >= hits.length) return null; const [i, l] = hits[k++]; return { k: 'tuple', f: [usize(bytes(s, i)), sub(c, s.slice(i, i + l))] }; });
  },
  split_ascii_whitespace: (c) => pieces(c, textOf(c).split(/[ \t\n\x0C\r]+/).filter((x) => x), 'SplitAsciiWhitespace'),
  trim_ascii: (c) => sub(c, textOf(c).replace(/^[ \t\n\x0C\r]+|[ \t\n\x0C\r]+$/g, '')),
  trim_ascii_start: (c) => sub(c, textOf(c).replace(/^[ \t\n\x0C\r]+/, '')),
  trim_ascii_end: (c) => sub(c, textOf(c).replace(/[ \t\n\x0C\r]+$/, '')),
  is_ascii: (c) => bool(/^[\x00-\x7f]*$/.test(textOf(c))),
  floor_char_boundary: (c) => { const s = textOf(c); let i = boundaryIndex(c, s); while (i > 0 && !isCharBoundary(s, i)) i--; return usize(i); },
  ceil_char_boundary: (c) => { const s = textOf(c); const len = utf8Len(s); let i = boundaryIndex(c, s); while (i < len && !isCharBoundary(s, i)) i++; return usize(i); },
  encode_utf16: (c) => {
    const units = [...textOf(c)].flatMap((ch) => (ch.length === 2 ? [ch.charCodeAt(0), ch.charCodeAt(1)] : [ch.charCodeAt(0)]));
    let i = 0;
    return iterOf('EncodeUtf16', () => (i < units.length ? int('u16', units[i++]) : null));
  },
  escape_default: (c) => strEscape(textOf(c), 'default'),
  escape_unicode: (c) => strEscape(textOf(c), 'unicode'),
  escape_debug: (c) => strEscape(textOf(c), 'debug'),
  get_mut: (c) => getRange(c),
  split_at_mut: (c) => splitAt(c, true),
  split_at_mut_checked: (c) => splitAtChecked(c),
  // `Box<str>` methods (the receiver is the boxed str).
  into_string: (c) => newString(c.ip, textOf(c)),
  into_boxed_bytes: (c) => {
    const bs = [...utf8(textOf(c))];
    const a = c.ip.heap.alloc('Box', '[u8]', [], bs.length);
    a.vals.push({ k: 'array', f: bs.map((b) => int('u8', b)) });
    return { k: 'box', id: a.id };
  },
  make_ascii_uppercase: (c) => setAsciiCase(c, (t) => t.replace(/[a-z]+/g, (x) => x.toUpperCase())),
  make_ascii_lowercase: (c) => setAsciiCase(c, (t) => t.replace(/[A-Z]+/g, (x) => x.toLowerCase())),
  replacen: (c) => {
    const s = textOf(c); const limit = n(c.args[2]); const to = strText(c.ip, derefAll(c.ip, c.args[1])) ?? '';
    let out = '', last = 0, k = 0;
    for (const [i, len] of matchesOf(s, matcher(c.ip, c.args[0], c.span))) { if (k++ >= limit) break; out += s.slice(last, i) + to; last = i + len; }
    return newString(c.ip, out + s.slice(last));
  },
});

/** `s.get(range)` / `s.get_mut(range)`: the sub-str when the range is in bounds on char boundaries. */
function getRange(c: MethodCall<S>): Value | null {
  const s = textOf(c);
  const r = derefAll(c.ip, c.args[0]);
  if (r.k !== 'range') return null;
  const b = utf8(s);
  const lo = r.lo ? n(r.lo) : 0, hi = r.hi ? n(r.hi) + (r.incl ? 1 : 0) : b.length;
  return hi <= b.length && lo <= hi && isCharBoundary(s, lo) && isCharBoundary(s, hi) ? some(sub(c, dec(b.slice(lo, hi)))) : none();
}

/**
 * `make_ascii_uppercase` / `_lowercase` in place: a String's buffer, or a `&mut str` that views a whole buffer
 * (`as_mut_str`, `leak`). A view of part of a buffer is not tracked back to it, so that case is not modelled.
 */
function setAsciiCase(c: MethodCall<S>, f: (t: string) => string): Value {
  if (c.v.k === 'string') { const a = c.ip.heap.get(c.v.id); a.text = f(a.text); return UNIT; }
  const root = c.v.root;
  if (root.to === 'heap' && c.ip.heap.allocs.get(root.id)?.text === c.v.s) {
    const a = c.ip.heap.get(root.id);
    a.text = f(a.text);
    c.p.c[c.p.i] = str(a.text, root);
    return UNIT;
  }
  return c.ip.unsupported('문자열 일부를 가리키는 `&mut str`의 제자리 변경', c.span);
}

/** Where a match ending exactly at `end` starts (the last one found scanning back), or -1. */
function suffixAt(s: string, m: Matcher, end = s.length): number {
  for (let i = end; i >= 0; i--) { const len = m(s, i); if (len >= 0 && i + len === end) return i; }
  return -1;
}

function trimStart(s: string, m: Matcher): string {
  let i = 0;
  for (;;) { const len = m(s, i); if (len <= 0) break; i += len; }
  return s.slice(i);
}
function trimEnd(s: string, m: Matcher): string {
  let end = s.length;
  for (;;) { const i = suffixAt(s, m, end); if (i < 0 || i === end) break; end = i; }
  return s.slice(0, end);
}

export function strTableMethod(c: MethodCall<S>, name: string): Value | null {
  return lookup(STR, name)?.(c) ?? null;
}

export function hasStrMethod(name: string): boolean {
  return lookup(STR, name) !== undefined;
}

/** The `usize` index of `floor/ceil_char_boundary`, within `0..=len` (an index ≥ len is len, as in std), so both
 *  loops are bounded. A negative number is no `usize` (a program rustc rejects): the run stops, no answer. */
function boundaryIndex(c: MethodCall<S>, s: string): number {
  const i = n(c.args[0]);
  if (i < 0 || Number.isNaN(i)) return c.ip.unsupported(`usize 인자에 음수 ${i} (rustc가 컴파일하지 않는 프로그램)`, c.span);
  const len = utf8Len(s);
  return Number.isInteger(i) && i < len ? i : len;
}
