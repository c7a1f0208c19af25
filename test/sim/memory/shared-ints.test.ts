// Small typed integers are shared values (typedInt) and names cut from the source take the simulator's constants
// (knownName): both are invisible to a program, which these tests check alongside the sharing itself.
import { describe, expect, it } from 'vitest';
import { typedInt } from '../../../src/sim/memory/value.ts';
import { knownName } from '../../../src/sim/syntax/known-names.ts';
import { runRust } from '../../../src/sim/api.ts';

describe('typedInt', () => {
  it('gives one shared value per type and small number, a new one beyond', () => {
    expect(typedInt('u32', 5)).toBe(typedInt('u32', 5));
    expect(typedInt('u32', 5)).not.toBe(typedInt('u64', 5));
    expect(typedInt('i64', -128)).toEqual({ k: 'int', ty: 'i64', v: -128 });
    expect(typedInt('u64', 1_000_000)).toEqual({ k: 'int', ty: 'u64', v: 1_000_000 });
    expect(typedInt('u64', 1_000_000)).not.toBe(typedInt('u64', 1_000_000));
  });

  it('normalises negative zero', () => {
    expect(Object.is(typedInt('i32', -0).v, 0)).toBe(true);
  });
});

describe('knownName', () => {
  it('keeps the text, known or not', () => {
    const src = 'let x: u64 = 1; Foo';
    expect(knownName(src.slice(7, 10))).toBe('u64');
    expect(knownName(src.slice(16))).toBe('Foo');
  });
});

describe('shared integers in a run', () => {
  it('arithmetic on shared values leaves other variables alone', () => {
    const r = runRust(`fn main() {
    let mut a: u32 = 3;
    let b: u32 = 3;
    a += 1;
    let c = b as u64 + 2;
    println!("{} {} {}", a, b, c);
}
`);
    expect(r.stdout).toBe('4 3 5\n');
  });
});
