// Tiny Rust programs that panic or fail in each way std can, shared by gen-panic-fixtures.ts and the panic test.
// `expected` rebuilds stdout/stderr from panic-message.ts helpers; the fixture holds what rustc 1.95 really printed.
import * as pm from '../../../src/sim/format/panic-message.ts';

export interface PanicCase {
  name: string;
  /** The whole program (src/main.rs). */
  src: string;
  expected: () => { stderr: string; exitCode: number };
}

const F = 'src/main.rs';
/** A panic at line:col of src/main.rs with this message. */
const at = (line: number, col: number, message: string) => (): { stderr: string; exitCode: number } => ({
  stderr: pm.panicReport(message, F, line, col),
  exitCode: 101,
});
const main = (body: string): string => `fn main() {\n${body}\n}\n`;

export const PANIC_CASES: readonly PanicCase[] = [
  { name: 'assert_eq', src: main('    assert_eq!(1, 2);'), expected: at(2, 5, pm.assertEqFailed('==', '1', '2')) },
  {
    name: 'assert_eq-custom',
    src: main('    let x = 5;\n    assert_eq!(x + 1, 7, "x was {}", x);'),
    expected: at(3, 5, pm.assertEqFailed('==', '6', '7', 'x was 5')),
  },
  {
    name: 'assert_eq-strings',
    src: main('    assert_eq!(String::from("a\\nb"), "c");'),
    expected: at(2, 5, pm.assertEqFailed('==', '"a\\nb"', '"c"')),
  },
  {
    name: 'assert_eq-vec',
    src: main('    assert_eq!(vec![1, 2], vec![1, 3]);'),
    expected: at(2, 5, pm.assertEqFailed('==', '[1, 2]', '[1, 3]')),
  },
  { name: 'assert_ne', src: main('    assert_ne!(3, 3);'), expected: at(2, 5, pm.assertEqFailed('!=', '3', '3')) },
  {
    name: 'assert_ne-custom',
    src: main('    assert_ne!(3, 3, "same");'),
    expected: at(2, 5, pm.assertEqFailed('!=', '3', '3', 'same')),
  },
  { name: 'assert', src: main('    let v = vec![1];\n    assert!(v.len() > 1);'), expected: at(3, 5, pm.assertFailed('v.len() > 1')) },
  {
    name: 'assert-custom',
    src: main('    let n = 3;\n    assert!(n % 2 == 0, "n must be even, got {n}");'),
    expected: at(3, 5, 'n must be even, got 3'),
  },
  {
    name: 'unwrap-none',
    src: main('    let x: Option<i32> = None;\n    x.unwrap();'),
    expected: at(3, 7, pm.unwrapNone()),
  },
  {
    name: 'unwrap-err',
    src: main('    let r: Result<i32, &str> = Err("boom");\n    r.unwrap();'),
    expected: at(3, 7, pm.unwrapErr('"boom"')),
  },
  {
    name: 'unwrap-parse',
    src: main('    let n: i32 = "12a".parse().unwrap();\n    println!("{n}");'),
    expected: at(2, 32, pm.unwrapErr('ParseIntError { kind: InvalidDigit }')),
  },
  {
    name: 'expect-none',
    src: main('    let x: Option<u8> = None;\n    x.expect("값이 있어야 합니다");'),
    expected: at(3, 7, pm.expectNone('값이 있어야 합니다')),
  },
  {
    name: 'expect-err',
    src: main('    let r: Result<u8, String> = Err("bad".to_string());\n    r.expect("failed");'),
    expected: at(3, 7, pm.expectErr('failed', '"bad"')),
  },
  {
    name: 'unwrap_err-ok',
    src: main('    let r: Result<u8, String> = Ok(5);\n    r.unwrap_err();'),
    expected: at(3, 7, pm.unwrapErrOnOk('5')),
  },
  {
    name: 'index-vec',
    src: main('    let v = vec![1, 2, 3];\n    let i = 10;\n    println!("{}", v[i]);'),
    expected: at(4, 21, pm.indexOutOfBounds(3, 10)),
  },
  {
    name: 'index-array',
    src: main('    let a = [1, 2, 3];\n    let i = a.len() + 2;\n    println!("{}", a[i]);'),
    expected: at(4, 20, pm.indexOutOfBounds(3, 5)),
  },
  {
    name: 'add-overflow',
    src: main('    let mut x: u8 = 250;\n    for _ in 0..10 { x += 1; }\n    println!("{x}");'),
    expected: at(3, 22, pm.overflow('add')),
  },
  {
    name: 'sub-overflow',
    src: main('    let x: u32 = 0;\n    let y = x - 1;\n    println!("{y}");'),
    expected: at(3, 13, pm.overflow('subtract')),
  },
  {
    name: 'mul-overflow',
    src: main('    let x: i32 = i32::MAX;\n    let y = x * 2;\n    println!("{y}");'),
    expected: at(3, 13, pm.overflow('multiply')),
  },
  {
    name: 'neg-overflow',
    src: main('    let x: i32 = i32::MIN;\n    let y = -x;\n    println!("{y}");'),
    expected: at(3, 13, pm.overflow('negate')),
  },
  {
    name: 'div-overflow',
    src: main('    let x: i32 = i32::MIN;\n    let d = -1;\n    let y = x / d;\n    println!("{y}");'),
    expected: at(4, 13, pm.overflow('divide')),
  },
  {
    name: 'rem-overflow',
    src: main('    let x: i32 = i32::MIN;\n    let d = -1;\n    let y = x % d;\n    println!("{y}");'),
    expected: at(4, 13, pm.overflow('calculate the remainder')),
  },
  {
    name: 'shl-overflow',
    src: main('    let s = 40u32;\n    let y = 1i32 << s;\n    println!("{y}");'),
    expected: at(3, 13, pm.overflow('shift left')),
  },
  {
    name: 'div-zero',
    src: main('    let x = 10;\n    let d = 0;\n    println!("{}", x / d);'),
    expected: at(4, 20, pm.divideByZero()),
  },
  {
    name: 'rem-zero',
    src: main('    let x = 10;\n    let d = 0;\n    println!("{}", x % d);'),
    expected: at(4, 20, pm.remainderByZero()),
  },
  {
    name: 'refcell-borrow_mut',
    src: `use std::cell::RefCell;\n${main('    let c = RefCell::new(1);\n    let _a = c.borrow();\n    let _b = c.borrow_mut();')}`,
    expected: at(5, 16, pm.refCellAlreadyBorrowed()),
  },
  {
    name: 'refcell-borrow',
    src: `use std::cell::RefCell;\n${main('    let c = RefCell::new(1);\n    let _a = c.borrow_mut();\n    let _b = c.borrow();')}`,
    expected: at(5, 16, pm.refCellAlreadyMutablyBorrowed()),
  },
  { name: 'unreachable', src: main('    unreachable!();'), expected: at(2, 5, pm.unreachable()) },
  {
    name: 'unreachable-msg',
    src: main('    let k = 7;\n    unreachable!("k = {}", k);'),
    expected: at(3, 5, pm.unreachable('k = 7')),
  },
  { name: 'todo', src: main('    todo!();'), expected: at(2, 5, pm.todo()) },
  { name: 'todo-msg', src: main('    todo!("later");'), expected: at(2, 5, pm.todo('later')) },
  { name: 'unimplemented', src: main('    unimplemented!();'), expected: at(2, 5, pm.unimplemented()) },
  { name: 'unimplemented-msg', src: main('    unimplemented!("nope {}", 1);'), expected: at(2, 5, pm.unimplemented('nope 1')) },
  { name: 'panic-empty', src: main('    panic!();'), expected: at(2, 5, pm.explicitPanic()) },
  { name: 'panic-fmt', src: main('    let n = 3;\n    panic!("bad n: {n:>4}");'), expected: at(3, 5, 'bad n:    3') },
  { name: 'panic-multiline', src: main('    panic!("line1\\nline2");'), expected: at(2, 5, 'line1\nline2') },
  {
    name: 'panic-in-fn',
    src: 'fn check(n: i32) {\n    if n < 0 {\n        panic!("negative: {}", n);\n    }\n}\nfn main() {\n    check(-1);\n}\n',
    expected: at(3, 9, 'negative: -1'),
  },
  {
    name: 'slice-end',
    src: main('    let v = vec![1, 2, 3];\n    let e = 10;\n    println!("{:?}", &v[1..e]);'),
    expected: at(4, 24, pm.sliceEndOutOfRange(10, 3)),
  },
  {
    name: 'slice-start',
    src: main('    let v = vec![1, 2, 3];\n    let s = 5;\n    println!("{:?}", &v[s..]);'),
    expected: at(4, 24, pm.sliceStartOutOfRange(5, 3)),
  },
  {
    name: 'slice-order',
    src: main('    let v = vec![1, 2, 3];\n    let (s, e) = (2, 1);\n    println!("{:?}", &v[s..e]);'),
    expected: at(4, 24, pm.sliceIndexOrder(2, 1)),
  },
  {
    name: 'str-out-of-bounds',
    src: main('    let s = String::from("abc");\n    let e = 10;\n    println!("{}", &s[..e]);'),
    expected: at(4, 22, pm.strSliceError('abc', 0, 10) ?? ''),
  },
  {
    name: 'str-char-boundary',
    src: main('    let s = String::from("한국");\n    let e = 1;\n    println!("{}", &s[..e]);'),
    expected: at(4, 22, pm.strNotCharBoundary('end', 1, '한국')),
  },
  {
    name: 'str-char-boundary-mid',
    src: main('    let s = "ab한국";\n    let (b, e) = (0, 4);\n    println!("{}", &s[b..e]);'),
    expected: at(4, 22, pm.strSliceError('ab한국', 0, 4) ?? ''),
  },
  {
    name: 'vec-remove',
    src: main('    let mut v = vec![1, 2, 3];\n    v.remove(5);'),
    expected: at(3, 7, pm.vecRemoveIndex(5, 3)),
  },
  {
    name: 'vec-insert',
    src: main('    let mut v = vec![1, 2, 3];\n    v.insert(5, 0);'),
    expected: at(3, 7, pm.vecInsertIndex(5, 3)),
  },
  {
    name: 'vec-swap_remove',
    src: main('    let mut v = vec![1, 2, 3];\n    v.swap_remove(3);'),
    expected: () => ({
      stderr: pm.panicReport(pm.vecSwapRemoveIndex(3, 3), pm.SWAP_REMOVE_LOCATION.file, pm.SWAP_REMOVE_LOCATION.line, pm.SWAP_REMOVE_LOCATION.col),
      exitCode: 101,
    }),
  },
  {
    name: 'stdout-before-panic',
    src: main('    println!("hello");\n    let v: Vec<i32> = Vec::new();\n    v[0];'),
    expected: at(4, 6, pm.indexOutOfBounds(0, 0)),
  },
  {
    name: 'stack-overflow',
    src: 'fn f(n: u64) -> u64 {\n    if n == 0 { 0 } else { 1 + f(n - 1) }\n}\nfn main() {\n    println!("{}", f(u64::MAX));\n}\n',
    expected: () => ({ stderr: pm.stackOverflow(), exitCode: 134 }),
  },
  {
    name: 'main-err-string',
    src: 'fn main() -> Result<(), String> {\n    Err(String::from("파일 없음"))\n}\n',
    expected: () => ({ stderr: pm.mainReturnedErr('"파일 없음"'), exitCode: 1 }),
  },
  {
    name: 'main-err-parse',
    src: 'fn main() -> Result<(), std::num::ParseIntError> {\n    let n: i32 = "x".parse()?;\n    println!("{n}");\n    Ok(())\n}\n',
    expected: () => ({ stderr: pm.mainReturnedErr('ParseIntError { kind: InvalidDigit }'), exitCode: 1 }),
  },
  {
    name: 'main-err-box-dyn',
    src: 'fn main() -> Result<(), Box<dyn std::error::Error>> {\n    Err("boxed".into())\n}\n',
    expected: () => ({ stderr: pm.mainReturnedErr('"boxed"'), exitCode: 1 }),
  },
  {
    name: 'process-exit',
    src: main('    println!("bye");\n    std::process::exit(3);'),
    expected: () => ({ stderr: '', exitCode: 3 }),
  },
  {
    name: 'hashmap-index',
    src: `use std::collections::HashMap;\n${main('    let m: HashMap<&str, i32> = HashMap::new();\n    println!("{}", m["k"]);')}`,
    expected: at(4, 21, pm.hashMapKeyNotFound()),
  },
  {
    name: 'char-boundary-long',
    src: main(`    let s = "${'가'.repeat(100)}";\n    let e = 301;\n    println!("{}", &s[..e]);`),
    expected: at(4, 22, pm.strSliceError('가'.repeat(100), 0, 301) ?? ''),
  },
  {
    name: 'str-out-of-bounds-long',
    src: main(`    let s = "${'x'.repeat(300)}";\n    let e = 400;\n    println!("{}", &s[..e]);`),
    expected: at(4, 22, pm.strIndexOutOfBounds('end', 400, 'x'.repeat(300))),
  },
  {
    name: 'index-vec-long-name',
    src: main('    let values = vec![1, 2, 3];\n    let i = 7;\n    println!("{}", values[i]);'),
    expected: at(4, 26, pm.indexOutOfBounds(3, 7)),
  },
  {
    name: 'str-begin-gt-end',
    src: main('    let s = String::from("한국ab");\n    let (b, e) = (4, 2);\n    println!("{}", &s[b..e]);'),
    expected: at(4, 22, pm.strSliceError('한국ab', 4, 2) ?? ''),
  },
  {
    name: 'str-start-boundary',
    src: main('    let s = String::from("한국ab");\n    let b = 1;\n    println!("{}", &s[b..]);'),
    expected: at(4, 22, pm.strSliceError('한국ab', 1, 8) ?? ''),
  },
  {
    name: 'str-start-oob',
    src: main('    let s = "abc";\n    let b = 5;\n    println!("{}", &s[b..]);'),
    expected: at(4, 22, pm.strSliceError('abc', 5, 3) ?? ''),
  },
  {
    name: 'slice-inclusive-end',
    src: main('    let v = vec![1, 2, 3];\n    let e = 5;\n    println!("{:?}", &v[1..=e]);'),
    expected: at(4, 24, pm.sliceRangeError(3, 1, 5, true) ?? ''),
  },
  {
    name: 'slice-order-start-oob',
    src: main('    let v = [1, 2, 3];\n    let (s, e) = (5, 1);\n    println!("{:?}", &v[s..e]);'),
    expected: at(4, 24, pm.sliceRangeError(3, 5, 1) ?? ''),
  },
  {
    name: 'vec-split_off',
    src: main('    let mut v = vec![1];\n    let w = v.split_off(2);\n    println!("{w:?}");'),
    expected: at(3, 15, pm.vecSplitOffIndex(2, 1)),
  },
  {
    name: 'string-remove-end',
    src: main('    let mut s = String::from("ab");\n    s.remove(2);'),
    expected: at(3, 7, pm.stringRemoveAtEnd()),
  },
  {
    name: 'str-boundary-quote',
    src: main('    let s = "\'é";\n    let e = 2;\n    println!("{}", &s[..e]);'),
    expected: at(4, 22, pm.strSliceError("'é", 0, 2) ?? ''),
  },
];
