// `[u8]::utf8_chunks()`: the bytes cut into (valid str, invalid bytes) pieces the way core's Utf8Chunks does
// (an invalid piece is the maximal prefix of a broken sequence), and the `Utf8Chunk` values it yields.
import type { Value, EnumV } from '../memory/value.ts';


/** (start, end of the valid part, end of the invalid part) for each chunk. */
export function utf8ChunkBounds(bytes: readonly number[]): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  const at = (k: number, lo: number, hi: number) => k < bytes.length && bytes[k] >= lo && bytes[k] <= hi;
  let i = 0;
  while (i < bytes.length) {
    const start = i;
    let bad: [number, number] | null = null;
    while (i < bytes.length && !bad) {
      const b = bytes[i];
      if (b < 0x80) { i++; continue; }
      const w = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
      if (w === 0) { bad = [i, i + 1]; break; }
      const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
      const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
      let j = i + 1;
      if (!at(j, lo, hi)) { bad = [i, j]; break; }
      for (j++; j < i + w; j++) if (!at(j, 0x80, 0xbf)) break;
      if (j < i + w) { bad = [i, j]; break; }
      i += w;
    }
    if (bad) { out.push([start, bad[0], bad[1]]); i = bad[1]; } else out.push([start, i, i]);
  }
  return out;
}

/** A `Utf8Chunk { valid, invalid }` (Debug prints it like std's). */
export function utf8Chunk(valid: Value, invalid: Value): EnumV {
  return { k: 'enum', name: 'Utf8Chunk', variant: 'Utf8Chunk', f: [valid, invalid], names: ['valid', 'invalid'] };
}

/** `chunk.valid()` / `chunk.invalid()`; null for anything else. */
export function utf8ChunkMethod(v: EnumV, name: string): Value | null {
  if (v.name !== 'Utf8Chunk') return null;
  if (name === 'valid') return v.f[0];
  if (name === 'invalid') return v.f[1];
  return null;
}
