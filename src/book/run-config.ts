// Reads how a listing is run from the `$ …` line of its output.txt (`$ IGNORE_CASE=1 cargo run -- to poem.txt`,
// `$ cargo test add`, `$ cargo run -p adder`) into the simulator's run settings. Pure; no I/O.

export interface RunConfig {
  /** `cargo run` → 'run'; `cargo test` → 'test'; `cargo build` / `cargo check` → 'build' (nothing runs). */
  mode: 'run' | 'test' | 'build';
  /** Program arguments (`run`) or test-harness arguments (`test`), after `--`. */
  args: string[];
  /** `VAR=value` assignments before the command. */
  env: Record<string, string>;
  /** `-p NAME` / `--package NAME`. */
  package?: string;
  /** `cargo test FILTER` */
  filter?: string;
  /** `cargo test --test NAME` / `--lib` / `--doc`. */
  testTarget?: string;
}

/** Splits a shell line into words: single and double quotes, backslash escapes; no expansions. */
export function shellWords(line: string): string[] | null {
  const out: string[] = [];
  let cur = '', inWord = false, quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"' && i + 1 < line.length) cur += line[++i];
      else cur += c;
    } else if (c === '"' || c === "'") { quote = c; inWord = true; }
    else if (c === '\\' && i + 1 < line.length) { cur += line[++i]; inWord = true; }
    else if (/\s/.test(c)) { if (inWord) out.push(cur); cur = ''; inWord = false; }
    else { cur += c; inWord = true; }
  }
  if (quote) return null;
  if (inWord) out.push(cur);
  return out;
}

/**
 * Parses one command line (with or without the leading `$ `). Null when it is not a `cargo run|test|build|check`
 * command the simulator can follow (another program, a pipe, or an unknown cargo subcommand).
 */
export function parseRunLine(line: string): RunConfig | null {
  const words = shellWords(line.replace(/^\s*\$\s*/, ''));
  if (!words) return null;
  const env: Record<string, string> = {};
  let i = 0;
  while (i < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i])) {
    const eq = words[i].indexOf('=');
    env[words[i].slice(0, eq)] = words[i].slice(eq + 1);
    i++;
  }
  if (words[i] !== 'cargo') return null;
  const sub = words[i + 1];
  const mode = sub === 'run' ? 'run' : sub === 'test' ? 'test' : sub === 'build' || sub === 'check' ? 'build' : null;
  if (!mode) return null;
  const cfg: RunConfig = { mode, args: [], env };
  const rest = words.slice(i + 2);
  // Redirections end the command as far as the program is concerned (`> output.txt`, `2>&1`).
  const cut = rest.findIndex((w) => /^(\d?>|<|\|)/.test(w));
  const cmd = cut < 0 ? rest : rest.slice(0, cut);
  const dash = cmd.indexOf('--');
  const own = dash < 0 ? cmd : cmd.slice(0, dash);
  if (dash >= 0) cfg.args = cmd.slice(dash + 1);
  const positional: string[] = [];
  for (let j = 0; j < own.length; j++) {
    const w = own[j];
    if (w === '-p' || w === '--package') cfg.package = own[++j];
    else if (w.startsWith('--package=')) cfg.package = w.slice('--package='.length);
    else if (w === '--test' || w === '--bin') cfg.testTarget = `${w} ${own[++j]}`;
    else if (w === '--lib' || w === '--doc') cfg.testTarget = w;
    else if (w === '-q' || w === '--quiet' || w === '--release') continue;
    else if (w.startsWith('-')) return null;
    else if (mode === 'test' && cfg.filter === undefined) cfg.filter = w;
    // `cargo run the poem.txt`: cargo passes trailing words to the program, as after `--`.
    else if (mode === 'run') positional.push(w);
    else return null;
  }
  cfg.args = [...positional, ...cfg.args];
  return cfg;
}

/** The run settings of an output.txt: its first `$ ` line; a listing without one runs as `cargo run`. */
export function runConfigOf(outputTxt: string | undefined): RunConfig {
  const first = outputTxt?.split('\n').find((l) => l.startsWith('$ '));
  return (first && parseRunLine(first)) || { mode: 'run', args: [], env: {} };
}
