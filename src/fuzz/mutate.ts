// Token-level mutations of a valid Rust program for the fuzzer: delete, duplicate, swap, replace with
// another token of the program, set an integer literal to an edge value, insert a risky token. Pure, seeded.
import { tokenize } from './tokens.ts';
import { seededFraction } from '../sim/semantics/mulberry32.ts';

/** A small deterministic PRNG (same seed, same mutants): fractions in [0, 1). */
export const rng = seededFraction;

const EDGE_INTS = ['0', '1', '2', '5', '-1', '255', '256', '4294967295', '9223372036854775807', '100000000000'];
const INSERTS = ['.5', '.0', '.1', '?', 'break', 'continue', 'return', ';', '&', '&mut', '*', 'mut', '(', ')', '{', '}', '[', ']', ',', '..', '=', '-', '!', 'as u8', '.clone()', '.unwrap()', '[9]', '0', '"x"', "'c'", 'None', 'Some(1)', 'self', 'loop {}'];

export interface Mutant { source: string; what: string }

export function mutate(src: string, rand: () => number): Mutant | null {
  const toks = tokenize(src);
  if (toks.length < 2) return null;
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const at = Math.floor(rand() * toks.length);
  const t = toks[at];
  const text = (k: number) => src.slice(toks[k].start, toks[k].end);
  const splice = (from: number, to: number, s: string) => src.slice(0, from) + s + src.slice(to);
  const line = src.slice(0, t.start).split('\n').length;
  const op = Math.floor(rand() * 6);
  switch (op) {
    case 0: return { source: splice(t.start, t.end, ''), what: `${line}행: \`${text(at)}\` 삭제` };
    case 1: return { source: splice(t.end, t.end, ' ' + text(at)), what: `${line}행: \`${text(at)}\` 중복` };
    case 2: {
      if (at + 1 >= toks.length) return null;
      const u = toks[at + 1];
      return { source: src.slice(0, t.start) + text(at + 1) + src.slice(t.end, u.start) + text(at) + src.slice(u.end), what: `${line}행: \`${text(at)}\` ↔ \`${text(at + 1)}\`` };
    }
    case 3: { const k = Math.floor(rand() * toks.length); return { source: splice(t.start, t.end, text(k)), what: `${line}행: \`${text(at)}\` → \`${text(k)}\`` }; }
    case 4: {
      const ints = toks.map((x, k) => [x, k] as const).filter(([x]) => x.kind === 'int');
      if (!ints.length) return null;
      const [x] = pick(ints);
      const v = pick(EDGE_INTS);
      return { source: splice(x.start, x.end, v), what: `${src.slice(0, x.start).split('\n').length}행: 정수 → ${v}` };
    }
    default: { const s = pick(INSERTS); return { source: splice(t.end, t.end, ' ' + s), what: `${line}행: \`${text(at)}\` 뒤에 \`${s}\` 삽입` }; }
  }
}
