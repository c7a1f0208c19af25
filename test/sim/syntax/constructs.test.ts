// Each construct the evaluator needs lowers to the expected node kinds (structure compared as s-expressions).
import { describe, expect, it } from 'vitest';
import type { Expr, Item, Pattern, Type } from '../../../src/sim/syntax/ast.ts';
import { mainBlock, parseOk, stmts } from './helpers.ts';
import { sexpr } from './sexpr.ts';

function expr(src: string): Expr {
  const b = mainBlock(src);
  if (!b.tail) throw new Error('no tail expression');
  return b.tail;
}
const e = (src: string) => sexpr(expr(src));
const s = (src: string) => stmts(src).map(sexpr);
function pat(src: string): Pattern {
  const m = expr(`match v { ${src} => {} }`);
  if (m.kind !== 'Match') throw new Error('not a match');
  return m.arms[0].pat;
}
const p = (src: string) => sexpr(pat(src));
function ty(src: string): Type {
  const [st] = stmts(`let x: ${src};`);
  if (st.kind !== 'LetStmt' || !st.ty) throw new Error('no type');
  return st.ty;
}
const item = (src: string): Item => parseOk(src).items[0];

describe('items', () => {
  it('fn with generics, patterned params, receivers and return type', () => {
    const f = item('fn f<T: Clone, U>(mut a: &mut T, (b, c): (i32, [u8; 3])) -> Option<&Rc<List>> { a }');
    expect(sexpr(f)).toBe(
      '(Fn name=f generics=[(GenericParam param="type" name="T" bounds=["Clone"]) (GenericParam param="type" name="U")] params=[(Param (IdentPat name="a" mut=true) ty=&mut T) (Param (TuplePat items=[(IdentPat name="b") (IdentPat name="c")]) ty=(i32, [u8; 3]))] (Block (PathExpr path=a)) ret=Option<&Rc<List>>)',
    );
    const impl = item('impl P { fn a(&self) {} fn b(&mut self) {} fn c(self) {} fn d(mut self) {} fn e(self: Box<Self>) {} fn f() {} }');
    if (impl.kind !== 'Impl') throw new Error('impl');
    expect(impl.members.map((m) => (m.kind === 'Fn' ? sexpr(m.receiver) : ''))).toEqual([
      '(Receiver mode="ref")',
      '(Receiver mode="ref-mut")',
      '(Receiver mode="value")',
      '(Receiver mode="value" mut=true)',
      '(Receiver mode="value" ty=Box<Self>)',
      '_',
    ]);
  });

  it('where clauses add bounds; lifetimes are recorded as lifetime params', () => {
    const f = item("fn f<'a, T>(x: &'a T) -> &'a T where T: Display + Clone { x }");
    if (f.kind !== 'Fn') throw new Error('fn');
    expect(f.generics.map((g) => [g.param, g.name, g.bounds])).toEqual([
      ['lifetime', 'a', []],
      ['type', 'T', ['Display', 'Clone']],
    ]);
    expect(f.params[0].ty.text).toBe('&T');
  });

  it('structs: named, tuple, unit, with derives', () => {
    const prog = parseOk('#[derive(Debug, Clone, PartialEq)]\nstruct P { x: i32, pub y: Vec<i32> }\nstruct T(pub i32, String);\nstruct U;');
    expect(prog.items.map(sexpr)).toEqual([
      '(Struct name=P (Named fields=[(NamedField name=x ty=i32) (NamedField name=y ty=Vec<i32> isPub=true)]) derives=["Debug" "Clone" "PartialEq"])',
      '(Struct name=T (Tuple fields=[(TupleField ty=i32 isPub=true) (TupleField ty=String)]))',
      '(Struct name=U (Unit))',
    ]);
  });

  it('enums: unit, tuple and struct variants, discriminants, derive', () => {
    expect(sexpr(item('#[derive(Debug)]\nenum E { A, B(i32, Rc<List>), C { x: i32 }, D = 7 }'))).toBe(
      '(Enum name=E variants=[(Variant name=A (Unit)) (Variant name=B (Tuple fields=[(TupleField ty=i32) (TupleField ty=Rc<List>)])) (Variant name=C (Named fields=[(NamedField name=x ty=i32)])) (Variant name=D (Unit) (Lit (Int value=7)))] derives=["Debug"])',
    );
  });

  it('impl Trait for Type records the trait name', () => {
    const i = item('impl fmt::Display for Wrapper<T> { fn fmt(&self, f: &mut fmt::Formatter<\'_>) -> fmt::Result { write!(f, "x") } }');
    if (i.kind !== 'Impl') throw new Error('impl');
    expect([i.traitName, i.trait?.text, i.selfTy.text, i.selfName]).toEqual(['Display', 'fmt::Display', 'Wrapper<T>', 'Wrapper']);
    const d = item('impl Drop for List { fn drop(&mut self) {} }');
    expect(d.kind === 'Impl' && d.traitName).toBe('Drop');
    const inherent = item('impl List { const N: usize = 3; fn new() -> Self { List } }');
    expect(inherent.kind === 'Impl' && [inherent.traitName, inherent.members.map((m) => m.kind)]).toEqual([undefined, ['Const', 'Fn']]);
  });

  it('traits with required and default methods', () => {
    expect(sexpr(item('trait Shape: Debug { fn area(&self) -> f64; fn name(&self) -> String { String::new() } }'))).toBe(
      '(Trait name=Shape supertraits=["Debug"] members=[(TraitFn name=area body=_ (Receiver mode="ref") ret=f64) (TraitFn name=name (Block (Call (PathExpr path=String::new))) (Receiver mode="ref") ret=String)])',
    );
  });

  it('use trees flatten to bindings (lists, self, as, glob)', () => {
    const prog = parseOk('use std::rc::{Rc, Weak as W};\nuse crate::List::{Cons, Nil};\nuse std::cell::RefCell;\nuse crate::List::*;\nuse std::fmt::{self, Display};\nuse a::{b::{c, d as e}};');
    const flat = prog.items.flatMap((i) => (i.kind === 'Use' ? i.bindings : [])).map((b) => (b.kind === 'UseName' ? `${b.path.join('::')} as ${b.local}` : `${b.path.join('::')}::*`));
    expect(flat).toEqual([
      'std::rc::Rc as Rc',
      'std::rc::Weak as W',
      'crate::List::Cons as Cons',
      'crate::List::Nil as Nil',
      'std::cell::RefCell as RefCell',
      'crate::List::*',
      'std::fmt as fmt',
      'std::fmt::Display as Display',
      'a::b::c as c',
      'a::b::d as e',
    ]);
  });

  it('const, static, type alias, inline module, inner attributes', () => {
    const prog = parseOk('#![allow(dead_code)]\nconst N: usize = 3;\nstatic mut S: i32 = 0;\ntype R<T> = Result<T, String>;\nmod shapes { pub fn double(x: i32) -> i32 { x * 2 } }');
    expect(prog.attrs.map((a) => [a.name, a.args, a.inner])).toEqual([['allow', ['dead_code'], true]]);
    expect(prog.items.map(sexpr)).toEqual([
      '(Const name=N ty=usize (Lit (Int value=3)))',
      '(Static name=S mut=true ty=i32 (Lit (Int value=0)))',
      '(TypeAlias name=R generics=[(GenericParam param="type" name="T")] ty=Result<T, String>)',
      '(Mod name=shapes items=[(Fn name=double params=[(Param (IdentPat name="x") ty=i32)] isPub=true (Block (Binary op="*" (PathExpr path=x) (Lit (Int value=2)))) ret=i32)])',
    ]);
  });

  it('#[cfg(test)] items vanish (they are not part of a normal build)', () => {
    const prog = parseOk('fn main() {}\n#[cfg(test)]\nmod tests {\n    use super::*;\n    #[test]\n    fn t() { assert!(anything_goes()); }\n}\nimpl X {\n    #[cfg(test)]\n    fn only_in_tests() {}\n    fn kept() {}\n}\n');
    expect(prog.items.map(sexpr)).toEqual(['(Fn name=main (Block))', '(Impl selfTy=X selfName="X" members=[(Fn name=kept (Block))])']);
  });

  it('items inside blocks, empty statements, attributes on fns', () => {
    expect(s('fn inner() {}\nstruct L;\nuse std::rc::Rc;\n;;\n#[allow(unused)]\nlet x = 1;')).toEqual([
      '(ItemStmt (Fn name=inner (Block)))',
      '(ItemStmt (Struct name=L (Unit)))',
      '(ItemStmt (Use bindings=[(UseName path=["std" "rc" "Rc"] local="Rc")]))',
      '(LetStmt (IdentPat name="x") (Lit (Int value=1)))',
    ]);
  });
});

describe('types', () => {
  it('paths with nested generics keep a display text', () => {
    expect(ty('Rc<RefCell<Vec<i32>>>').text).toBe('Rc<RefCell<Vec<i32>>>');
    expect(ty('Option<&RefCell<Rc<List>>>').text).toBe('Option<&RefCell<Rc<List>>>');
    expect(ty('std::rc::Rc<T>')).toMatchObject({ kind: 'PathType', name: 'Rc', text: 'std::rc::Rc<T>' });
    expect(ty('Iterator<Item = i32>').text).toBe('Iterator<Item = i32>');
  });

  it('references (lifetimes ignored), tuples, unit, arrays, slices, Self, infer, never', () => {
    expect(ty("&'a mut Vec<i32>")).toMatchObject({ kind: 'RefType', mut: true, lifetime: 'a', text: '&mut Vec<i32>' });
    expect(ty('(i32, String)').text).toBe('(i32, String)');
    expect(ty('(i32,)').text).toBe('(i32,)');
    expect(ty('()')).toMatchObject({ kind: 'TupleType', items: [], text: '()' });
    expect(ty('[i32; 5]')).toMatchObject({ kind: 'ArrayType', text: '[i32; 5]' });
    expect(ty('&[u8]').text).toBe('&[u8]');
    expect(ty('Self').text).toBe('Self');
    expect(ty('Vec<_>').text).toBe('Vec<_>');
  });

  it('fn pointers, impl Fn and dyn Trait', () => {
    expect(ty('Box<dyn std::error::Error + Send + Sync>').text).toBe('Box<dyn std::error::Error + Send + Sync>');
    expect(ty("&(dyn Fn(i32) + 'static)").text).toBe('&dyn Fn(i32)');
    expect(ty('impl Display + Clone')).toMatchObject({ kind: 'TraitObjectType', syntax: 'impl', text: 'impl Display + Clone' });
    expect(ty('fn(i32) -> bool')).toMatchObject({ kind: 'FnPtrType', text: 'fn(i32) -> bool' });
    expect(ty('impl Fn(i32) -> i32')).toMatchObject({ kind: 'TraitObjectType', syntax: 'impl', text: 'impl Fn(i32) -> i32' });
    expect(ty('Box<dyn std::error::Error>').text).toBe('Box<dyn std::error::Error>');
    expect(ty('&dyn Shape')).toMatchObject({ kind: 'RefType', inner: { kind: 'TraitObjectType', syntax: 'dyn' } });
  });
});

describe('statements', () => {
  it('comments anywhere are ignored', () => {
    expect(s('let x = // c\n    5;\nx = /* c */ 6;\nfoo(a, /* b */ c, // d\n    e);')).toEqual([
      '(LetStmt (IdentPat name="x") (Lit (Int value=5)))',
      '(ExprStmt (Assign (PathExpr path=x) (Lit (Int value=6))) semi=true)',
      '(ExprStmt (Call (PathExpr path=foo) args=[(PathExpr path=a) (PathExpr path=c) (PathExpr path=e)]) semi=true)',
    ]);
    expect(sexpr(parseOk('/// doc\n#[derive(Debug)]\n/// more\nstruct S {\n    /// field\n    a: i32, // trailing\n}').items[0])).toBe('(Struct name=S (Named fields=[(NamedField name=a ty=i32)]) derives=["Debug"])');
  });
  it('let forms', () => {
    expect(s('let mut x: i32 = 5;\nlet y;\nlet (a, b) = (1, 2);\nlet Some(z) = o else { return; };')).toEqual([
      '(LetStmt (IdentPat name="x" mut=true) ty=i32 (Lit (Int value=5)))',
      '(LetStmt (IdentPat name="y"))',
      '(LetStmt (TuplePat items=[(IdentPat name="a") (IdentPat name="b")]) (Tuple items=[(Lit (Int value=1)) (Lit (Int value=2))]))',
      '(LetStmt (TupleStructPat path=Some items=[(IdentPat name="z")]) (PathExpr path=o) (Block stmts=[(ExprStmt (Return) semi=true)]))',
    ]);
  });

  it('records semicolons; the last expression without `;` is the tail', () => {
    const b = mainBlock('f();\nif a { 1 } else { 2 }\nloop {}\nx + 1');
    expect(b.stmts.map((st) => (st.kind === 'ExprStmt' ? [st.expr.kind, st.semi] : st.kind))).toEqual([
      ['Call', true],
      ['If', false],
      ['Loop', false],
    ]);
    expect(sexpr(b.tail)).toBe('(Binary op="+" (PathExpr path=x) (Lit (Int value=1)))');
    expect(mainBlock('x + 1;').tail).toBeUndefined();
  });

  it('a `;` after a block-like expression makes it a statement, not the tail', () => {
    const b = mainBlock('match v { _ => 1 };\nif ok { a } else { b };');
    expect(b.tail).toBeUndefined();
    expect(b.stmts.map((st) => st.kind === 'ExprStmt' && [st.expr.kind, st.semi])).toEqual([
      ['Match', true],
      ['If', true],
    ]);
  });

  it('a block-like statement ends the statement even when lezer glues the next one on', () => {
    expect(s('match x { _ => {} }\n&&y;\nif a {} *x += 1;')).toEqual([
      '(ExprStmt (Match (PathExpr path=x) arms=[(MatchArm (WildPat) (BlockExpr (Block)))]))',
      '(ExprStmt (Borrow (Borrow (PathExpr path=y))) semi=true)',
      '(ExprStmt (If (PathExpr path=a) (Block)))',
      '(ExprStmt (CompoundAssign op="+" (Unary op="*" (PathExpr path=x)) (Lit (Int value=1))) semi=true)',
    ]);
  });
});

describe('expressions', () => {
  it('integer literals: suffixes, separators, radixes', () => {
    expect(['1_000u32', '0xff_u8', '0o17', '0b1010i64', '340282366920938463463374607431768211455u128'].map((x) => sexpr(expr(x)))).toEqual([
      '(Lit (Int value=1000 suffix="u32"))',
      '(Lit (Int value=255 suffix="u8"))',
      '(Lit (Int value=15))',
      '(Lit (Int value=10 suffix="i64"))',
      '(Lit (Int value=340282366920938463463374607431768211455 suffix="u128"))',
    ]);
  });

  it('float, bool, char, string and byte literals', () => {
    expect(['1e21', '2.5f32', '1.', '1f64', 'true', "'\\''", "'\\u{1F600}'", "b'a'"].map((x) => sexpr(expr(x)))).toEqual([
      '(Lit (Float value=1e+21))',
      '(Lit (Float value=2.5 suffix="f32"))',
      '(Lit (Float value=1))',
      '(Lit (Float value=1 suffix="f64"))',
      '(Lit (Bool value=true))',
      `(Lit (Char value="'"))`,
      '(Lit (Char value="😀"))',
      '(Lit (Byte value=97))',
    ]);
    const str = (src: string) => {
      const x = expr(src);
      return x.kind === 'Lit' && (x.lit.kind === 'Str' || x.lit.kind === 'ByteStr') ? x.lit.value : null;
    };
    expect(str('"a\\tb\\n\\"q\\" \\u{AC00}\\\\"')).toBe('a\tb\n"q" 가\\');
    expect(str('"line \\\n      continued"')).toBe('line continued');
    expect(str('r"C:\\raw\\n"')).toBe('C:\\raw\\n');
    expect(str('r#"say "hi""#')).toBe('say "hi"');
    expect(str('b"ab"')).toEqual([97, 98]);
  });

  it('paths', () => {
    const paths = ['x', 'List::Nil', 'Rc::new', 'i32::MAX', 'std::mem::drop', 'Self::new', 'crate::f'].map((x) => {
      const v = expr(x);
      return v.kind === 'PathExpr' ? v.path.segments.map((seg) => seg.name) : null;
    });
    expect(paths).toEqual([['x'], ['List', 'Nil'], ['Rc', 'new'], ['i32', 'MAX'], ['std', 'mem', 'drop'], ['Self', 'new'], ['crate', 'f']]);
    const turbofish = expr('Vec::<i32>::new()');
    expect(turbofish.kind === 'Call' && turbofish.callee.kind === 'PathExpr' && turbofish.callee.path.segments.map((seg) => [seg.name, seg.generics.map((g) => g.text)])).toEqual([
      ['Vec', ['i32']],
      ['new', []],
    ]);
  });

  it('control flow: if / else if / else, if let, while, while let, loop, for, labels', () => {
    expect(e('if a { 1 } else if b { 2 } else { 3 }')).toBe(
      '(If (PathExpr path=a) (Block (Lit (Int value=1))) (If (PathExpr path=b) (Block (Lit (Int value=2))) (BlockExpr (Block (Lit (Int value=3))))))',
    );
    expect(e('if let Some(x) = o { x } else { 0 }')).toBe(
      '(If (Let (TupleStructPat path=Some items=[(IdentPat name="x")]) (PathExpr path=o)) (Block (PathExpr path=x)) (BlockExpr (Block (Lit (Int value=0)))))',
    );
    expect(e('while let Some(t) = st.pop() { continue; }')).toBe(
      '(While (Let (TupleStructPat path=Some items=[(IdentPat name="t")]) (MethodCall (PathExpr path=st) method="pop")) (Block stmts=[(ExprStmt (Continue) semi=true)]))',
    );
    expect(e("'outer: loop { 'inner: while x { break 'outer 5; } }")).toBe(
      '(Loop (Block (While (PathExpr path=x) (Block stmts=[(ExprStmt (Break (Label name="outer") (Lit (Int value=5))) semi=true)]) (Label name="inner"))) (Label name="outer"))',
    );
    expect(e("'l: for (i, v) in v.iter().enumerate() { continue 'l; }")).toBe(
      '(For (TuplePat items=[(IdentPat name="i") (IdentPat name="v")]) (MethodCall (MethodCall (PathExpr path=v) method="iter") method="enumerate") (Block stmts=[(ExprStmt (Continue (Label name="l")) semi=true)]) (Label name="l"))',
    );
    expect(e("'a: { break 'a 1; }")).toBe('(BlockExpr (Block stmts=[(ExprStmt (Break (Label name="a") (Lit (Int value=1))) semi=true)]) (Label name="a"))');
    expect(s('return;\nreturn 5;').join(' ')).toBe('(ExprStmt (Return) semi=true) (ExprStmt (Return (Lit (Int value=5))) semi=true)');
  });

  it('let chains lower to && of Let expressions', () => {
    expect(e('if let Some(x) = a && let Some(y) = b && c { 1 } else { 2 }')).toMatch(/^\(If \(Binary op="&&" \(Binary op="&&" \(Let .*\) \(Let .*\)\) \(PathExpr path=c\)\)/);
  });

  it('match with guards and alternatives', () => {
    expect(e('match n { 1 | 2 if n > 0 => "small", _ => "big" }')).toBe(
      '(Match (PathExpr path=n) arms=[(MatchArm (OrPat alts=[(LitPat (Int value=1)) (LitPat (Int value=2))]) (Lit (Str value="small")) (Binary op=">" (PathExpr path=n) (Lit (Int value=0)))) (MatchArm (WildPat) (Lit (Str value="big")))])',
    );
  });

  it('operators: precedence, assignment, compound assignment, unary, borrow, cast', () => {
    expect(e('a as u64 + b * c - d / e % f << 1 & 3 | 4 ^ 5 && g || h == i')).toBe(
      '(Binary op="||" (Binary op="&&" (Binary op="|" (Binary op="&" (Binary op="<<" (Binary op="-" (Binary op="+" (Cast (PathExpr path=a) ty=u64) (Binary op="*" (PathExpr path=b) (PathExpr path=c))) (Binary op="%" (Binary op="/" (PathExpr path=d) (PathExpr path=e)) (PathExpr path=f))) (Lit (Int value=1))) (Lit (Int value=3))) (Binary op="^" (Lit (Int value=4)) (Lit (Int value=5)))) (PathExpr path=g)) (Binary op="==" (PathExpr path=h) (PathExpr path=i)))',
    );
    expect(s('x = 2;\nx -= 1;\n*r <<= 2;')).toEqual([
      '(ExprStmt (Assign (PathExpr path=x) (Lit (Int value=2))) semi=true)',
      '(ExprStmt (CompoundAssign op="-" (PathExpr path=x) (Lit (Int value=1))) semi=true)',
      '(ExprStmt (CompoundAssign op="<<" (Unary op="*" (PathExpr path=r)) (Lit (Int value=2))) semi=true)',
    ]);
    expect(['-x', '!b', '*r', '&x', '&mut *x', '&&x', '(a + b) * c'].map(e)).toEqual([
      '(Unary op="-" (PathExpr path=x))',
      '(Unary op="!" (PathExpr path=b))',
      '(Unary op="*" (PathExpr path=r))',
      '(Borrow (PathExpr path=x))',
      '(Borrow mut=true (Unary op="*" (PathExpr path=x)))',
      '(Borrow (Borrow (PathExpr path=x)))',
      '(Binary op="*" (Binary op="+" (PathExpr path=a) (PathExpr path=b)) (PathExpr path=c))',
    ]);
  });

  it('`as` binds tighter than binary operators, ranges and assignments (lezer gets this wrong)', () => {
    expect(['x + y as i64', 'x + y as i64 * 2', 'x < y as i64 && z', '0..n as usize', '-x as u8 + 1', 'x as i64 as f64'].map(e)).toEqual([
      '(Binary op="+" (PathExpr path=x) (Cast (PathExpr path=y) ty=i64))',
      '(Binary op="+" (PathExpr path=x) (Binary op="*" (Cast (PathExpr path=y) ty=i64) (Lit (Int value=2))))',
      '(Binary op="&&" (Binary op="<" (PathExpr path=x) (Cast (PathExpr path=y) ty=i64)) (PathExpr path=z))',
      '(Range (Lit (Int value=0)) (Cast (PathExpr path=n) ty=usize))',
      '(Binary op="+" (Cast (Unary op="-" (PathExpr path=x)) ty=u8) (Lit (Int value=1)))',
      '(Cast (Cast (PathExpr path=x) ty=i64) ty=f64)',
    ]);
    expect(['s as f64 / v.len() as f64', 'a / b as f64', '(a / b) as f64'].map(e)).toEqual([
      '(Binary op="/" (Cast (PathExpr path=s) ty=f64) (Cast (MethodCall (PathExpr path=v) method="len") ty=f64))',
      '(Binary op="/" (PathExpr path=a) (Cast (PathExpr path=b) ty=f64))',
      '(Cast (Binary op="/" (PathExpr path=a) (PathExpr path=b)) ty=f64)',
    ]);
    expect(s('total += x as i64;\ny = z as u8;')).toEqual([
      '(ExprStmt (CompoundAssign op="+" (PathExpr path=total) (Cast (PathExpr path=x) ty=i64)) semi=true)',
      '(ExprStmt (Assign (PathExpr path=y) (Cast (PathExpr path=z) ty=u8)) semi=true)',
    ]);
    const b = expr('a + b as i64');
    expect(b.kind === 'Binary' && [b.span, b.right.span]).toEqual([
      { start: { line: 2, col: 1 }, end: { line: 2, col: 13 } },
      { start: { line: 2, col: 5 }, end: { line: 2, col: 13 } },
    ]);
  });

  it('calls, method calls with turbofish, fields, tuple indices, indexing, ?', () => {
    expect(['f(1, x)', 'x.unwrap()', 'it.collect::<Vec<_>>()', 'v.iter().sum::<i32>()', '(self.f)(1)', 'f()?'].map(e)).toEqual([
      '(Call (PathExpr path=f) args=[(Lit (Int value=1)) (PathExpr path=x)])',
      '(MethodCall (PathExpr path=x) method="unwrap")',
      '(MethodCall (PathExpr path=it) method="collect" generics=[(PathType segments=[(name="Vec" args=[(InferType)])] name="Vec")])',
      '(MethodCall (MethodCall (PathExpr path=v) method="iter") method="sum" generics=[(PathType segments=[(name="i32")] name="i32")])',
      '(Call (Field (PathExpr path=self) field="f") args=[(Lit (Int value=1))])',
      '(Try (Call (PathExpr path=f)))',
    ]);
    expect(['a.b.c', 't.0', 'self.0.1', 'x.0 .1', 'v[10]'].map(e)).toEqual([
      '(Field (Field (PathExpr path=a) field="b") field="c")',
      '(TupleIndex (PathExpr path=t) index=0)',
      '(TupleIndex (TupleIndex (PathExpr path=self) index=0) index=1)',
      '(TupleIndex (TupleIndex (PathExpr path=x) index=0) index=1)',
      '(Index (PathExpr path=v) (Lit (Int value=10)))',
    ]);
  });

  it('ranges', () => {
    expect(['a..b', 'a..=b', '..', 'a..', '..b', '..=b', '0..v.len()'].map(e)).toEqual([
      '(Range (PathExpr path=a) (PathExpr path=b))',
      '(Range inclusive=true (PathExpr path=a) (PathExpr path=b))',
      '(Range)',
      '(Range (PathExpr path=a))',
      '(Range (PathExpr path=b))',
      '(Range inclusive=true (PathExpr path=b))',
      '(Range (Lit (Int value=0)) (MethodCall (PathExpr path=v) method="len"))',
    ]);
  });

  it('tuples, arrays, struct literals', () => {
    expect(['(1, 2)', '(1,)', '()', '[1, 2, 3]', '[0; 5]'].map(e)).toEqual([
      '(Tuple items=[(Lit (Int value=1)) (Lit (Int value=2))])',
      '(Tuple items=[(Lit (Int value=1))])',
      '(Tuple)',
      '(Array items=[(Lit (Int value=1)) (Lit (Int value=2)) (Lit (Int value=3))])',
      '(ArrayRepeat (Lit (Int value=0)) (Lit (Int value=5)))',
    ]);
    expect(e('Node { value: 3, children, ..base }')).toBe(
      '(Struct path=Node fields=[(FieldInit name=value (Lit (Int value=3))) (FieldInit name=children (PathExpr path=children) shorthand=true)] (PathExpr path=base))',
    );
    expect(e('List::Cons { v: 1 }')).toBe('(Struct path=List::Cons fields=[(FieldInit name=v (Lit (Int value=1)))])');
  });

  it('closures', () => {
    expect(['|x| x + 1', '|a: i32, b| -> i32 { a }', 'move || 1', '|&x| x'].map(e)).toEqual([
      '(Closure params=[(ClosureParam (IdentPat name="x"))] (Binary op="+" (PathExpr path=x) (Lit (Int value=1))))',
      '(Closure params=[(ClosureParam (IdentPat name="a") ty=i32) (ClosureParam (IdentPat name="b"))] (BlockExpr (Block (PathExpr path=a))) ret=i32)',
      '(Closure move=true (Lit (Int value=1)))',
      '(Closure params=[(ClosureParam (RefPat (IdentPat name="x")))] (PathExpr path=x))',
    ]);
    const c = expr('|x| x + 1');
    expect(c.kind === 'Closure' && c.text).toBe('|x| x + 1');
  });
});

describe('patterns', () => {
  it('wildcard, identifiers with ref/mut, bindings with @', () => {
    expect(['_', 'x', 'mut x', 'ref x', 'ref mut x', 'n @ 1..=5', 'None'].map(p)).toEqual([
      '(WildPat)',
      '(IdentPat name="x")',
      '(IdentPat name="x" mut=true)',
      '(IdentPat name="x" byRef=true)',
      '(IdentPat name="x" byRef=true mut=true)',
      '(IdentPat name="n" (RangePat inclusive=true (LitPat (Int value=1)) (LitPat (Int value=5))))',
      '(IdentPat name="None")',
    ]);
  });

  it('literals incl. negative numbers, ranges incl. chars, paths and half-open', () => {
    expect(['-5', "'c'", '"s"', 'true', '-2.5', "'a'..='z'", '0..10', 'i32::MIN..=-1', '5..', '..=9'].map(p)).toEqual([
      '(LitPat (Int value=5) negative=true)',
      '(LitPat (Char value="c"))',
      '(LitPat (Str value="s"))',
      '(LitPat (Bool value=true))',
      '(LitPat (Float value=2.5) negative=true)',
      '(RangePat inclusive=true (LitPat (Char value="a")) (LitPat (Char value="z")))',
      '(RangePat (LitPat (Int value=0)) (LitPat (Int value=10)))',
      '(RangePat inclusive=true (PathPat path=i32::MIN) (LitPat (Int value=1) negative=true))',
      '(RangePat (LitPat (Int value=5)))',
      '(RangePat inclusive=true (LitPat (Int value=9)))',
    ]);
  });

  it('tuples with rest, tuple structs, struct patterns, references, or, slices, paths', () => {
    expect(['(a, ..)', '(x)', 'Some(x)', 'Cons(v, rest)', 'List::Cons(v, _)', 'Point { x, y: 0, .. }', 'P { ref mut z, mut w }', '&(a, b)', '&mut x', 'Some(1) | None', '[a, rest @ ..]', 'Color::Red', '[first, .., last]'].map(p)).toEqual([
      '(TuplePat items=[(IdentPat name="a") (RestPat)])',
      '(IdentPat name="x")',
      '(TupleStructPat path=Some items=[(IdentPat name="x")])',
      '(TupleStructPat path=Cons items=[(IdentPat name="v") (IdentPat name="rest")])',
      '(TupleStructPat path=List::Cons items=[(IdentPat name="v") (WildPat)])',
      '(StructPat path=Point fields=[(FieldPat name=x (IdentPat name="x") shorthand=true) (FieldPat name=y (LitPat (Int value=0)))] rest=true)',
      '(StructPat path=P fields=[(FieldPat name=z (IdentPat name="z" byRef=true mut=true) shorthand=true) (FieldPat name=w (IdentPat name="w" mut=true) shorthand=true)])',
      '(RefPat (TuplePat items=[(IdentPat name="a") (IdentPat name="b")]))',
      '(RefPat mut=true (IdentPat name="x"))',
      '(OrPat alts=[(TupleStructPat path=Some items=[(LitPat (Int value=1))]) (IdentPat name="None")])',
      '(SlicePat items=[(IdentPat name="a") (IdentPat name="rest" (RestPat))])',
      '(PathPat path=Color::Red)',
      '(SlicePat items=[(IdentPat name="first") (RestPat) (IdentPat name="last")])',
    ]);
  });
});

describe('macros', () => {
  it('format macros split the template and parse positional and named arguments', () => {
    expect(e('println!("{} {x} {{}}\\n", a + 1, x = f(2))')).toBe(
      '(FormatMacro macro="println" (FormatArgs template="{} {x} {{}}\\n" args=[(FormatArg (Binary op="+" (PathExpr path=a) (Lit (Int value=1)))) (FormatArg name="x" (Call (PathExpr path=f) args=[(Lit (Int value=2))]))]))',
    );
    expect(['print!("{:>5}", v.len())', 'eprintln!(r#"raw "{}""#, format!("{}", x))', 'println!()', 'panic!()', 'todo!()', 'unreachable!("no {}", 1)', 'unimplemented!()', 'eprint!("e")'].map(e)).toEqual([
      '(FormatMacro macro="print" (FormatArgs template="{:>5}" args=[(FormatArg (MethodCall (PathExpr path=v) method="len"))]))',
      '(FormatMacro macro="eprintln" (FormatArgs template="raw \\"{}\\"" args=[(FormatArg (FormatMacro macro="format" (FormatArgs template="{}" args=[(FormatArg (PathExpr path=x))])))]))',
      '(FormatMacro macro="println" format=_)',
      '(FormatMacro macro="panic" format=_)',
      '(FormatMacro macro="todo" format=_)',
      '(FormatMacro macro="unreachable" (FormatArgs template="no {}" args=[(FormatArg (Lit (Int value=1)))]))',
      '(FormatMacro macro="unimplemented" format=_)',
      '(FormatMacro macro="eprint" (FormatArgs template="e"))',
    ]);
  });

  it('write!/writeln!, assert family, vec!, matches!, dbg!', () => {
    expect(
      [
        'write!(f, "{}", self.0)',
        'writeln!(f)',
        'assert!(a < b)',
        'assert!(ok, "msg {}", 3)',
        'assert_eq!(a, b)',
        'assert_ne!(a, b, "x")',
        'vec![1, 2, 3]',
        'vec![]',
        'vec![0; n]',
        'matches!(x, Some(1..=3) | None if y > 0)',
        'matches!(f(a, b), Some(_))',
        'dbg!(a + 1, b)',
      ].map(e),
    ).toEqual([
      '(WriteMacro macro="write" (PathExpr path=f) (FormatArgs template="{}" args=[(FormatArg (TupleIndex (PathExpr path=self) index=0))]))',
      '(WriteMacro macro="writeln" (PathExpr path=f) format=_)',
      '(AssertMacro macro="assert" (Binary op="<" (PathExpr path=a) (PathExpr path=b)) message=_)',
      '(AssertMacro macro="assert" (PathExpr path=ok) (FormatArgs template="msg {}" args=[(FormatArg (Lit (Int value=3)))]))',
      '(AssertCmpMacro macro="assert_eq" (PathExpr path=a) (PathExpr path=b) message=_)',
      '(AssertCmpMacro macro="assert_ne" (PathExpr path=a) (PathExpr path=b) (FormatArgs template="x"))',
      '(VecMacro items=[(Lit (Int value=1)) (Lit (Int value=2)) (Lit (Int value=3))])',
      '(VecMacro)',
      '(VecRepeatMacro (Lit (Int value=0)) (PathExpr path=n))',
      '(MatchesMacro (PathExpr path=x) (OrPat alts=[(TupleStructPat path=Some items=[(RangePat inclusive=true (LitPat (Int value=1)) (LitPat (Int value=3)))]) (IdentPat name="None")]) (Binary op=">" (PathExpr path=y) (Lit (Int value=0))))',
      '(MatchesMacro (Call (PathExpr path=f) args=[(PathExpr path=a) (PathExpr path=b)]) (TupleStructPat path=Some items=[(WildPat)]))',
      '(DbgMacro args=[(Binary op="+" (PathExpr path=a) (Lit (Int value=1))) (PathExpr path=b)] argTexts=["a + 1" "b"])',
    ]);
  });

  it('macros written with a path (std::println!) resolve by their last segment', () => {
    expect(e('std::println!("a")')).toBe('(FormatMacro macro="println" (FormatArgs template="a"))');
  });
});
