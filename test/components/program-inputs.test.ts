// The island's run plumbing that needs no DOM: default inputs and crate request from listing data,
// which inputs a program reads, and the argument text shown in the 인자 box (round-trips through shellWords).
import { describe, expect, it } from 'vitest';
import { listingRun } from '../../components/run/listing-run.ts';
import { argsText, inputsUsed } from '../../components/run/ProgramInputs.tsx';
import { shellWords } from '../../src/book/run-config.ts';
import type { ListingData } from '../../src/book/model.ts';

const base = { id: 'listing-12-01', source: 'fn main() {}', visible: [true], attrs: {} as ListingData['attrs'], loc: { file: 'src/ch12.md', line: 1 } } satisfies ListingData;

describe('listingRun', () => {
  it('runs a plain listing with no inputs', () => {
    expect(listingRun(base)).toEqual({ inputs: { args: [], env: {}, stdin: '' } });
  });
  it('takes arguments and env from the crate run config', () => {
    const crate = { files: { 'Cargo.toml': '', 'src/main.rs': base.source }, file: 'src/main.rs', run: { mode: 'run' as const, args: ['to', 'poem.txt'], env: { IGNORE_CASE: '1' } } };
    const r = listingRun({ ...base, crate });
    expect(r.inputs).toEqual({ args: ['to', 'poem.txt'], env: { IGNORE_CASE: '1' }, stdin: '' });
    expect(r.crate).toMatchObject({ mode: 'run', file: 'src/main.rs' });
  });
  it('runs a partial listing in its crate as is, and alone once edited', () => {
    const crate = { files: { 'Cargo.toml': '', 'src/main.rs': 'fn main() {\n    part();\n}\nfn part() {}\n' }, file: 'src/main.rs', run: { mode: 'run' as const, args: [], env: {} } };
    const partial = { ...base, source: 'fn part() {}', crate };
    expect(listingRun(partial).crate).toMatchObject({ file: undefined, mode: 'run' });
    expect(listingRun(partial, true).crate).toBeUndefined();
    expect(listingRun({ ...partial, source: crate.files['src/main.rs'] }, true).crate).toMatchObject({ file: 'src/main.rs' });
  });
  it('runs the tests of a library without a binary', () => {
    const crate = { files: { 'Cargo.toml': '', 'src/lib.rs': '' }, file: 'src/lib.rs', run: { mode: 'build' as const, args: [], env: {} } };
    expect(listingRun({ ...base, crate }).crate).toMatchObject({ mode: 'test' });
  });
  it('sends test-harness arguments for cargo test listings', () => {
    const crate = { files: {}, file: 'src/lib.rs', run: { mode: 'test' as const, args: ['--show-output'], env: {}, filter: 'add' } };
    const r = listingRun({ ...base, crate });
    expect(r.inputs.args).toEqual([]);
    expect(r.crate).toMatchObject({ mode: 'test', filter: 'add', harnessArgs: ['--show-output'] });
  });
});

describe('ProgramInputs helpers', () => {
  it('sees which inputs a program reads', () => {
    expect(inputsUsed('let a: Vec<String> = env::args().collect();')).toEqual({ args: true, stdin: false, rand: false });
    expect(inputsUsed('io::stdin().read_line(&mut s); rand::thread_rng().gen_range(1..=100)')).toEqual({ args: false, stdin: true, rand: true });
  });
  it('quotes arguments so that the box text parses back to them', () => {
    const args = ['to', 'poem.txt', 'two words', 'it"s'];
    expect(argsText(args)).toBe('to poem.txt "two words" "it\\"s"');
    expect(shellWords(argsText(args))).toEqual(args);
  });
});
