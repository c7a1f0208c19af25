// The evaluator takes `str::parse`'s target from the checker's inference instead of guessing i32: a u64 past
// i32's range parses, and a target it does not model is said plainly (never a wrong ParseIntError panic).
import { describe, expect, it } from 'vitest';
import { runRust } from '../../../../src/sim/api.ts';
import { parseProgram } from '../../../../src/sim/syntax/parse.ts';
import { parseTargets } from '../../../../src/sim/check/types/evaluator-hints.ts';

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
