// Unedited runs served precomputed. The simulator is deterministic (threads under the default schedule, no
// clock, no outside world but the listing's own inputs), and the build already runs every listing with the
// worker's own code (run/worker-run.ts): so for an unedited listing the worker's answer is known at build time.
// The build ships it, when it is exact (ended on its own, not by a limit) and small, as a content-hashed JSON
// file beside the scripts (src/book/listings/run-asset.ts); the island fetches it when a reader approaches 실행
// — never at load — and a Run of the unchanged code, with the default inputs and schedule, shows it through
// the same path as a worker's answer, without waiting for the simulator to download and start. Edited code,
// other inputs, 다른 순서로 실행, or a file not (yet) there: the worker runs it, as always.
import type { RunResult } from '../../src/sim/api.ts';
import type { RunAssetRef } from '../../src/book/model.ts';
import { fetchAsset } from './asset-fetch.ts';

/** Bumped when the file's shape changes (an old cached file is then ignored). */
export const RUN_ASSET_VERSION = 1;

/** The JSON file: the worker's result for the request whose hash is `source`. */
export interface RunAssetFile {
  v: number;
  /** Hash of the request it answers (source, inputs, crate), as in the island's RunAssetRef. */
  source: string;
  result: RunResult;
}

/** One fetch of an asset: `value` once settled (null: missing, unreadable or not this listing's). */
export interface RunAssetLoad {
  promise: Promise<RunResult | null>;
  value?: RunResult | null;
}

const loads = new Map<string, RunAssetLoad>();

/** Fetch the asset (once per page; a failed fetch is not retried: the worker runs the listing instead). */
export function loadRunAsset(ref: RunAssetRef): RunAssetLoad {
  let load = loads.get(ref.file);
  if (load) return load;
  const entry: RunAssetLoad = {
    promise: fetchAsset(ref.file)
      .then((res) => (res.ok ? (res.json() as Promise<RunAssetFile>) : null))
      .then((f) => (f && f.v === RUN_ASSET_VERSION && f.source === ref.source ? f.result : null), () => null),
  };
  entry.promise.then((r) => (entry.value = r));
  loads.set(ref.file, (load = entry));
  return load;
}
