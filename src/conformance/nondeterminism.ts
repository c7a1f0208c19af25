// Tells whether two real runs of the same crate printed the same thing (threads, hash maps and timings
// can make them differ), and compares such crates by their lines regardless of order (and map entry order). Pure.
import { normalizeOutput } from '../check/listing-output.ts';
import { programStderr } from './cargo-output.ts';
import type { CrateMode } from './command.ts';
import { normalizeLibtest } from './libtest-normalize.ts';

export interface RunSample {
  stdout: string;
  /** cargo's whole stderr. */
  stderr: string;
  exitCode: number | null;
}

function comparable(mode: CrateMode, s: RunSample): string {
  const out = mode === 'test' ? normalizeLibtest(normalizeOutput(s.stdout)) : normalizeOutput(s.stdout);
  return `${out}\n--stderr--\n${normalizeOutput(programStderr(s.stderr))}\n--exit--\n${s.exitCode}`;
}

/** True when the two samples differ beyond what the comparison already ignores (thread ids, timings, test order). */
export function differsBetweenRuns(mode: CrateMode, a: RunSample, b: RunSample): boolean {
  return comparable(mode, a) !== comparable(mode, b);
}

/**
 * `{"b": 2, "a": 1}` → `{"a": 1, "b": 2}`: the entries of each innermost `{…}` sorted, since a HashMap's or
 * HashSet's Debug output lists its entries in an order that changes from run to run.
 */
export function canonicalBraces(line: string): string {
  return line.replace(/\{([^{}]*)\}/g, (_, inner: string) => `{${inner.split(', ').sort().join(', ')}}`);
}

/** The lines of a text, normalised and sorted: equal for two outputs that differ only in line order (or map order). */
export function lineMultiset(text: string): string {
  return normalizeOutput(text).split('\n').map(canonicalBraces).sort().join('\n');
}

/** Std items whose observable behaviour varies from run to run: hash order, thread scheduling, clocks. */
const VARYING = /\b(HashMap|HashSet|thread::spawn|spawn\(|Instant::now|SystemTime)\b/;

/** Whether a crate's sources use something that can make two correct runs print differently. */
export function mayVary(sources: readonly string[]): boolean {
  return sources.some((s) => VARYING.test(s));
}
