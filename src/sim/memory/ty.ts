// A small structural type representation used for type names in the memory view and for layout (size_of).
// `Ty` is what the evaluator knows about a type: a name with generic arguments (tuples/arrays/refs are names too).

export interface Ty {
  /** 'i32', 'String', 'Vec', 'Box', 'Rc', 'Option', '&', '&mut', '()', 'tuple', 'array', 'str', 'fn', '_' or a user type. */
  n: string;
  a: Ty[];
  /** Array length. */
  len?: number;
}

export const TY_UNKNOWN: Ty = { n: '_', a: [] };

export function ty(n: string, ...a: Ty[]): Ty {
  return { n, a };
}

export function tyName(t: Ty): string {
  switch (t.n) {
    case '&': return '&' + tyName(t.a[0]);
    case '&mut': return '&mut ' + tyName(t.a[0]);
    case 'tuple': return t.a.length === 0 ? '()' : '(' + t.a.map(tyName).join(', ') + (t.a.length === 1 ? ',)' : ')');
    case 'array': return `[${tyName(t.a[0])}; ${t.len ?? 0}]`;
    case 'slice': return `[${tyName(t.a[0])}]`;
    default: return t.a.length ? `${t.n}<${t.a.map(tyName).join(', ')}>` : t.n;
  }
}

export function isUnknown(t: Ty | undefined): boolean {
  return !t || t.n === '_' || t.a.some((x) => isUnknown(x));
}
