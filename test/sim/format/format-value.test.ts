// formatWith on what the rustc case table cannot show: missing traits (compile errors in Rust) and preformatted values.
// Exact Rust output for formattable values is covered by format-cases.test.ts.
import { describe, expect, it } from 'vitest';
import { defaultSpec, type FmtValue } from '../../../src/sim/format/fmt-value.ts';
import { formatWith, isFmtError } from '../../../src/sim/format/format-value.ts';
import { formatArgs } from '../../../src/sim/format/format-args.ts';

const point: FmtValue = { t: 'struct', name: 'Point', fields: [['x', { t: 'int', ty: 'i32', value: 1n }]] };

describe('formatWith errors', () => {
  it('a struct has no Display', () => {
    const r = formatWith(point, defaultSpec('display'));
    expect(isFmtError(r)).toBe(true);
    expect(r).toMatchObject({ trait: 'display', typeName: 'Point' });
    expect(isFmtError(r) && r.message).toContain('std::fmt::Display');
  });
  it('hex is only for integers, exp only for numbers', () => {
    expect(formatWith({ t: 'float', ty: 'f64', value: 1 }, defaultSpec('lower-hex'))).toMatchObject({ trait: 'lower-hex', typeName: 'f64' });
    expect(formatWith({ t: 'str', value: 'a' }, defaultSpec('lower-exp'))).toMatchObject({ trait: 'lower-exp', typeName: 'str' });
  });
  it('no-display values fail under every trait, naming their type', () => {
    expect(formatWith({ t: 'no-display', typeName: 'Vec<i32>' }, defaultSpec('display'))).toMatchObject({ typeName: 'Vec<i32>' });
  });
  it('formatArgs turns them into a failed result', () => {
    const r = formatArgs('{}', [point], {});
    expect(r.ok).toBe(false);
  });
});

describe('raw values', () => {
  it('Debug writes the text as is, ignoring width; Display uses `display`', () => {
    const weak: FmtValue = { t: 'raw', debug: '(Weak)' };
    expect(formatWith(weak, { ...defaultSpec('debug'), width: 10 })).toBe('(Weak)');
    expect(formatWith({ t: 'raw', debug: 'E', display: '오류' }, defaultSpec('display'))).toBe('오류');
    expect(isFmtError(formatWith(weak, defaultSpec('display')))).toBe(true);
  });
  it('pretty Debug indents multi-line raw text inside a struct', () => {
    const v: FmtValue = { t: 'struct', name: 'S', fields: [['r', { t: 'raw', debug: 'A {\n    b: 1,\n}' }]] };
    expect(formatWith(v, { ...defaultSpec('debug'), alternate: true })).toBe('S {\n    r: A {\n        b: 1,\n    },\n}');
  });
});
