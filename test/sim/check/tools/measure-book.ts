// Conformance of the checker on a real book: for every crate of a ground-truth file (real cargo 1.95),
// (a) same first `error[E…]` line and ` --> file:line:col`, (b) byte-identical compiler output; and
// false positives (crates cargo builds that the checker rejects). Usage:
//   npx tsx test/sim/check/tools/measure-book.ts BOOK_DIR TRUTH.json [--verbose] [--only SUBSTR]
import { readFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runRust } from '../../../../src/sim/api.ts';
import { runCrate } from '../../../../src/sim/crate/run-crate.ts';
import { testCrate } from '../../../../src/sim/crate/test-crate.ts';

interface Crate { path: string; classification: string; rustcDiagnostics: string; command?: string }

const [bookDir, truthFile, ...flags] = process.argv.slice(2);
if (!bookDir || !truthFile) {
  console.error('usage: measure-book.ts BOOK_DIR TRUTH.json [--verbose] [--only SUBSTR]');
  process.exit(2);
}
const verbose = flags.includes('--verbose');
const only = flags.includes('--only') ? flags[flags.indexOf('--only') + 1] : undefined;
const crates: Crate[] = JSON.parse(readFileSync(truthFile, 'utf8')).crates;

/** `[dependencies]` keys plus the crate's own library name, `-` as `_` (what its code may name). */
function crateNames(dir: string, pkg: string): string[] {
  const out: string[] = [];
  let inDeps = false;
  for (const line of readFileSync(join(dir, 'Cargo.toml'), 'utf8').split('\n')) {
    const h = /^\s*\[([^\]]+)\]/.exec(line);
    if (h) {
      inDeps = /^(dev-|build-)?dependencies$/.test(h[1].trim());
      continue;
    }
    const k = inDeps ? /^\s*([A-Za-z0-9_-]+)\s*=/.exec(line) : null;
    if (k) out.push(k[1]);
  }
  if (existsSync(join(dir, 'src/lib.rs'))) out.push(pkg);
  return out.map((c) => c.replace(/-/g, '_'));
}

/** Every file of a crate folder but `target/`, by its path relative to the folder. */
function crateFiles(dir: string, sub = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(join(dir, sub))) {
    const rel = sub ? `${sub}/${e}` : e;
    if (rel === 'target' || e.startsWith('.')) continue;
    if (statSync(join(dir, rel)).isDirectory()) Object.assign(out, crateFiles(dir, rel));
    else out[rel] = readFileSync(join(dir, rel), 'utf8');
  }
  return out;
}

function packageName(dir: string): string {
  const toml = readFileSync(join(dir, 'Cargo.toml'), 'utf8');
  return /^\s*name\s*=\s*"([^"]+)"/m.exec(toml)?.[1] ?? 'main';
}

/** rustc's part of cargo's stderr: from the first diagnostic line through `could not compile`. */
function compilerText(s: string): string {
  const lines = s.split('\n');
  const start = lines.findIndex((l) => /^(error|warning)(\[E\d+\])?: /.test(l));
  return start < 0 ? '' : lines.slice(start).join('\n');
}

function firstError(s: string): string {
  const lines = s.split('\n');
  const i = lines.findIndex((l) => /^error(\[E\d+\])?: /.test(l) && !l.startsWith('error: could not compile'));
  return i < 0 ? '' : `${lines[i]} ${lines[i + 1] ?? ''}`;
}

const perCode = new Map<string, { total: number; a: number; b: number }>();
let total = 0, matchA = 0, matchB = 0, fp = 0, clean = 0;
for (const c of crates) {
  if (only && !c.path.includes(only)) continue;
  const dir = join(bookDir, c.path);
  // cargo builds the library first: its errors are the crate's output; then the binary.
  const files = ['src/lib.rs', 'src/main.rs'].filter((f) => existsSync(join(dir, f)));
  if (files.length === 0) continue;
  const pkg = packageName(dir);
  const t0 = performance.now();
  const deps = crateNames(dir, pkg);
  const all = crateFiles(dir);
  const multi = Object.keys(all).some((f) => f.endsWith('.rs') && f !== 'src/lib.rs' && f !== 'src/main.rs');
  // A binary with `mod x;` files runs as cargo builds it, through runCrate (files assembled, then checked).
  let r = multi && files.length === 1 && files[0] === 'src/main.rs'
    ? runCrate({ files: all }, { maxSteps: 1, crates: deps })
    : runRust(readFileSync(join(dir, files[0]), 'utf8'), { fileName: files[0], packageName: pkg, maxSteps: 1, crates: deps });
  // Then the binary as cargo builds it, seeing the library by its crate name (runCrate assembles both).
  if (r.outcome.kind !== 'compile-error' && files.length > 1) r = runCrate({ files: all }, { maxSteps: 1, crates: deps });
  // `cargo test` also compiles the `cfg(test)` code: its test harnesses are checked as cargo builds them.
  if (r.outcome.kind !== 'compile-error' && /^cargo test\b/.test(c.command ?? '')) r = testCrate({ files: all }, { maxSteps: 1 });
  const ms = performance.now() - t0;
  const rejected = r.outcome.kind === 'compile-error';
  if (c.classification === 'compile-error') {
    const want = compilerText(c.rustcDiagnostics);
    const code = /^error\[(E\d+)\]/m.exec(want)?.[1] ?? '(no code)';
    const e = perCode.get(code) ?? { total: 0, a: 0, b: 0 };
    e.total++;
    total++;
    const a = rejected && firstError(r.stderr) === firstError(want);
    const b = rejected && r.stderr === want;
    if (a) { e.a++; matchA++; }
    if (b) { e.b++; matchB++; }
    perCode.set(code, e);
    if (verbose) console.log(`${b ? 'EXACT' : a ? 'FIRST' : rejected ? 'WRONG' : 'MISS '} ${c.path} ${code} (${ms.toFixed(1)} ms)`);
    if (verbose && rejected && !b && only) console.log(`--- got\n${r.stderr}--- want\n${want}`);
  } else if (c.classification === 'runs' || c.classification === 'panics' || c.classification === 'timeout') {
    clean++;
    if (rejected) {
      fp++;
      console.log(`FALSE POSITIVE ${c.path}\n${r.stderr}`);
    }
  }
}
console.log('\ncode      a/total  b/total');
for (const [code, e] of [...perCode].sort((x, y) => y[1].total - x[1].total)) console.log(`${code.padEnd(9)} ${String(e.a).padStart(2)}/${e.total}     ${String(e.b).padStart(2)}/${e.total}`);
console.log(`\nrejected crates: ${total}; (a) first error + location: ${matchA}/${total} (${(100 * matchA / total).toFixed(1)}%); (b) byte-identical: ${matchB}/${total} (${(100 * matchB / total).toFixed(1)}%)`);
console.log(`false positives: ${fp}/${clean} crates that cargo builds`);
