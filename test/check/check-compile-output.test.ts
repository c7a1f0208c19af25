// does_not_compile listings against their output.txt: rejected with the same text, a different text is
// an error with a diff, an accepted listing is a warning (a miss of the checker).
import { describe, expect, it } from 'vitest';
import { runRust } from '../../src/sim/api.ts';
import { checkCompileOutput, compilerOutput } from '../../src/check/check-compile-output.ts';

const loc = { file: 'src/ch04.md', line: 10, col: 1 };
const src = 'fn main() {\n    let s = String::from("a");\n    let t = s;\n    println!("{s} {t}");\n}\n';
const cargo = runRust(src, { packageName: 'ownership' }).stderr;
const transcript = `$ cargo run\n   Compiling ownership v0.1.0 (file:///projects/ownership)\n${cargo}`;

describe('does_not_compile listings', () => {
  it('extracts the compiler part of a transcript', () => {
    expect(compilerOutput(transcript)).toBe(cargo);
    expect(compilerOutput('$ cargo run\nhello\n')).toBeNull();
  });
  it('same compiler text: no finding', () => {
    expect(checkCompileOutput(runRust, { id: 'l1', loc, source: src, fileName: 'src/main.rs', packageName: 'ownership', output: { file: 'output.txt', text: transcript } })).toEqual([]);
  });
  it('different text: an error with a diff', () => {
    const d = checkCompileOutput(runRust, { id: 'l1', loc, source: src, fileName: 'src/main.rs', packageName: 'other', output: { file: 'output.txt', text: transcript } });
    expect(d).toHaveLength(1);
    expect(d[0].severity).toBe('error');
    expect(d[0].message).toContain("- error: could not compile `ownership`");
  });
  it('a listing the checker accepts: a warning', () => {
    const d = checkCompileOutput(runRust, { id: 'l2', loc, source: 'fn main() {}\n', fileName: 'src/main.rs' });
    expect(d.map((x) => x.severity)).toEqual(['warning']);
  });
});
