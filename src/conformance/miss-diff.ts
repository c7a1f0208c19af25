// The `--diff` detail of a miss: a short line diff (`- cargo` / `+ simulator`) of whichever part
// differs — stdout, the program's stderr, or rustc's diagnostics. Pure.
import { diffOutputs } from '../check/listing-output.ts';
import { programStderr, rustcDiagnostics } from './cargo-output.ts';
import type { TruthView } from './compare.ts';
import type { SimResponse } from './sim-adapter.ts';

/** Labelled diff lines for a crate that did not match; empty when the texts agree (e.g. only the exit code differs). */
export function missDiff(t: TruthView, sim: SimResponse, maxLines = 12): string[] {
  const parts: [string, string, string][] =
    t.classification === 'compile-error'
      ? [['rustc', rustcDiagnostics(t.stderr), rustcDiagnostics(sim.stderr)]]
      : [
          ['stdout', t.stdout, sim.stdout],
          ['stderr', programStderr(t.stderr), sim.stderr],
        ];
  const out: string[] = [];
  for (const [label, expected, actual] of parts) {
    const d = diffOutputs(expected, actual, maxLines);
    if (d) out.push(`${label} (${d.firstLine}행부터, - cargo / + 시뮬레이터):`, ...d.lines.map((l) => `  ${l}`));
  }
  if (sim.simDiagnostics.length) out.push('시뮬레이터 진단:', ...sim.simDiagnostics.map((l) => `  ${l}`));
  return out;
}
