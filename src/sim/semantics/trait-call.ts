// `Trait::method(&x, …)`: a trait's method called by path picks the impl of that trait for the type of its
// first argument (`Pilot::fly(&person)` vs `Wizard::fly(&person)`, listing 19-18's shape).
import type { Span } from '../syntax/span.ts';
import type { Value } from '../memory/value.ts';
import type { Interp } from './interp.ts';

/** The impl name of the value behind any references and smart pointers (`&Box<Dog>` → `Dog`). */
function typeName(ip: Interp, v: Value | undefined): string | null {
  for (let i = 0; v && i < 16; i++) {
    if (v.k === 'ref') v = v.p.c[v.p.i];
    else if (v.k === 'box' || v.k === 'rc') v = ip.heap.get(v.id).vals[0];
    else return implName(v);
  }
  return null;
}

export function traitMethodCall(ip: Interp, trait: string, name: string, args: Value[], span: Span): Value {
  const tn = typeName(ip, args[0]);
  const def = tn ? ip.index.traitMethods.get(tn)?.get(`${trait}::${name}`) : undefined;
  if (!def) return ip.unsupported(`\`${trait}::${name}\`: 첫 인자의 타입${tn ? ` \`${tn}\`` : ''}에 대한 \`impl ${trait}\`을 찾지 못했습니다`, span);
  return ip.callMethod(def, args, span);
}

/** Name under which user impls for a value's type are registered. */
export function implName(v: Value): string | null {
  switch (v.k) {
    case 'struct': case 'enum': return v.name;
    case 'int': return v.ty;
    case 'float': return v.ty;
    case 'string': return 'String';
    case 'str': return 'str';
    case 'vec': return v.deque ? 'VecDeque' : v.binheap ? 'BinaryHeap' : 'Vec';
    case 'bool': return 'bool';
    case 'char': return 'char';
    case 'unit': case 'box': case 'rc': case 'weak': case 'tuple': case 'array': case 'ref': case 'slice':
    case 'refcell': case 'cell': case 'guard': case 'fn': case 'closure': case 'iter': case 'range': case 'moved':
    case 'uninit': case 'formatter': case 'map': case 'entry': return null;
  }
}
