// The capacity a String ends with after `format!` / `to_string()`, as rustc 1.95 builds it: literal-only
// format strings (after inlining literal arguments) are copied exactly; otherwise the buffer starts at
// Arguments::estimated_capacity and grows amortized (×2, at least 8) on each write the formatter makes.
import type * as A from '../syntax/ast.ts';
import type { FmtPiece } from '../format/fmt-value.ts';
import { parseFormatString } from '../format/parse-format.ts';
import { grownCap } from '../memory/heap.ts';
import { utf8Len } from './buffers.ts';

/** Replay writes of the given byte lengths into a String starting at `cap`. */
export function afterWrites(cap: number, writes: number[]): number {
  let len = 0;
  for (const w of writes) {
    if (w === 0) continue;
    if (len + w > cap) cap = grownCap(cap, len + w, 1);
    len += w;
  }
  return cap;
}

/** The writes `Display for f32/f64` makes: sign, then the decimal parts (digits, zero runs, '.'). */
export function floatWrites(text: string): number[] {
  const out: number[] = [];
  let s = text;
  if (s.startsWith('-')) {
    out.push(1);
    s = s.slice(1);
  }
  if (!/^\d/.test(s)) return [...out, s.length];
  const dot = s.indexOf('.');
  if (dot < 0) {
    const sig = s.replace(/0+$/, '') || '0';
    out.push(sig.length);
    if (s.length > sig.length) out.push(s.length - sig.length);
    return out;
  }
  const ip = s.slice(0, dot), fp = s.slice(dot + 1);
  if (ip === '0') {
    const lead = fp.length - fp.replace(/^0+/, '').length;
    out.push(2);
    if (lead) out.push(lead);
    if (fp.length > lead) out.push(fp.length - lead);
    return out;
  }
  out.push(ip.length, 1, fp.length);
  return out;
}

const SIGNED_DIGITS: Record<string, number> = { i8: 3, i16: 5, i32: 10, i64: 19, i128: 39, isize: 19 };

/** `n.to_string()` for integers: unsigned ones are sized exactly, signed ones for their widest value. */
export function intToStringCap(ty: string, text: string): number {
  const max = SIGNED_DIGITS[ty];
  if (max === undefined) return text.length;
  return max + (text.startsWith('-') ? 1 : 0);
}

/** Per-placeholder information the evaluator supplies: the argument's formatted text and its padding. */
export interface ArgWrite {
  /** Bytes of the formatted argument without padding. */
  core: number[];
  /** Fill characters written before / after (one write each). */
  padBefore: number;
  padAfter: number;
}

function isLiteralArg(e: A.Expr | undefined): boolean {
  return !!e && e.kind === 'Lit' && (e.lit.kind === 'Str' || e.lit.kind === 'Int');
}

function plainDisplay(p: FmtPiece & { kind: 'arg' }): boolean {
  const s = p.spec;
  return s.trait === 'display' && s.width === null && s.precision === null && !s.alternate && !s.zero && s.sign === null && s.align === null;
}

/**
 * Capacity of `format!(f…)`'s String. `argWrite(i)` gives the writes of the i-th placeholder (in template order).
 * rustc inlines string and integer literal arguments used as plain `{}` into the template at compile time.
 */
export function formatCapacity(f: A.FormatArgs, text: string, argWrite: (piece: number) => ArgWrite): number {
  const parsed = parseFormatString(f.template);
  if (!parsed.ok) return utf8Len(text);
  const positional = f.args.filter((a) => !a.name);
  const named = new Map(f.args.filter((a) => a.name).map((a) => [a.name!, a]));
  let next = 0;
  const chunks: Array<{ lit: string } | { arg: number }> = [];
  let staticText = '';
  let argIndex = 0;
  for (const p of parsed.pieces) {
    if (p.kind === 'lit') {
      staticText += p.text;
      continue;
    }
    const ref = p.arg;
    const expr = 'next' in ref ? positional[next++]?.expr : 'pos' in ref ? positional[ref.pos]?.expr : named.get(ref.name)?.expr;
    const idx = argIndex++;
    if (plainDisplay(p) && isLiteralArg(expr)) {
      const lit = (expr as A.LitExpr).lit;
      staticText += lit.kind === 'Str' ? lit.value : String((lit as { value: bigint }).value);
      continue;
    }
    chunks.push({ lit: staticText });
    staticText = '';
    chunks.push({ arg: idx });
  }
  if (!chunks.length) return utf8Len(text);
  if (staticText) chunks.push({ lit: staticText });
  const lits = chunks.filter((c): c is { lit: string } => 'lit' in c).map((c) => utf8Len(c.lit));
  const piecesLen = lits.reduce((a, b) => a + b, 0);
  const firstEmpty = 'lit' in chunks[0] ? chunks[0].lit === '' : true;
  const estimate = firstEmpty && piecesLen < 16 ? 0 : piecesLen * 2;
  const writes: number[] = [];
  for (const c of chunks) {
    if ('lit' in c) writes.push(utf8Len(c.lit));
    else {
      const w = argWrite(c.arg);
      for (let i = 0; i < w.padBefore; i++) writes.push(1);
      writes.push(...w.core);
      for (let i = 0; i < w.padAfter; i++) writes.push(1);
    }
  }
  return Math.max(afterWrites(estimate, writes), utf8Len(text));
}
