import { describe, expect, it } from 'vitest';
import { parseRunLine, runConfigOf, shellWords } from '../../src/book/run-config.ts';

describe('parseRunLine', () => {
  it('reads program arguments after --', () => {
    expect(parseRunLine('$ cargo run -- to poem.txt')).toEqual({ mode: 'run', args: ['to', 'poem.txt'], env: {} });
  });
  it('reads environment assignments before cargo', () => {
    expect(parseRunLine('$ IGNORE_CASE=1 cargo run -- body poem.txt')).toEqual({ mode: 'run', args: ['body', 'poem.txt'], env: { IGNORE_CASE: '1' } });
  });
  it('reads a test filter and harness arguments', () => {
    expect(parseRunLine('$ cargo test')).toEqual({ mode: 'test', args: [], env: {} });
    expect(parseRunLine('$ cargo test add')).toEqual({ mode: 'test', args: [], env: {}, filter: 'add' });
    expect(parseRunLine('$ cargo test -- --show-output')).toEqual({ mode: 'test', args: ['--show-output'], env: {} });
    expect(parseRunLine('$ cargo test --test integration_test')).toEqual({ mode: 'test', args: [], env: {}, testTarget: '--test integration_test' });
  });
  it('reads -p for a workspace package', () => {
    expect(parseRunLine('$ cargo run -p adder')).toEqual({ mode: 'run', args: [], env: {}, package: 'adder' });
    expect(parseRunLine('$ cargo test -p add_one')).toEqual({ mode: 'test', args: [], env: {}, package: 'add_one' });
  });
  it('passes words after cargo run to the program, as cargo does', () => {
    expect(parseRunLine('$ cargo run the poem.txt')).toEqual({ mode: 'run', args: ['the', 'poem.txt'], env: {} });
  });
  it('stops at a redirection', () => {
    expect(parseRunLine('$ cargo run > output.txt')).toEqual({ mode: 'run', args: [], env: {} });
    expect(parseRunLine('$ cargo run -- to poem.txt > output.txt')).toEqual({ mode: 'run', args: ['to', 'poem.txt'], env: {} });
  });
  it('treats build and check as nothing to run', () => {
    expect(parseRunLine('$ cargo build')?.mode).toBe('build');
    expect(parseRunLine('$ cargo check')?.mode).toBe('build');
  });
  it('rejects what cargo would not run as written', () => {
    expect(parseRunLine('$ cargo doc --open')).toBeNull();
    expect(parseRunLine('$ ls target')).toBeNull();
    expect(parseRunLine('$ cargo run -- "unclosed')).toBeNull();
  });
});

describe('shellWords', () => {
  it('keeps quoted words whole', () => {
    expect(shellWords(`cargo run -- "two words" 'single q' a\\ b`)).toEqual(['cargo', 'run', '--', 'two words', 'single q', 'a b']);
  });
});

describe('runConfigOf', () => {
  it('takes the first $ line, and defaults to cargo run', () => {
    expect(runConfigOf('$ cargo run -- needle haystack\n   Compiling x\n')).toEqual({ mode: 'run', args: ['needle', 'haystack'], env: {} });
    expect(runConfigOf(undefined)).toEqual({ mode: 'run', args: [], env: {} });
  });
});
