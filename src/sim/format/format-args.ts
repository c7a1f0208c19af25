// formatArgs: what `format!(fmt, args…)` produces: parse, resolve references, format each placeholder, join.
// The evaluator passes inline captures (`{x}`) as named args; `inlineNames` says which names to capture.
import type { ConcreteSpec, FmtPiece, FmtValue, ResolvedCount, ResolvedPiece } from './fmt-value.ts';
import { parseFormatString } from './parse-format.ts';
import { inlineNamesFrom, resolveArgs } from './resolve-args.ts';
import { formatWith, isFmtError } from './format-value.ts';

export type FormatResult = { ok: true; text: string } | { ok: false; message: string };

/** Names the format string uses that are not among `explicitNamed`: the evaluator must capture them from scope. */
export function inlineNames(pieces: FmtPiece[], explicitNamed: string[] = []): string[] {
  return inlineNamesFrom(pieces, explicitNamed);
}

type Prepared = { ok: true; pieces: ResolvedPiece[] } | { ok: false; message: string };

/** Parsed and resolved templates, keyed by template + argument shape (a program formats the same few strings). */
const prepared = new Map<string, Prepared>();
const MAX_PREPARED = 2000;

function prepare(fmt: string, positionalCount: number, names: string[]): Prepared {
  const key = `${positionalCount}\u0000${names.join('\u0000')}\u0000${fmt}`;
  const hit = prepared.get(key);
  if (hit !== undefined) return hit;
  const parsed = parseFormatString(fmt);
  let result: Prepared;
  if (!parsed.ok) result = { ok: false, message: `형식 문자열 오류: ${parsed.message}` };
  else {
    const resolved = resolveArgs(parsed.pieces, positionalCount, names);
    result = resolved.ok ? resolved : { ok: false, message: `형식 인자 오류: ${resolved.message}` };
  }
  if (prepared.size >= MAX_PREPARED) prepared.clear();
  prepared.set(key, result);
  return result;
}

/** Format `fmt` with positional and named arguments, exactly as `format!` would. */
export function formatArgs(fmt: string, positional: FmtValue[], named: Record<string, FmtValue>): FormatResult {
  const names = Object.keys(named);
  const resolved = prepare(fmt, positional.length, names);
  if (!resolved.ok) return resolved;
  const args = names.length === 0 ? positional : [...positional, ...names.map((n) => named[n])];
  let text = '';
  for (const p of resolved.pieces) {
    if (p.kind === 'lit') {
      text += p.text;
      continue;
    }
    const width = countValue(p.spec.width, args);
    const precision = countValue(p.spec.precision, args);
    if (width === 'bad' || precision === 'bad') {
      return { ok: false, message: '형식 인자 오류: 너비와 정밀도 인자는 `usize` 정수여야 합니다' };
    }
    const spec: ConcreteSpec = { ...p.spec, width, precision };
    const out = formatWith(args[p.pos], spec);
    if (isFmtError(out)) return { ok: false, message: out.message };
    text += out;
  }
  return { ok: true, text };
}

/** A width/precision as a number; an argument used as a count must be a non-negative integer. */
function countValue(c: ResolvedCount | null, args: FmtValue[]): number | null | 'bad' {
  if (c === null) return null;
  if ('lit' in c) return c.lit;
  const v = args[c.pos];
  if (v.t !== 'int' || v.value < 0n) return 'bad';
  return Number(v.value);
}
