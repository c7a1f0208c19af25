// How the island runs a listing: its crate (other files, test or run mode) and default inputs, from the
// listing data the build attached (src/book/run-config.ts read its output.txt). Pure.
import type { ListingData } from '../../src/book/model.ts';
import type { ProgramInputs, RunRequest } from './protocol.ts';

/**
 * `edited`: the reader changed the code. A listing that shows only part of its file (`{{#include …:here}}`)
 * runs its crate unchanged; once edited, the edited snippet runs on its own (it cannot be put back in the file).
 */
export function listingRun(listing: ListingData, edited = false): { inputs: ProgramInputs; crate?: RunRequest['crate'] } {
  const c = listing.crate;
  const whole = c !== undefined && (c.files[c.file] ?? '').trimEnd() === listing.source.trimEnd();
  if (!c || (!whole && edited)) return { inputs: { args: c?.run.args ?? [], env: c?.run.env ?? {}, stdin: '' } };
  const r = c.run;
  // A library without a binary has nothing for `cargo run`: its Run button runs its tests instead.
  const hasBin = Object.keys(c.files).some((f) => f === 'src/main.rs' || f.endsWith('/src/main.rs'));
  const mode = r.mode === 'test' || !hasBin ? 'test' : 'run';
  return {
    inputs: { args: mode === 'run' ? r.args : [], env: r.env, stdin: '' },
    crate: { files: c.files, file: whole ? c.file : undefined, mode, package: r.package, filter: r.filter, harnessArgs: mode === 'test' ? r.args : undefined, testTarget: r.testTarget },
  };
}
