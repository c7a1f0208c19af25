// When two types definitely differ (E0308), decided only for types the checker knows fully and that rustc
// names plainly in `expected X, found Y` (scalars, `&str`, `String`, `Args`, `()`, the program's own non-generic
// structs and enums, references to those and slices of them); coercions
// rustc applies (`&mut T` → `&T`, `&String` → `&str`, `!` → anything) are never a mismatch.
import { showTy, type Ty } from './ty.ts';
import type { Subst } from './unify.ts';

/** rustc's wording of a type in an E0308 label: `` `u32` ``, `integer`, `floating-point number`. */
export function mismatchName(t: Ty): string {
  if (t.k === 'var' && t.lit === 'int') return 'integer';
  if (t.k === 'var' && t.lit === 'float') return 'floating-point number';
  return `\`${showTy(t)}\``;
}

/** Names of the program's own structs and enums without generic parameters (nominal: two differ for sure). */
export type UserTypes = (name: string) => boolean;

function simple(t: Ty, user: UserTypes): boolean {
  switch (t.k) {
    case 'int': case 'float': case 'bool': case 'char': case 'str': return true;
    case 'var': return t.lit !== undefined;
    case 'tuple': return t.items.length === 0;
    case 'ref': return t.inner.k === 'slice' ? simple(t.inner.elem, user) : simple(t.inner, user);
    // `env::args()`'s `Args`: a std struct that is nothing but itself (no deref, no coercion).
    case 'adt': return t.args.length === 0 && (t.name === 'String' || t.name === 'Args' || user(t.name));
    case 'never': case 'array': case 'slice': case 'fn': case 'closure': case 'param': case 'opaque': case 'unknown': return false;
  }
}

/** True when a value of type `found` can never be used where `expected` is required. */
export function clash(expected: Ty, found: Ty, s: Subst, user: UserTypes = () => false): boolean {
  const e = s.resolve(expected);
  const f = s.resolve(found);
  if (!simple(e, user) || !simple(f, user)) return false;
  return !compatible(e, f);
}

function compatible(e: Ty, f: Ty): boolean {
  if (f.k === 'var' && f.lit === 'int') return e.k === 'int' || (e.k === 'var' && e.lit === 'int');
  if (e.k === 'var' && e.lit === 'int') return f.k === 'int';
  if (f.k === 'var' && f.lit === 'float') return e.k === 'float' || (e.k === 'var' && e.lit === 'float');
  if (e.k === 'var' && e.lit === 'float') return f.k === 'float';
  switch (e.k) {
    case 'int': return f.k === 'int' && f.kind === e.kind;
    case 'float': return f.k === 'float' && f.kind === e.kind;
    case 'bool': case 'char': case 'str': return f.k === e.k;
    case 'tuple': return f.k === 'tuple' && f.items.length === 0;
    case 'adt': return f.k === 'adt' && f.name === e.name;
    case 'ref':
      if (f.k !== 'ref') return false;
      if (e.mut && !f.mut) return false;
      if (compatible(e.inner, f.inner)) return true;
      // Deref coercion: `&&str` → `&str`, and through any type that may implement `Deref`
      // (`&String` → `&str`, `&Box<T>`/`&Rc<T>` → `&T`, `&Vec<T>` → `&[T]`, a user `Deref`).
      if (f.inner.k === 'ref') return compatible(e, f.inner);
      return f.inner.k === 'adt';
    case 'var': case 'never': case 'array': case 'slice': case 'fn': case 'closure': case 'param': case 'opaque': case 'unknown':
      return true;
  }
}
