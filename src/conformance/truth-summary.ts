// Renders the real-cargo results as JSON for other tools and as a Markdown summary (counts by
// classification and chapter, the crates rustc rejects with their first error, per-code counts). Pure.
import { firstError, programStderr, rustcDiagnostics } from './cargo-output.ts';
import type { TruthClass } from './classify.ts';
import type { CrateUnit } from './discover.ts';
import { normalizeOutput, programOutput } from '../check/listing-output.ts';
import { differsBetweenRuns } from './nondeterminism.ts';
import type { TruthRecord } from './truth-cache.ts';

export const CLASSES: readonly TruthClass[] = ['runs', 'panics', 'compile-error', 'needs-registry', 'timeout', 'other'];

export interface TruthEntry {
  path: string;
  chapter: string;
  command: string;
  commandSource: string;
  mode: string;
  classification: TruthClass;
  exitCode: number | null;
  timedOut: boolean;
  stdout: string;
  /** cargo's whole stderr (status lines included). */
  stderr: string;
  /** rustc's part of stderr (diagnostics, through `error: could not compile …`). */
  rustcDiagnostics: string;
  /** What the program itself wrote to stderr (after `Running …`). */
  programStderr: string;
  firstError: { line: string; code: string | null; location: string | null } | null;
  /** A second real run printed something else (after ignoring thread ids, timings, test order). */
  differedBetweenRuns: boolean;
  /** differedBetweenRuns, or the sources use hash maps / threads / clocks: compared order-insensitively. */
  nondeterministic: boolean;
  /** The second run, when one was made. */
  second: { stdout: string; stderr: string; exitCode: number | null } | null;
  toolchain: string;
}

/** Whether the record's two real runs differ. */
export function differedBetweenRuns(mode: CrateUnit['command']['mode'], t: TruthRecord): boolean {
  return !!t.second && differsBetweenRuns(mode, t, t.second);
}

/** Runs differed, or the sources use hash maps / threads / clocks (two runs may agree by chance). */
export function isNondeterministic(u: CrateUnit, t: TruthRecord): boolean {
  return differedBetweenRuns(u.command.mode, t) || (u.mayVary && (t.classification === 'runs' || t.classification === 'panics'));
}

export function truthEntries(units: readonly CrateUnit[], truth: readonly TruthRecord[]): TruthEntry[] {
  return units.map((u, i) => {
    const t = truth[i];
    const diag = rustcDiagnostics(t.stderr);
    return {
      path: u.path,
      chapter: u.chapter,
      command: t.command,
      commandSource: t.commandSource,
      mode: u.command.mode,
      classification: t.classification,
      exitCode: t.exitCode,
      timedOut: t.timedOut,
      stdout: t.stdout,
      stderr: t.stderr,
      rustcDiagnostics: diag,
      programStderr: programStderr(t.stderr),
      firstError: t.classification === 'compile-error' ? firstError(diag) : null,
      differedBetweenRuns: differedBetweenRuns(u.command.mode, t),
      nondeterministic: isNondeterministic(u, t),
      second: t.second ? { stdout: t.second.stdout, stderr: t.second.stderr, exitCode: t.second.exitCode } : null,
      toolchain: t.toolchain,
    };
  });
}

export function truthJson(units: readonly CrateUnit[], truth: readonly TruthRecord[]): string {
  return JSON.stringify({ generated: new Date().toISOString(), crates: truthEntries(units, truth) }, null, 1) + '\n';
}

/** Markdown inline code that survives backticks inside (`` a `b` ``). */
export function mdCode(s: string): string {
  const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return longest ? `${fence} ${s} ${fence}` : `${fence}${s}${fence}`;
}

function countBy<T>(items: readonly T[], key: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const it of items) m.set(key(it), (m.get(key(it)) ?? 0) + 1);
  return m;
}

export function truthSummary(units: readonly CrateUnit[], truth: readonly TruthRecord[]): string {
  const entries = truthEntries(units, truth);
  const out: string[] = [];
  const toolchain = entries[0]?.toolchain ?? '';
  out.push(`# Ground truth: ${entries.length} crates (${toolchain})`, '');
  out.push('Each crate copied to a temp dir and run as its output.txt\'s first `$ ` line says (else `cargo run` with a binary target, `cargo build` without), stdin /dev/null, RUST_BACKTRACE unset, offline, 20 s run timeout. `panics` includes `cargo test` runs with a failing test (libtest reports those on stdout); `runs` includes successful `cargo build`/`cargo check` and programs that exit non-zero without panicking.', '');
  out.push(
    'The same results as JSON (`heapbook conformance --truth-out FILE`): `crates[]` with `path`, `chapter`, `command`, `commandSource` (`output.txt` / `default-run` / `default-build`), `mode` (run/test/build), `classification`, `exitCode` (null: killed or not run), `timedOut`, `stdout`, `stderr` (cargo\'s whole stderr, paths as for the crate in the book), `rustcDiagnostics` (rustc\'s part: from the first warning/error through `error: could not compile …`, cargo status lines removed; for crates that build, the warnings), `programStderr` (after cargo\'s `Running` line), `firstError` (`line`, `code`, `location`), `differedBetweenRuns`, `nondeterministic`, `second` (a second real run), `toolchain`.',
    '',
  );
  const byClass = countBy(entries, (e) => e.classification);
  out.push('## By classification', '', '| classification | crates |', '| --- | ---: |');
  for (const c of CLASSES) out.push(`| ${c} | ${byClass.get(c) ?? 0} |`);
  out.push('');
  const bySource = countBy(entries, (e) => `${e.commandSource}: ${e.mode}`);
  out.push('## By command source', '', '| source: mode | crates |', '| --- | ---: |');
  for (const [k, n] of [...bySource].sort()) out.push(`| ${k} | ${n} |`);
  out.push('');
  const chapters = [...new Set(entries.map((e) => e.chapter))].sort();
  out.push('## By chapter', '', `| chapter | ${CLASSES.join(' | ')} | total |`, `| --- |${CLASSES.map(() => ' ---: |').join('')} ---: |`);
  for (const ch of chapters) {
    const es = entries.filter((e) => e.chapter === ch);
    const m = countBy(es, (e) => e.classification);
    out.push(`| ${ch} | ${CLASSES.map((c) => m.get(c) ?? 0).join(' | ')} | ${es.length} |`);
  }
  out.push('');
  const rejected = entries.filter((e) => e.classification === 'compile-error');
  const codes = countBy(rejected, (e) => e.firstError?.code ?? '(no code)');
  out.push('## First error code of rejected crates', '', '| code | crates |', '| --- | ---: |');
  for (const [k, n] of [...codes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) out.push(`| ${k} | ${n} |`);
  out.push('');
  const allCodes = new Map<string, number>();
  for (const e of rejected) for (const m of e.rustcDiagnostics.matchAll(/^error\[(E\d{4})\]/gm)) allCodes.set(m[1], (allCodes.get(m[1]) ?? 0) + 1);
  out.push('## Every error code in rejected crates (all errors, not only the first)', '', '| code | errors |', '| --- | ---: |');
  for (const [k, n] of [...allCodes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) out.push(`| ${k} | ${n} |`);
  out.push('');
  out.push(`## Crates rustc rejects (${rejected.length})`, '');
  for (const e of rejected) {
    out.push(`- ${mdCode(e.path)} (${mdCode(e.command)}): ${mdCode(e.firstError?.line ?? '(no error line)')} at ${mdCode(e.firstError?.location ?? '?')}`);
  }
  out.push('');
  const nondet = entries.filter((e) => e.nondeterministic);
  out.push(
    `## Output that may differ between runs (${nondet.length})`,
    '',
    'Two real runs printed different output (*), or the sources use `HashMap`/`HashSet`/threads/clocks. When the exact text differs, these are compared with the simulator as a multiset of lines (entries inside `{…}` sorted).',
    '',
  );
  for (const e of nondet) out.push(`- ${mdCode(e.path)} (${mdCode(e.command)})${e.differedBetweenRuns ? ' (*)' : ''}`);
  out.push('');
  const stale = staleTranscripts(units, entries);
  out.push(
    `## The book's output.txt vs cargo 1.95 (${stale.differ.length} of ${stale.compared} differ)`,
    '',
    "`cargo run` crates that ran, whose output.txt has a program part (after `Running`): that part against the real stdout followed by the program's stderr, normalised as `heapbook check` does. A difference means the transcript was made with an older Rust (panic message layout, `dbg!` columns) or older code, not that the simulator is wrong.",
    '',
  );
  for (const d of stale.differ) out.push(`- ${mdCode(d.path)}: book ${mdCode(d.book)}, cargo ${mdCode(d.real)}`);
  out.push('');
  const odd = entries.filter((e) => e.classification === 'other' || e.classification === 'timeout' || e.classification === 'needs-registry');
  out.push(`## needs-registry / timeout / other (${odd.length})`, '');
  for (const e of odd) {
    const why = e.classification === 'other' ? (e.stderr.split('\n').find((l) => /^error/.test(l)) ?? `exit ${e.exitCode}`) : '';
    out.push(`- ${e.classification}: ${mdCode(e.path)} (${mdCode(e.command)})${why ? ` — ${mdCode(why)}` : ''}`);
  }
  out.push('');
  return out.join('\n');
}

/** First differing line of each `cargo run` crate whose output.txt program part differs from the real run. */
export function staleTranscripts(units: readonly CrateUnit[], entries: readonly TruthEntry[]): { compared: number; differ: { path: string; book: string; real: string }[] } {
  let compared = 0;
  const differ: { path: string; book: string; real: string }[] = [];
  units.forEach((u, i) => {
    const e = entries[i];
    if (!u.bookTranscript || u.command.mode !== 'run' || (e.classification !== 'runs' && e.classification !== 'panics')) return;
    const book = programOutput(u.bookTranscript);
    if (book === null) return;
    compared++;
    const b = normalizeOutput(book).split('\n');
    const r = normalizeOutput(e.stdout + e.programStderr).split('\n');
    const at = b.findIndex((l, k) => l !== r[k]);
    const k = at >= 0 ? at : b.length < r.length ? b.length : -1;
    const show = (l: string | undefined) => (l === undefined ? '(end)' : l === '' ? '(empty line)' : l);
    if (k >= 0) differ.push({ path: u.path, book: show(b[k]), real: show(r[k]) });
  });
  return { compared, differ };
}
