// Unicode identifiers (`let 이름 = 3;`), which lezer's tokenizer rejects, are masked before parsing
// and come back with their original names and rustc display columns.
import { describe, expect, it } from 'vitest';
import { maskUnicodeIdentifiers } from '../../../src/sim/syntax/lezer.ts';
import { parseOk, posOf } from './helpers.ts';
import { sexpr } from './sexpr.ts';

describe('unicode identifiers', () => {
  it('masking keeps length and leaves comments, strings and char literals alone', () => {
    const src = "let 상자 = '한'; // 주석 '가\nlet s = \"문자열 '\"; /* 블록 /* 중첩 */ 주석 */ 'outer: loop { r#\"원시\"#; b'a'; }";
    const masked = maskUnicodeIdentifiers(src);
    expect(masked.length).toBe(src.length);
    expect(masked).toBe("let aa = '한'; // 주석 '가\nlet s = \"문자열 '\"; /* 블록 /* 중첩 */ 주석 */ 'outer: loop { r#\"원시\"#; b'a'; }");
    expect(maskUnicodeIdentifiers('let x = 1;')).toBe('let x = 1;');
    expect(maskUnicodeIdentifiers('\uFEFFfn main() {}')).toBe(' fn main() {}');
    expect(parseOk('\uFEFFfn main() {}').items[0].span.start).toEqual({ line: 1, col: 1 });
  });

  it('structs, fields, methods and variables named in Korean', () => {
    const src = 'struct 사각형 { 너비: u32, 높이: u32 }\nimpl 사각형 {\n    fn 넓이(&self) -> u32 { self.너비 * self.높이 }\n}\nfn main() {\n    let 상자 = 사각형 { 너비: 3, 높이: 4 };\n    println!("{} {}", 상자.넓이(), 상자.너비);\n}\n';
    const p = parseOk(src);
    expect(p.items.map(sexpr).slice(0, 2)).toEqual([
      '(Struct name=사각형 (Named fields=[(NamedField name=너비 ty=u32) (NamedField name=높이 ty=u32)]))',
      '(Impl selfTy=사각형 selfName="사각형" members=[(Fn name=넓이 (Block (Binary op="*" (Field (PathExpr path=self) field="너비") (Field (PathExpr path=self) field="높이"))) (Receiver mode="ref") ret=u32)])',
    ]);
    const main = p.items[2];
    if (main.kind !== 'Fn') throw new Error('main');
    const println = main.body.stmts[1];
    if (println.kind !== 'ExprStmt' || println.expr.kind !== 'FormatMacro') throw new Error('println');
    const call = println.expr.format?.args[0].expr;
    // Display columns: each Hangul syllable is 2 columns wide.
    expect(call?.kind === 'MethodCall' && call.methodSpan.start).toEqual(posOf(src, '넓이()'));
    expect(call?.kind === 'MethodCall' && call.methodSpan.start).toEqual({ line: 7, col: 28 }); // rustc: Location::caller() in 넓이 reports 28
  });
});
