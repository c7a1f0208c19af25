// The evaluator takes `str::parse`'s target from the checker's inference instead of guessing i32: a u64 past
// i32's range parses, and a target it does not model is said plainly (never a wrong ParseIntError panic).
import { describe, expect, it } from 'vitest';
import { runRust } from '../../../../src/sim/api.ts';
import { parseProgram } from '../../../../src/sim/syntax/parse.ts';
import { applyTargets, literalTypes, parseTargets } from '../../../../src/sim/check/types/evaluator-hints.ts';

describe('parse targets from the checker', () => {
  it('finds the target a let annotation or an unwrap into a typed binding gives', () => {
    const p = parseProgram('fn main() {\n    let n: u64 = "5000000000".parse().unwrap();\n    let r: Result<f32, _> = "1.5".parse();\n    let k = "7".parse::<u8>();\n    println!("{n} {:?} {:?}", r, k);\n}\n');
    if (!p.ok) throw new Error('parse');
    expect([...parseTargets(p.program).values()].sort()).toEqual(['f32', 'u64']);
  });
  it('runs them with those types', () => {
    const r = runRust('fn main() {\n    let n: u64 = "5000000000".parse().unwrap();\n    let r: Result<f32, _> = "1.5".parse();\n    println!("{n} {:?}", r);\n}\n');
    expect(r.stdout).toBe('5000000000 Ok(1.5)\n');
    expect(r.exitCode).toBe(0);
  });
  it('says so for a target the simulator does not model, instead of parsing an i32', () => {
    const r = runRust('use std::net::IpAddr;\nfn main() {\n    let home: IpAddr = "127.0.0.1".parse().expect("ok");\n    let _ = home;\n}\n');
    expect(r.stderr).not.toContain('panicked');
    expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([['unsupported', '지원하지 않는 기능: parse::<IpAddr>']]);
  });
});

describe('literal types from the checker', () => {
  const types = (src: string): string[] => {
    const p = parseProgram(src);
    if (!p.ok) throw new Error('parse');
    return [...literalTypes(p.program)].map(([l, t]) => `${l.raw}:${t}`);
  };
  it('gives a literal the type a later use fixes, through closures and collect', () => {
    expect(types('fn main() {\n    let a = 7;\n    let b: u64 = a;\n    let v: Vec<u8> = (0..3).map(|i| i * 2).collect();\n    let _ = (b, v);\n}\n').sort())
      .toEqual(['0:u8', '2:u8', '3:u8', '7:u64']);
  });
  it('leaves out a literal only defaulted (the evaluator keeps its own rule there)', () => {
    expect(types('fn main() {\n    let a = 7;\n    let f = 1.5;\n    println!("{a} {f}");\n}\n')).toEqual([]);
  });
  it('leaves out a literal its type cannot hold (rustc rejects it; never a wrong value)', () => {
    expect(types('fn main() {\n    let a = 300;\n    let b: u8 = a;\n    let c: i8 = -128;\n    let _ = (b, c);\n}\n')).toEqual(['128:i8']);
  });
  it('runs with those types: an overflow at the width the program gave', () => {
    const r = runRust('fn main() {\n    let big = 3_000_000_000;\n    let wide: i64 = big + big;\n    println!("{wide}");\n}\n');
    expect([r.stdout, r.exitCode]).toEqual(['6000000000\n', 0]);
  });
});

describe('collect / sum / Default::default targets from the checker', () => {
  it('writes the target inference fixed where the evaluator reads it', () => {
    const p = parseProgram('use std::collections::HashSet;\nfn n(s: &HashSet<u32>) -> usize { s.len() }\nfn main() {\n    let v = vec![1, 2];\n    let c = n(&v.iter().copied().collect());\n    let s: f64 = Vec::<f64>::new().iter().sum();\n    let d: u8 = Default::default();\n    let e = v.iter().collect::<Vec<_>>();\n    let _ = (c, s, d, e);\n}\n');
    if (!p.ok) throw new Error('parse');
    applyTargets(p.program);
    const main = p.program.items.find((i) => i.kind === 'Fn' && i.name.name === 'main');
    const text = JSON.stringify(main, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
    expect(text).toContain('"text":"HashSet<u32>"');
    expect(text).toContain('"text":"f64"');
    expect(text).toContain('"text":"u8::default"');
    expect(text).not.toContain('"text":"Default::default"');
  });
});
