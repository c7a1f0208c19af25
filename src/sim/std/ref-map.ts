// `Ref` / `RefMut` projections: `Ref::map` / `filter_map` / `map_split` / `Ref::clone` (and RefMut's): the new
// guard keeps the RefCell borrowed and dereferences to the part of the value the closure picked.
import type { Span } from '../syntax/span.ts';
import { type Value, type GuardV, type Place, ok, err } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { guardPlace } from '../memory/value.ts';

type Fn = (ip: Interp, args: Value[], span: Span) => Value;

function guardOf(ip: Interp, v: Value, span: Span): GuardV {
  let g = v;
  for (let i = 0; i < 8 && g.k === 'ref'; i++) g = g.p.c[g.p.i];
  return g.k === 'guard' ? g : ip.unsupported('Ref / RefMut가 아닌 인자', span);
}

/** The place a `&T` / `&mut T` the closure returned points at. */
function placeOf(ip: Interp, r: Value, span: Span): Place {
  return r.k === 'ref' ? r.p : ip.unsupported('참조를 돌려주지 않는 클로저', span);
}

/** The guard `g` hands its borrow over to (g itself is consumed without releasing). */
function moved(g: GuardV, at: Place): GuardV {
  g.released = true;
  return { k: 'guard', mut: g.mut, cell: g.cell, root: g.root, released: false, at };
}

const call = (ip: Interp, g: GuardV, f: Value, span: Span) => ip.callValue(f, [{ k: 'ref', mut: g.mut, p: guardPlace(g) }], span);

const map: Fn = (ip, [gv, f], span) => { const g = guardOf(ip, gv, span); return moved(g, placeOf(ip, call(ip, g, f, span), span)); };
const filterMap: Fn = (ip, [gv, f], span) => {
  const g = guardOf(ip, gv, span);
  const r = call(ip, g, f, span);
  if (r.k === 'enum' && r.variant === 'Some') return ok(moved(g, placeOf(ip, r.f[0], span)));
  return err(g);
};
const mapSplit: Fn = (ip, [gv, f], span) => {
  const g = guardOf(ip, gv, span);
  const r = call(ip, g, f, span);
  if (r.k !== 'tuple' || r.f.length !== 2) return ip.unsupported('두 참조의 튜플을 돌려주지 않는 클로저', span);
  const a = moved(g, placeOf(ip, r.f[0], span));
  const b: GuardV = { ...a, at: placeOf(ip, r.f[1], span) };
  if (g.mut) g.cell.borrow--; else g.cell.borrow++;
  return { k: 'tuple', f: [a, b] };
};

export const REF_FNS: Record<string, Fn> = {
  'Ref::map': map, 'RefMut::map': map,
  'Ref::filter_map': filterMap, 'RefMut::filter_map': filterMap,
  'Ref::map_split': mapSplit, 'RefMut::map_split': mapSplit,
  'Ref::clone': (ip, [gv], span) => {
    const g = guardOf(ip, gv, span);
    g.cell.borrow++;
    return { k: 'guard', mut: false, cell: g.cell, root: g.root, released: false, at: g.at };
  },
};
