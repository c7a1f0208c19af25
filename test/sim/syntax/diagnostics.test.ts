// Syntax errors and unsupported features become Korean diagnostics with positions; nothing throws.
import { describe, expect, it } from 'vitest';
import { parseProgram } from '../../../src/sim/syntax/parse.ts';
import { parseErr, parseOk } from './helpers.ts';

const at = (d: { span: { start: { line: number; col: number } } }) => `${d.span.start.line}:${d.span.start.col}`;

describe('parse errors', () => {
  it('name the unexpected token and point at it', () => {
    const [d] = parseErr('fn main() {\n    let x = 5 +;\n}\n');
    expect(d).toMatchObject({ severity: 'error', code: 'parse', message: '구문 오류: `;` 근처에서 예상하지 못한 토큰' });
    expect(at(d)).toBe('2:16');
  });

  it('report an unexpected end of file for unclosed blocks', () => {
    const [d] = parseErr('fn main() {\n    let x = 5;\n');
    expect(d.code).toBe('parse');
    expect(d.message).toContain('예상하지 못한 파일 끝');
    expect(at(d)).toBe('3:1');
  });

  it('inside macro arguments point into the original source', () => {
    const [d] = parseErr('fn main() {\n    println!("{}", 1 +);\n}\n');
    expect(d.code).toBe('parse');
    expect(d.message).toContain('`)`');
    expect(at(d)).toBe('2:23');
  });

  it('bad literals and malformed macro calls', () => {
    expect(parseErr('fn main() { let s = "\\q"; }')[0]).toMatchObject({ code: 'parse', message: '구문 오류: 알 수 없는 이스케이프 `\\q`' });
    // `\x80`..`\xff` only in byte literals.
    expect(parseErr('fn main() { let s = "\\xff"; }')[0]).toMatchObject({ code: 'parse', message: '구문 오류: 잘못된 이스케이프 `\\xff`' });
    expect(parseOk('fn main() { let b = b"\\xff"; let c = b\'\\x80\'; }').items).toHaveLength(1);
    expect(parseErr('fn main() { assert_eq!(1); }')[0].message).toContain('두 개');
    expect(parseErr('fn main() { matches!(x); }')[0].message).toContain('matches!');
    expect(at(parseErr('fn main() { vec![1; 2; 3]; }')[0])).toBe('1:22');
  });

  it('hint at a missing `;` when the unexpected token starts a line', () => {
    const [d] = parseErr('fn main() {\n    let x = 1\n    let y = 2;\n}\n');
    expect(d.message).toBe('구문 오류: `let` 근처에서 예상하지 못한 토큰 (앞 줄 끝에 `;`가 빠졌을 수 있습니다)');
    expect(at(d)).toBe('3:5');
    expect(parseErr('fn main() {\n    foo(1, 2;\n}\n')[0].message).not.toContain('빠졌을');
  });

  it('report one error per line (later ones on the line are cascades)', () => {
    const diags = parseErr('struct P { x: i32 y: i32 }\nfn main() {}\n');
    expect(diags.map((d) => [at(d), d.message])).toEqual([['1:19', '구문 오류: `y` 근처에서 예상하지 못한 토큰']]);
  });

  it('cap the number of reported syntax errors', () => {
    const src = 'fn main() {\n' + '    let = ;\n'.repeat(20) + '}\n';
    const diags = parseErr(src);
    expect(diags.length).toBeGreaterThan(0);
    expect(diags.length).toBeLessThanOrEqual(5);
    expect(diags.every((d) => d.code === 'parse')).toBe(true);
  });
});

describe('unsupported features', () => {
  const cases: Array<[string, string, string]> = [
    ['fn main() {\n    foo!(1);\n}\n', '지원하지 않는 기능: 매크로 `foo!`', '2:5'],
    ['fn main() {\n    let s = "x";\n    println!(s);\n}\n', '지원하지 않는 기능: `println!`의 포맷 문자열 자리에는 문자열 리터럴만 올 수 있습니다', '3:14'],
    ['fn main() {\n    async { };\n}\n', '지원하지 않는 기능: `async` 블록', '2:5'],
    ['mod foo;\nfn main() {}\n', '지원하지 않는 기능: 파일 모듈 (`mod 이름;`)', '1:1'],
    ['fn main() { let p: *const i32 = q; }', '지원하지 않는 기능: 원시 포인터 타입 (*const / *mut)', '1:20'],
    ['fn main() { <Vec<i32> as Default>::default(); }', '지원하지 않는 기능: 한정 경로 (<T as Trait>::…)', '1:13'],
    ['async fn f() {}\nfn main() {}', '지원하지 않는 기능: `async fn`', '1:1'],
    ['macro_rules! m { () => {} }\nfn main() {}', '지원하지 않는 기능: 매크로 정의 (macro_rules!)', '1:1'],
    ['union U { a: i32 }\nfn main() {}', '지원하지 않는 기능: 공용체 (union)', '1:1'],
  ];
  it.each(cases)('%j', (src, message, pos) => {
    const diags = parseErr(src);
    expect(diags[0]).toMatchObject({ severity: 'error', code: 'unsupported', message });
    expect(at(diags[0])).toBe(pos);
  });

  it('reports every unsupported construct once, not just the first', () => {
    const diags = parseErr('fn main() {\n    foo!();\n    async {};\n}\nfn g() { bar!(); }\n');
    expect(diags.map((d) => [d.code, at(d)])).toEqual([
      ['unsupported', '2:5'],
      ['unsupported', '3:5'],
      ['unsupported', '5:10'],
    ]);
  });
});

describe('robustness', () => {
  it('deeply nested expressions end in a diagnostic, not an exception', () => {
    const src = `fn main() { let x = ${Array(20000).fill('1').join(' as i64 + ')}; }`;
    const r = parseProgram(src);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0].code).not.toBe('internal');
  });

  it('odd inputs give diagnostics or an empty program, never an exception', () => {
    for (const src of ['', '}', '\u0000\u0001', '"', "'", 'r#"', 'fn', 'fn main(', '/* unterminated', '#[', '#![x', 'impl', 'match', '\uFEFFfn main() {}', 'fn main() { x.0.1.2; }']) {
      const r = parseProgram(src);
      if (!r.ok) {
        expect(r.diagnostics.length).toBeGreaterThan(0);
        for (const d of r.diagnostics) {
          expect(d.code).not.toBe('internal');
          expect(d.span.start.line).toBeGreaterThanOrEqual(1);
          expect(d.span.start.col).toBeGreaterThanOrEqual(1);
        }
      }
    }
  });
});
