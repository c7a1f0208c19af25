// Copy-ness of runtime values: scalars, shared references and `#[derive(Copy)]` types are copied, not moved.
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
    default: return false;
  }
}
