// The receiver modes read from rustdoc signatures (src/stdlist/arity.ts): by value, `&self`, `&mut self`,
// typed `self: …` receivers.
import { describe, expect, it } from 'vitest';
import { paramsOf, receiverOf } from '../../src/stdlist/arity.ts';

describe('receiverOf', () => {
  it('reads the plain forms', () => {
    expect(receiverOf('self')).toBe('value');
    expect(receiverOf('mut self')).toBe('value');
    expect(receiverOf('&self')).toBe('ref');
    expect(receiverOf("&'a self")).toBe('ref');
    expect(receiverOf('&mut self')).toBe('ref-mut');
    expect(receiverOf("&'a mut self")).toBe('ref-mut');
  });
  it('reads typed receivers: smart pointers by value, references by their mutability', () => {
    expect(receiverOf('self: Box<Self>')).toBe('value');
    expect(receiverOf('self: Rc<Self>')).toBe('value');
    expect(receiverOf("self: &mut &'a [T]")).toBe('ref-mut');
    expect(receiverOf('self: &Self')).toBe('ref');
  });
  it('is part of a signature read by paramsOf', () => {
    expect(paramsOf('pub fn into_boxed_slice(self) -> Box<[T], A>', 'into_boxed_slice')?.recv).toBe('value');
    expect(paramsOf('pub fn push(&mut self, value: T)', 'push')).toEqual({ self: true, recv: 'ref-mut', params: [['value', 'T']] });
    expect(paramsOf('pub fn new() -> Vec<T>', 'new')?.recv).toBeUndefined();
  });
});
