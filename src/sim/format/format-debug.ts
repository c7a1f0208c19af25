// `{:?}` / `{:#?}` of composite values the way derive(Debug) and the DebugStruct/Tuple/List/Map builders write them.
// The spec is handed down to every leaf (so `{:5?}` pads each number); `#` pretty-prints through a PadAdapter.
import type { ConcreteSpec, FmtValue } from './fmt-value.ts';

/** Formats one leaf or nested value with the same spec (supplied by format-value.ts to avoid a cycle). */
export type LeafFormatter = (v: FmtValue, spec: ConcreteSpec) => string;

/** PadAdapter: four spaces at the start of every line of `s` (a fresh adapter starts on a new line). */
export function indent(s: string): string {
  let out = '';
  let onNewline = true;
  for (const line of s.split(/(?<=\n)/)) {
    if (line === '') continue;
    if (onNewline) out += '    ';
    out += line;
    onNewline = line.endsWith('\n');
  }
  return out;
}

/** `debug_struct(name).field(..)…finish()`. */
export function debugStruct(name: string, fields: Array<[string, string]>, pretty: boolean): string {
  if (fields.length === 0) return name;
  if (pretty) return name + ' {\n' + fields.map(([k, v]) => indent(`${k}: ${v},\n`)).join('') + '}';
  return name + ' { ' + fields.map(([k, v]) => `${k}: ${v}`).join(', ') + ' }';
}

/** `debug_tuple(name).field(..)…finish()`; an unnamed one-tuple gets its trailing comma. */
export function debugTuple(name: string, items: string[], pretty: boolean): string {
  if (items.length === 0) return name;
  if (pretty) return name + '(\n' + items.map((v) => indent(`${v},\n`)).join('') + ')';
  const comma = items.length === 1 && name === '' ? ',' : '';
  return name + '(' + items.join(', ') + comma + ')';
}

/** `debug_list()` / `debug_set()`: `[a, b]` / `{a, b}`. */
export function debugSeq(open: string, close: string, items: string[], pretty: boolean): string {
  if (items.length === 0) return open + close;
  if (pretty) return open + '\n' + items.map((v) => indent(`${v},\n`)).join('') + close;
  return open + items.join(', ') + close;
}

/** `debug_map()`: `{k: v, k2: v2}`. */
export function debugMap(entries: Array<[string, string]>, pretty: boolean): string {
  if (entries.length === 0) return '{}';
  if (pretty) return '{\n' + entries.map(([k, v]) => indent(`${k}: ${v},\n`)).join('') + '}';
  return '{' + entries.map(([k, v]) => `${k}: ${v}`).join(', ') + '}';
}
