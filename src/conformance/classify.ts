// Classifies a real cargo result: did the program run, panic (or a test fail), fail to compile, need crates.io, time out?
// Pure: looks at the exit code, stderr and whether the run was stopped by the timeout.
import { COULD_NOT_COMPILE } from './cargo-output.ts';

export type TruthClass = 'runs' | 'panics' | 'compile-error' | 'needs-registry' | 'timeout' | 'other';

export interface CargoResult {
  stdout: string;
  stderr: string;
  /** Null when killed (timeout / signal). */
  exitCode: number | null;
  timedOut: boolean;
}

/** Messages cargo prints when a dependency would have to come from a registry while offline. */
const REGISTRY_FAILURE = /no matching package named|failed to get `[^`]+` as a dependency|attempting to make an HTTP request, but --offline|failed to load source for dependency|Unable to update registry/;

export function classify(r: CargoResult, registryDeps: readonly string[]): TruthClass {
  if (REGISTRY_FAILURE.test(r.stderr)) return 'needs-registry';
  if (r.timedOut) return 'timeout';
  const lines = r.stderr.split('\n');
  if (lines.some((l) => COULD_NOT_COMPILE.test(l))) return 'compile-error';
  if (registryDeps.length && r.exitCode !== 0) return 'needs-registry';
  if (/^thread '[^']*'(?: \(\d+\))? panicked at /m.test(r.stderr)) return 'panics';
  // `cargo test` with a failing test: libtest reports it on stdout (the test's panic is captured there).
  if (/^test result: FAILED\./m.test(r.stdout)) return 'panics';
  const ran = lines.some((l) => /^\s+(Running|Finished)\s/.test(l));
  if (ran) return 'runs';
  return 'other';
}
