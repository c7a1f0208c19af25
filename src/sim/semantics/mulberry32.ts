// mulberry32, one small seeded PRNG for everything that must be reproducible: rand's thread_rng, the thread
// scheduler's choices, the fuzzer's mutations (same seed, same sequence). Pure.

/** Uniform u32 outputs from a 32-bit state. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** Uniform fractions in [0, 1) from the same generator. */
export function seededFraction(seed: number): () => number {
  const next = mulberry32(seed);
  return () => next() / 4294967296;
}
