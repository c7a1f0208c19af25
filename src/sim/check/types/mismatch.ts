// When two types definitely differ (E0308), decided only for types the checker knows fully and that rustc
// names plainly in `expected X, found Y` (scalars, `&str`, `String`, `()`, references to those); coercions
// rustc applies (`&mut T` → `&T`, `&String` → `&str`, `!` → anything) are never a mismatch.
import { showTy, type Ty } from './ty.ts';
import type { Subst } from './unify.ts';

/** rustc's wording of a type in an E0308 label: `` `u32` ``, `integer`, `floating-point number`. */
export function mismatchName(t: Ty): string {
  if (t.k === 'var' && t.lit === 'int') return 'integer';
  if (t.k === 'var' && t.lit === 'float') return 'floating-point number';
  return `\`${showTy(t)}\``;
}

function simple(t: Ty): boolean {
  switch (t.k) {
    case 'int': case 'float': case 'bool': case 'char': case 'str': return true;
    case 'var': return t.lit !== undefined;
    case 'tuple': return t.items.length === 0;
    case 'ref': return simple(t.inner);
    case 'adt': return t.name === 'String' && t.args.length === 0;
    case 'never': case 'array': case 'slice': case 'fn': case 'closure': case 'param': case 'opaque': case 'unknown': return false;
  }
}

/** True when a value of type `found` can never be used where `expected` is required. */
export function clash(expected: Ty, found: Ty, s: Subst): boolean {
  const e = s.resolve(expected);
  const f = s.resolve(found);
  if (!simple(e) || !simple(f)) return false;
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
      // Deref coercion: `&String` → `&str`; `&&T`, `&Box<T>`, `&Rc<T>`, `&Arc<T>` → `&T` (auto-deref).
      if (f.inner.k === 'ref') return compatible(e, f.inner);
      if (f.inner.k === 'adt' && ['Box', 'Rc', 'Arc'].includes(f.inner.name) && f.inner.args.length > 0) return compatible(e, { ...f, inner: f.inner.args[0] });
      return e.inner.k === 'str' && f.inner.k === 'adt' && f.inner.name === 'String';
    case 'var': case 'never': case 'array': case 'slice': case 'fn': case 'closure': case 'param': case 'opaque': case 'unknown':
      return true;
  }
}
