// Unit tests for the line pickers, on plain strings (mdBook's take_lines.rs cases: clamped with a warning,
// an error only where mdBook would render nothing).
import { describe, expect, it } from 'vitest';
import {
  takeAnchoredLines,
  takeLines,
  takeRustdocIncludeAnchoredLines,
  takeRustdocIncludeLines,
} from '../../../src/book/directives/take-lines.ts';
import { parseLineSelection, type LineSelection } from '../../../src/book/directives/line-selection.ts';

const S = 'Lorem\nipsum\ndolor\nsit\namet';

function ok<T>(r: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!r.ok) throw new Error(`expected ok, got: ${r.message}`);
  return r.value;
}
function failure(r: { ok: boolean; message?: string }): string {
  expect(r.ok).toBe(false);
  return r.message ?? '';
}
function range(spec: string) {
  const sel = ok(parseLineSelection(spec));
  if (sel.kind === 'anchor') throw new Error('not a range');
  return sel as Exclude<LineSelection, { kind: 'anchor' }>;
}
const text = (r: Parameters<typeof ok>[0]) => (ok(r) as { lines: string[] }).lines.join('\n');

describe('takeLines', () => {
  it('takes the forms mdBook supports', () => {
    expect(text(takeLines(S, range('2:3')))).toBe('ipsum\ndolor');
    expect(text(takeLines(S, range('4:')))).toBe('sit\namet');
    expect(text(takeLines(S, range(':3')))).toBe('Lorem\nipsum\ndolor');
    expect(text(takeLines(S, range('2')))).toBe('ipsum');
    expect(text(takeLines(S, range(':')))).toBe(S);
    expect(text(takeLines(S, range('')))).toBe(S);
    expect(text(takeLines(S, { kind: 'all' }))).toBe(S);
    expect(text(takeLines(S, range('5:5')))).toBe('amet');
  });

  it('reports the file line each taken line came from', () => {
    expect(ok(takeLines(S, range('2:4'))).origins).toEqual([2, 3, 4]);
  });

  it('clamps a range ending past the end, as mdBook does, with a warning', () => {
    const toEnd = ok(takeLines(S, range(':100')));
    expect(toEnd.lines.join('\n')).toBe(S);
    expect(toEnd.warning).toContain('100번째 줄이 없어 파일 끝(5번째 줄)까지만');
    const tail = ok(takeLines(S, range('2:6')));
    expect(tail.lines).toEqual(['ipsum', 'dolor', 'sit', 'amet']);
    expect(tail.origins).toEqual([2, 3, 4, 5]);
    expect(tail.warning).toContain('6번째 줄이 없어');
    expect(ok(takeLines(S, range('2:5'))).warning).toBeUndefined();
  });

  it('errors where mdBook would take nothing (the range starts past the end)', () => {
    expect(failure(takeLines(S, range('6')))).toBe('6번째 줄이 없습니다 (파일은 5줄입니다)');
    expect(failure(takeLines(S, range('6:')))).toContain('6번째 줄이 없습니다');
    expect(failure(takeLines(S, range('6:9')))).toContain('6번째 줄이 없습니다');
    expect(failure(takeLines('', range('1')))).toBe('1번째 줄이 없습니다 (파일은 0줄입니다)');
    expect(failure(takeLines('', range(':3')))).toContain('파일은 0줄');
  });

  it('counts lines like Rust str::lines (final newline, CRLF)', () => {
    expect(text(takeLines('a\r\nb\r\n', range('2')))).toBe('b');
    expect(failure(takeLines('a\nb\n', range('3')))).toContain('파일은 2줄');
    expect(text(takeLines('', { kind: 'all' }))).toBe('');
  });
});

describe('parseLineSelection', () => {
  it('parses every form', () => {
    expect(ok(parseLineSelection(undefined))).toEqual({ kind: 'all' });
    expect(ok(parseLineSelection(':'))).toEqual({ kind: 'all' }); // path::
    expect(ok(parseLineSelection(''))).toEqual({ kind: 'all' }); // path:
    expect(ok(parseLineSelection('7'))).toEqual({ kind: 'line', line: 7 });
    expect(ok(parseLineSelection('+7'))).toEqual({ kind: 'line', line: 7 });
    expect(ok(parseLineSelection('3:'))).toEqual({ kind: 'from', from: 3 });
    expect(ok(parseLineSelection(':9'))).toEqual({ kind: 'to', to: 9 });
    expect(ok(parseLineSelection('3:9'))).toEqual({ kind: 'between', from: 3, to: 9 });
    expect(ok(parseLineSelection('here'))).toEqual({ kind: 'anchor', name: 'here' });
    expect(ok(parseLineSelection('3:3'))).toEqual({ kind: 'between', from: 3, to: 3 });
  });

  it('reads a start line 0 as line 1, as mdBook does, with a warning', () => {
    const zero = parseLineSelection('0');
    expect(zero).toMatchObject({ ok: true, value: { kind: 'line', line: 1 } });
    expect(zero.ok && zero.warning).toContain('0을 1로 읽습니다');
    expect(parseLineSelection('0:3')).toMatchObject({ ok: true, value: { kind: 'between', from: 1, to: 3 } });
    expect(parseLineSelection('2:3')).not.toHaveProperty('warning');
  });

  it('rejects what mdBook would misread or render as nothing', () => {
    expect(failure(parseLineSelection(':0'))).toContain('1부터'); // path::0 takes no line
    expect(failure(parseLineSelection('4:3'))).toContain('거꾸로');
    expect(failure(parseLineSelection('4:x'))).toContain('끝 줄은 숫자');
    expect(failure(parseLineSelection(':x'))).toContain('끝 줄은 숫자');
    expect(failure(parseLineSelection('1:2:3'))).toContain('범위 표기가 잘못');
    expect(failure(parseLineSelection('name:3'))).toContain('앵커 이름 뒤');
  });
});

describe('takeAnchoredLines', () => {
  it('follows mdBook on its own cases', () => {
    let s = 'Lorem\nipsum\nANCHOR: test\ndolor\nsit\namet\nANCHOR_END: test\nlorem\nipsum';
    expect(text(takeAnchoredLines(s, 'test'))).toBe('dolor\nsit\namet');
    expect(ok(takeAnchoredLines(s, 'test')).origins).toEqual([4, 5, 6]);

    s = 'Lorem\nANCHOR: test\nipsum\nANCHOR: test\ndolor\nsit\namet\nANCHOR_END: test\nlorem\nipsum';
    expect(text(takeAnchoredLines(s, 'test'))).toBe('ipsum\ndolor\nsit\namet');

    s = 'Lorem\nANCHOR:    test2\nipsum\nANCHOR: test\ndolor\nsit\namet\nANCHOR_END: test\nlorem\nANCHOR_END:test2\nipsum';
    expect(text(takeAnchoredLines(s, 'test2'))).toBe('ipsum\ndolor\nsit\namet\nlorem');
    expect(text(takeAnchoredLines(s, 'test'))).toBe('dolor\nsit\namet');
  });

  it('takes only the first section, and an empty section is fine', () => {
    const s = 'ANCHOR: a\none\nANCHOR_END: a\nmid\nANCHOR: a\ntwo\nANCHOR_END: a';
    expect(text(takeAnchoredLines(s, 'a'))).toBe('one');
    expect(ok(takeAnchoredLines('// ANCHOR: e\n// ANCHOR_END: e', 'e')).lines).toEqual([]);
  });

  it('matches the whole anchor name (Unicode word characters, dashes)', () => {
    const s = '// ANCHOR: 예제-1\nx\n// ANCHOR_END: 예제-1\n// ANCHOR: ab\ny\n// ANCHOR_END: ab';
    expect(text(takeAnchoredLines(s, '예제-1'))).toBe('x');
    expect(failure(takeAnchoredLines(s, 'a'))).toContain("앵커 'a'");
  });

  it('errors where mdBook returns nothing', () => {
    expect(failure(takeAnchoredLines(S, 'test'))).toBe("앵커 'test'을(를) 찾을 수 없습니다 (ANCHOR: test 줄이 없습니다)");
    expect(failure(takeAnchoredLines('Lorem\nANCHOR_END: test\nsit', 'test'))).toContain('찾을 수 없습니다');
  });

  it('runs an unclosed anchor to the end of the file, as mdBook does, with a warning', () => {
    const r = ok(takeAnchoredLines('Lorem\nipsum\nANCHOR: test\ndolor\nsit', 'test'));
    expect(r.lines).toEqual(['dolor', 'sit']);
    expect(r.origins).toEqual([4, 5]);
    expect(r.warning).toContain("앵커 'test'이(가) 3번째 줄에서 열렸지만 ANCHOR_END: test 줄이 없어 파일 끝까지");
  });
});

describe('takeRustdocIncludeLines', () => {
  it('hides lines outside the range behind "# "', () => {
    expect(text(takeRustdocIncludeLines(S, range('2:3')))).toBe('# Lorem\nipsum\ndolor\n# sit\n# amet');
    expect(text(takeRustdocIncludeLines(S, range('4:')))).toBe('# Lorem\n# ipsum\n# dolor\nsit\namet');
    expect(text(takeRustdocIncludeLines(S, range(':3')))).toBe('Lorem\nipsum\ndolor\n# sit\n# amet');
    expect(text(takeRustdocIncludeLines(S, range('')))).toBe(S);
    expect(ok(takeRustdocIncludeLines(S, range('2'))).origins).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps anchor marker lines (only the anchored form removes them)', () => {
    expect(text(takeRustdocIncludeLines('a\n// ANCHOR: x\nb', range('3')))).toBe('# a\n# // ANCHOR: x\nb');
  });

  it('clamps like takeLines', () => {
    const r = ok(takeRustdocIncludeLines(S, range('4:100')));
    expect(r.lines.join('\n')).toBe('# Lorem\n# ipsum\n# dolor\nsit\namet');
    expect(r.warning).toContain('100번째 줄이 없어');
    expect(failure(takeRustdocIncludeLines(S, range('7:9')))).toContain('7번째 줄이 없습니다');
  });
});

describe('takeRustdocIncludeAnchoredLines', () => {
  it('follows mdBook on its own cases', () => {
    let s = 'Lorem\nipsum\nANCHOR: test\ndolor\nsit\namet\nANCHOR_END: test\nlorem\nipsum';
    expect(text(takeRustdocIncludeAnchoredLines(s, 'test'))).toBe('# Lorem\n# ipsum\ndolor\nsit\namet\n# lorem\n# ipsum');

    s = 'Lorem\nANCHOR: test\nipsum\nANCHOR: test\ndolor\nsit\namet\nANCHOR_END: test\nlorem\nipsum';
    expect(text(takeRustdocIncludeAnchoredLines(s, 'test'))).toBe('# Lorem\nipsum\ndolor\nsit\namet\n# lorem\n# ipsum');

    s = 'Lorem\nANCHOR:    test2\nipsum\nANCHOR: test\ndolor\nsit\namet\nANCHOR_END: test\nlorem\nANCHOR_END:test2\nipsum';
    expect(text(takeRustdocIncludeAnchoredLines(s, 'test2'))).toBe('# Lorem\nipsum\ndolor\nsit\namet\nlorem\n# ipsum');
    expect(text(takeRustdocIncludeAnchoredLines(s, 'test'))).toBe('# Lorem\n# ipsum\ndolor\nsit\namet\n# lorem\n# ipsum');

    s = 'Lorem\nANCHOR: test\nipsum\nANCHOR_END: test\ndolor\nANCHOR: test\nsit\nANCHOR_END: test\namet';
    expect(text(takeRustdocIncludeAnchoredLines(s, 'test'))).toBe('# Lorem\nipsum\n# dolor\nsit\n# amet');
    expect(ok(takeRustdocIncludeAnchoredLines(s, 'test')).origins).toEqual([1, 3, 5, 7, 9]);
  });

  it('errors where mdBook hides everything', () => {
    expect(failure(takeRustdocIncludeAnchoredLines(S, 'something'))).toContain("앵커 'something'");
  });

  it('runs an unclosed section to the end of the file with a warning, as mdBook does', () => {
    const r = ok(takeRustdocIncludeAnchoredLines('a\nANCHOR: t\nb\nc', 't'));
    expect(r.lines).toEqual(['# a', 'b', 'c']);
    expect(r.warning).toContain('2번째 줄에서 열렸지만');
    const again = ok(takeRustdocIncludeAnchoredLines('ANCHOR: t\na\nANCHOR_END: t\nx\nANCHOR: t\nb', 't'));
    expect(again.lines).toEqual(['a', '# x', 'b']);
    expect(again.warning).toContain('5번째 줄에서 열렸지만');
  });
});
