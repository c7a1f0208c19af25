// The worker's answer to an unedited Run, computed at build time and shipped as a static JSON asset, so a
// reader's first Run shows it at once. Only when it is exactly what the worker would return (module header of components/run/precomputed-run.ts).
import { createHash } from 'node:crypto';
import type { ListingData, RunAssetRef } from '../model.ts';
import type { RunResult } from '../../sim/api.ts';
import type { RunRequest } from '../../../components/run/protocol.ts';
import { listingRun } from '../../../components/run/listing-run.ts';
import type { runLikeWorker } from '../../../components/run/worker-run.ts';
import { RUN_ASSET_VERSION, type RunAssetFile } from '../../../components/run/precomputed-run.ts';

/** Largest asset (UTF-8 bytes of its JSON); a larger result is left to the worker. */
export const MAX_RUN_ASSET_BYTES = 256 * 1024;
/** Step cap of the build's run: a program that needs more is left to the worker (which has no cap but its clock).
 *  Its trace, a snapshot per step or so, would be far above the size cap anyway; the cap keeps a runaway
 *  listing from costing the build seconds. */
const BUILD_MAX_STEPS = 100_000;

/** A result file to write beside the page's scripts, and what the island is told about it. */
export interface RunAsset {
  ref: RunAssetRef;
  json: string;
}

/** Why a listing gets no asset (for tests and `--verbose`), or the asset. */
export type RunAssetOutcome = { asset: RunAsset } | { none: string };

/** The request the island sends on an unedited Run with the default inputs and schedule (RunnableListing's onRun). */
export function unEditedRequest(listing: ListingData): RunRequest {
  const planned = listingRun(listing, false);
  return { type: 'run', id: 0, source: listing.source, inputs: planned.inputs, crate: planned.crate };
}

const sha = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 16);

/** Whether `r` ended on its own, the same way in any run: not by a limit (steps, snapshots, the JS stack). */
function deterministicEnd(r: RunResult): string | null {
  const kind = r.outcome.kind;
  if (kind !== 'finished' && kind !== 'panic' && kind !== 'exit' && kind !== 'compile-error') return `끝난 방식: ${kind}`;
  const limit = r.diagnostics.find((d) => d.severity === 'error' || d.code === 'snapshot-limit' || d.code === 'stack-limit');
  if (limit) return `진단: ${limit.code}`;
  if (r.trace?.truncated) return '기록 한도';
  return null;
}

/** Whether JSON carries `v` exactly (what the island parses equals what the worker's structured clone gives):
 *  plain objects and arrays, finite numbers (not -0), strings, booleans, null; an undefined property is dropped
 *  (the same as absent to the reader of a result), anything else refuses. */
export function jsonFaithful(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  if (typeof v !== 'object') return false;
  if (Array.isArray(v)) {
    if (Object.getPrototypeOf(v) !== Array.prototype) return false;
    // A loop, not every(): a hole in the array must refuse too.
    for (let i = 0; i < v.length; i++) if (!(i in v) || v[i] === undefined || !jsonFaithful(v[i])) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(v).every((x) => x === undefined || jsonFaithful(x));
}

type RunLikeWorker = typeof runLikeWorker;

/** The asset of one listing: run as the worker runs its unedited request (`run`: run/worker-run.ts, loaded only
 *  by a build that pre-runs), kept when it is exact and small. */
export function runAssetOf(run: RunLikeWorker, listing: ListingData): RunAssetOutcome {
  if (listing.precomputed?.couldNotRun) return { none: '시뮬레이터가 실행하지 못함' };
  const req = unEditedRequest(listing);
  let r: RunResult;
  try {
    r = run(req, { maxSteps: BUILD_MAX_STEPS });
  } catch (e) {
    return { none: `실행 중 오류: ${e instanceof Error ? e.message : String(e)}` };
  }
  const why = deterministicEnd(r);
  if (why) return { none: why };
  if (!jsonFaithful(r)) return { none: 'JSON으로 그대로 옮길 수 없는 값' };
  const source = sha(JSON.stringify([req.source, req.inputs, req.crate ?? null]));
  const file: RunAssetFile = { v: RUN_ASSET_VERSION, source, result: r };
  const json = JSON.stringify(file);
  const bytes = Buffer.byteLength(json);
  if (bytes > MAX_RUN_ASSET_BYTES) return { none: `크기 ${bytes}바이트 > ${MAX_RUN_ASSET_BYTES}` };
  return { asset: { ref: { file: `run-${sha(json)}.json`, source }, json } };
}

/** Gives each listing that has one its asset (`listing.runAsset`, in place); the files to write, one per name. */
export async function precomputeRunAssets(listings: ListingData[]): Promise<{ file: string; json: string }[]> {
  if (listings.length === 0) return [];
  const { runLikeWorker } = await import('../../../components/run/worker-run.ts');
  const files = new Map<string, string>();
  for (const listing of listings) {
    const out = runAssetOf(runLikeWorker, listing);
    if (!('asset' in out)) continue;
    listing.runAsset = out.asset.ref;
    files.set(out.asset.ref.file, out.asset.json);
  }
  return [...files].map(([file, json]) => ({ file, json }));
}
