// Vec and String buffers on the simulated heap: creation, growth exactly as RawVec grows, text edits.
// Element sizes come from the element type's layout (Vec<u8>'s first growth is to 8, other small types to 4).
import type { Value, VecV, StringV } from '../memory/value.ts';
import { grownCap, type Alloc } from '../memory/heap.ts';
import type { Interp } from './interp.ts';
import { tyNameOf, parseTyName } from './types.ts';
import { layoutOf } from '../memory/layout.ts';

export function elemSizeOf(ip: Interp, tyName: string): number {
  if (tyName === '_' || !tyName) return 4;
  return layoutOf(parseTyName(tyName), ip.index).size;
}

export function newVec(ip: Interp, items: Value[], cap: number, ty: string | undefined): VecV {
  const t = ty ?? (items.length ? tyNameOf(items[0], ip.heap) : '_');
  const a = ip.heap.alloc('Vec', t, items, elemSizeOf(ip, t), Math.max(cap, items.length));
  return { k: 'vec', id: a.id };
}

export function vecPush(ip: Interp, id: number, v: Value): void {
  const a = ip.heap.get(id);
  if (a.ty === '_' || a.ty.includes('_')) {
    a.ty = tyNameOf(v, ip.heap);
    a.elemSize = elemSizeOf(ip, a.ty);
  }
  if (a.vals.length + 1 > a.cap) a.cap = grownCap(a.cap, a.vals.length + 1, a.elemSize || 1);
  a.vals.push(v);
}

export function vecReserve(ip: Interp, id: number, additional: number): void {
  const a = ip.heap.get(id);
  if (a.vals.length + additional > a.cap) a.cap = grownCap(a.cap, a.vals.length + additional, a.elemSize || 1);
}

export function newString(ip: Interp, text: string, cap?: number): StringV {
  const len = utf8Len(text);
  const a = ip.heap.alloc('String', 'str', [], 1, Math.max(cap ?? len, len), text);
  return { k: 'string', id: a.id };
}

export function stringText(ip: Interp, id: number): string {
  return ip.heap.get(id).text;
}

/** Byte length of a String buffer's text, cached while the text is unchanged (push stays O(1)). */
const byteLens = new WeakMap<Alloc, { text: string; bytes: number }>();
export function textBytes(a: Alloc): number {
  const c = byteLens.get(a);
  if (c && c.text === a.text) return c.bytes;
  const bytes = utf8Len(a.text);
  byteLens.set(a, { text: a.text, bytes });
  return bytes;
}

export function pushStr(ip: Interp, id: number, s: string): void {
  const a = ip.heap.get(id);
  const len = textBytes(a), add = utf8Len(s);
  if (len + add > a.cap) a.cap = grownCap(a.cap, len + add, 1);
  a.text += s;
  byteLens.set(a, { text: a.text, bytes: len + add });
}

export function setText(ip: Interp, id: number, s: string): void {
  const a = ip.heap.get(id);
  a.text = s;
  const len = utf8Len(s);
  if (len > a.cap) a.cap = grownCap(a.cap, len, 1);
}

const enc = new TextEncoder();
export function utf8Len(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; }
    else n += 3;
  }
  return n;
}
export function utf8(s: string): Uint8Array {
  return enc.encode(s);
}
