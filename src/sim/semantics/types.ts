// Pragmatic typing: AST types → Ty, the runtime type of a value, Copy-ness, and coercing literal integers
// to the type the context asks for (`let x: u8 = 200`, a literal added to a u64 takes u64).
import type * as A from '../syntax/ast.ts';
import { ty, type Ty, TY_UNKNOWN, tyName } from '../memory/ty.ts';
import type { Heap } from '../memory/heap.ts';
import { type Value, type IntTy, guardPlace } from '../memory/value.ts';
import { isIntTy, wrap } from '../memory/int.ts';
import { afterWrites } from './string-capacity.ts';

export function astTy(t: A.Type): Ty {
  switch (t.kind) {
    case 'PathType': {
      const seg = t.segments[t.segments.length - 1];
      return { n: seg.name, a: seg.args.map(astTy) };
    }
    case 'RefType': {
      return ty(t.mut ? '&mut' : '&', astTy(t.inner));
    }
    case 'TupleType': return t.items.length === 0 ? ty('()') : { n: 'tuple', a: t.items.map(astTy) };
    case 'ArrayType': {
      const len = t.len.kind === 'Lit' && t.len.lit.kind === 'Int' ? Number(t.len.lit.value) : 0;
      return { n: 'array', a: [astTy(t.elem)], len };
    }
    case 'SliceType': return ty('slice', astTy(t.elem));
    case 'FnPtrType': return ty('fn');
    case 'TraitObjectType': return ty('dyn');
    case 'NeverType': return ty('!');
    case 'InferType': return TY_UNKNOWN;
  }
}

/** The runtime type of a value, as precisely as the value tells. */
export function tyOf(v: Value, heap: Heap): Ty {
  switch (v.k) {
    case 'int': return ty(v.ty);
    case 'float': return ty(v.ty);
    case 'bool': return ty('bool');
    case 'char': return ty('char');
    case 'unit': return ty('()');
    case 'str': return ty('&', ty('str'));
    case 'string': return ty('String');
    case 'vec': return ty(v.deque ? 'VecDeque' : v.binheap ? 'BinaryHeap' : 'Vec', elemTy(heap, v.id));
    case 'box': return ty('Box', contentTy(heap, v.id));
    case 'rc': return ty('Rc', contentTy(heap, v.id));
    case 'weak': return ty('Weak', v.id === null ? TY_UNKNOWN : contentTy(heap, v.id));
    case 'struct': return ty(v.name);
    case 'enum': {
      if (v.name === 'Option') return ty('Option', v.f.length ? tyOf(v.f[0], heap) : TY_UNKNOWN);
      if (v.name === 'Result') return ty('Result', v.variant === 'Ok' ? tyOf(v.f[0], heap) : TY_UNKNOWN, v.variant === 'Err' ? tyOf(v.f[0], heap) : TY_UNKNOWN);
      return ty(v.name);
    }
    case 'tuple': return v.f.length === 0 ? ty('()') : { n: 'tuple', a: v.f.map((x) => tyOf(x, heap)) };
    case 'array': return { n: 'array', a: [v.f.length ? tyOf(v.f[0], heap) : TY_UNKNOWN], len: v.f.length };
    case 'ref': return ty(v.mut ? '&mut' : '&', tyOf(v.p.c[v.p.i], heap));
    case 'slice': return ty('&', ty('slice', v.to > v.from ? tyOf(v.c[v.from], heap) : TY_UNKNOWN));
    case 'refcell': return ty('RefCell', tyOf(v.f[0], heap));
    case 'cell': return ty('Cell', tyOf(v.f[0], heap));
    case 'guard': { const gp = guardPlace(v); return ty(v.mut ? 'RefMut' : 'Ref', tyOf(gp.c[gp.i], heap)); }
    case 'fn': return ty('fn');
    case 'closure': return ty('closure');
    case 'iter': return ty('Iter');
    case 'range': return ty('Range', v.lo ? tyOf(v.lo, heap) : v.hi ? tyOf(v.hi, heap) : TY_UNKNOWN);
    case 'formatter': return ty('Formatter');
    case 'moved': case 'uninit': return TY_UNKNOWN;
    case 'map': {
      const ch = v.chunks[0];
      const k = ch.keys.length ? tyOf(ch.keys[0], heap) : TY_UNKNOWN;
      return v.kind.endsWith('Set') ? ty(v.kind, k) : ty(v.kind, k, ch.vals.length ? tyOf(ch.vals[0], heap) : TY_UNKNOWN);
    }
    case 'entry': return ty('Entry');
  }
}

function contentTy(heap: Heap, id: number): Ty {
  const a = heap.allocs.get(id);
  return a ? parseTyName(a.ty) : TY_UNKNOWN;
}
function elemTy(heap: Heap, id: number): Ty {
  return contentTy(heap, id);
}

/** Best-effort parse of a type name we produced ('Rc<List>') back into a Ty. */
export function parseTyName(s: string): Ty {
  let i = 0;
  const parse = (): Ty => {
    let name = '';
    if (s[i] === '&') {
      i++;
      let mut = false;
      if (s.startsWith('mut ', i)) { mut = true; i += 4; }
      return ty(mut ? '&mut' : '&', parse());
    }
    if (s[i] === '(') {
      i++;
      const items: Ty[] = [];
      while (i < s.length && s[i] !== ')') { items.push(parse()); if (s[i] === ',') i++; while (s[i] === ' ') i++; }
      i++;
      return items.length ? { n: 'tuple', a: items } : ty('()');
    }
    if (s[i] === '[') {
      // `[T; N]` / `[T]` as tyName spells them.
      i++;
      const elem = parse();
      let len: number | undefined;
      if (s[i] === ';') { i++; while (s[i] === ' ') i++; let d = ''; while (/\d/.test(s[i] ?? '')) d += s[i++]; len = Number(d); }
      if (s[i] === ']') i++;
      return len === undefined ? ty('slice', elem) : { n: 'array', a: [elem], len };
    }
    while (i < s.length && /[\w:_]/.test(s[i])) name += s[i++];
    const args: Ty[] = [];
    if (s[i] === '<') {
      i++;
      while (i < s.length && s[i] !== '>') { args.push(parse()); if (s[i] === ',') i++; while (s[i] === ' ') i++; }
      i++;
    }
    return { n: name || '_', a: args };
  };
  return parse();
}

export function tyNameOf(v: Value, heap: Heap): string {
  return tyName(tyOf(v, heap));
}

/** Coerce literal-typed numbers inside `v` to the expected type (integer literal inference). */
export function coerce(v: Value, t: Ty | undefined, heap: Heap): Value {
  if ((v.k === 'int' && v.lit !== true) || !t || t.n === '_') return v;
  switch (v.k) {
    case 'int':
      if (v.lit === true) {
        if (isIntTy(t.n)) return { k: 'int', ty: t.n as IntTy, v: wrap(t.n as IntTy, v.v) };
        if (t.n === 'f64' || t.n === 'f32') return { k: 'float', ty: t.n, v: Number(v.v) };
      }
      return v;
    case 'float':
      if (v.lit && (t.n === 'f32' || t.n === 'f64')) return { k: 'float', ty: t.n, v: t.n === 'f32' ? Math.fround(v.v) : v.v };
      return v;
    case 'enum':
      if (v.name === 'Option' && t.n === 'Option' && v.f.length) v.f[0] = coerce(v.f[0], t.a[0], heap);
      else if (v.name === 'Result' && t.n === 'Result' && v.f.length) v.f[0] = coerce(v.f[0], v.variant === 'Ok' ? t.a[0] : t.a[1], heap);
      return v;
    case 'tuple':
      if (t.n === 'tuple') for (let i = 0; i < v.f.length; i++) v.f[i] = coerce(v.f[i], t.a[i], heap);
      return v;
    case 'array':
      if (t.n === 'array' || t.n === 'slice') for (let i = 0; i < v.f.length; i++) v.f[i] = coerce(v.f[i], t.a[0], heap);
      return v;
    case 'vec': {
      if (t.n === 'String') return collectString(v.id, heap);
      if (/^(Hash|BTree)(Map|Set)$/.test(t.n) && heap.toMap) return heap.toMap(v.id, t.n);
      if ((t.n === 'Result' || t.n === 'Option') && heap.toTry) return heap.toTry(v.id, t) ?? v;
      if (t.n === 'VecDeque') v.deque = true;
      if (t.n === 'BinaryHeap' && !v.binheap && heap.toHeap) heap.toHeap(v.id);
      if (t.n === 'BinaryHeap') v.binheap = true;
      if ((t.n !== 'Vec' && t.n !== 'VecDeque' && t.n !== 'BinaryHeap') || !t.a[0] || t.a[0].n === '_') return v;
      const a = heap.get(v.id);
      for (let i = 0; i < a.vals.length; i++) a.vals[i] = coerce(a.vals[i], t.a[0], heap);
      if (a.ty === '_' || a.ty.includes('_') || a.vals.length === 0 || a.ty !== tyName(t.a[0])) {
        a.ty = tyName(t.a[0]);
        a.elemSize = heap.sizeOf(a.ty);
      }
      return v;
    }
    case 'box': case 'rc': {
      if ((t.n === 'Box' || t.n === 'Rc') && t.a[0]) {
        const a = heap.get(v.id);
        a.vals[0] = coerce(a.vals[0], t.a[0], heap);
      }
      return v;
    }
    case 'ref': {
      // `&Vec<T>` / `&[T; N]` passed where `&[T]` is declared: deref coercion to a slice (indexing it is then
      // the built-in slice index, whose panic points at the whole expression).
      const inner = v.p.c[v.p.i];
      if ((t.n === '&' || t.n === '&mut') && t.a[0]?.n === 'slice' && (inner?.k === 'vec' || inner?.k === 'array')) {
        const items = inner.k === 'vec' ? heap.get(inner.id).vals : inner.f;
        return { k: 'slice', c: items, from: 0, to: items.length, root: inner.k === 'vec' ? { to: 'heap', id: inner.id } : v.p.root, mut: v.mut };
      }
      return v;
    }
    case 'map':
      if (t.n === v.kind && t.a.length && t.a.slice(0, v.kind.endsWith('Set') ? 1 : 2).every((x) => x.n !== '_')) v.tys = t.a;
      return v;
    case 'refcell': case 'cell':
      if ((t.n === 'RefCell' || t.n === 'Cell') && t.a[0]) v.f[0] = coerce(v.f[0], t.a[0], heap);
      return v;
    case 'bool': case 'char': case 'unit': case 'str': case 'string': case 'weak': case 'struct': case 'slice':
    case 'guard': case 'fn': case 'closure': case 'iter': case 'range': case 'moved': case 'uninit':
    case 'formatter': case 'entry':
      return v;
  }
}


/** `let s: String = iter.collect()`: the collected chars / strs become one String buffer. */
function collectString(id: number, heap: Heap): Value {
  const a = heap.get(id);
  const text = a.vals.map((x) => {
    let y = x;
    while (y.k === 'ref') y = y.p.c[y.p.i];
    return y.k === 'char' ? y.v : y.k === 'str' ? y.s : y.k === 'string' ? heap.get(y.id).text : '';
  }).join('');
  heap.free(id);
  const len = new TextEncoder().encode(text).length;
  const cap = afterWrites(0, a.vals.map((x) => { let y = x; while (y.k === 'ref') y = y.p.c[y.p.i]; return new TextEncoder().encode(y.k === 'char' ? y.v : y.k === 'str' ? y.s : y.k === 'string' ? heap.get(y.id).text : '').length; }));
  const s = heap.alloc('String', 'str', [], 1, Math.max(cap, len), text);
  return { k: 'string', id: s.id };
}
