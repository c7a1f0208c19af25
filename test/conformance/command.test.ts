import { describe, expect, it } from 'vitest';
import { commandLineOf, parseCargoCommand, prebuildArgs, type CargoCommand } from '../../src/conformance/command.ts';

function parsed(line: string): CargoCommand {
  const c = parseCargoCommand(line);
  if (typeof c === 'string') throw new Error(c);
  return c;
}

describe('parseCargoCommand', () => {
  it('splits env assignments, subcommand, cargo args and program args', () => {
    const c = parsed('$ LOUD=1 cargo run -- one two');
    expect(c).toMatchObject({ text: 'LOUD=1 cargo run -- one two', env: { LOUD: '1' }, subcommand: 'run', argv: ['run', '--', 'one', 'two'], cargoArgs: [], programArgs: ['one', 'two'], mode: 'run' });
  });

  it('cargo run passes its positional words on to the program, after flags and their values', () => {
    expect(parsed('$ cargo run the poem.txt')).toMatchObject({ argv: ['run', 'the', 'poem.txt'], cargoArgs: [], programArgs: ['the', 'poem.txt'] });
    expect(parsed('$ cargo run -p app --release x -- -y')).toMatchObject({ cargoArgs: ['-p', 'app', '--release'], programArgs: ['x', '--', '-y'] });
    expect(parsed('$ cargo run -p app')).toMatchObject({ cargoArgs: ['-p', 'app'], programArgs: [] });
  });

  it('keeps a cargo test filter and harness flags apart', () => {
    expect(parsed('$ cargo test greeting -- --show-output')).toMatchObject({ mode: 'test', cargoArgs: ['greeting'], programArgs: ['--show-output'] });
    expect(parsed('$ cargo test --test integration')).toMatchObject({ cargoArgs: ['--test', 'integration'], programArgs: [] });
  });

  it('maps build and check to the build mode and honours quotes', () => {
    expect(parsed('$ cargo check').mode).toBe('build');
    expect(parsed('$ cargo build').mode).toBe('build');
    expect(parsed(`$ cargo run -- "two words" 'x y'`).programArgs).toEqual(['two words', 'x y']);
  });

  it('explains what is not a cargo command', () => {
    expect(parseCargoCommand('$ ls -l')).toMatch(/cargo 명령이 아닙니다/);
    expect(parseCargoCommand('$ cargo fmt')).toMatch(/지원하지 않는 cargo 하위 명령: fmt/);
    expect(parseCargoCommand('$ cargo run -- "open')).toMatch(/따옴표/);
  });
});

describe('commandLineOf', () => {
  it('is the first `$ ` line', () => {
    expect(commandLineOf('$ cargo run\n   Compiling x\n$ cargo test\n')).toBe('$ cargo run');
    expect(commandLineOf('no prompt here\n')).toBeNull();
  });
});

describe('prebuildArgs', () => {
  it('compiles the same targets without running them', () => {
    expect(prebuildArgs(parsed('cargo run -p app -- a b'))).toEqual(['build', '-p', 'app']);
    expect(prebuildArgs(parsed('cargo test --test integration name -- --ignored'))).toEqual(['test', '--no-run', '--test', 'integration']);
    expect(prebuildArgs(parsed('cargo build'))).toBeNull();
  });
});
