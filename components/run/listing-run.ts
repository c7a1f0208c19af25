// How the island runs a listing: its crate (other files, test or run mode) and default inputs, from the
// listing data the build attached (src/book/run-config.ts read its output.txt). Pure.
import type { ListingData } from '../../src/book/model.ts';
import type { ProgramInputs, RunRequest } from './protocol.ts';

export function listingRun(listing: ListingData): { inputs: ProgramInputs; crate?: RunRequest['crate'] } {
  const c = listing.crate;
  if (!c) return { inputs: { args: [], env: {}, stdin: '' } };
  const r = c.run;
  const mode = r.mode === 'test' ? 'test' : 'run';
  return {
    inputs: { args: mode === 'run' ? r.args : [], env: r.env, stdin: '' },
    crate: { files: c.files, file: c.file, mode, package: r.package, filter: r.filter, harnessArgs: mode === 'test' ? r.args : undefined, testTarget: r.testTarget },
  };
}
