// The fuzzer's lexer and mutator: token spans cover the source without comments, and a seed gives the
// same mutants every time (so `npm run fuzz -- --seed S` reproduces a report).
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/fuzz/tokens.ts';
import { mutate, rng } from '../../src/fuzz/mutate.ts';
import { classify } from '../../src/fuzz/classify.ts';
import { runRust } from '../../src/sim/api.ts';

const SRC = `// comment\nfn main() {\n    let s = "a \\" b"; let c = 'x'; let r: &'static str = s;\n    println!("{} {}", s.len() + 0x1F, 2.5e3);\n}\n`;

describe('fuzz', () => {
  it('tokenizes literals, lifetimes, macros and punctuation', () => {
    const texts = tokenize(SRC).map((t) => SRC.slice(t.start, t.end));
    expect(texts).toContain('"a \\" b"');
    expect(texts).toContain("'x'");
    expect(texts).toContain("'static");
    expect(texts).toContain('println!');
    expect(texts).toContain('0x1F');
    expect(texts).toContain('2.5e3');
    expect(texts).not.toContain('comment');
  });

  it('is deterministic for a seed', () => {
    const a = rng(42), b = rng(42);
    const xs = Array.from({ length: 20 }, () => mutate(SRC, a)?.source);
    const ys = Array.from({ length: 20 }, () => mutate(SRC, b)?.source);
    expect(xs).toEqual(ys);
    expect(new Set(xs).size).toBeGreaterThan(5);
  });

  it('classifies outcomes', () => {
    expect(classify(runRust('fn main() { println!("hi"); }')).outcome).toBe('normal');
    expect(classify(runRust('fn main() { let v: Vec<i32> = Vec::new(); v[1]; }')).outcome).toBe('panic');
    expect(classify(runRust('fn main() { let x = ; }')).outcome).toBe('diagnostic');
    expect(classify(runRust('fn main() { loop {} }', { maxSteps: 1000 })).outcome).toBe('step-limit');
  });
});
