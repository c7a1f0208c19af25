// The simulator's typed Rust AST: what `parseProgram` (./parse.ts) produces and the evaluator consumes.
// Discriminated unions on `kind`; every node carries a 1-based `span` into the original program source.
// Columns are rustc's display columns (tab = 4, CJK/emoji = 2), so `span.start` prints like a panic location.
//
// Stability: additive changes only. Conventions worth knowing before consuming it:
// - Parentheses leave no node: `(a + b)` lowers to the Binary itself (its span excludes the parens).
// - A bare identifier in a pattern (`x`, `None`, `Nil`) is an `Ident` pattern: the evaluator decides whether
//   it names a unit variant / const in scope (Rust's rule) or binds a new variable. `List::Nil` is a `Path`.
// - `()` is a `Tuple` expression / pattern / type with zero items.
// - `if let` / `while let` conditions are `Let` expressions (kind 'Let') in `cond`.
// - A block's value is `tail`; statements before it are in `stmts`.
// - Macros are re-parsed into dedicated node kinds (FormatMacro, AssertMacro, VecMacro, ...).
// Changes since first commit (additive): `ModItem` (inline `mod name { … }`) added to `Item`;
// `IndexExpr.bracketSpan`; `Path.asTrait` (`<T as Trait>::f`).
import type { Span } from './span.ts';

export type { Span, Pos } from './span.ts';

/** A name as written, with its own span (function names, fields, variants, labels without the `'`). */
export interface Ident {
  name: string;
  span: Span;
}

// ---------------------------------------------------------------- program, attributes

export interface Program {
  kind: 'Program';
  /** Inner attributes `#![...]` at the top of the file. */
  attrs: Attribute[];
  items: Item[];
  span: Span;
}

/** `#[derive(Debug, Clone)]` → name 'derive', args ['Debug', 'Clone']; `#[allow(dead_code)]` → 'allow'. */
export interface Attribute {
  kind: 'Attribute';
  /** Path of the attribute as written: 'derive', 'allow', 'rustfmt::skip'. */
  name: string;
  /** Identifiers/paths inside the parentheses, comma separated, as text. Empty when none. */
  args: string[];
  /** `#![...]` (true) or `#[...]` (false). */
  inner: boolean;
  /** Full source text of the attribute. */
  text: string;
  span: Span;
}

// ---------------------------------------------------------------- items

export type Item =
  | FnItem
  | StructItem
  | EnumItem
  | ImplItem
  | TraitItem
  | UseItem
  | ConstItem
  | StaticItem
  | TypeAliasItem
  | ModItem;

export interface GenericParam {
  kind: 'GenericParam';
  /** 'type' for `T`, 'lifetime' for `'a` (name without the quote), 'const' for `const N: usize`. */
  param: 'type' | 'lifetime' | 'const';
  name: string;
  /** Trait bounds as written (`T: Clone + Debug` → ['Clone', 'Debug']), including where-clause bounds. */
  bounds: string[];
  span: Span;
}

/** `self`, `mut self`, `&self`, `&mut self`, `self: Box<Self>`. */
export interface Receiver {
  kind: 'Receiver';
  /** 'value' for `self`/`mut self`; 'ref' for `&self`; 'ref-mut' for `&mut self`. */
  mode: 'value' | 'ref' | 'ref-mut';
  /** `mut self` (binding is mutable). */
  mut: boolean;
  /** Explicit type, `self: Box<Self>`; absent otherwise. */
  ty?: Type;
  span: Span;
}

export interface Param {
  kind: 'Param';
  pat: Pattern;
  ty: Type;
  span: Span;
}

/** Signature shared by free functions, methods and trait method declarations. */
export interface FnSig {
  name: Ident;
  generics: GenericParam[];
  /** Present for methods taking self. */
  receiver?: Receiver;
  params: Param[];
  /** Absent means `()`. */
  ret?: Type;
  attrs: Attribute[];
  isPub: boolean;
  /** `const fn`, `unsafe fn`, `async fn`, `extern "C" fn` qualifiers as written (usually empty). */
  qualifiers: string[];
  span: Span;
}

export interface FnItem extends FnSig {
  kind: 'Fn';
  body: Block;
}

/** Field lists of structs and enum variants. */
export type Fields =
  | { kind: 'Named'; fields: NamedField[]; span: Span }
  | { kind: 'Tuple'; fields: TupleField[]; span: Span }
  | { kind: 'Unit'; span: Span };

export interface NamedField {
  kind: 'NamedField';
  name: Ident;
  ty: Type;
  isPub: boolean;
  span: Span;
}

export interface TupleField {
  kind: 'TupleField';
  ty: Type;
  isPub: boolean;
  span: Span;
}

export interface StructItem {
  kind: 'Struct';
  name: Ident;
  generics: GenericParam[];
  fields: Fields;
  /** From `#[derive(...)]` attributes, in order: ['Debug', 'Clone']. */
  derives: string[];
  attrs: Attribute[];
  isPub: boolean;
  span: Span;
}

export interface Variant {
  kind: 'Variant';
  name: Ident;
  fields: Fields;
  /** Attributes written on the variant (`#[default]`). */
  attrs: Attribute[];
  /** `A = 3` explicit discriminant. */
  discriminant?: Expr;
  span: Span;
}

export interface EnumItem {
  kind: 'Enum';
  name: Ident;
  generics: GenericParam[];
  variants: Variant[];
  derives: string[];
  attrs: Attribute[];
  isPub: boolean;
  span: Span;
}

/** Members allowed inside `impl` blocks. */
export type ImplMember = FnItem | ConstItem | TypeAliasItem;

export interface ImplItem {
  kind: 'Impl';
  generics: GenericParam[];
  /** `impl Drop for List`: the trait path type (`Drop`, `fmt::Display`, `From<i32>`). Absent for inherent impls. */
  trait?: PathType;
  /** Last segment of the trait path: 'Drop', 'Display', 'Debug'. Absent for inherent impls. */
  traitName?: string;
  /** The type implemented for. */
  selfTy: Type;
  /** `selfTy.text` without generic arguments when it is a path: 'List' for `List<T>`. */
  selfName: string;
  members: ImplMember[];
  attrs: Attribute[];
  span: Span;
}

/** A trait method: body present when the trait gives a default. */
export interface TraitFn extends FnSig {
  kind: 'TraitFn';
  body: Block | null;
}

export type TraitMember = TraitFn | ConstItem | TypeAliasItem;

export interface TraitItem {
  kind: 'Trait';
  name: Ident;
  generics: GenericParam[];
  /** `trait A: B + C` → ['B', 'C']. */
  supertraits: string[];
  members: TraitMember[];
  attrs: Attribute[];
  isPub: boolean;
  span: Span;
}

/** One name a `use` brings into scope, flattened from the use tree. */
export type UseBinding =
  /** `use std::rc::Rc;` → path ['std','rc','Rc'], local 'Rc'; `use a::b as c` → local 'c';
   *  `use std::rc::{self}` → path ['std','rc'], local 'rc'. */
  | { kind: 'UseName'; path: string[]; local: string; span: Span }
  /** `use crate::List::*;` → path ['crate','List']. */
  | { kind: 'UseGlob'; path: string[]; span: Span };

export interface UseItem {
  kind: 'Use';
  bindings: UseBinding[];
  isPub: boolean;
  span: Span;
}

export interface ConstItem {
  kind: 'Const';
  name: Ident;
  ty: Type;
  /** Absent only for trait associated consts without a default. */
  value?: Expr;
  span: Span;
}

export interface StaticItem {
  kind: 'Static';
  name: Ident;
  mut: boolean;
  ty: Type;
  value: Expr;
  span: Span;
}

export interface TypeAliasItem {
  kind: 'TypeAlias';
  name: Ident;
  generics: GenericParam[];
  /** Absent only for associated types declared in traits (`type Item;`). */
  ty?: Type;
  span: Span;
}

/** Inline module `mod shapes { pub fn double(…) … }`; items are reached as `shapes::double`.
 *  File modules (`mod foo;`) are 'unsupported'. */
export interface ModItem {
  kind: 'Mod';
  name: Ident;
  items: Item[];
  attrs: Attribute[];
  isPub: boolean;
  span: Span;
}

// ---------------------------------------------------------------- types
// Every type has `text`: a normalised rendering for display ('Rc<RefCell<Vec<i32>>>', '&mut T', '[i32; 3]').

export type Type =
  | PathType
  | RefType
  | TupleType
  | ArrayType
  | SliceType
  | FnPtrType
  | TraitObjectType
  | InferType
  | NeverType;

/** One segment of a type path: `Rc<List>` → { name: 'Rc', args: [List] }. */
export interface TypeSegment {
  name: string;
  /** Generic type arguments (lifetimes dropped). */
  args: Type[];
  /** Associated type bindings: `Iterator<Item = i32>` → [{ name: 'Item', ty: i32 }]. */
  bindings: Array<{ name: string; ty: Type }>;
  /** `Fn(i32, i32) -> i32` sugar: present only for that form. */
  fnSugar?: { params: Type[]; ret?: Type };
  span: Span;
}

/** `i32`, `Self`, `String`, `Rc<RefCell<Node>>`, `std::rc::Rc<T>`, `fmt::Result`. */
export interface PathType {
  kind: 'PathType';
  segments: TypeSegment[];
  /** Last segment's name: 'Rc' for `std::rc::Rc<T>`. */
  name: string;
  text: string;
  span: Span;
}

export interface RefType {
  kind: 'RefType';
  mut: boolean;
  /** Lifetime name without the quote when written (`'a` → 'a'); informational only. */
  lifetime?: string;
  inner: Type;
  text: string;
  span: Span;
}

/** `(i32, String)`; `()` is a TupleType with no items. */
export interface TupleType {
  kind: 'TupleType';
  items: Type[];
  text: string;
  span: Span;
}

export interface ArrayType {
  kind: 'ArrayType';
  elem: Type;
  len: Expr;
  text: string;
  span: Span;
}

export interface SliceType {
  kind: 'SliceType';
  elem: Type;
  text: string;
  span: Span;
}

export interface FnPtrType {
  kind: 'FnPtrType';
  params: Type[];
  ret?: Type;
  text: string;
  span: Span;
}

/** `dyn Trait` / `impl Trait` (bounds as path types, e.g. `impl Fn(i32) -> i32`, `Box<dyn Display>`). */
export interface TraitObjectType {
  kind: 'TraitObjectType';
  syntax: 'dyn' | 'impl';
  bounds: PathType[];
  text: string;
  span: Span;
}

/** `_` in types: `Vec<_>`. */
export interface InferType {
  kind: 'InferType';
  text: '_';
  span: Span;
}

/** `!`. */
export interface NeverType {
  kind: 'NeverType';
  text: '!';
  span: Span;
}

// ---------------------------------------------------------------- paths (in expressions and patterns)

/** `x`, `List::Nil`, `Rc::new`, `Vec::<i32>::new`, `i32::MAX`, `std::mem::drop`, `Self::new`. */
export interface Path {
  kind: 'Path';
  /** Includes leading `crate` / `self` / `super` / `Self` segments as written. */
  segments: PathSegment[];
  /** Segment names joined with '::', without generics: 'Vec::new'. */
  text: string;
  span: Span;
  /** `<Type as Trait>::f`: the trait (segments are then `Type`, `f`). */
  asTrait?: string;
}

export interface PathSegment {
  name: string;
  /** Turbofish / generic args on this segment: `Vec::<i32>::new` → first segment args [i32]. */
  generics: Type[];
  span: Span;
}

// ---------------------------------------------------------------- statements and blocks

export interface Block {
  kind: 'Block';
  stmts: Stmt[];
  /** The block's value: its final expression written without `;`. Absent: the block's value is `()`. */
  tail?: Expr;
  span: Span;
}

export type Stmt = LetStmt | ExprStmt | ItemStmt;

export interface LetStmt {
  kind: 'LetStmt';
  pat: Pattern;
  ty?: Type;
  init?: Expr;
  /** `let Some(x) = opt else { return; };` */
  else?: Block;
  span: Span;
}

/** An expression used as a statement. `semi` is false for block-like expressions (`if`, `match`, `loop`, …)
 *  written without `;` that are not the block's tail. */
export interface ExprStmt {
  kind: 'ExprStmt';
  expr: Expr;
  semi: boolean;
  span: Span;
}

/** An item declared inside a block (nested fn, struct, use, const). */
export interface ItemStmt {
  kind: 'ItemStmt';
  item: Item;
  span: Span;
}

// ---------------------------------------------------------------- expressions

export type Expr =
  | LitExpr
  | PathExpr
  | BlockExpr
  | IfExpr
  | LetExpr
  | WhileExpr
  | LoopExpr
  | ForExpr
  | BreakExpr
  | ContinueExpr
  | ReturnExpr
  | MatchExpr
  | AssignExpr
  | CompoundAssignExpr
  | BinaryExpr
  | UnaryExpr
  | BorrowExpr
  | CastExpr
  | CallExpr
  | MethodCallExpr
  | FieldExpr
  | TupleIndexExpr
  | IndexExpr
  | RangeExpr
  | TupleExpr
  | ArrayExpr
  | ArrayRepeatExpr
  | StructExpr
  | ClosureExpr
  | TryExpr
  | FormatMacro
  | WriteMacro
  | AssertMacro
  | AssertCmpMacro
  | VecMacro
  | VecRepeatMacro
  | MatchesMacro
  | DbgMacro;

/** The expressions that can denote a place (`x`, `a.f`, `t.0`, `v[i]`, `*r`); `*` only among the unary ones. */
export type PlaceShapedExpr = PathExpr | FieldExpr | TupleIndexExpr | IndexExpr | UnaryExpr;
const PLACE_SHAPED: ReadonlySet<Expr['kind']> = new Set<PlaceShapedExpr['kind']>(['PathExpr', 'Field', 'TupleIndex', 'Index', 'Unary']);
/** `e` has a place expression's shape (a `Unary` still needs `op === '*'`). */
export function isPlaceShaped(e: Expr): e is PlaceShapedExpr {
  return PLACE_SHAPED.has(e.kind);
}

export type IntSuffix = 'i8' | 'i16' | 'i32' | 'i64' | 'i128' | 'isize' | 'u8' | 'u16' | 'u32' | 'u64' | 'u128' | 'usize';
export type FloatSuffix = 'f32' | 'f64';

export type Literal =
  /** `1_000`, `0xff`, `0o17`, `0b1010`, `5u8`. Value is never negative (`-5` is Unary '-'). */
  | { kind: 'Int'; value: bigint; suffix?: IntSuffix; raw: string }
  /** `2.5`, `1e21`, `2.5f32`, `1f64`. */
  | { kind: 'Float'; value: number; suffix?: FloatSuffix; raw: string }
  | { kind: 'Bool'; value: boolean; raw: string }
  /** Value is one Unicode scalar as a JS string (may be 2 UTF-16 units). Escapes resolved. */
  | { kind: 'Char'; value: string; raw: string }
  /** Escapes resolved (incl. `\u{…}` and line-continuation `\`); raw strings `r#"…"#` kept verbatim. */
  | { kind: 'Str'; value: string; raw: string }
  /** `b'a'`. */
  | { kind: 'Byte'; value: number; raw: string }
  /** `b"abc"`. */
  | { kind: 'ByteStr'; value: number[]; raw: string };

export interface LitExpr {
  kind: 'Lit';
  lit: Literal;
  span: Span;
}

export interface PathExpr {
  kind: 'PathExpr';
  path: Path;
  span: Span;
}

export interface Label {
  kind: 'Label';
  /** Without the quote: `'outer` → 'outer'. */
  name: string;
  span: Span;
}

export interface BlockExpr {
  kind: 'BlockExpr';
  block: Block;
  label?: Label;
  /** `unsafe { … }`: runs as a block; the checker allows unsafe operations inside (E0133 outside). */
  unsafe: boolean;
  span: Span;
}

export interface IfExpr {
  kind: 'If';
  /** A boolean expression or a `Let` expression (`if let`). */
  cond: Expr;
  then: Block;
  /** `else { … }` (BlockExpr) or `else if …` (IfExpr). */
  else?: BlockExpr | IfExpr;
  span: Span;
}

/** `let PAT = EXPR` as the condition of `if let` / `while let`. */
export interface LetExpr {
  kind: 'Let';
  pat: Pattern;
  expr: Expr;
  span: Span;
}

export interface WhileExpr {
  kind: 'While';
  label?: Label;
  /** A boolean expression or a `Let` expression (`while let`). */
  cond: Expr;
  body: Block;
  span: Span;
}

export interface LoopExpr {
  kind: 'Loop';
  label?: Label;
  body: Block;
  span: Span;
}

export interface ForExpr {
  kind: 'For';
  label?: Label;
  pat: Pattern;
  iter: Expr;
  body: Block;
  span: Span;
}

export interface BreakExpr {
  kind: 'Break';
  label?: Label;
  value?: Expr;
  span: Span;
}

export interface ContinueExpr {
  kind: 'Continue';
  label?: Label;
  span: Span;
}

export interface ReturnExpr {
  kind: 'Return';
  value?: Expr;
  span: Span;
}

export interface MatchArm {
  kind: 'MatchArm';
  pat: Pattern;
  guard?: Expr;
  body: Expr;
  span: Span;
}

export interface MatchExpr {
  kind: 'Match';
  scrutinee: Expr;
  arms: MatchArm[];
  span: Span;
}

export interface AssignExpr {
  kind: 'Assign';
  target: Expr;
  value: Expr;
  span: Span;
}

export type ArithOp = '+' | '-' | '*' | '/' | '%' | '&' | '|' | '^' | '<<' | '>>';
export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';
export type LogicOp = '&&' | '||';
export type BinaryOp = ArithOp | CompareOp | LogicOp;

/** `x += 1` → op '+'. */
export interface CompoundAssignExpr {
  kind: 'CompoundAssign';
  op: ArithOp;
  target: Expr;
  value: Expr;
  /** Span of the whole expression (rustc reports `+=` overflow here). */
  span: Span;
}

export interface BinaryExpr {
  kind: 'Binary';
  op: BinaryOp;
  left: Expr;
  right: Expr;
  /** Span of the operator token. */
  opSpan: Span;
  /** Whole expression: overflow / division-by-zero panics report its start. */
  span: Span;
}

/** `-x`, `!x`, `*x`. */
export interface UnaryExpr {
  kind: 'Unary';
  op: '-' | '!' | '*';
  operand: Expr;
  span: Span;
}

/** `&x`, `&mut x` (`&&x` is two nested borrows). */
export interface BorrowExpr {
  kind: 'Borrow';
  mut: boolean;
  operand: Expr;
  span: Span;
}

export interface CastExpr {
  kind: 'Cast';
  expr: Expr;
  ty: Type;
  span: Span;
}

/** `f(a, b)`, `Rc::new(x)`, `Some(3)`, `Point(1, 2)`, `(self.f)(x)`. */
export interface CallExpr {
  kind: 'Call';
  callee: Expr;
  args: Expr[];
  span: Span;
}

/** `recv.method::<T>(args)`. Panics inside (`unwrap`, `expect`, `borrow_mut`) report `methodSpan.start`. */
export interface MethodCallExpr {
  kind: 'MethodCall';
  receiver: Expr;
  method: string;
  methodSpan: Span;
  /** Turbofish: `.collect::<Vec<_>>()` → [Vec<_>]. */
  generics: Type[];
  args: Expr[];
  span: Span;
}

/** `a.b` (named field). */
export interface FieldExpr {
  kind: 'Field';
  object: Expr;
  field: string;
  fieldSpan: Span;
  span: Span;
}

/** `t.0`; `self.0.1` is two nested TupleIndex nodes. */
export interface TupleIndexExpr {
  kind: 'TupleIndex';
  object: Expr;
  index: number;
  indexSpan: Span;
  span: Span;
}

/** `v[i]`. rustc's panic location differs by kind of indexing (checked with rustc 1.95):
 *  built-in array/slice indexing (`arr[10]`, `slice[10]`) reports `span.start` (start of `arr`);
 *  overloaded `Index` (Vec, String, HashMap: `v[10]`, `&s[0..9]`) reports `bracketSpan.start` (the `[`). */
export interface IndexExpr {
  kind: 'Index';
  object: Expr;
  index: Expr;
  /** Span of the `[` token. */
  bracketSpan: Span;
  span: Span;
}

/** `a..b`, `a..=b`, `..`, `a..`, `..b`, `..=b`. */
export interface RangeExpr {
  kind: 'Range';
  start?: Expr;
  end?: Expr;
  inclusive: boolean;
  span: Span;
}

/** `(a, b)`, `(a,)`; `()` has no items. */
export interface TupleExpr {
  kind: 'Tuple';
  items: Expr[];
  span: Span;
}

export interface ArrayExpr {
  kind: 'Array';
  items: Expr[];
  span: Span;
}

/** `[0; 5]`. */
export interface ArrayRepeatExpr {
  kind: 'ArrayRepeat';
  value: Expr;
  count: Expr;
  span: Span;
}

export interface FieldInit {
  kind: 'FieldInit';
  name: Ident;
  /** For shorthand `Node { value }` this is a PathExpr `value` with the name's span. */
  value: Expr;
  shorthand: boolean;
  span: Span;
}

/** `Node { value: 3, children: vec![] }`, `List::Cons { .. }`, `Point { x: 1, ..base }`. */
export interface StructExpr {
  kind: 'Struct';
  path: Path;
  fields: FieldInit[];
  /** `..base`. */
  base?: Expr;
  span: Span;
}

export interface ClosureParam {
  kind: 'ClosureParam';
  pat: Pattern;
  ty?: Type;
  span: Span;
}

/** `|x| x + 1`, `|a: i32, b| { … }`, `move || …`. */
export interface ClosureExpr {
  kind: 'Closure';
  move: boolean;
  params: ClosureParam[];
  ret?: Type;
  body: Expr;
  /** Source text of the closure, for display. */
  text: string;
  span: Span;
}

/** `expr?`. */
export interface TryExpr {
  kind: 'Try';
  expr: Expr;
  span: Span;
}

// ---------------------------------------------------------------- macros (arguments re-parsed)

/** A format string and its arguments, as in `println!("{} {name}", x, name = y)`. */
export interface FormatArgs {
  kind: 'FormatArgs';
  /** The format string's value with Rust escapes resolved (`"a\n{}"` → 'a', newline, '{}');
   *  format specs (`{:>5}`, `{{`) left untouched for the format engine. */
  template: string;
  /** Source text of the literal, quotes included. */
  templateRaw: string;
  templateSpan: Span;
  /** Positional and named arguments in source order. */
  args: FormatArg[];
  span: Span;
}

export interface FormatArg {
  kind: 'FormatArg';
  /** `name = expr` named argument. */
  name?: string;
  expr: Expr;
  span: Span;
}

export type FormatMacroName =
  | 'println'
  | 'print'
  | 'eprintln'
  | 'eprint'
  | 'format'
  | 'format_args'
  | 'panic'
  | 'unreachable'
  | 'todo'
  | 'unimplemented';

/** `println!(…)` & co. `format` is null when invoked without arguments (`println!()`, `panic!()`, `todo!()`). */
export interface FormatMacro {
  kind: 'FormatMacro';
  macro: FormatMacroName;
  format: FormatArgs | null;
  /** Whole invocation; panics report `span.start`. */
  span: Span;
  nameSpan: Span;
}

/** `write!(f, "…", args)` / `writeln!(f, …)`. */
export interface WriteMacro {
  kind: 'WriteMacro';
  macro: 'write' | 'writeln';
  dest: Expr;
  format: FormatArgs | null;
  span: Span;
  nameSpan: Span;
}

/** `assert!(cond)` / `assert!(cond, "msg {}", x)` (also debug_assert!). */
export interface AssertMacro {
  kind: 'AssertMacro';
  macro: 'assert' | 'debug_assert';
  cond: Expr;
  message: FormatArgs | null;
  span: Span;
  nameSpan: Span;
}

/** `assert_eq!(a, b)` / `assert_ne!(a, b, "msg")` (also debug_ variants). */
export interface AssertCmpMacro {
  kind: 'AssertCmpMacro';
  macro: 'assert_eq' | 'assert_ne' | 'debug_assert_eq' | 'debug_assert_ne';
  left: Expr;
  right: Expr;
  message: FormatArgs | null;
  span: Span;
  nameSpan: Span;
}

/** `vec![1, 2, 3]`, `vec![]`. */
export interface VecMacro {
  kind: 'VecMacro';
  items: Expr[];
  span: Span;
  nameSpan: Span;
}

/** `vec![0; n]`. */
export interface VecRepeatMacro {
  kind: 'VecRepeatMacro';
  value: Expr;
  count: Expr;
  span: Span;
  nameSpan: Span;
}

/** `matches!(expr, PAT)` / `matches!(expr, PAT if guard)`. */
export interface MatchesMacro {
  kind: 'MatchesMacro';
  expr: Expr;
  pat: Pattern;
  guard?: Expr;
  span: Span;
  nameSpan: Span;
}

/** `dbg!(a, b)`. */
export interface DbgMacro {
  kind: 'DbgMacro';
  args: Expr[];
  /** Source text of each argument, as dbg! prints it (`[src/main.rs:2:5] a + 1 = 3`). */
  argTexts: string[];
  span: Span;
  nameSpan: Span;
}

// ---------------------------------------------------------------- patterns

export type Pattern =
  | WildPat
  | RestPat
  | IdentPat
  | LitPat
  | RangePat
  | TuplePat
  | TupleStructPat
  | StructPat
  | RefPat
  | OrPat
  | SlicePat
  | PathPat;

/** `_`. */
export interface WildPat {
  kind: 'WildPat';
  span: Span;
}

/** `..` inside tuple, tuple-struct and slice patterns (`(first, ..)`, `[a, .., z]`). */
export interface RestPat {
  kind: 'RestPat';
  span: Span;
}

/** `x`, `mut x`, `ref x`, `ref mut x`, `x @ 1..=5`. See the header about unit variants / consts. */
export interface IdentPat {
  kind: 'IdentPat';
  name: string;
  byRef: boolean;
  mut: boolean;
  sub?: Pattern;
  span: Span;
}

/** `3`, `-3`, `'a'`, `"hi"`, `true`. `negative` for `-3` / `-2.5` (the literal holds the magnitude). */
export interface LitPat {
  kind: 'LitPat';
  lit: Literal;
  negative: boolean;
  span: Span;
}

/** An endpoint of a range pattern: a literal (possibly negative) or a path (`i32::MAX`). */
export type RangeBound = LitPat | PathPat;

/** `1..=5`, `'a'..='z'`, `0..10`, `5..`, `..=9`. */
export interface RangePat {
  kind: 'RangePat';
  start?: RangeBound;
  end?: RangeBound;
  inclusive: boolean;
  span: Span;
}

/** `(a, b)`, `(first, ..)`; `()` has no items. */
export interface TuplePat {
  kind: 'TuplePat';
  items: Pattern[];
  span: Span;
}

/** `Some(x)`, `Cons(v, rest)`, `List::Cons(v, _)`, `Point(x, ..)`. */
export interface TupleStructPat {
  kind: 'TupleStructPat';
  path: Path;
  items: Pattern[];
  span: Span;
}

export interface FieldPat {
  kind: 'FieldPat';
  name: Ident;
  /** For shorthand `{ x }` / `{ ref mut x }` this is the IdentPat. */
  pat: Pattern;
  shorthand: boolean;
  span: Span;
}

/** `Point { x, y: 0, .. }`. */
export interface StructPat {
  kind: 'StructPat';
  path: Path;
  fields: FieldPat[];
  /** Trailing `..`. */
  rest: boolean;
  span: Span;
}

/** `&x`, `&mut x`, `&(a, b)`. */
export interface RefPat {
  kind: 'RefPat';
  mut: boolean;
  inner: Pattern;
  span: Span;
}

/** `A | B | C`. */
export interface OrPat {
  kind: 'OrPat';
  alts: Pattern[];
  span: Span;
}

/** `[a, b, rest @ ..]`. */
export interface SlicePat {
  kind: 'SlicePat';
  items: Pattern[];
  span: Span;
}

/** `List::Nil`, `Color::Red`, `Self::A`, `i32::MAX` (a path with two or more segments). */
export interface PathPat {
  kind: 'PathPat';
  path: Path;
  span: Span;
}

// ---------------------------------------------------------------- helpers for consumers

export type Node = Program | Item | Stmt | Expr | Pattern | Type | Block;
