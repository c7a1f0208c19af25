// `x[i]` on a user type: calls its `IndexMut::index_mut` (when defined) or `Index::index` and yields
// the place the returned reference points to.
import type { Span } from '../syntax/span.ts';
import type { Value, Place } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';

export function userIndexPlace(ip: Interp, p: Place, index: Value, span: Span): Place | null {
  const v = p.c[p.i];
  if (v.k !== 'struct' && v.k !== 'enum') return null;
  const mut = ip.index.method(v.name, 'index_mut');
  const def = mut ?? ip.index.method(v.name, 'index');
  if (!def) return null;
  const r = ip.callMethod(def, [{ k: 'ref', mut: !!mut, p }, index], span);
  return r.k === 'ref' ? r.p : { c: [r], i: 0, root: { to: 'temp' } };
}
