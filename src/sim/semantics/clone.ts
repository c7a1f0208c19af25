// `.clone()`: a deep copy with new heap buffers for Box/Vec/String, strong/weak count bumps for Rc/Weak,
// and user `impl Clone` where the type does not derive it.
import { type Value, MOVED, type EnumV } from '../memory/value.ts';
import { type Interp } from './interp.ts';
import { NATIVE_CLONE } from './native.ts';
import { newVec, newString, stringText } from './buffers.ts';
import { cloneClosure } from './closure-env.ts';
import type { Span } from '../syntax/span.ts';

/** Deep copy for `.clone()`: new heap buffers for Box/Vec/String, count bumps for Rc/Weak. */
export function cloneValue(ip: Interp, v: Value): Value {
  switch (v.k) {
    case 'string': {
      const t = stringText(ip, v.id);
      return newString(ip, t, new TextEncoder().encode(t).length);
    }
    case 'vec': {
      const a = ip.heap.get(v.id);
      const c = newVec(ip, a.vals.map((x) => cloneValue(ip, x)), a.vals.length, a.ty);
      if (v.deque) c.deque = true;
      if (v.binheap) c.binheap = true;
      return c;
    }
    case 'box': {
      const a = ip.heap.get(v.id);
      const b = ip.heap.alloc('Box', a.ty, [cloneValue(ip, a.vals[0])], a.elemSize);
      return { k: 'box', id: b.id };
    }
    case 'rc': ip.heap.get(v.id).strong++; return { k: 'rc', id: v.id };
    case 'weak': if (v.id !== null) { const a = ip.heap.allocs.get(v.id); if (a) a.weak++; } return { k: 'weak', id: v.id };
    case 'struct': {
      const native = NATIVE_CLONE[v.name];
      if (native) return native(ip, v);
      const def = ip.index.structs.get(v.name);
      if (def && !def.derives.has('Clone')) { const r = userClone(ip, v); if (r) return r; }
      return { k: 'struct', name: v.name, f: v.f.map((x) => cloneValue(ip, x)), tuple: v.tuple };
    }
    case 'enum': {
      const def = ip.index.enums.get(v.name);
      if (def && !def.derives.has('Clone')) { const r = userClone(ip, v); if (r) return r; }
      const ev: EnumV = { k: 'enum', name: v.name, variant: v.variant, f: v.f.map((x) => cloneValue(ip, x)) };
      if (v.names) ev.names = v.names;
      return ev;
    }
    case 'tuple': return { k: 'tuple', f: v.f.map((x) => cloneValue(ip, x)) };
    case 'array': return { k: 'array', f: v.f.map((x) => cloneValue(ip, x)) };
    case 'refcell': return { k: 'refcell', f: [cloneValue(ip, v.f[0])], borrow: 0 };
    case 'map': return { k: 'map', kind: v.kind, chunks: v.chunks.map((ch) => ({ keys: ch.keys.map((x) => cloneValue(ip, x)), vals: ch.vals.map((x) => cloneValue(ip, x)) })), ...(v.tys ? { tys: v.tys } : {}), ...(v.buckets !== undefined ? { buckets: v.buckets } : {}), ...(v.requested !== undefined ? { requested: v.requested } : {}), ...(v.hasher ? { hasher: [cloneValue(ip, v.hasher[0])] } : {}) };
    case 'cell': return { k: 'cell', f: [cloneValue(ip, v.f[0])] };
    case 'closure': return cloneClosure(ip, v, (x) => cloneValue(ip, x));
    // Copy values, and what `clone` shares by design (`&T`, `&str`, `&[T]`: the reference itself is copied).
    case 'int': case 'float': case 'bool': case 'char': case 'unit': case 'str': case 'fn': case 'ref': case 'slice':
    case 'moved': case 'uninit':
      return v;
    // Not Clone in std, or state the simulator cannot copy: stop rather than share it between two values.
    case 'iter': return v.fork ? v.fork() : ip.unsupported(`반복자 \`${v.desc}\`의 \`clone\``, here(ip));
    case 'range': return { k: 'range', lo: v.lo, hi: v.hi, incl: v.incl };
    case 'guard': case 'formatter': case 'entry':
      return ip.unsupported('이 값의 `clone`', here(ip));
  }
}

/** A user `impl Clone`'s `clone(&v)`, or null when the type has none. */
function userClone(ip: Interp, v: Value & { name: string }): Value | null {
  const m = ip.index.method(v.name, 'clone', 'Clone');
  return m ? ip.callMethod(m, [{ k: 'ref', mut: false, p: { c: [v], i: 0, root: { to: 'temp' } } }], m.fn.span) : null;
}

const here = (ip: Interp): Span => ({ start: ip.at, end: ip.at });

export { MOVED };
