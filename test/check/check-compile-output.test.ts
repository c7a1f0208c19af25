// does_not_compile listings against their output.txt: the same text is no finding; a different text, a crate
// the checker accepts and one it cannot check are simulator limits (never errors of the book).
import { describe, expect, it } from 'vitest';
import { buildCrate } from '../../src/sim/api.ts';
import { checkCompileOutput, compilerOutput } from '../../src/check/check-compile-output.ts';
import { isSimulatorLimit } from '../../src/check/diagnostic.ts';

const loc = { file: 'src/ch04.md', line: 10, col: 1 };
const manifest = (name: string) => `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n`;
const main = 'fn main() {\n    let s = String::from("a");\n    let t = s;\n    println!("{s} {t}");\n}\n';
const build = (name: string, source = main) => buildCrate({ files: { 'Cargo.toml': manifest(name), 'src/main.rs': source } });
const cargo = build('ownership').stderr;
const transcript = `$ cargo run\n   Compiling ownership v0.1.0 (file:///projects/ownership)\n${cargo}`;
const output = { file: 'listings/ch04/listing-04-01/output.txt', text: transcript };

describe('does_not_compile listings', () => {
  it('extracts the compiler part of a transcript', () => {
    expect(cargo).toMatch(/^error\[E0382\]/);
    expect(compilerOutput(transcript)).toBe(cargo);
    expect(compilerOutput('$ cargo run\nhello\n')).toBeNull();
  });

  it('same compiler text: no finding', () => {
    expect(checkCompileOutput({ id: 'l1', loc, output }, build('ownership'))).toEqual([]);
  });

  it('different text: a simulator limit with a diff', () => {
    const d = checkCompileOutput({ id: 'l1', loc, output }, build('other'));
    expect(d).toHaveLength(1);
    expect(isSimulatorLimit(d[0])).toBe(true);
    expect(d[0].message).toContain('- error: could not compile `ownership`');
    expect(d[0].message).toContain('+ error: could not compile `other`');
  });

  it('a crate the checker accepts: a simulator limit naming the transcript', () => {
    const d = checkCompileOutput({ id: 'l2', loc, output }, build('ownership', 'fn main() {}\n'));
    expect(d).toHaveLength(1);
    expect(isSimulatorLimit(d[0])).toBe(true);
    expect(d[0].message).toMatch(/받아들입니다.*listing-04-01\/output\.txt/);
  });

  it('a crate the simulator cannot check: a simulator limit with its reason', () => {
    const d = checkCompileOutput({ id: 'l3', loc, output }, { outcome: 'error', stderr: '', problem: 'src/main.rs:1:1: 구문 오류' });
    expect(d.map((x) => [isSimulatorLimit(x), x.message])).toEqual([[true, 'l3: 시뮬레이터가 이 크레이트를 검사할 수 없습니다 — src/main.rs:1:1: 구문 오류']]);
  });

  it('a transcript without a compile failure has nothing to compare', () => {
    expect(checkCompileOutput({ id: 'l4', loc, output: { file: 'o.txt', text: '$ cargo run\n안녕\n' } }, build('ownership'))).toEqual([]);
  });
});
