// The format-string parser and argument resolver: structure of pieces, rustc's error texts, inline capture names.
// Error texts come from real rustc (fixtures/format-errors.json, see gen-error-fixtures.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFormatString } from '../../../src/sim/format/parse-format.ts';
import { argTraits, resolveArgs } from '../../../src/sim/format/resolve-args.ts';
import { formatArgs, inlineNames } from '../../../src/sim/format/format-args.ts';
import type { FmtPiece } from '../../../src/sim/format/fmt-value.ts';
import { ERROR_CASES } from './error-cases.ts';

const errors = JSON.parse(readFileSync(new URL('./fixtures/format-errors.json', import.meta.url), 'utf8')) as Array<[string, string]>;

function pieces(fmt: string): FmtPiece[] {
  const r = parseFormatString(fmt);
  if (!r.ok) throw new Error(r.message);
  return r.pieces;
}

describe('parseFormatString', () => {
  it('splits literals and placeholders with offsets, unescaping braces', () => {
    expect(pieces('a{{b}}{}c')).toEqual([
      { kind: 'lit', text: 'a{b}', offset: 0 },
      { kind: 'arg', arg: { next: true }, spec: expect.objectContaining({ trait: 'display' }), offset: 6 },
      { kind: 'lit', text: 'c', offset: 8 },
    ]);
  });

  it('reads every part of a full spec', () => {
    const [p] = pieces('{0:한^+#012.3x}');
    expect(p).toMatchObject({
      kind: 'arg',
      arg: { pos: 0 },
      spec: { fill: '한', align: 'center', sign: '+', alternate: true, zero: true, width: { lit: 12 }, precision: { lit: 3 }, trait: 'lower-hex' },
    });
  });

  it('tells width parameters from the zero flag and types from names', () => {
    expect(pieces('{:0$}')[0]).toMatchObject({ spec: { zero: false, width: { pos: 0 } } });
    expect(pieces('{:w$.p$?}')[0]).toMatchObject({ spec: { width: { name: 'w' }, precision: { name: 'p' }, trait: 'debug' } });
    expect(pieces('{:.*}')[0]).toMatchObject({ spec: { precision: { star: true } } });
    expect(pieces('{:x?}')[0]).toMatchObject({ spec: { trait: 'debug', debugHex: 'lower' } });
    expect(pieces('{:#X?}')[0]).toMatchObject({ spec: { trait: 'debug', debugHex: 'upper', alternate: true } });
    expect(pieces('{:e}')[0]).toMatchObject({ spec: { trait: 'lower-exp' } });
    expect(pieces('{:.}')[0]).toMatchObject({ spec: { precision: null } });
    expect(pieces('{x:>8}')[0]).toMatchObject({ arg: { name: 'x' }, spec: { align: 'right', width: { lit: 8 } } });
    expect(pieces('{0 }')[0]).toMatchObject({ arg: { pos: 0 } });
  });

  it('reports the offset of a bad placeholder', () => {
    expect(parseFormatString('ab {:q}')).toMatchObject({ ok: false, offset: 5 });
    expect(parseFormatString('ab } c')).toMatchObject({ ok: false, offset: 3 });
  });
});

describe('errors match rustc', () => {
  it('fixture and table agree', () => {
    expect(errors.map((e) => e[0])).toEqual(ERROR_CASES.map((c) => c.fmt));
  });
  it.each(ERROR_CASES.map((c, k) => [c.fmt, c.args.length, k] as const))('%j with %i positional', (fmt, _n, k) => {
    const c = ERROR_CASES[k];
    const parsed = parseFormatString(fmt);
    const message = parsed.ok ? resolveArgs(parsed.pieces, c.args.length, c.named ?? []) : parsed;
    expect(message).toMatchObject({ ok: false, message: errors[k][1] });
  });
});

describe('resolveArgs', () => {
  it('numbers implicit arguments in order, `.*` taking its precision first', () => {
    const r = resolveArgs(pieces('{} {:.*} {0} {:1$} {x}'), 4, ['x']);
    expect(r.ok && r.pieces.filter((p) => p.kind === 'arg')).toEqual([
      expect.objectContaining({ pos: 0 }),
      expect.objectContaining({ pos: 2, spec: expect.objectContaining({ precision: { pos: 1 } }) }),
      expect.objectContaining({ pos: 0 }),
      expect.objectContaining({ pos: 3, spec: expect.objectContaining({ width: { pos: 1 } }) }),
      expect.objectContaining({ pos: 4 }),
    ]);
  });
  it('names that are neither given nor captured are errors', () => {
    expect(resolveArgs(pieces('{nope}'), 0, [])).toMatchObject({ ok: false, message: 'there is no argument named `nope`' });
  });
});

describe('argTraits', () => {
  it('collects traits per argument, counting `.*` like resolveArgs', () => {
    const t = argTraits(pieces('{} {:?} {0:x} {:.*} {n:?} {n}'));
    expect([...t.positional.entries()].map(([k, s]) => [k, [...s]])).toEqual([
      [0, ['display', 'lower-hex']],
      [1, ['debug']],
      [3, ['display']],
    ]);
    expect([...(t.named.get('n') ?? [])]).toEqual(['debug', 'display']);
  });
});

describe('inline captures', () => {
  it('lists names to capture, including width/precision names, once each', () => {
    expect(inlineNames(pieces('{a} {b:w$.p$} {a} {0} {given}'), ['given'])).toEqual(['a', 'b', 'w', 'p']);
  });
  it('formatArgs accepts them as named args', () => {
    const int = (v: number) => ({ t: 'int', ty: 'usize', value: BigInt(v) }) as const;
    expect(formatArgs('[{a:>w$}]', [], { a: int(7), w: int(3) })).toEqual({ ok: true, text: '[  7]' });
  });
  it('formatArgs reports problems in Korean, quoting rustc', () => {
    expect(formatArgs('{} {}', [{ t: 'unit' }], {})).toEqual({
      ok: false,
      message: '형식 인자 오류: 2 positional arguments in format string, but there is 1 argument',
    });
    expect(formatArgs('{', [], {})).toEqual({ ok: false, message: '형식 문자열 오류: invalid format string: expected `}` but string was terminated' });
  });
});
