// A range is its own iterator in Rust: `r.next()` / `r.next_back()` move its bounds. One step from either end as a
// pure function (the new range beside the item), and an iterator that writes each step back into the range's place.
import { exact, cmp, inRange } from '../memory/int.ts';
import { type Value, type Place, type RangeV, type IterV, type IntTy, some, none } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { iterOf } from './iter.ts';

type Bound = { k: 'int'; ty: IntTy; v: number | bigint; lit?: boolean } | { k: 'char'; v: string };
type Step = { item: Value | null; rest: RangeV };

const code = (b: Bound): number | bigint => (b.k === 'char' ? b.v.codePointAt(0)! : b.v);

/** `b` moved by `d` (±1), in `b`'s type (`null` past the type's end, or into the surrogate gap for a char). */
function moved(b: Bound, d: 1 | -1, ty: IntTy): Bound | null {
  if (b.k === 'char') {
    let c = b.v.codePointAt(0)! + d;
    if (c >= 0xd800 && c <= 0xdfff) c = d > 0 ? 0xe000 : 0xd7ff;
    return c < 0 || c > 0x10ffff ? null : { k: 'char', v: String.fromCodePoint(c) };
  }
  const n = exact('+', b.v, d);
  if (n === null || !inRange(ty, n)) return null;
  return b.lit ? { k: 'int', ty, v: n, lit: true } : { k: 'int', ty, v: n };
}

/** The item type of a range with these bounds: a suffixed bound's type over an unsuffixed literal's. */
function itemTy(lo: Bound | null, hi: Bound | null): IntTy {
  const l = lo?.k === 'int' ? lo : null, h = hi?.k === 'int' ? hi : null;
  return (l && h && l.lit && !h.lit ? h.ty : l?.ty ?? h?.ty ?? 'i32');
}

/** Whether the range yields nothing more (`Range::is_empty`, `RangeInclusive::is_empty`). */
export function rangeIsEmpty(r: RangeV): boolean {
  if (r.exhausted) return true;
  if (!r.lo || !r.hi) return false;
  const c = cmp(code(r.lo as Bound), code(r.hi as Bound));
  return r.incl ? c > 0 : c >= 0;
}

/** `next()` (front) or `next_back()` (back) of a range of integers or chars; null when it cannot step (`..b`, floats). */
export function rangeStep(r: RangeV, back: boolean): Step | null {
  const lo = r.lo as Bound | null, hi = r.hi as Bound | null;
  if ((lo && lo.k !== 'int' && lo.k !== 'char') || (hi && hi.k !== 'int' && hi.k !== 'char')) return null;
  if (back ? !hi || !lo : !lo) return null;
  const ty = itemTy(lo, hi);
  if (rangeIsEmpty(r)) return { item: null, rest: r };
  const at = (back ? hi : lo)!;
  const item: Value = at.k === 'int' ? (at.lit && ty !== at.ty ? { k: 'int', ty, v: at.v } : at) : at;
  if (!r.incl) {
    // `a..b`: the front yields a then starts at a+1; the back ends at b-1 and yields it.
    if (!back) return { item, rest: { ...r, lo: moved(lo!, 1, ty) ?? lo } };
    const last = moved(hi!, -1, ty)!;
    return { item: last.k === 'int' && last.lit && ty !== last.ty ? { k: 'int', ty, v: last.v } : last, rest: { ...r, hi: last } };
  }
  // `a..=b`: the last item (a == b, or no step left) marks it exhausted instead of moving a bound past the other.
  if (hi && cmp(code(lo!), code(hi)) === 0) return { item, rest: { ...r, exhausted: true } };
  const next = moved(at, back ? -1 : 1, ty);
  if (next === null) return { item, rest: { ...r, exhausted: true } };
  return { item, rest: back ? { ...r, hi: next } : { ...r, lo: next } };
}

/** The range in place `p` as an iterator from the front: each `next` writes the moved range back (`r.by_ref()`,
 *  `r.position(…)`, `r.nth(k)` leave `r` where Rust leaves it). Null when the range cannot step. */
export function rangeInPlace(ip: Interp, p: Place): IterV | null {
  const r0 = p.c[p.i] as RangeV;
  if (!rangeStep(r0, false)) return null;
  const step = (back: boolean) => () => {
    ip.spend();
    const s = rangeStep(p.c[p.i] as RangeV, back)!;
    p.c[p.i] = s.rest;
    return s.item;
  };
  const it = iterOf('Range', step(false));
  // `a..b` and `a..=b` step from the back too (`r.by_ref().rev()` moves r's end); `a..` does not.
  if (rangeStep(r0, true)) it.back = step(true);
  it.fixed = true;
  return it;
}

/** `r.next_back()` (k = 0) or `r.nth_back(k)` on the range in place `p`: steps from the back k + 1 times, writing
 *  each moved range back; the range must be one that can step from the back (`rangeStep(r, true)` not null). */
export function rangeBackInPlace(ip: Interp, p: Place, k: number): Value {
  for (;;) {
    ip.spend();
    const s = rangeStep(p.c[p.i] as RangeV, true)!;
    p.c[p.i] = s.rest;
    if (s.item === null) return none();
    if (k-- === 0) return some(s.item);
  }
}
