// Runs a listing in the simulator at build time to precompute its output. Never fails the build: a missing
// simulator, a thrown error or an unsupported feature becomes a diagnostic on the listing and a warning.
import type { BookDiagnostic, ListingData, PrecomputedRun } from '../model.ts';
import { crateRunner, isCrateListing } from './prerun-crate.ts';

type RunRust = (source: string, opts: { trace: false; maxSteps?: number }) => {
  stdout: string;
  stderr: string;
  exitCode: number;
  diagnostics: { severity: string; message: string; span: { start: { line: number; col: number } } }[];
};

/** Step budget for build-time runs: enough for book examples, small enough to keep builds fast. */
const BUILD_MAX_STEPS = 2_000_000;

let simulator: Promise<RunRust | Error> | undefined;

function loadSimulator(): Promise<RunRust | Error> {
  simulator ??= import('../../sim/api.ts').then(
    (m) => (typeof m.runRust === 'function' ? (m.runRust as unknown as RunRust) : new Error('runRust가 없습니다')),
    (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
  );
  return simulator;
}

export interface PrerunOutcome {
  precomputed?: PrecomputedRun;
  warning?: BookDiagnostic;
}

/** Pure over an injected `runRust`: the result of one build-time run, or why there is none. */
export function prerunWith(runRust: RunRust, listing: ListingData): PrerunOutcome {
  const warn = (message: string): BookDiagnostic => ({ severity: 'warning', loc: listing.loc, message });
  try {
    const r = runRust(listing.source, { trace: false, maxSteps: BUILD_MAX_STEPS });
    const error = r.diagnostics.find((d) => d.severity === 'error');
    const precomputed: PrecomputedRun = { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
    if (!error) return { precomputed };
    precomputed.diagnostic = { line: error.span.start.line, col: error.span.start.col, message: error.message };
    return { precomputed, warning: warn(`${listing.id}: 시뮬레이터가 이 예제를 끝까지 실행하지 못했습니다: ${error.message}`) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      precomputed: { stdout: '', stderr: '', exitCode: -1, diagnostic: { line: 1, col: 1, message: `시뮬레이터 내부 오류: ${message}` } },
      warning: warn(`${listing.id}: 시뮬레이터 실행 중 오류가 났습니다: ${message}`),
    };
  }
}

/** Pre-runs every listing in place (fills `precomputed`), returning the warnings. */
export async function prerunListings(listings: ListingData[]): Promise<BookDiagnostic[]> {
  if (listings.length === 0) return [];
  const sim = await loadSimulator();
  if (sim instanceof Error) {
    return [{ severity: 'warning', loc: listings[0].loc, message: `시뮬레이터를 불러올 수 없어 예제를 미리 실행하지 않았습니다: ${sim.message}` }];
  }
  const warnings: BookDiagnostic[] = [];
  for (const listing of listings) {
    const { precomputed, warning } = prerunWith(isCrateListing(listing) ? await crateRunner(listing.crate) : sim, listing);
    if (precomputed) listing.precomputed = precomputed;
    if (warning) warnings.push(warning);
  }
  return warnings;
}
