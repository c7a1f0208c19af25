// Runs a listing in the simulator at build time to precompute its output. Never fails the build: a missing
// simulator, a thrown error or an unsupported feature becomes a diagnostic on the listing and a warning.
import type { BookDiagnostic, ListingData, PrecomputedRun } from '../model.ts';
import type { Trace } from '../../sim/trace/schema.ts';
import { landingFigure } from '../../../components/memory/landing-figure.ts';
import { landingRequest } from '../../../components/timeline/steps.ts';
import { crateRunner, isCrateListing } from './prerun-crate.ts';

type RunRust = (source: string, opts: { trace: boolean; maxSteps?: number; maxSnapshots?: number }) => {
  stdout: string;
  stderr: string;
  exitCode: number;
  outcome?: { kind: string };
  trace?: Trace;
  diagnostics: { severity: string; message: string; span: { start: { line: number; col: number } } }[];
};

/** Most output a page carries per listing (stdout and stderr each); the rest is cut with a note. */
export const MAX_PAGE_OUTPUT = 8 * 1024;
/** Steps recorded for the build-time memory picture (the landing step is always among them or is the last). */
const FIGURE_SNAPSHOTS = 2_000;

/** `text` cut to at most `max` UTF-16 units at a line break when one is near, and how much was kept. */
export function capOutput(text: string, max = MAX_PAGE_OUTPUT): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  const nl = text.lastIndexOf('\n', max);
  const end = nl > max / 2 ? nl + 1 : max;
  return { text: text.slice(0, end), cut: true };
}

const utf8 = (s: string): number => new TextEncoder().encode(s).length;

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
  const warn = (message: string): BookDiagnostic => ({ severity: 'warning', loc: listing.loc, message, category: 'simulator' });
  try {
    const r = runRust(listing.source, { trace: true, maxSteps: BUILD_MAX_STEPS, maxSnapshots: FIGURE_SNAPSHOTS });
    const error = r.diagnostics.find((d) => d.severity === 'error');
    const out = capOutput(r.stdout);
    const err = capOutput(r.stderr);
    const precomputed: PrecomputedRun = { stdout: out.text, stderr: err.text, exitCode: r.exitCode };
    if (out.cut || err.cut) precomputed.cut = { shownBytes: utf8(out.text) + utf8(err.text), totalBytes: utf8(r.stdout) + utf8(r.stderr) };
    if (r.outcome?.kind === 'error') {
      precomputed.couldNotRun = true;
      // What the book says the program prints (its output.txt, `$ cargo run` line included), shown instead.
      const book = listing.cargo?.outputTxt;
      if (book !== undefined) precomputed.bookOutput = capOutput(book).text;
    }
    const fig = r.trace ? landingFigure(r.trace, landingRequest(listing.attrs.other), `${listing.caption ?? listing.id}: 실행이 멈추는 단계의 메모리`, `hb-fig-${listing.id}`) : null;
    if (fig) precomputed.figure = { svg: fig.svg, width: fig.width, height: fig.height, alt: fig.alt };
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
    return [{ severity: 'warning', category: 'simulator', loc: listings[0].loc, message: `시뮬레이터를 불러올 수 없어 예제를 미리 실행하지 않았습니다: ${sim.message}` }];
  }
  const warnings: BookDiagnostic[] = [];
  for (const listing of listings) {
    const { precomputed, warning } = prerunWith(isCrateListing(listing) ? await crateRunner(listing.crate) : sim, listing);
    if (precomputed) listing.precomputed = precomputed;
    if (warning) warnings.push(warning);
  }
  return warnings;
}
