// The table of format! cases shared by the fixture generator (which asks real Rust) and the test (which asks us).
// Each argument carries its Rust expression and the FmtValue the evaluator would build for it.
import type { FmtValue, IntTy } from '../../../src/sim/format/fmt-value.ts';

export interface Arg {
  /** A Rust expression of the value's real type. */
  rust: string;
  /** The same value wrapped in the generator's `V` tree (used when nested in a V composite). */
  rustV: string;
  value: FmtValue;
}

export interface FmtCase {
  fmt: string;
  args: Arg[];
  /** `name = expr` arguments, in this order. */
  named?: Array<[string, Arg]>;
  /** Variables bound with `let` before `format!` so the string captures them inline. */
  captures?: Array<[string, Arg]>;
}

// ------------------------------------------------------------------ Rust literal helpers

function rustCharEsc(c: string): string {
  const cp = c.codePointAt(0) ?? 0;
  if (c === '\\') return '\\\\';
  if (c === '"') return '\\"';
  if (c === "'") return "\\'";
  if (cp >= 0x20 && cp < 0x7f) return c;
  return `\\u{${cp.toString(16)}}`;
}
export function rustStrLit(s: string): string {
  return '"' + Array.from(s).map(rustCharEsc).join('') + '"';
}

// ------------------------------------------------------------------ value helpers

export function int(ty: IntTy, v: bigint | number): Arg {
  const rust = `${v}${ty}`;
  return { rust: v < 0 ? `(${rust})` : rust, rustV: `V::${ty}(${rust})`, value: { t: 'int', ty, value: BigInt(v) } };
}
export const i32 = (v: number): Arg => int('i32', v);
export const usize = (v: number): Arg => int('usize', v);

export function f64(v: number): Arg {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  const rust = `f64::from_bits(0x${view.getBigUint64(0).toString(16)}u64)`;
  return { rust, rustV: `V::f64(${rust})`, value: { t: 'float', ty: 'f64', value: v } };
}
export function f32(v: number): Arg {
  const view = new DataView(new ArrayBuffer(4));
  view.setFloat32(0, v);
  const rust = `f32::from_bits(0x${view.getUint32(0).toString(16)}u32)`;
  return { rust, rustV: `V::f32(${rust})`, value: { t: 'float', ty: 'f32', value: Math.fround(v) } };
}
export function str(s: string): Arg {
  const lit = rustStrLit(s);
  return { rust: lit, rustV: `V::str(${lit})`, value: { t: 'str', value: s } };
}
export function ch(c: string): Arg {
  const lit = "'" + rustCharEsc(c) + "'";
  return { rust: lit, rustV: `V::char(${lit})`, value: { t: 'char', value: c } };
}
export function bool(b: boolean): Arg {
  return { rust: String(b), rustV: `V::bool(${b})`, value: { t: 'bool', value: b } };
}
export const unit: Arg = { rust: '()', rustV: 'V::unit', value: { t: 'unit' } };

export function struct(name: string, fields: Array<[string, Arg]>): Arg {
  const rustV = `V::S(${rustStrLit(name)}, vec![${fields.map(([k, a]) => `(${rustStrLit(k)}, ${a.rustV})`).join(', ')}])`;
  return { rust: rustV, rustV, value: { t: 'struct', name, fields: fields.map(([k, a]) => [k, a.value]) } };
}
export function tstruct(name: string, items: Arg[]): Arg {
  const rustV = `V::T(${rustStrLit(name)}, vec![${items.map((a) => a.rustV).join(', ')}])`;
  return { rust: rustV, rustV, value: { t: 'tuple-struct', name, items: items.map((a) => a.value) } };
}
export function ustruct(name: string): Arg {
  const rustV = `V::U(${rustStrLit(name)})`;
  return { rust: rustV, rustV, value: { t: 'unit-struct', name } };
}
export function tuple(items: Arg[]): Arg {
  const rustV = `V::Tup(vec![${items.map((a) => a.rustV).join(', ')}])`;
  return { rust: rustV, rustV, value: { t: 'tuple', items: items.map((a) => a.value) } };
}
export function list(items: Arg[]): Arg {
  const rustV = `V::L(vec![${items.map((a) => a.rustV).join(', ')}])`;
  return { rust: rustV, rustV, value: { t: 'list', items: items.map((a) => a.value) } };
}
export function map(entries: Array<[Arg, Arg]>): Arg {
  const rustV = `V::M(vec![${entries.map(([k, v]) => `(${k.rustV}, ${v.rustV})`).join(', ')}])`;
  return { rust: rustV, rustV, value: { t: 'map', entries: entries.map(([k, v]) => [k.value, v.value]) } };
}
export function set(items: Arg[]): Arg {
  const rustV = `V::Set(vec![${items.map((a) => a.rustV).join(', ')}])`;
  return { rust: rustV, rustV, value: { t: 'set', items: items.map((a) => a.value) } };
}
/** A real Rust expression (derive(Debug) types from the generator prelude, std types) and its FmtValue. */
export function real(rust: string, value: FmtValue): Arg {
  return { rust, rustV: `V::Dbg(Box::new(${rust}))`, value };
}

const some = (a: Arg): Arg => tstruct('Some', [a]);
const none = ustruct('None');

// ------------------------------------------------------------------ the cases

const cases: FmtCase[] = [];
const add = (fmt: string, ...args: Arg[]): void => {
  cases.push({ fmt, args });
};

// Integers at every width.
const INT_TYS: IntTy[] = ['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize'];
const INT_SPECS = [
  '{}', '{:?}', '{:x}', '{:X}', '{:#x}', '{:#X}', '{:o}', '{:#o}', '{:b}', '{:#b}', '{:+}', '{:05}', '{:+05}',
  '{:<6}|', '{:^7}|', '{:>6}', '{:*^9}', '{:#010x}', '{:#10b}', '{:e}', '{:E}', '{:.2e}', '{:x?}', '{:#X?}',
  '{:#?}', '{:.3}', '{:-}', '{:08.3}', '{:<05}|', '{:^+#07x}|',
];
for (const ty of INT_TYS) {
  const bits = BigInt(ty.endsWith('size') ? 64 : Number(ty.slice(1)));
  const signed = ty.startsWith('i');
  const min = signed ? -(1n << (bits - 1n)) : 0n;
  const max = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  const values = [0n, 1n, 42n, 100n, 127n, max, min];
  if (signed) values.push(-1n, -42n, -100n);
  for (const v of values) for (const s of INT_SPECS) add(s, int(ty, v));
}
for (const v of [1234, 1250, 1350, 1251, 99999, 995, 1000, 120, 7, 1000000]) {
  for (const s of ['{:e}', '{:.0e}', '{:.1e}', '{:.2e}', '{:.5e}', '{:+E}', '{:012.1e}']) add(s, i32(v));
}
add('{:.1e} {:.1e} {:.2e}', int('u64', 18446744073709551615n), int('i64', -9223372036854775808n), int('u128', 0n));

// Floats.
const F64_VALUES = [
  0, -0, 1, -1, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005, 255.5, 123.456,
  100, 1234.5, 1e7, 1e15, 9.999999999999998e15, 1e16, 1.5e16, 1e17, 12345678901234567890, 1e21, 1e22, 1.7976931348623157e308,
  1e100, 1e300, 2.2250738585072014e-308, 2.2250738585072009e-308, 5e-324, 1e-4, 9.9e-5, 0.00011, 1e-5, 1e-6, 1e-7, 0.000123,
  1.0000000000000002, 0.9999999999999999, Math.PI, Math.E, -123.456, 4.35, 0.045, 1e-10, 6.02214076e23, NaN, Infinity, -Infinity,
];
const F_SPECS = [
  '{}', '{:?}', '{:e}', '{:E}', '{:.3}', '{:.0}', '{:.1}', '{:.2e}', '{:.0e}', '{:+}', '{:+?}', '{:10.2}', '{:<10}|', '{:^+12.1e}|',
  '{:010.3}', '{:08?}', '{:#?}', '{:.3?}', '{:.20}', '{:e}',
];
for (const v of F64_VALUES) for (const s of F_SPECS) add(s, f64(v));
const F32_VALUES = [
  0, -0, 1, 0.1, 0.2, 0.3, 1 / 3, 7, 0.5, 2.5, 16777216, 16777217, 1e10, 123456.789, 1e-4, 9.9e-5, 1e-5, 1e16, 1e15, 3.4028234663852886e38,
  1e-45, 1.1754943508222875e-38, 1e-38, 3.14159, 0.7, 100.25, 1e7, 8388608.5, NaN, Infinity, -Infinity,
  // ties between two shortest candidates, and power-of-two mantissas (asymmetric rounding interval)
  55.2265625, 159.015625, 238.953125, 2 ** -10, 2 ** 20, 2 ** 100, 2 ** -126, 2 ** -149, 2 ** 127, 2 ** -60, 2 ** 90,
];
for (const v of F32_VALUES) for (const s of ['{}', '{:?}', '{:e}', '{:.3}', '{:.10}', '{:.2e}', '{:+08.1}']) add(s, f32(v));
// Pseudo-random bit patterns: shortest-digit generation across the whole range.
let seed = 0x2545f491n;
const next64 = (): bigint => {
  seed = (seed * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
  return seed;
};
for (let k = 0; k < 80; k += 1) {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, next64() & 0x7fefffffffffffffn);
  const v = view.getFloat64(0);
  add('{} {:?} {:e} {:.4e}', f64(v), f64(v), f64(v), f64(v));
  add('{:?}', f64(2 ** (k * 25 - 1000))); // powers of two: asymmetric intervals across the range
  const v32 = new DataView(new ArrayBuffer(4));
  v32.setUint32(0, Number(next64() >> 40n) & 0x7f7fffff);
  const w = v32.getFloat32(0);
  add('{} {:?} {:e} {:.4e}', f32(w), f32(w), f32(w), f32(w));
}
for (let n = 1; n <= 75; n += 1) {
  // short exact binary fractions: where a tie between two shortest candidates can happen
  add('{} {:?} {:e}', f64(2 ** -n), f64(2 ** -n), f64(2 ** -n));
  add('{} {:?}', f64((2 * n + 1) * 2 ** -(n + 20)), f32((2 * n + 1) * 2 ** -(n + 8)));
}
for (let k = 0; k < 40; k += 1) {
  // values with few digits, where exact rounding of `.N` matters
  const v = Number((next64() % 100000n).toString()) / 1000;
  add('{:.0} {:.1} {:.2} {:.3} {:.4} {:.0e} {:.1e}', ...Array.from({ length: 7 }, () => f64(v)));
}

// Strings and chars.
const STRS = ['hello', '', '한국어', 'a\tb\nc\r', 'say "hi"', "it's", 'back\\slash', '\u001b[0m', 'nul\0', '🦀 crab', 'e\u0301', '\u0301x',
  '\u00a0nbsp', 'zw\u200bsp', 'line\u2028sep', '\ue000', '\u0378', '\u007f', 'tab\u000b', 'ab', 'ÄÖÜ', '\u{1f600}\u{1f3fd}'];
const S_SPECS = ['{}', '{:?}', '{:>8}|', '{:<8}|', '{:^8}|', '{:.2}|', '{:8.2}|', '{:-^9}|', '{:10?}|', '{:#?}', '{:08}|', '{:^5.1}|', '{:.0}|'];
for (const s of STRS) for (const sp of S_SPECS) add(sp, str(s));
const CHARS = ['a', "'", '"', '\n', '\t', '\\', '한', '\u0301', '\0', '\u007f', ' ', '🦀', '\u00a0', '\u200b', '\u{10ffff}', 'é'];
for (const c of CHARS) for (const sp of ['{}', '{:?}', '{:>3}|', '{:.0}|', '{:3?}|', '{:-<4}|', '{:#?}']) add(sp, ch(c));
for (const b of [true, false]) for (const sp of ['{}', '{:?}', '{:>6}|', '{:.2}|', '{:06}|', '{:^7?}|']) add(sp, bool(b));
for (const sp of ['{:?}', '{:>5?}|', '{:#?}', '{:<4?}|']) add(sp, unit);

// Composites (through the debug builders) and real derive(Debug) values.
const node = (v: number, children: Arg[]): Arg => struct('Node', [['value', i32(v)], ['children', list(children)]]);
const COMPOSITES: Arg[] = [
  some(i32(1)),
  none,
  some(str('a"b')),
  tstruct('Point', [i32(1), i32(-2)]),
  ustruct('Unit'),
  struct('Empty', []),
  tstruct('Empty', []),
  tuple([i32(1)]),
  tuple([i32(1), str('two'), ch('3'), f64(4)]),
  tuple([]),
  list([]),
  list([i32(1), i32(2), i32(300)]),
  list([f64(1), f64(0.5), f64(1e20), f64(-0)]),
  node(3, []),
  node(1, [node(2, []), node(3, [node(4, [])])]),
  struct('Person', [['name', str('김철수')], ['age', int('u8', 30)], ['email', none], ['tags', list([str('a'), str('b\nc')])]]),
  tstruct('Cons', [i32(1), tstruct('Cons', [i32(2), ustruct('Nil')])]),
  struct('RefCell', [['value', i32(5)]]),
  struct('RefCell', [['value', { rust: '', rustV: 'V::Raw("<borrowed>")', value: { t: 'raw', debug: '<borrowed>' } }]]),
  tstruct('Some', [{ rust: '', rustV: 'V::Raw("(Weak)")', value: { t: 'raw', debug: '(Weak)' } }]),
  map([[str('a'), i32(1)], [str('b'), list([i32(2)])]]),
  map([]),
  set([i32(3), i32(1)]),
  set([]),
  list([list([]), list([i32(1)]), tuple([list([]), none])]),
  tstruct('Ok', [tuple([])]),
  tstruct('Err', [str('boom')]),
  struct('Wrapper', [['inner', struct('Inner', [['x', int('u8', 255)], ['y', f32(0.1)], ['c', ch('\n')]])]]),
  list([bool(true), bool(false)]),
  tuple([tuple([i32(1)]), tuple([i32(1), i32(2)])]),
];
const C_SPECS = ['{:?}', '{:#?}', '{:5?}', '{:#5?}', '{:x?}', '{:#x?}', '{:<4?}', '{:.1?}', '{:+?}', '{:>03?}'];
for (const c of COMPOSITES) for (const sp of C_SPECS) add(sp, c);

// Real derive(Debug) and std types (see the prelude in gen-fixtures.ts).
const REAL: Arg[] = [
  real('Node { value: 3, children: vec![] }', node(3, []).value),
  real('Node { value: 1, children: vec![Node { value: 2, children: vec![] }] }', node(1, [node(2, [])]).value),
  real('Point(1, 2)', tstruct('Point', [i32(1), i32(2)]).value),
  real('UnitS', { t: 'unit-struct', name: 'UnitS' }),
  real('EmptyS {}', { t: 'struct', name: 'EmptyS', fields: [] }),
  real('List::Cons(1, Box::new(List::Cons(2, Box::new(List::Nil))))',
    tstruct('Cons', [i32(1), tstruct('Cons', [i32(2), ustruct('Nil')])]).value),
  real('Shape::Circle { r: 1.5 }', struct('Circle', [['r', f64(1.5)]]).value),
  real('Shape::Square(2.0)', tstruct('Square', [f64(2)]).value),
  real('Some(5i32)', some(i32(5)).value),
  real('None::<i32>', none.value),
  real('Ok::<i32, String>(1)', tstruct('Ok', [i32(1)]).value),
  real('Err::<i32, String>("bad".to_string())', tstruct('Err', [str('bad')]).value),
  real('(1i32,)', tuple([i32(1)]).value),
  real('(1i32, "x", 2.5f64)', tuple([i32(1), str('x'), f64(2.5)]).value),
  real('vec![(1i32, \'a\'), (2, \'b\')]', list([tuple([i32(1), ch('a')]), tuple([i32(2), ch('b')])]).value),
  real('[[1u8, 2], [3, 4]]', list([list([int('u8', 1), int('u8', 2)]), list([int('u8', 3), int('u8', 4)])]).value),
  real('std::cell::RefCell::new(vec![1i32])', struct('RefCell', [['value', list([i32(1)])]]).value),
  real('std::cell::Cell::new(5i32)', struct('Cell', [['value', i32(5)]]).value),
  real('std::rc::Rc::new(Some(String::from("rc")))', some(str('rc')).value),
  real('Box::new([0i64; 3])', list([int('i64', 0), int('i64', 0), int('i64', 0)]).value),
  real('std::rc::Weak::<i32>::new()', { t: 'raw', debug: '(Weak)' }),
  real('std::collections::BTreeMap::from([(1i32, "one"), (2, "two")])', map([[i32(1), str('one')], [i32(2), str('two')]]).value),
  real('std::collections::BTreeSet::from([\'x\', \'y\'])', set([ch('x'), ch('y')]).value),
  real('Some(Some(()))', some(some(unit)).value),
  real('Wrap { items: vec![Some(1.0f64), None], name: "w" }',
    struct('Wrap', [['items', list([some(f64(1)), none])], ['name', str('w')]]).value),
];
for (const c of REAL) for (const sp of ['{:?}', '{:#?}', '{:4?}']) add(sp, c);
cases.push({ fmt: 'borrowed: {:?}', args: [real('borrowed_cell', { t: 'struct', name: 'RefCell', fields: [['value', { t: 'raw', debug: '<borrowed>' }]] })] });
cases.push({ fmt: 'borrowed: {:#?}', args: [real('borrowed_cell', { t: 'struct', name: 'RefCell', fields: [['value', { t: 'raw', debug: '<borrowed>' }]] })] });

// Pointers: `{:p}` and Debug of raw pointers (the address is fixed with a cast so the output is stable).
const ptr = (addr: bigint): Arg => {
  const rust = `(0x${addr.toString(16)}usize as *const i32)`;
  return { rust, rustV: `V::Dbg(Box::new(${rust}))`, value: { t: 'ptr', addr } };
};
for (const a of [0x563faf68cd60n, 0x10n, 0n, 0xffffffffffffffffn]) {
  for (const sp of ['{:p}', '{:#p}', '{:20p}|', '{:<20p}|', '{:020p}', '{:+p}', '{:?}', '{:#?}', '{:x?}', '{:^#24p}|']) add(sp, ptr(a));
}
add('{:?}', list([ptr(0x1000n), ptr(0x2000n)]));
add('{:#?}', some(ptr(0x1000n)));

// Format-string grammar: escapes, positions, names, captures, counts from arguments.
add('{{}} {{{}}} }}{{', i32(1));
add('{0} {0} {1} {0}', i32(1), str('b'));
add('{1} {} {0} {}', i32(1), i32(2));
add('{} {1} {}', i32(1), i32(2));
add('[{:1$}] [{:>1$}]', i32(7), usize(5));
add('[{:.1$}] [{}]', f64(Math.PI), usize(3));
add('[{:.*}] [{:.*}]', usize(2), f64(2.71828), usize(0), str('abc'));
add('[{1:.*}]', usize(2), f64(1.23456));
add('[{:>1$.2$}]', f64(3.14159), usize(9), usize(3));
add('[{:.*}] [{}]', usize(1), f64(0.25), str('next'));
add('[{:한^9}] [{:🦀<4}] [{:0>4}] [{:#>5}]', str('가'), i32(1), i32(-7), str('x'));
add('[{:>+#012b}] [{:<#8o}] [{:^#10X}]', i32(10), i32(8), i32(255));
add('[{:^6}] [{:^7}] [{:^6}]', str('ab'), str('ab'), str('abc'));
add('{:#?}', list([str('multi\nline'), str('')]));
add('no placeholders');
add('');
add('{}{}{}', str('a'), str('b'), str('c'));
cases.push({ fmt: '{x} {y:?} {x:>w$}', args: [], named: [['x', i32(5)], ['y', str('s')], ['w', usize(4)]] });
cases.push({ fmt: '{name}: {0} {}', args: [i32(1)], named: [['name', str('n')]] });
cases.push({ fmt: '{v:.p$} {v:e} [{s:^w$}]', args: [], captures: [['v', f64(1.23456)], ['p', usize(2)], ['s', str('mid')], ['w', usize(7)]] });
cases.push({ fmt: '{a}{b}{a}', args: [], captures: [['a', ch('x')], ['b', bool(true)]] });

export const CASES: readonly FmtCase[] = cases;
