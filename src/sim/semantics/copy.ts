// Copy-ness of runtime values: scalars, shared references and `#[derive(Copy)]` types are copied, not moved.
// `copyOf` gives a Copy aggregate fresh containers so the copy and the original never alias.
import type { Value } from '../memory/value.ts';
import type { Interp } from './interp.ts';

export function isCopy(ip: Interp, v: Value): boolean {
  switch (v.k) {
    case 'int': case 'float': case 'bool': case 'char': case 'unit': case 'str': case 'fn': case 'moved': case 'uninit':
      return true;
    case 'ref': return !v.mut;
    case 'slice': return !v.mut;
    case 'struct': return ip.index.structs.get(v.name)?.copy ?? false;
    case 'enum':
      if (v.name === 'Option' || v.name === 'Result') return v.f.every((x) => isCopy(ip, x));
      return ip.index.enums.get(v.name)?.copy ?? false;
    case 'tuple': case 'array': return v.f.every((x) => isCopy(ip, x));
    case 'range': return false;
    case 'closure': return false;
    case 'string': case 'vec': case 'box': case 'rc': case 'weak': case 'refcell': case 'cell': case 'guard':
    case 'iter': case 'formatter': case 'map': case 'entry': return false;
  }
}

/** A bitwise copy of a Copy value: aggregates get fresh containers so the copies are independent. */
export function copyOf(v: Value): Value {
  switch (v.k) {
    case 'struct': return { k: 'struct', name: v.name, f: v.f.map(copyOf), tuple: v.tuple };
    case 'enum': return v.f.length ? (v.names ? { k: 'enum', name: v.name, variant: v.variant, f: v.f.map(copyOf), names: v.names } : { k: 'enum', name: v.name, variant: v.variant, f: v.f.map(copyOf) }) : v;
    case 'tuple': return { k: 'tuple', f: v.f.map(copyOf) };
    case 'array': return { k: 'array', f: v.f.map(copyOf) };
    case 'int': case 'float': case 'bool': case 'char': case 'unit': case 'str': case 'string': case 'vec':
    case 'box': case 'rc': case 'weak': case 'ref': case 'slice': case 'refcell': case 'cell': case 'guard':
    case 'fn': case 'closure': case 'iter': case 'range': case 'moved': case 'uninit': case 'formatter':
    case 'map': case 'entry': return v;
  }
}
