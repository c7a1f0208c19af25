// rand 0.8 model: gen_range honours its bounds (half-open and inclusive), is reproducible for a seed,
// differs across seeds, and a guessing game driven by stdin plays to the end.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRust } from '../../../src/sim/api.ts';

const guess = readFileSync(new URL('./fixtures/guess.rs', import.meta.url), 'utf8');

function draws(expr: string, seed: number, n = 1): string[] {
  const src = `use rand::Rng;\nfn main() {\n    let mut rng = rand::thread_rng();\n    for _ in 0..${n} {\n        println!("{}", ${expr});\n    }\n}\n`;
  const r = runRust(src, { world: { seed } });
  expect(r.diagnostics).toEqual([]);
  return r.stdout.trim().split('\n');
}

describe('rand 0.8', () => {
  it('keeps gen_range(a..=b) inside [a, b] and reaches both ends', () => {
    const seen = new Set(draws('rng.gen_range(1..=3)', 7, 200));
    expect([...seen].sort()).toEqual(['1', '2', '3']);
  });
  it('never returns the end of a half-open range', () => {
    const seen = new Set(draws('rng.gen_range(1..3)', 7, 200));
    expect([...seen].sort()).toEqual(['1', '2']);
  });
  it('handles negative and wide ranges', () => {
    for (const x of draws('rng.gen_range(-5..5)', 3, 100).map(Number)) expect(x >= -5 && x < 5).toBe(true);
    for (const x of draws('rng.gen_range(0..u64::MAX)', 3, 20).map(BigInt)) expect(x >= 0n && x < 18446744073709551615n).toBe(true);
  });
  it('is reproducible for a seed and varies across seeds', () => {
    expect(draws('rng.gen_range(1..=100)', 42, 5)).toEqual(draws('rng.gen_range(1..=100)', 42, 5));
    const firsts = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((s) => draws('rng.gen_range(1..=1000000)', s)[0]));
    expect(firsts.size).toBeGreaterThan(1);
  });
  it('gives floats in [0, 1) and bools from gen', () => {
    for (const x of draws('rng.gen::<f64>()', 9, 50).map(Number)) expect(x >= 0 && x < 1).toBe(true);
    expect(new Set(draws('rng.gen::<bool>()', 9, 50))).toEqual(new Set(['true', 'false']));
  });
  it('rand::random::<T>() draws like gen::<T>()', () => {
    const r = runRust('fn main() {\n    let a = rand::random::<u8>();\n    let b = rand::random::<f64>();\n    println!("{} {}", a as u32 <= 255, b < 1.0);\n}\n', { world: { seed: 11 } });
    expect([r.stdout, r.diagnostics]).toEqual(['true true\n', []]);
  });
  it('panics on an empty range', () => {
    const r = runRust('use rand::Rng;\nfn main() {\n    let n = rand::thread_rng().gen_range(5..5);\n    println!("{n}");\n}\n');
    expect(r.exitCode).toBe(101);
    expect(r.stderr).toContain('cannot sample empty range');
  });
  it('plays the guessing game from stdin (binary search always wins)', () => {
    for (const seed of [1, 2, 3]) {
      // Find the secret by replaying the game with one more guess each time.
      let lo = 1, hi = 100, input = '';
      for (let i = 0; i < 8; i++) {
        const mid = Math.floor((lo + hi) / 2);
        input += `${mid}\n`;
        const r = runRust(guess, { world: { seed, stdin: input } });
        const last = r.stdout.trim().split('\n').pop()!;
        if (last.startsWith('You win')) break;
        const verdict = r.stdout.trim().split('\n').slice(-2)[0];
        if (verdict === 'Too small!') lo = mid + 1;
        else hi = mid - 1;
      }
      const r = runRust(guess, { world: { seed, stdin: input } });
      expect(r.stdout).toMatch(/You win after \d+!\n$/);
    }
  });
  it('ends at end of input like `cargo run < /dev/null`', () => {
    const r = runRust(guess, { world: { seed: 5 } });
    expect(r.stdout).toMatch(/^gave up; it was \d+\n$/);
    expect(r.exitCode).toBe(0);
  });
});
