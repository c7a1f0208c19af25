// A negative integer literal where std wants an unsigned one, with rustc 1.95's texts: a std method's `usize`/`u32`
// parameter (the literal takes that type; E0600 follows), `get(-1)`'s generic index and `VecDeque`'s `[-1]` (E0277
// `usize: Neg`), and `v[-1]` on a `Vec`, array or slice (rustc's uncoded "negative integers cannot be used to index").
import type * as A from '../../syntax/ast.ts';
import { error, insert, suggest, type CompileDiagnostic } from '../diagnostic.ts';
import { showTy, type Ty } from './ty.ts';

/** `-1`, `-20`: a minus applied to an unsuffixed integer literal. */
export function negativeLiteral(e: A.Expr): A.UnaryExpr | undefined {
  return e.kind === 'Unary' && e.op === '-' && e.operand.kind === 'Lit' && e.operand.lit.kind === 'Int' && !e.operand.lit.suffix ? e : undefined;
}

/** The unsigned type a std parameter is written with (`usize`, `u32`); in the integers' group only `u32` is real
 *  (their `i8` / `u8` parameters stand for `Self`). */
export function unsignedParam(written: string, group: string): Ty | undefined {
  if (group === 'int' || group === 'float') return written === 'u32' ? { k: 'int', kind: 'u32' } : undefined;
  const m = /^(u8|u16|u32|u64|u128|usize)$/.exec(written);
  return m ? { k: 'int', kind: m[1] as A.IntSuffix } : undefined;
}

/** E0277 for `-1` where only `usize` can be the index (`v.get(-1)`, `deque[-1]`): rustc's `isize` help. */
export function negIndexNeedsSigned(neg: A.UnaryExpr): CompileDiagnostic {
  const d = error('E0277', 'the trait bound `usize: Neg` is not satisfied', neg.span, 'the trait `Neg` is not implemented for `usize`');
  d.suggestions.push(suggest('consider specifying an integer type that can be negative', [insert(neg.span.end, 'isize')], 'verbose'));
  return d;
}

/** `v`, `self.items`: the text of a name or a field chain on one (rustc's help repeats it). */
function placeText(e: A.Expr): string | undefined {
  if (e.kind === 'PathExpr') return e.path.segments.length === 1 ? e.path.segments[0].name : undefined;
  if (e.kind === 'Field') { const o = placeText(e.object); return o === undefined ? undefined : `${o}.${e.field}`; }
  return undefined;
}

/** `v[-1]` on a `Vec`, an array or a slice (`self` the indexed type after auto-deref), `v` a name or field chain. */
export function negativeIndexError(self: Ty, object: A.Expr, neg: A.UnaryExpr): CompileDiagnostic | undefined {
  const text = placeText(object);
  if (text === undefined) return undefined;
  const ts = showTy(self);
  const d = error(undefined, `negative integers cannot be used to index on a \`${ts}\``, neg.span, `cannot use a negative integer for indexing on \`${ts}\``);
  d.suggestions.push(suggest(`to access an element starting from the end of the \`${ts}\`, compute the index`, [insert(neg.span.start, `${text}.len() `)], 'verbose'));
  return d;
}
