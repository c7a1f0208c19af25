// Build-time run of a listing that belongs to a crate (listing.crate): `cargo run` with the output.txt's
// arguments and env and empty stdin (as `cargo run < /dev/null`), or `cargo test` — then as prerun.ts.
import type { ListingData, ListingCrate } from '../model.ts';
import type { RunResult } from '../../sim/api.ts';

/** A `runRust`-shaped runner for one crate listing: its source replaces the listing's file when it is the whole file. */
export async function crateRunner(crate: ListingCrate): Promise<(source: string, opts: { trace: boolean; maxSteps?: number; maxSnapshots?: number }) => RunResult> {
  const sim = await import('../../sim/api.ts');
  return (source, opts) => {
    // A listing showing part of its file (`{{#include …:here}}`) runs the crate as it is.
    const whole = (crate.files[crate.file] ?? '').trimEnd() === source.trimEnd();
    const files = whole ? { ...crate.files, [crate.file]: source } : crate.files;
    const r = crate.run;
    if (r.mode === 'test') return sim.testCrate({ files, package: r.package, env: r.env, filter: r.filter, harnessArgs: r.args, testTarget: r.testTarget }, { maxSteps: opts.maxSteps });
    // The trace's lines are the listing's only when its file is the binary's root (the assembly's first file).
    const trace = opts.trace && whole && /(^|\/)src\/main\.rs$/.test(crate.file);
    return sim.runCrate({ files, package: r.package, env: r.env, args: r.args, stdin: '' }, { maxSteps: opts.maxSteps, trace, maxSnapshots: opts.maxSnapshots });
  };
}

export function isCrateListing(l: ListingData): l is ListingData & { crate: ListingCrate } {
  return l.crate !== undefined && l.crate.run.mode !== 'build';
}
