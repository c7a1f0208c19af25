// What the simulator worker does with a run request, without its clock: the options a single program runs
// under, its step slices, a crate's run or tests. Shared by the worker and the build's precomputed runs.
import { startRust, runCrate, testCrate, type FrontCache, type RunOptions, type RunResult, type RunSession } from '../../src/sim/api.ts';
import type { ProgramInputs, RunRequest } from './protocol.ts';

/** Steps per `advance` call. The step boundaries of a run are fixed by this (a thread switch happens at each),
 *  whatever the clock does: the worker checks its clock between calls. */
export const STEPS_PER_CHECK = 20_000;
/** No step budget in the browser: the island's wall-clock limit (3 s) is what stops a runaway program. */
export const WORKER_MAX_STEPS = Number.MAX_SAFE_INTEGER;
/** A single program's run options, but for its outside world (the front end's result depends on these only). */
export const SINGLE: RunOptions = { trace: true, wrapMain: true, maxSteps: WORKER_MAX_STEPS };
/** The run's outside world when the reader set none (components/run/protocol.ts ProgramInputs). */
export const NO_INPUTS: ProgramInputs = { args: [], env: {}, stdin: '' };

export const worldOf = (inputs: ProgramInputs) =>
  ({ args: ['target/debug/main', ...inputs.args], env: inputs.env, stdin: inputs.stdin, seed: inputs.seed, files: {} });

/** A single program's run as the worker starts it (`maxSteps`: the build's cap instead of none). */
export function startSingle(req: RunRequest, front?: FrontCache, maxSteps = WORKER_MAX_STEPS): RunSession {
  return startRust(req.source, { ...SINGLE, maxSteps, frontCache: front, seed: req.schedule, world: worldOf(req.inputs ?? NO_INPUTS) });
}

/** The listing's crate with its file replaced by the (possibly edited) source, run or tested in one go. */
export function runCrateRequest(req: RunRequest, maxSteps = WORKER_MAX_STEPS): RunResult {
  const inputs = req.inputs ?? NO_INPUTS;
  const c = req.crate!;
  const files = c.file ? { ...c.files, [c.file]: req.source } : c.files;
  const crate = { files, package: c.package, args: inputs.args, env: inputs.env, stdin: inputs.stdin, seed: inputs.seed };
  if (c.mode === 'test') return testCrate({ ...crate, filter: c.filter, harnessArgs: c.harnessArgs, testTarget: c.testTarget }, { maxSteps });
  // The trace's lines are the listing's only when its file is the binary's root (the assembly's first file).
  const traced = c.file !== undefined && /(^|\/)src\/main\.rs$/.test(c.file);
  return runCrate(crate, { trace: traced, maxSteps });
}

/** The result the worker gives for `req` when its clock never interrupts it (no 멈춤, within the time limit):
 *  the same calls in the same step slices. */
export function runLikeWorker(req: RunRequest, opts: { front?: FrontCache; maxSteps?: number } = {}): RunResult {
  if (req.crate) return runCrateRequest(req, opts.maxSteps);
  const session = startSingle(req, opts.front, opts.maxSteps);
  while (!session.advance(STEPS_PER_CHECK));
  return session.finish();
}
