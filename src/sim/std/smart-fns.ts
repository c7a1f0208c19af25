// Associated functions of Box / Rc / Arc beyond new/clone: Box::leak / new_uninit / write, Rc::new_cyclic,
// `pin` / `into_pin` / `Pin::new` (a `Pin` is drawn as the pointer it wraps: pinning only forbids moves).
import type * as A from '../syntax/ast.ts';
import type { Span } from '../syntax/span.ts';
import { type Value, UNINIT } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { tyOf, astTy } from '../semantics/types.ts';
import { layoutOf } from '../memory/layout.ts';
import { tyName } from '../memory/ty.ts';

type Fn = (ip: Interp, args: Value[], span: Span, generics: A.Type[]) => Value;

function boxOf(ip: Interp, v: Value, span: Span) {
  return v.k === 'box' ? ip.heap.get(v.id) : ip.unsupported('Box가 아닌 인자', span);
}

/** `Rc::new_cyclic(|me: &Weak<T>| …)`: the block exists (weak 1, strong 0) while the closure builds T. */
function newCyclic(arc: boolean): Fn {
  return (ip, [f], span) => {
    const a = ip.heap.alloc('Rc', '_', [UNINIT], 8);
    if (arc) a.arc = true;
    a.strong = 0;
    a.weak = 1;
    const me: Value = { k: 'weak', id: a.id };
    const v = ip.callValue(f, [{ k: 'ref', mut: false, p: { c: [me], i: 0, root: { to: 'temp' } } }], span);
    const t = tyOf(v, ip.heap);
    a.vals[0] = v;
    a.ty = tyName(t);
    a.elemSize = Math.ceil(layoutOf(t, ip.index).size / 8) * 8;
    a.weak--;
    a.strong = 1;
    return { k: 'rc', id: a.id };
  };
}

const same: Fn = (_ip, [v]) => v;

export const SMART_FNS: Record<string, Fn> = {
  'Box::leak': (ip, [b], span) => {
    // The Box is consumed without freeing its block: the &mut lives for the rest of the program.
    const a = boxOf(ip, b, span);
    return { k: 'ref', mut: true, p: { c: a.vals, i: 0, root: { to: 'heap', id: a.id } } };
  },
  'Box::new_uninit': (ip, _a, _s, g) => {
    const t = g[0] ? astTy(g[0]) : undefined;
    const a = ip.heap.alloc('Box', t ? `MaybeUninit<${tyName(t)}>` : 'MaybeUninit<_>', [UNINIT], t ? layoutOf(t, ip.index).size : 8);
    return { k: 'box', id: a.id };
  },
  'Box::write': (ip, [b, v], span) => {
    const a = boxOf(ip, b, span);
    a.vals[0] = v;
    a.ty = tyName(tyOf(v, ip.heap));
    return b;
  },
  'Rc::new_cyclic': newCyclic(false),
  'Arc::new_cyclic': newCyclic(true),
  'Pin::new': same,
  'Pin::into_inner': same,
  'Box::into_pin': same,
};
