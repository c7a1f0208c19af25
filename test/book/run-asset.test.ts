// The build's precomputed result of an unedited listing is what the simulator worker (components/sim-worker.ts,
// driven here through its messages, as the island does: prepare on approach, then run) returns for it.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonFaithful, runAssetOf, unEditedRequest } from '../../src/book/listings/run-asset.ts';
import { runLikeWorker } from '../../components/run/worker-run.ts';
import { listingCrate } from '../../src/book/listings/listing-crate.ts';
import { parseCodeAttrs } from '../../src/book/listings/code-attrs.ts';
import type { ListingData } from '../../src/book/model.ts';
import type { RunResult } from '../../src/sim/api.ts';
import type { RunAssetFile } from '../../components/run/precomputed-run.ts';
import type { PrepareRequest, RunRequest, WorkerReply } from '../../components/run/protocol.ts';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/run-assets/${name}`, import.meta.url), 'utf8');
const listingOf = (id: string, source: string): ListingData => ({
  id, source, visible: source.split('\n').map(() => true), attrs: parseCodeAttrs('rust'), loc: { file: 'src/ch.md', line: 1 },
});

/** The worker module in this process: `self` is a stand-in that records its replies. */
const replies: WorkerReply[] = [];
const self = new EventTarget() as EventTarget & { postMessage(m: WorkerReply): void };
self.postMessage = (m) => replies.push(structuredClone(m));
beforeAll(async () => {
  (globalThis as { self?: unknown }).self = self;
  await import('../../components/sim-worker.ts');
});

let nextId = 1;
/** What the island gets from the worker for a listing's unedited Run: prepare (approach), then run. */
async function workerResult(listing: ListingData): Promise<RunResult> {
  const req: RunRequest = { ...unEditedRequest(listing), id: nextId++ };
  if (!req.crate) self.dispatchEvent(new MessageEvent('message', { data: { type: 'prepare', source: req.source } satisfies PrepareRequest }));
  self.dispatchEvent(new MessageEvent('message', { data: req }));
  for (;;) {
    const r = replies.find((m) => m.type !== 'ready' && m.type !== 'output' && m.id === req.id);
    if (r?.type === 'result') return r.result;
    if (r?.type === 'crash') throw new Error(r.message);
    await new Promise((ok) => setTimeout(ok, 5));
  }
}

/** The build's asset for a listing, as the island parses it. */
function assetResult(listing: ListingData): RunResult {
  const out = runAssetOf(runLikeWorker, listing);
  if (!('asset' in out)) throw new Error(`no asset: ${out.none}`);
  const file = JSON.parse(out.asset.json) as RunAssetFile;
  expect(file.source).toBe(out.asset.ref.source);
  expect(out.asset.ref.file).toMatch(/^run-[0-9a-f]{16}\.json$/);
  return file.result;
}

describe('precomputed run assets', () => {
  it('a threaded program: the build result equals the worker result (output, schedule, trace)', async () => {
    const listing = listingOf('threads', fixture('threads.rs'));
    const built = assetResult(listing);
    expect(built.stdout).toContain('합계: 36');
    expect(built.trace!.steps.some((s) => s.thread !== undefined)).toBe(true);
    expect(await workerResult(listing)).toEqual(built);
  });

  it('a program that panics, and a snippet without fn main', async () => {
    const panics = listingOf('panics', fixture('panics.rs'));
    const built = assetResult(panics);
    expect(built.outcome.kind).toBe('panic');
    expect(built.exitCode).toBe(101);
    expect(await workerResult(panics)).toEqual(built);
    const snippet = listingOf('snippet', fixture('snippet.rs'));
    expect(await workerResult(snippet)).toEqual(assetResult(snippet));
  });

  it("a crate listing, run with its output.txt's arguments and environment", async () => {
    const book = fileURLToPath(new URL('./fixtures/crate-listings/', import.meta.url));
    const crate = listingCrate(book, 'listings/ch01-x/listing-01-01/src/main.rs')!;
    const listing = { ...listingOf('listing-01-01', crate.files['src/main.rs']), crate };
    const built = assetResult(listing);
    expect(built.stdout).toBe('verse.txt\n');
    expect(await workerResult(listing)).toEqual(built);
  });

  it('no asset for a run stopped by a limit, or one the simulator cannot run', () => {
    expect(runAssetOf(runLikeWorker, listingOf('forever', fixture('forever.rs')))).toEqual({ none: '끝난 방식: step-limit' });
    const cannot = { ...listingOf('x', fixture('snippet.rs')), precomputed: { stdout: '', stderr: '', exitCode: 2, couldNotRun: true } };
    expect('none' in runAssetOf(runLikeWorker, cannot)).toBe(true);
  });

  it('no asset above the size cap', () => {
    const big = listingOf('big', 'fn main() {\n    for i in 0..20000 {\n        println!("줄 {i}");\n    }\n}\n');
    expect(runAssetOf(runLikeWorker, big)).toMatchObject({ none: expect.stringMatching(/^크기 \d+바이트 > 262144$/) });
  });

  it('JSON carries a result exactly or the asset is refused', () => {
    expect(jsonFaithful({ a: [1, 'x', null, true], b: undefined, c: { d: 2.5 } })).toBe(true);
    for (const bad of [[undefined], [NaN], [Infinity], [-0], new Map(), [new Set()], { n: 1n }, [new Date(0)]]) expect(jsonFaithful(bad)).toBe(false);
    // eslint-disable-next-line no-sparse-arrays
    expect(jsonFaithful([1, , 3])).toBe(false);
  });
});
