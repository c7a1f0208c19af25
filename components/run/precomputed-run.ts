// Unedited runs served precomputed: the simulator is deterministic, so the build ran each listing as the worker
// would (run/worker-run.ts) and shipped an exact, small result as JSON (src/book/listings/run-asset.ts); read here
// once fetched on approach. Edited code, other inputs, 다른 순서로 실행: always the worker (README, 실행은 누가 답하나).
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
