// `Cell::from_mut(&mut x)` and `as_slice_of_cells` / `as_array_of_cells`: Cells that are views of places the
// program already owns (a write through the Cell is a write to the place; nothing is copied).
import type { Span } from '../syntax/span.ts';
import type { Value, CellV, Place, Root } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';

/** A Cell whose content is the value at `p` (its `f[0]` reads and writes that place). */
export function viewCell(p: Place): CellV {
  const f: Value[] = [];
  Object.defineProperty(f, 0, { get: () => p.c[p.i], set: (x: Value) => { p.c[p.i] = x; }, enumerable: true, configurable: false });
  return { k: 'cell', f };
}

const refTo = (v: Value, root: Root): Value => ({ k: 'ref', mut: false, p: { c: [v], i: 0, root } });

export function cellFromMut(ip: Interp, [r]: Value[], span: Span): Value {
  // `&mut nums[..]` arrives as a slice value: the Cell views the whole slice.
  if (r.k === 'slice') return refTo(viewCell({ c: [r], i: 0, root: r.root }), r.root);
  if (r.k !== 'ref') return ip.unsupported('`&mut`가 아닌 인자', span);
  return refTo(viewCell(r.p), r.p.root);
}

/** The elements of the slice / array a view Cell holds, each as its own view Cell. */
export function cellsOf(ip: Interp, cell: CellV, span: Span, array: boolean): Value {
  let inner = cell.f[0];
  while (inner.k === 'ref') inner = inner.p.c[inner.p.i];
  if (inner.k === 'slice') {
    const s = inner;
    const cells = Array.from({ length: s.to - s.from }, (_, i) => viewCell({ c: s.c, i: s.from + i, root: s.root }));
    return { k: 'slice', c: cells, from: 0, to: cells.length, root: s.root, mut: false };
  }
  if (inner.k === 'array') {
    const a = inner;
    const cells: Value[] = a.f.map((_, i) => viewCell({ c: a.f, i, root: { to: 'temp' } }));
    if (array) return refTo({ k: 'array', f: cells }, { to: 'temp' });
    return { k: 'slice', c: cells, from: 0, to: cells.length, root: { to: 'temp' }, mut: false };
  }
  return ip.unsupported('슬라이스나 배열이 아닌 Cell', span);
}
