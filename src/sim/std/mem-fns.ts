// `std::mem` items read from types and values: `discriminant` (which variant, as std's opaque
// `Discriminant`), `needs_drop::<T>()` (does dropping a T run any code) and `align_of_val`.
import type * as A from '../syntax/ast.ts';
import type { Span } from '../syntax/span.ts';
import { type Value, bool, usize, int } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { derefAll } from '../semantics/place.ts';
import { astTy, tyOf } from '../semantics/types.ts';
import { layoutOf } from '../memory/layout.ts';
import type { Ty } from '../memory/ty.ts';

type Fn = (ip: Interp, args: Value[], span: Span, generics: A.Type[]) => Value;

const NO_DROP = new Set(['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'f32', 'f64', 'bool', 'char', 'str', '()', '!', '&', '&mut', 'fn', 'Cell', 'Duration', 'Instant', 'Ordering', 'PhantomData']);

/** Whether a T has drop glue: an owning std type, a Drop impl, or a field / variant field that has. */
function typeNeedsDrop(ip: Interp, t: Ty, depth = 0): boolean {
  if (depth > 20 || NO_DROP.has(t.n)) return t.n === 'Cell' ? t.a.some((x) => typeNeedsDrop(ip, x, depth + 1)) : false;
  if (t.n === 'tuple' || t.n === 'array' || t.n === 'Option' || t.n === 'Result' || t.n === 'Reverse') return t.a.some((x) => typeNeedsDrop(ip, x, depth + 1));
  if (ip.index.implements(t.n, 'Drop')) return true;
  const params = ip.index.typeParams(t.n) ?? [];
  const subst = (x: Ty): Ty => { const i = params.indexOf(x.n); return i >= 0 && t.a[i] ? t.a[i] : { ...x, a: x.a.map(subst) }; };
  const fields = ip.index.struct(t.n);
  if (fields) return fields.some((f) => typeNeedsDrop(ip, subst(f), depth + 1));
  const variants = ip.index.enumVariants(t.n);
  if (variants) return variants.some((fs) => fs.some((f) => typeNeedsDrop(ip, subst(f), depth + 1)));
  // String, Vec, Box, Rc, Arc, maps, RefCell<…> and other std owners.
  return true;
}

function variantIndex(ip: Interp, v: Value): number {
  if (v.k !== 'enum') return 0;
  if (v.name === 'Option') return v.variant === 'None' ? 0 : 1;
  if (v.name === 'Result') return v.variant === 'Ok' ? 0 : 1;
  const i = ip.index.enums.get(v.name)?.variants.findIndex((x) => x.name === v.variant) ?? 0;
  return Math.max(0, i);
}

export const MEM_FNS: Record<string, Fn> = {
  'mem::discriminant': (ip, [r]) => ({ k: 'struct', name: 'Discriminant', f: [int('isize', variantIndex(ip, derefAll(ip, r)))], tuple: true }),
  'mem::needs_drop': (ip, _a, span, g) => (g[0] ? bool(typeNeedsDrop(ip, astTy(g[0]))) : ip.unsupported('타입 인자 없는 needs_drop', span)),
  'mem::align_of_val': (ip, [r]) => {
    const v = derefAll(ip, r);
    // `align_of_val(s)` of a `&str` / slice: the alignment of its elements.
    if (v.k === 'str') return usize(1);
    if (v.k === 'slice') return usize(v.to > v.from ? layoutOf(tyOf(v.c[v.from], ip.heap), ip.index).align : 1);
    return usize(layoutOf(tyOf(v, ip.heap), ip.index).align);
  },
};
MEM_FNS.discriminant = MEM_FNS['mem::discriminant'];
MEM_FNS.needs_drop = MEM_FNS['mem::needs_drop'];
MEM_FNS.align_of_val = MEM_FNS['mem::align_of_val'];
