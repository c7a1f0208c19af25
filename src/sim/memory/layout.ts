// size_of / align_of for x86_64 as rustc lays types out: field reordering, enum tags and niche optimisation.
// Verified against real `std::mem::size_of` output for the shapes the book uses (see test/sim/memory/layout.test.ts).
import type { Ty } from './ty.ts';

export interface Layout {
  size: number;
  align: number;
  /** Has invalid bit patterns an enum can use for its tag (non-null pointers, bool, char, capacity…). */
  niche: boolean;
  /** Size of the smallest field carrying that niche (other variants' data must fit beside it). */
  nicheSize?: number;
}

export interface TypeDefs {
  /** Field types of a struct (named or tuple). */
  struct(name: string): Ty[] | undefined;
  /** Variants of an enum, each a list of field types. */
  enumVariants(name: string): Ty[][] | undefined;
  /** The type parameters of a user struct / enum (`struct P<T>` → ['T']), to substitute its arguments. */
  typeParams?(name: string): string[] | undefined;
}

/** `P<u8>` with `struct P<T> { x: T, y: T }`: the field types with T := u8. */
function substitute(fields: Ty[], params: string[] | undefined, args: Ty[]): Ty[] {
  if (!params?.length || !args.length) return fields;
  const map = new Map<string, Ty>();
  params.forEach((p, i) => { if (args[i]) map.set(p, args[i]); });
  const go = (t: Ty): Ty => (t.a.length === 0 && map.has(t.n) ? map.get(t.n)! : t.a.length ? { ...t, a: t.a.map(go) } : t);
  return fields.map(go);
}

const PRIM: Record<string, [number, number, boolean]> = {
  i8: [1, 1, false], u8: [1, 1, false], i16: [2, 2, false], u16: [2, 2, false], i32: [4, 4, false], u32: [4, 4, false],
  i64: [8, 8, false], u64: [8, 8, false], i128: [16, 16, false], u128: [16, 16, false], isize: [8, 8, false], usize: [8, 8, false],
  f32: [4, 4, false], f64: [8, 8, false], bool: [1, 1, true], char: [4, 4, true], '()': [0, 1, false], '!': [0, 1, false],
  String: [24, 8, true], Vec: [24, 8, true], Box: [8, 8, true], Rc: [8, 8, true], Weak: [8, 8, true], fn: [8, 8, true],
};

function roundUp(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

function structLayout(fields: Layout[]): Layout {
  let align = 1, size = 0, niche = false, nicheSize = Infinity;
  for (const f of [...fields].sort((x, y) => y.align - x.align)) {
    size = roundUp(size, f.align) + f.size;
    align = Math.max(align, f.align);
    if (f.niche) {
      niche = true;
      nicheSize = Math.min(nicheSize, f.nicheSize ?? f.size);
    }
  }
  return niche ? { size: roundUp(size, align), align, niche, nicheSize } : { size: roundUp(size, align), align, niche };
}

/** A user struct without type arguments, laid out once per program (`Box::new(Sprite { .. })` in a loop asks each time). */
const plainStructs = new WeakMap<TypeDefs, Map<string, Layout>>();
function plainStructLayout(name: string, fields: Ty[], defs: TypeDefs): Layout {
  let known = plainStructs.get(defs);
  if (!known) plainStructs.set(defs, (known = new Map()));
  let l = known.get(name);
  if (!l) known.set(name, (l = structLayout(fields.map((x) => layoutOf(x, defs, 1)))));
  return l;
}

/** `str`, slices and trait objects: pointers to them carry a length or a vtable beside the address. */
function isUnsized(t: Ty | undefined): boolean {
  return t?.n === 'str' || t?.n === 'slice' || t?.n === 'dyn';
}

export function layoutOf(t: Ty, defs: TypeDefs, depth = 0): Layout {
  // Too deep, or a type argument missing from what was written (`Result<u16, >`, rustc's E0107).
  if (depth > 40 || !t) return { size: 8, align: 8, niche: false };
  // A smart pointer to an unsized value (`Box<dyn Trait>`, `Rc<str>`, `Box<[T]>`) is a fat pointer.
  if ((t.n === 'Box' || t.n === 'Rc' || t.n === 'Arc' || t.n === 'Weak') && isUnsized(t.a[0]) && !defs.struct(t.n)) return { size: 16, align: 8, niche: true };
  const p = PRIM[t.n];
  if (p) return p[2] ? { size: p[0], align: p[1], niche: true, nicheSize: Math.min(p[0], 8) } : { size: p[0], align: p[1], niche: false };
  const sub = (x: Ty) => layoutOf(x, defs, depth + 1);
  // A user type named like a std one (`struct Cell(u8)`) shadows it.
  const user = defs.struct(t.n);
  if (user && t.a.length === 0 && depth === 0) return plainStructLayout(t.n, user, defs);
  if (user) return structLayout(substitute(user, defs.typeParams?.(t.n), t.a).map(sub));
  switch (t.n) {
    case '&': case '&mut': return { size: isUnsized(t.a[0]) ? 16 : 8, align: 8, niche: true };
    case 'tuple': return structLayout(t.a.map(sub));
    case 'array': {
      const e = sub(t.a[0]);
      return { size: e.size * (t.len ?? 0), align: e.align, niche: e.niche && (t.len ?? 0) > 0 };
    }
    case 'Cell': return { ...sub(t.a[0]), niche: false };
    case 'RefCell': {
      const inner = sub(t.a[0]);
      return { ...structLayout([{ size: 8, align: 8, niche: false }, inner]), niche: inner.niche };
    }
    case 'Option': return enumLayout([[], [t.a[0]]], defs, depth);
    case 'Result': return enumLayout([[t.a[0]], [t.a[1]]], defs, depth);
  }
  const fields = defs.struct(t.n);
  if (fields) return structLayout(fields.map(sub));
  const variants = defs.enumVariants(t.n);
  if (variants) return enumLayout(variants.map((fs) => substitute(fs, defs.typeParams?.(t.n), t.a)), defs, depth);
  return { size: 8, align: 8, niche: false };
}

function enumLayout(variants: Ty[][], defs: TypeDefs, depth: number): Layout {
  const vs = variants.map((fs) => fs.map((f) => layoutOf(f, defs, depth + 1)));
  const dataful = vs.filter((fs) => fs.some((f) => f.size > 0));
  if (dataful.length === 0) return { size: variants.length <= 1 ? 0 : variants.length <= 256 ? 1 : 2, align: 1, niche: variants.length < 256 };
  if (dataful.length === 1) {
    const body = structLayout(dataful[0]);
    if (variants.length === 1) return body;
    if (body.niche) return { ...body, niche: false };
  }
  // Several variants with data: the largest one's niche can still hold the tag when every other
  // variant fits in the bytes beside the niche field (Result<i32, String> is 24 bytes).
  const bodies = vs.map(structLayout);
  const largest = bodies.reduce((a, b) => (b.size > a.size ? b : a));
  if (largest.niche) {
    const room = largest.size - (largest.nicheSize ?? largest.size);
    const align = Math.max(...bodies.map((b) => b.align));
    if (bodies.every((b) => b === largest || b.size <= room)) return { size: roundUp(largest.size, align), align, niche: false };
  }
  // Tagged: a one-byte tag first, then each variant's fields (smallest alignment first, packed after the tag).
  let size = 1, align = 1;
  for (const fs of vs) {
    let off = 1;
    for (const f of [...fs].sort((x, y) => x.align - y.align)) {
      off = roundUp(off, f.align) + f.size;
      align = Math.max(align, f.align);
    }
    size = Math.max(size, off);
  }
  return { size: roundUp(size, align), align, niche: true };
}
