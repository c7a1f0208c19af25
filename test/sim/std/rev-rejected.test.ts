// Iterators std gives no back cursor or no length (rustc rejects `.rev()`, `next_back`, `len` on them, E0277 /
// E0599): the simulator stops there with a message naming the missing trait, never runs them by buffering.
import { describe, expect, it } from 'vitest';
import { runRust } from '../../../src/sim/api.ts';

const CASES: [string, string, string][] = [
  ['a RangeFrom reversed', 'let v: Vec<i32> = (1..).rev().take(3).collect(); println!("{:?}", v);', 'DoubleEndedIterator'],
  ['take_while reversed', 'let v: Vec<i32> = (1..10).take_while(|x| *x < 5).rev().collect(); println!("{:?}", v);', 'DoubleEndedIterator'],
  ['enumerate over filter reversed', 'let v: Vec<(usize, i32)> = (1..10).filter(|x| x % 2 == 0).enumerate().rev().collect(); println!("{:?}", v);', 'DoubleEndedIterator'],
  ['split by a &str reversed', 'let v: Vec<&str> = "a--b".split("--").rev().collect(); println!("{:?}", v);', 'DoubleEndedIterator'],
  ['next_back on a map over a RangeFrom', 'let mut it = (1..).map(|x: i32| x); println!("{:?}", it.next_back());', 'DoubleEndedIterator'],
  ['len of chars', 'let it = "abc".chars(); println!("{:?}", it.len());', 'ExactSizeIterator'],
  ['a cycle reversed', 'let v: Vec<i32> = [1, 2].iter().copied().cycle().rev().take(3).collect(); println!("{:?}", v);', 'DoubleEndedIterator'],
  ['take over repeat reversed', 'let v: Vec<i32> = std::iter::repeat(1).take(3).rev().collect(); println!("{:?}", v);', 'DoubleEndedIterator'],
];

describe('reversing what std cannot reverse', () => {
  for (const [name, body, trait] of CASES) {
    it(`${name}: a message naming ${trait}, no output`, () => {
      const r = runRust(`fn main() {\n    ${body}\n}\n`);
      expect(r.stdout).toBe('');
      expect(r.diagnostics.map((d) => d.message).join('\n')).toContain(trait);
    });
  }
});
