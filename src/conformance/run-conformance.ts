// Drives the simulator side of the conformance run: for each crate with known truth, simulate it through
// the adapter (in a guarded worker), compare with the real result, print the report and write --json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { diffBaseline, formatBaselineDiff, parseBaseline } from './baseline-diff.ts';
import { compareCrate } from './compare.ts';
import { missDiff } from './miss-diff.ts';
import type { CrateUnit } from './discover.ts';
import { formatReport, summarize, type CrateVerdict } from './report.ts';
import type { SimResponse } from './sim-adapter.ts';
import { SimPool } from './sim-pool.ts';
import type { TruthRecord } from './truth-cache.ts';
import { isNondeterministic } from './truth-summary.ts';

export interface CompareArgs {
  json?: string;
  /** An earlier `--json` file: print what improved and what regressed; exit 1 on a regression. */
  baseline?: string;
  /** Print a line diff under each miss. */
  diff?: boolean;
}

/** Seconds one crate may take in the simulator before it is abandoned. */
const SIM_TIME_GUARD = 60;

export async function compareAll(units: readonly CrateUnit[], truth: readonly TruthRecord[], args: CompareArgs): Promise<number> {
  // Read the baseline first: a bad file is reported before the (long) simulation, and --json may overwrite it.
  let before = null;
  if (args.baseline) {
    if (!existsSync(args.baseline)) {
      console.error(`--baseline 파일이 없습니다: ${args.baseline}`);
      return 2;
    }
    const parsed = parseBaseline(readFileSync(args.baseline, 'utf8'), args.baseline);
    if (typeof parsed === 'string') {
      console.error(parsed);
      return 2;
    }
    before = parsed;
  }
  const pool = new SimPool(SIM_TIME_GUARD);
  const results: (CrateVerdict & { sim: SimResponse | null; seconds: number })[] = [];
  const details: string[] = [];
  try {
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      const t = truth[i];
      const known = t.classification === 'runs' || t.classification === 'panics' || t.classification === 'compile-error';
      const started = Date.now();
      const sim = known
        ? await pool.simulate(u.absDir, { mode: u.command.mode, args: u.command.programArgs, env: u.command.env, stdin: '', cargoArgs: u.command.cargoArgs })
        : null;
      const view = { classification: t.classification, mode: u.command.mode, stdout: t.stdout, stderr: t.stderr, exitCode: t.exitCode, nondeterministic: isNondeterministic(u, t) };
      const verdict = compareCrate(view, sim ?? { stdout: '', stderr: '', exitCode: 2, simDiagnostics: [] });
      results.push({ path: u.path, chapter: u.chapter, classification: t.classification, command: t.command, verdict, sim, seconds: (Date.now() - started) / 1000 });
      const missed = (verdict.kind === 'runtime' && !verdict.match) || (verdict.kind === 'compile-error' && !verdict.fullMatch);
      if (args.diff && sim && missed) details.push(`\n${u.path} (${t.command}):`, ...missDiff(view, sim));
      if (process.stderr.isTTY) process.stderr.write(`\r시뮬레이터 ${i + 1}/${units.length}`);
    }
  } finally {
    await pool.close();
    if (process.stderr.isTTY) process.stderr.write('\n');
  }
  process.stdout.write(formatReport(results));
  if (details.length) process.stdout.write(details.join('\n') + '\n');
  if (args.json) {
    mkdirSync(dirname(resolve(args.json)), { recursive: true });
    writeFileSync(args.json, JSON.stringify({ generated: new Date().toISOString(), summary: summarize(results), crates: results }, null, 1) + '\n');
  }
  if (before) {
    const d = diffBaseline(before, results);
    process.stdout.write('\n' + formatBaselineDiff(d));
    if (d.regressed.length) return 1;
  }
  return 0;
}
