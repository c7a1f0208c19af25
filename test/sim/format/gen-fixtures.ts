// Regenerates fixtures/format-cases.json by compiling one Rust program that runs every case in cases.ts.
// Run: `npx tsx test/sim/format/gen-fixtures.ts` (needs rustc); tests only read the committed JSON. Siblings:
// gen-panic-fixtures.ts (panics.json), gen-error-fixtures.ts (format-errors.json), gen-escape-fixture.ts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CASES, type FmtCase, rustStrLit } from './cases.ts';

const PRELUDE = `#![allow(non_camel_case_types, dead_code, unused_variables)]
use std::fmt;
#[derive(Debug)] struct Node { value: i32, children: Vec<Node> }
#[derive(Debug)] struct Point(i32, i32);
#[derive(Debug)] struct UnitS;
#[derive(Debug)] struct EmptyS {}
#[derive(Debug)] enum List { Cons(i32, Box<List>), Nil }
#[derive(Debug)] enum Shape { Circle { r: f64 }, Square(f64) }
#[derive(Debug)] struct Wrap { items: Vec<Option<f64>>, name: &'static str }

enum V {
  i8(i8), i16(i16), i32(i32), i64(i64), i128(i128), isize(isize),
  u8(u8), u16(u16), u32(u32), u64(u64), u128(u128), usize(usize),
  f32(f32), f64(f64), bool(bool), char(char), str(&'static str), unit,
  S(&'static str, Vec<(&'static str, V)>), T(&'static str, Vec<V>), U(&'static str),
  Tup(Vec<V>), L(Vec<V>), M(Vec<(V, V)>), Set(Vec<V>), Raw(&'static str), Dbg(Box<dyn fmt::Debug>),
}
impl fmt::Debug for V {
  fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match self {
      V::i8(x) => fmt::Debug::fmt(x, f), V::i16(x) => fmt::Debug::fmt(x, f), V::i32(x) => fmt::Debug::fmt(x, f),
      V::i64(x) => fmt::Debug::fmt(x, f), V::i128(x) => fmt::Debug::fmt(x, f), V::isize(x) => fmt::Debug::fmt(x, f),
      V::u8(x) => fmt::Debug::fmt(x, f), V::u16(x) => fmt::Debug::fmt(x, f), V::u32(x) => fmt::Debug::fmt(x, f),
      V::u64(x) => fmt::Debug::fmt(x, f), V::u128(x) => fmt::Debug::fmt(x, f), V::usize(x) => fmt::Debug::fmt(x, f),
      V::f32(x) => fmt::Debug::fmt(x, f), V::f64(x) => fmt::Debug::fmt(x, f), V::bool(x) => fmt::Debug::fmt(x, f),
      V::char(x) => fmt::Debug::fmt(x, f), V::str(x) => fmt::Debug::fmt(x, f), V::unit => fmt::Debug::fmt(&(), f),
      V::S(n, fs) => { let mut d = f.debug_struct(n); for (k, v) in fs { d.field(k, v); } d.finish() }
      V::T(n, xs) => { let mut d = f.debug_tuple(n); for x in xs { d.field(x); } d.finish() }
      V::U(n) => f.write_str(n),
      V::Tup(xs) if xs.is_empty() => fmt::Debug::fmt(&(), f),
      V::Tup(xs) => { let mut d = f.debug_tuple(""); for x in xs { d.field(x); } d.finish() }
      V::L(xs) => f.debug_list().entries(xs).finish(),
      V::M(es) => f.debug_map().entries(es.iter().map(|(k, v)| (k, v))).finish(),
      V::Set(xs) => f.debug_set().entries(xs).finish(),
      V::Raw(s) => f.write_str(s),
      V::Dbg(d) => d.fmt(f),
    }
  }
}
fn out(s: String) {
  let mut o = String::from("\\"");
  for c in s.chars() {
    match c {
      '"' => o.push_str("\\\\\\""),
      '\\\\' => o.push_str("\\\\\\\\"),
      c if (c as u32) < 0x20 || c as u32 == 0x7f => o.push_str(&format!("\\\\u{:04x}", c as u32)),
      c => o.push(c),
    }
  }
  o.push('"');
  println!("{}", o);
}
`;

function caseExpr(c: FmtCase): string {
  const parts = [rustStrLit(c.fmt), ...c.args.map((a) => a.rust), ...(c.named ?? []).map(([n, a]) => `${n} = ${a.rust}`)];
  const call = `format!(${parts.join(', ')})`;
  if (!c.captures) return call;
  return `{ ${c.captures.map(([n, a]) => `let ${n} = ${a.rust};`).join(' ')} ${call} }`;
}

function program(): string {
  const chunks: string[] = [];
  const fns: string[] = [];
  for (let k = 0; k < CASES.length; k += 150) {
    const name = `chunk${k / 150}`;
    fns.push(name);
    const body = CASES.slice(k, k + 150)
      .map((c) => `  out(${caseExpr(c)});`)
      .join('\n');
    chunks.push(
      `fn ${name}() {\n  let borrowed_cell = std::cell::RefCell::new(5i32);\n  let _guard = borrowed_cell.borrow_mut();\n${body}\n}`,
    );
  }
  return PRELUDE + chunks.join('\n') + `\nfn main() {\n${fns.map((f) => `  ${f}();`).join('\n')}\n}\n`;
}

const dir = '/tmp/heapbook-fmt-gen';
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}/cases.rs`, program());
execFileSync('rustc', ['--edition', '2021', '-C', 'opt-level=0', '-o', `${dir}/cases`, `${dir}/cases.rs`], { stdio: 'inherit' });
const lines = execFileSync(`${dir}/cases`, { encoding: 'utf8', maxBuffer: 1 << 28 }).trimEnd().split('\n');
if (lines.length !== CASES.length) throw new Error(`expected ${CASES.length} lines, got ${lines.length}`);
const rows = CASES.map((c, k) => JSON.stringify([c.fmt, JSON.parse(lines[k]) as string]));
const target = fileURLToPath(new URL('./fixtures/format-cases.json', import.meta.url));
writeFileSync(target, '[\n' + rows.join(',\n') + '\n]\n');
console.log(`wrote ${rows.length} cases to ${target}`);
