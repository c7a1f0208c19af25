// Parses the `$ …` command line of a listing's output.txt (`$ IGNORE_CASE=1 cargo run -- to poem.txt`)
// into environment, cargo subcommand, cargo arguments and program arguments. Pure.

/** How the simulator must emulate the command: run a binary, run its tests, or only compile. */
export type CrateMode = 'run' | 'test' | 'build';

export interface CargoCommand {
  /** The line as written, without the leading `$ `. */
  text: string;
  /** `NAME=value` assignments before `cargo`. */
  env: Record<string, string>;
  /** `run`, `test`, `build`, `check`, … */
  subcommand: string;
  /** Exactly the words after `cargo` (the subcommand first), as the real run passes them. */
  argv: string[];
  /** Cargo's own arguments (flags with their values and, for `cargo test`, a filter). */
  cargoArgs: string[];
  /**
   * The program's arguments: after `--`, and for `cargo run` also from its first positional word on
   * (`cargo run the poem.txt` passes `the poem.txt`). For `cargo test` they go to the test harness.
   */
  programArgs: string[];
  mode: CrateMode;
}

function splitWords(line: string): string[] | null {
  const words: string[] = [];
  let cur = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (const ch of line) {
    if (quote) {
      if (ch === quote) quote = null;
      else cur += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += ch;
      inWord = true;
    }
  }
  if (quote) return null;
  if (inWord) words.push(cur);
  return words;
}

function modeOf(subcommand: string): CrateMode | null {
  switch (subcommand) {
    case 'run':
      return 'run';
    case 'test':
      return 'test';
    case 'build':
    case 'check':
      return 'build';
    default:
      return null;
  }
}

/** Parses one command line (with or without the `$ ` prompt); a string explains why it is not a cargo command. */
export function parseCargoCommand(line: string): CargoCommand | string {
  const text = line.replace(/^\$\s*/, '').trim();
  const words = splitWords(text);
  if (!words) return `닫히지 않은 따옴표: ${text}`;
  const env: Record<string, string> = {};
  let i = 0;
  for (; i < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]); i++) {
    const eq = words[i].indexOf('=');
    env[words[i].slice(0, eq)] = words[i].slice(eq + 1);
  }
  if (words[i] !== 'cargo') return `cargo 명령이 아닙니다: ${text}`;
  const subcommand = words[i + 1];
  if (!subcommand) return `cargo 하위 명령이 없습니다: ${text}`;
  const mode = modeOf(subcommand);
  if (!mode) return `지원하지 않는 cargo 하위 명령: ${subcommand}`;
  const rest = words.slice(i + 2);
  const dashes = rest.indexOf('--');
  let cargoArgs = dashes < 0 ? rest : rest.slice(0, dashes);
  let programArgs = dashes < 0 ? [] : rest.slice(dashes + 1);
  if (mode === 'run') {
    // `cargo run [OPTIONS] [ARGS]...`: from the first word that is neither a flag nor a flag's value, the
    // words are the program's (cargo passes them on).
    const first = firstPositional(cargoArgs);
    if (first >= 0) {
      programArgs = [...cargoArgs.slice(first), ...(dashes < 0 ? [] : rest.slice(dashes))];
      cargoArgs = cargoArgs.slice(0, first);
    }
  }
  return { text, env, subcommand, argv: words.slice(i + 1), cargoArgs, programArgs, mode };
}

/** Cargo flags that take the next word as their value. */
const VALUE_FLAGS = new Set(['-p', '--package', '--bin', '--test', '--example', '--bench', '--features', '-F', '--target', '--target-dir', '--manifest-path', '--profile', '-j', '--jobs', '--color', '--config', '-Z', '--message-format']);

function firstPositional(args: readonly string[]): number {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (VALUE_FLAGS.has(a)) i++;
    else if (!a.startsWith('-')) return i;
  }
  return -1;
}

/** The first `$ ` line of an output.txt transcript, or null when it has none. */
export function commandLineOf(transcript: string): string | null {
  for (const line of transcript.replace(/\r\n/g, '\n').split('\n')) {
    if (line.startsWith('$ ')) return line;
  }
  return null;
}

/** Cargo flags that take a value and select what is built (kept when pre-building). */
const SELECTING_FLAGS = new Set(['-p', '--package', '--bin', '--test', '--example', '--bench', '--features', '-F']);
const SELECTING_SWITCHES = new Set(['--lib', '--bins', '--tests', '--release', '--workspace', '--all-targets', '--all-features', '--no-default-features']);

/**
 * The cargo arguments that compile exactly what `cmd` will run, without running it
 * (`cargo build -p x` for `cargo run -p x -- a`, `cargo test --no-run --test t` for `cargo test --test t filter`).
 * Null for commands that only compile anyway.
 */
export function prebuildArgs(cmd: CargoCommand): string[] | null {
  if (cmd.mode === 'build') return null;
  const kept: string[] = [];
  for (let i = 0; i < cmd.cargoArgs.length; i++) {
    const a = cmd.cargoArgs[i];
    const flag = a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
    if (SELECTING_FLAGS.has(flag)) {
      kept.push(a);
      if (!a.includes('=') && i + 1 < cmd.cargoArgs.length) kept.push(cmd.cargoArgs[++i]);
    } else if (SELECTING_SWITCHES.has(a)) kept.push(a);
  }
  return cmd.mode === 'run' ? ['build', ...kept] : ['test', '--no-run', ...kept];
}
