// std functions stay total on values a checked program never passes (a negative `usize`, a 1-tuple to unzip or
// to a map, a range from an integer to a float): they answer or stop with a diagnostic, never hang or crash (issue 10).
import { describe, expect, it } from 'vitest';
import type { Interp } from '../../../src/sim/semantics/interp.ts';
import { UnsupportedSignal } from '../../../src/sim/semantics/signals.ts';
import { iterMethod, iterOf, toIter } from '../../../src/sim/std/iter.ts';
import { mapFromPairs } from '../../../src/sim/std/maps.ts';
import { strTableMethod } from '../../../src/sim/std/str-table.ts';
import { type Value, int, str } from '../../../src/sim/memory/value.ts';
import type { Span } from '../../../src/sim/syntax/span.ts';

const span: Span = { start: { line: 1, col: 1 }, end: { line: 1, col: 2 } };
const ip = { at: { line: 1, col: 1 }, spend: () => {}, unsupported: (what: string, at: Span) => { throw new UnsupportedSignal(what, at); } } as unknown as Interp;
const boundary = (name: string, s: string, i: number | bigint): Value | null =>
  strTableMethod({ ip, p: { c: [], i: 0, root: { to: 'static' } }, v: str(s), args: [int('usize', i)], span, generics: [] }, name);

describe('floor/ceil_char_boundary on any index', () => {
  it('treats a huge index as past the end (len)', () => {
    for (const i of [7, 8, 2 ** 53, 1n << 64n]) {
      expect(boundary('floor_char_boundary', 'h€llo', i)).toMatchObject({ k: 'int', v: 7 });
      expect(boundary('ceil_char_boundary', 'h€llo', i)).toMatchObject({ k: 'int', v: 7 });
    }
  });
  it('stops on a negative number (no usize) instead of looping or answering', () => {
    for (const i of [-1, -7]) {
      expect(() => boundary('floor_char_boundary', 'h€llo', i)).toThrow(UnsupportedSignal);
      expect(() => boundary('ceil_char_boundary', 'h€llo', i)).toThrow(UnsupportedSignal);
    }
  });
  it('rounds an index inside a multibyte char down and up', () => {
    expect(boundary('floor_char_boundary', 'h€llo', 2)).toMatchObject({ v: 1 });
    expect(boundary('ceil_char_boundary', 'h€llo', 2)).toMatchObject({ v: 4 });
  });
});

describe('unzip on items that are not pairs', () => {
  it('stops with a diagnostic instead of crashing', () => {
    const items: Value[] = [{ k: 'tuple', f: [int('i32', 1), { k: 'char', v: 'a' }] }, { k: 'tuple', f: [int('i32', 2)] }];
    let k = 0;
    const it = iterOf('IntoIter', () => items[k++] ?? null);
    expect(() => iterMethod(ip, it, 'unzip', [], span, [])).toThrow(UnsupportedSignal);
  });
});

describe('a map from items that are not pairs', () => {
  it('stops with a diagnostic instead of inserting a key without a value', () => {
    const items: Value[] = [{ k: 'tuple', f: [str('alice'), int('i64', 100)] }, { k: 'tuple', f: [str('bob')] }];
    expect(() => mapFromPairs(ip, 'HashMap', items)).toThrow(UnsupportedSignal);
  });
});

describe('a range from an integer to a float', () => {
  it('stops with a diagnostic instead of crashing on the float bound', () => {
    const r: Value = { k: 'range', lo: int('i32', 0, true), hi: { k: 'float', ty: 'f32', v: 1 }, incl: false };
    expect(() => toIter(ip, r, span)).toThrow(UnsupportedSignal);
  });
});
