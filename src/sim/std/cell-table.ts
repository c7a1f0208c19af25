// More Rc / Cell / RefCell items as tables (one entry each): Rc::try_unwrap / into_inner /
// unwrap_or_clone, Cell::swap / get_mut / update / from_mut / as_*_of_cells, RefCell::swap / replace_with.
import { refCellAlreadyBorrowed } from '../format/panic-message.ts';
import { UNIT, err, none, ok, some, type CellV, type RefCellV, type Value } from '../memory/value.ts';
import { cloneValue } from '../semantics/expr.ts';
import type { Interp } from '../semantics/interp.ts';
import { derefAll } from '../semantics/place.ts';
import type { Span } from '../syntax/span.ts';
import { cellFromMut, cellsOf } from './cell-views.ts';
import { refTo } from './method-helpers.ts';
import { lookup, methods, type MethodCall } from './method-table.ts';

/** Take the value out of a uniquely owned Rc (strong 1): the block is freed, or kept for weak refs. */
function unwrapUnique(ip: Interp, rc: Value): Value | null {
  if (rc.k !== 'rc') return null;
  const a = ip.heap.get(rc.id);
  if (a.strong !== 1) return null;
  const v = a.vals[0];
  a.strong = 0;
  if (a.weak === 0) ip.heap.free(a.id);
  else a.valueDropped = true;
  return v;
}

export const RC_FNS: Record<string, (ip: Interp, args: Value[], span: Span) => Value> = {
  'Cell::from_mut': cellFromMut,
  'Rc::try_unwrap': (ip, [r]) => { const v = unwrapUnique(ip, r); return v === null ? err(r) : ok(v); },
  'Rc::into_inner': (ip, [r]) => {
    const v = unwrapUnique(ip, r);
    if (v !== null) return some(v);
    if (r.k === 'rc') ip.heap.get(r.id).strong--;
    return none();
  },
  'Rc::unwrap_or_clone': (ip, [r]) => {
    const v = unwrapUnique(ip, r);
    if (v !== null) return v;
    const a = ip.heap.get((r as { id: number }).id);
    a.strong--;
    return cloneValue(ip, a.vals[0]);
  },
};

const CELL = methods<CellV>('Cell', {
  swap: ({ ip, v, args }) => { const o = derefAll(ip, args[0]) as CellV; const t = v.f[0]; v.f[0] = o.f[0]; o.f[0] = t; return UNIT; },
  get_mut: ({ v, p }) => refTo(v.f, 0, p.root, true),
  update: ({ ip, v, args, span }) => { v.f[0] = ip.callValue(args[0], [v.f[0]], span); return UNIT; },
  as_slice_of_cells: ({ ip, v, span }) => cellsOf(ip, v, span, false),
  as_array_of_cells: ({ ip, v, span }) => cellsOf(ip, v, span, true),
});

const REFCELL = methods<RefCellV>('RefCell', {
  swap: ({ ip, v, args, span }) => {
    const o = derefAll(ip, args[0]) as RefCellV;
    if (v.borrow !== 0 || o.borrow !== 0) return ip.panic(refCellAlreadyBorrowed(), span.start);
    const t = v.f[0]; v.f[0] = o.f[0]; o.f[0] = t;
    return UNIT;
  },
  replace_with: ({ ip, v, p, args, span }) => {
    if (v.borrow !== 0) return ip.panic(refCellAlreadyBorrowed(), span.start);
    const old = v.f[0];
    v.f[0] = ip.callValue(args[0], [refTo(v.f, 0, p.root, true)], span);
    return old;
  },
});

export function cellTableMethod(c: MethodCall<CellV>, name: string): Value | null {
  return lookup(CELL, name)?.(c) ?? null;
}
export function refcellTableMethod(c: MethodCall<RefCellV>, name: string): Value | null {
  return lookup(REFCELL, name)?.(c) ?? null;
}
