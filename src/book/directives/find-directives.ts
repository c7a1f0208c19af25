// Finds mdBook `{{#…}}` helpers in text with mdBook's own pattern and parses their arguments.
// Pure: offsets into the text in, typed directives out; unknown or malformed ones are reported, not dropped.

import { parseLineSelection, type LineSelection } from './line-selection.ts';
import { RUST_WS } from './rust-whitespace.ts';

export type Directive =
  /** `\{{#…}}`: the text without its backslash. */
  | { kind: 'escaped'; literal: string }
  | { kind: 'title'; title: string }
  | FileDirective;

/** A directive that reads a file: its text (or the selected lines) takes the directive's place. */
export type FileDirective =
  | { kind: 'include'; path: string; selection: LineSelection }
  | { kind: 'rustdoc_include'; path: string; selection: LineSelection }
  | { kind: 'playground'; path: string; attrs: string[] };

interface Span {
  /** Offsets into the scanned text; `text` is the whole `{{#…}}`. */
  start: number;
  end: number;
  text: string;
}

export type Found =
  | (Span & { kind: 'directive'; directive: Directive; warning?: string })
  | (Span & { kind: 'unknown'; name: string })
  | (Span & { kind: 'malformed'; message: string });

/**
 * mdBook's `find_links` pattern: an escaped helper runs to the last `}}` on its line; a helper is
 * `{{`, optional whitespace, `#name`, whitespace, then anything but `}` (newlines included), `}}`.
 */
const HELPER = new RegExp(
  String.raw`\\\{\{#[^\n]*\}\}|\{\{[${RUST_WS}]*#([a-zA-Z0-9_]+)[${RUST_WS}]+([^}]+)\}\}`,
  'gu',
);
const WHITESPACE = new RegExp(`[${RUST_WS}]+`, 'u');

export function findDirectives(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(HELPER)) {
    const span: Span = { start: m.index, end: m.index + m[0].length, text: m[0] };
    if (m[1] === undefined) {
      found.push({ ...span, kind: 'directive', directive: { kind: 'escaped', literal: m[0].slice(1) } });
      continue;
    }
    found.push(classify(span, m[1], m[2]));
  }
  return found;
}

function classify(span: Span, name: string, rest: string): Found {
  const malformed = (message: string): Found => ({ ...span, kind: 'malformed', message });
  switch (name) {
    case 'title':
      return { ...span, kind: 'directive', directive: { kind: 'title', title: rest } };
    case 'include':
    case 'rustdoc_include': {
      const target = parseIncludeTarget(rest);
      if (!target.ok) return malformed(target.message);
      const selection = parseLineSelection(target.spec);
      if (!selection.ok) return malformed(selection.message);
      return {
        ...span,
        kind: 'directive',
        directive: { kind: name, path: target.path, selection: selection.value },
        ...(selection.warning ? { warning: selection.warning } : {}),
      };
    }
    case 'playground':
    case 'playpen': {
      const args = parsePlaygroundArgs(rest);
      if (!args.ok) return malformed(args.message);
      return {
        ...span,
        kind: 'directive',
        directive: { kind: 'playground', path: args.path, attrs: args.attrs },
        ...(name === 'playpen'
          ? { warning: '{{#playpen}}은 {{#playground}}로 이름이 바뀌었습니다. 새 이름을 쓰세요' }
          : {}),
      };
    }
    default:
      return { ...span, kind: 'unknown', name };
  }
}

type Fail = { ok: false; message: string };

/** `"a b.rs"` with `\` escaping the next character; returns the path and the text after the quote. */
function parseQuotedPath(input: string): { ok: true; path: string; after: string } | Fail {
  let path = '';
  for (let i = 1; i < input.length; i++) {
    const ch = input[i];
    if (ch === '\\') {
      if (i + 1 < input.length) path += input[++i];
    } else if (ch === '"') {
      return { ok: true, path, after: input.slice(i + 1) };
    } else {
      path += ch;
    }
  }
  return { ok: false, message: '따옴표로 시작한 경로가 닫히지 않았습니다' };
}

/** Include arguments: `path[:spec]` or `"quoted path"[:spec]`; anything after the first word is ignored, as in mdBook. */
function parseIncludeTarget(rest: string): { ok: true; path: string; spec: string | undefined } | Fail {
  const trimmed = trimRust(rest);
  if (trimmed.startsWith('"')) {
    const q = parseQuotedPath(trimmed);
    if (!q.ok) return q;
    if (q.path === '') return { ok: false, message: '포함할 파일 경로가 없습니다' };
    const after = trimRustStart(q.after);
    return { ok: true, path: q.path, spec: after.startsWith(':') ? after.slice(1) : undefined };
  }
  const word = trimmed.split(WHITESPACE)[0];
  if (word === '') return { ok: false, message: '포함할 파일 경로가 없습니다' };
  const colon = word.indexOf(':');
  return colon < 0
    ? { ok: true, path: word, spec: undefined }
    : { ok: true, path: word.slice(0, colon), spec: word.slice(colon + 1) };
}

/** Playground arguments: a path (maybe quoted) then whitespace-separated code block attributes. */
function parsePlaygroundArgs(rest: string): { ok: true; path: string; attrs: string[] } | Fail {
  const trimmed = trimRustStart(rest);
  if (trimmed.startsWith('"')) {
    const q = parseQuotedPath(trimmed);
    if (!q.ok) return q;
    if (q.path === '') return { ok: false, message: '포함할 파일 경로가 없습니다' };
    return { ok: true, path: q.path, attrs: q.after.split(WHITESPACE).filter(Boolean) };
  }
  const [path, ...attrs] = trimmed.split(WHITESPACE).filter(Boolean);
  if (path === undefined) return { ok: false, message: '포함할 파일 경로가 없습니다' };
  return { ok: true, path, attrs };
}

const LEADING = new RegExp(`^[${RUST_WS}]+`, 'u');
const TRAILING = new RegExp(`[${RUST_WS}]+$`, 'u');
const trimRustStart = (s: string) => s.replace(LEADING, '');
const trimRust = (s: string) => trimRustStart(s).replace(TRAILING, '');
