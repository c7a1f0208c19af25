// The `rand` 0.8 crate as the book uses it: `rand::thread_rng()`, `Rng::gen_range(a..b | a..=b)`, `gen`,
// `gen_bool`, `rand::random()`. Deterministic: a small PRNG seeded from RunOptions.world.seed (default fixed).
import type { Span } from '../syntax/span.ts';
import type { Value, Place, IntV, FloatV } from '../memory/value.ts';
import { bool, int } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { derefAll } from '../semantics/place.ts';
import { RANGES, isIntTy, toBig, norm } from '../memory/int.ts';
import type { IntTy } from '../memory/value.ts';
import { astTy } from '../semantics/types.ts';
import { mulberry32 } from '../semantics/mulberry32.ts';

/** Seed used when the caller gives none, so a listing prints the same secret number on every run. */
export const DEFAULT_SEED = 0x5eed;

const rngs = new WeakMap<Interp, () => number>();


function rng(ip: Interp): () => number {
  let r = rngs.get(ip);
  if (!r) rngs.set(ip, (r = mulberry32(ip.opts.world?.seed ?? DEFAULT_SEED)));
  return r;
}

/** A uniform integer in [0, n) for n up to 2^64 (rejection sampling on 64-bit draws). */
function below(next: () => number, n: bigint): bigint {
  const draw = () => (BigInt(next()) << 32n) | BigInt(next());
  const limit = (1n << 64n) - ((1n << 64n) % n);
  for (;;) {
    const x = draw();
    if (x < limit) return x % n;
  }
}

function threadRng(): Value {
  return { k: 'struct', name: 'ThreadRng', f: [], tuple: false };
}

export const randFns: Record<string, (ip: Interp, args: Value[], span: Span, generics?: import('../syntax/ast.ts').Type[]) => Value> = {
  'rand::thread_rng': () => threadRng(),
  'thread_rng': () => threadRng(),
  // `rand::random::<T>()`: thread_rng().gen::<T>().
  'rand::random': (ip, _a, span, generics) => gen(ip, generics?.[0] ? astTy(generics[0]).n : undefined, span),
};

function intBound(v: Value | null): IntV | null {
  return v && v.k === 'int' ? v : null;
}

/** `rng.gen_range(lo..hi)` / `(lo..=hi)`: panics on an empty range as rand 0.8 does. */
function genRange(ip: Interp, range: Value, span: Span): Value {
  const r = derefAll(ip, range);
  if (r.k !== 'range' || !r.lo || !r.hi) return ip.unsupported('gen_range의 인자는 `a..b` 또는 `a..=b` 범위여야 합니다', span);
  const lo = r.lo, hi = r.hi;
  if (lo.k === 'float' && hi.k === 'float') {
    if (!(lo.v < hi.v) && !(r.incl && lo.v === hi.v)) return ip.panic('cannot sample empty range', span.start);
    const u = rng(ip)() / 2 ** 32;
    const f: FloatV = { k: 'float', ty: lo.ty, v: lo.v + u * (hi.v - lo.v) };
    return f;
  }
  const l = intBound(lo), h = intBound(hi);
  if (!l || !h) return ip.unsupported('gen_range의 범위는 정수나 실수여야 합니다', span);
  const a = toBig(l.v), b = toBig(h.v) + (r.incl ? 1n : 0n);
  if (a >= b) return ip.panic('cannot sample empty range', span.start);
  const ty: IntTy = l.lit && !h.lit ? h.ty : l.ty;
  const x = a + below(rng(ip), b - a);
  const lit = l.lit === true && h.lit === true;
  return int(ty, norm(x), lit || undefined);
}

/** `rng.gen::<T>()` for the integer types, f32/f64 (in [0, 1)) and bool. */
function gen(ip: Interp, tyName: string | undefined, span: Span): Value {
  const next = rng(ip);
  if (tyName === 'bool') return bool((next() & 1) === 1);
  if (tyName === 'f64' || tyName === 'f32') return { k: 'float', ty: tyName, v: next() / 2 ** 32 };
  if (tyName && isIntTy(tyName)) {
    const { min, bits } = RANGES[tyName];
    const x = toBig(min) + below(next, 1n << BigInt(bits));
    return int(tyName, norm(x));
  }
  return ip.unsupported('타입을 알 수 없는 gen(): `rng.gen::<u8>()`처럼 타입을 적어 주세요', span);
}

/** Methods of `ThreadRng` (the `Rng` trait). Null: not a rand value or method. */
export function randMethod(ip: Interp, _p: Place, v: Value, name: string, args: Value[], span: Span, generics: import('../syntax/ast.ts').Type[] = []): Value | null {
  if (v.k !== 'struct' || v.name !== 'ThreadRng') return null;
  if (name === 'gen_range') return genRange(ip, args[0], span);
  if (name === 'gen') return gen(ip, generics[0] ? astTy(generics[0]).n : undefined, span);
  if (name === 'gen_bool') {
    const p = derefAll(ip, args[0]);
    if (p.k !== 'float' || !(p.v >= 0 && p.v <= 1)) return ip.panic(`p=${p.k === 'float' ? p.v : '?'} is outside range [0.0, 1.0]`, span.start);
    return bool(rng(ip)() / 2 ** 32 < p.v);
  }
  return null;
}
