// size_of as rustc 1.95 lays types out on x86_64: the numbers below were printed by real `std::mem::size_of`.
import { describe, expect, it } from 'vitest';
import { layoutOf, type TypeDefs } from '../../../src/sim/memory/layout.ts';
import { ty, type Ty } from '../../../src/sim/memory/ty.ts';

const i32 = ty('i32');
const defs: TypeDefs = {
  struct: (n) => (n === 'Node' ? [i32, ty('RefCell', ty('Weak', ty('Node'))), ty('RefCell', ty('Vec', ty('Rc', ty('Node'))))]
    : n === 'P' ? [ty('T'), ty('T')] : undefined),
  typeParams: (n) => (n === 'P' ? ['T'] : undefined),
  enumVariants: (n) =>
    n === 'List' ? [[i32, ty('RefCell', ty('Rc', ty('List')))], []]
      : n === 'BList' ? [[i32, ty('Box', ty('BList'))], []]
        : n === 'Msg' ? [[], [i32, i32], [ty('String')], [ty('u8'), ty('u8'), ty('u8')]]
          : undefined,
};
const size = (t: Ty) => layoutOf(t, defs).size;

describe('layout', () => {
  it('a generic struct is laid out with its arguments: struct P<T> { x: T, y: T }', () => {
    expect(size(ty('P', ty('u8')))).toBe(2);
    expect(size(ty('P', ty('String')))).toBe(48);
    expect(size(ty('Option', ty('P', ty('u16'))))).toBe(6);
  });
  it('a missing type argument (`Result<u16, >`) does not throw', () => expect(() => size(ty('Result', ty('u16')))).not.toThrow());
  it('listing 15-26 List is 24 bytes, so its Rc block is 40', () => {
    expect(size(ty('List'))).toBe(24);
    expect(16 + size(ty('List'))).toBe(40);
  });
  it('Box list uses the null-pointer niche: 16 bytes', () => expect(size(ty('BList'))).toBe(16));
  it('listing 15-28 Node is 56 bytes', () => expect(size(ty('Node'))).toBe(56));
  it('Option<Box<i32>> is pointer-sized, Option<i32> needs a tag', () => {
    expect(size(ty('Option', ty('Box', i32)))).toBe(8);
    expect(size(ty('Option', i32))).toBe(8);
  });
  it('String niche holds the tag of multi-variant enums', () => {
    expect(size(ty('Result', i32, ty('String')))).toBe(24);
    expect(size(ty('Msg'))).toBe(24);
  });
});
