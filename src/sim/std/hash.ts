// std::hash: `DefaultHasher` (SipHash-1-3, keys 0, 0 — deterministic, byte-exact with rustc's) and `Hash`:
// the bytes each std type's `hash` writes (ints little-endian, str + 0xff, length-prefixed sequences,
// `isize` discriminants), derived Hash field by field, a user `impl Hash` called as written.
import type { Span } from '../syntax/span.ts';
import { type Value, type StructV, UNIT, int } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { RANGES, toBig } from '../memory/int.ts';
import { utf8 } from '../semantics/buffers.ts';
import { sipHash13 } from './siphash.ts';
import { NATIVE_METHODS, type NativeMethod } from '../semantics/native.ts';

/** The hasher keeps what was written as a latin-1 string of bytes (cloned with the value). */
const newHasher = (): StructV => ({ k: 'struct', name: 'DefaultHasher', f: [{ k: 'str', s: '', root: { to: 'static' } }], tuple: true });

function hasherOf(ip: Interp, h: Value, span: Span): StructV {
  for (let i = 0; i < 8 && h.k === 'ref'; i++) h = h.p.c[h.p.i];
  return h.k === 'struct' && h.name === 'DefaultHasher' ? h : ip.unsupported('DefaultHasher가 아닌 Hasher', span);
}

function append(h: StructV, bytes: number[]): void {
  const s = h.f[0] as { s: string };
  h.f[0] = { k: 'str', s: s.s + String.fromCharCode(...bytes), root: { to: 'static' } };
}

function intBytes(ty: keyof typeof RANGES, v: number | bigint, out: number[]): void {
  const bits = ty === 'usize' || ty === 'isize' ? 64 : RANGES[ty].bits;
  let x = BigInt.asUintN(bits, toBig(v));
  for (let i = 0; i < bits / 8; i++) { out.push(Number(x & 0xffn)); x >>= 8n; }
}

const isizeBytes = (n: number, out: number[]) => intBytes('isize', n, out);

/** What `v.hash(state)` writes; a user `impl Hash` on the way is called (it writes through `hasher`). */
function hashInto(ip: Interp, v: Value, hasher: Value, span: Span, out: number[], depth = 0): void {
  if (depth > 64) ip.unsupported('너무 깊은 Hash', span);
  const flushUser = (def: import('../semantics/program.ts').MethodDef) => {
    // Write what is pending first: the user's impl appends to the hasher itself.
    append(hasherOf(ip, hasher, span), out.splice(0));
    ip.callMethod(def, [{ k: 'ref', mut: false, p: { c: [v], i: 0, root: { to: 'temp' } } }, hasher], span);
  };
  switch (v.k) {
    case 'int': return intBytes(v.ty, v.v, out);
    case 'bool': out.push(v.v ? 1 : 0); return;
    case 'char': return intBytes('u32', v.v.codePointAt(0)!, out);
    case 'str': out.push(...utf8(v.s), 0xff); return;
    case 'string': out.push(...utf8(ip.heap.get(v.id).text), 0xff); return;
    case 'unit': return;
    case 'ref': return hashInto(ip, v.p.c[v.p.i], hasher, span, out, depth + 1);
    case 'box': case 'rc': return hashInto(ip, ip.heap.get(v.id).vals[0], hasher, span, out, depth + 1);
    case 'tuple': for (const x of v.f) hashInto(ip, x, hasher, span, out, depth + 1); return;
    case 'array': case 'vec': case 'slice': {
      const items = v.k === 'array' ? v.f : v.k === 'vec' ? ip.heap.get(v.id).vals : v.c.slice(v.from, v.to);
      isizeBytes(items.length, out);
      for (const x of items) hashInto(ip, x, hasher, span, out, depth + 1);
      return;
    }
    case 'struct': {
      const def = ip.index.method(v.name, 'hash');
      if (def && ip.index.implements(v.name, 'Hash')) return flushUser(def);
      if (v.name === 'Reverse' && !ip.index.structs.has('Reverse')) return hashInto(ip, v.f[0], hasher, span, out, depth + 1);
      if (!ip.index.structs.get(v.name)?.derives.has('Hash')) ip.unsupported(`Hash를 구현하지 않은 \`${v.name}\``, span);
      for (const x of v.f) hashInto(ip, x, hasher, span, out, depth + 1);
      return;
    }
    case 'enum': {
      if (v.name === 'Ordering' && !ip.index.enums.has('Ordering')) return intBytes('i8', v.variant === 'Less' ? -1 : v.variant === 'Equal' ? 0 : 1, out);
      if (v.name === 'Option' || v.name === 'Result') isizeBytes(v.variant === 'None' || v.variant === 'Ok' ? 0 : 1, out);
      else {
        const def = ip.index.method(v.name, 'hash');
        if (def && ip.index.implements(v.name, 'Hash')) return flushUser(def);
        const en = ip.index.enums.get(v.name);
        if (!en?.derives.has('Hash')) ip.unsupported(`Hash를 구현하지 않은 \`${v.name}\``, span);
        // derive(Hash) writes the discriminant (an isize) only when there is more than one variant.
        if (en!.variants.length > 1) isizeBytes(Math.max(0, en!.variants.findIndex((x) => x.name === v.variant)), out);
      }
      for (const x of v.f) hashInto(ip, x, hasher, span, out, depth + 1);
      return;
    }
    case 'float': case 'weak': case 'refcell': case 'cell': case 'guard': case 'fn': case 'closure': case 'iter': case 'range':
    case 'map': case 'entry': case 'formatter': case 'moved': case 'uninit':
      ip.unsupported('이 값의 Hash는 지원하지 않습니다', span);
  }
}

/** `x.hash(&mut state)`: append what x writes to the DefaultHasher. */
export function hashValue(ip: Interp, v: Value, hasher: Value, span: Span): Value {
  const out: number[] = [];
  hashInto(ip, v, hasher, span, out);
  append(hasherOf(ip, hasher, span), out);
  return UNIT;
}

const writeInt = (ty: keyof typeof RANGES): NativeMethod => (ip, _p, v, [x], span) => {
  let d = x;
  for (let i = 0; i < 8 && d.k === 'ref'; i++) d = d.p.c[d.p.i];
  if (d.k !== 'int' && d.k !== 'char' && d.k !== 'bool') return ip.unsupported('정수가 아닌 인자', span);
  const out: number[] = [];
  intBytes(ty, d.k === 'int' ? d.v : d.k === 'bool' ? (d.v ? 1 : 0) : d.v.codePointAt(0)!, out);
  append(v as StructV, out);
  return UNIT;
};

NATIVE_METHODS.DefaultHasher = {
  finish: (_ip, _p, v) => {
    const s = ((v as StructV).f[0] as { s: string }).s;
    return int('u64', sipHash13(Array.from(s, (c) => c.charCodeAt(0))));
  },
  write: (ip, _p, v, [bs], span) => {
    let d = bs;
    for (let i = 0; i < 8 && d.k === 'ref'; i++) d = d.p.c[d.p.i];
    const items = d.k === 'array' ? d.f : d.k === 'vec' ? ip.heap.get(d.id).vals : d.k === 'slice' ? d.c.slice(d.from, d.to) : null;
    if (d.k === 'str') { append(v as StructV, [...utf8(d.s)]); return UNIT; }
    if (!items) return ip.unsupported('바이트 슬라이스가 아닌 인자', span);
    append(v as StructV, items.map((x) => Number((x as { v: number | bigint }).v) & 0xff));
    return UNIT;
  },
  ...Object.fromEntries((Object.keys(RANGES) as Array<keyof typeof RANGES>).map((t) => [`write_${t}`, writeInt(t)])),
};

export const HASH_FNS: Record<string, (ip: Interp, args: Value[], span: Span) => Value> = {
  'DefaultHasher::new': () => newHasher(),
  'DefaultHasher::default': () => newHasher(),
  'Hash::hash': (ip, [x, h], span) => hashValue(ip, x, h, span),
  // `Hash::hash_slice(&xs, state)`: each element in turn, no length prefix.
  'Hash::hash_slice': (ip, [xs, h], span) => {
    let d = xs;
    for (let i = 0; i < 8 && d.k === 'ref'; i++) d = d.p.c[d.p.i];
    const items = d.k === 'array' ? d.f : d.k === 'vec' ? ip.heap.get(d.id).vals : d.k === 'slice' ? d.c.slice(d.from, d.to) : [d];
    for (const x of items) hashValue(ip, x, h, span);
    return UNIT;
  },
};
