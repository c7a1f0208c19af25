// Web Worker that runs the Rust simulator off the main thread: receives source, replies with output and trace.
// The only module that imports src/sim, so the island's own chunk stays small.
import { runRust, runCrate, testCrate, type RunResult } from '../src/sim/api.ts';
import type { RunRequest, WorkerReply } from './run/protocol.ts';

const post = (msg: WorkerReply): void => (self as unknown as { postMessage(m: WorkerReply): void }).postMessage(msg);

self.addEventListener('message', (e: MessageEvent<RunRequest>) => {
  const req = e.data;
  if (!req || req.type !== 'run') return;
  try {
    // No step budget here: the island's wall-clock limit (3 s) is what stops a runaway program.
    const result = runRequest(req);
    post({ type: 'result', id: req.id, result });
  } catch (err) {
    post({ type: 'crash', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
});

/** A single program, or the listing's crate with its file replaced by the (possibly edited) source. */
function runRequest(req: RunRequest): RunResult {
  const maxSteps = Number.MAX_SAFE_INTEGER;
  const inputs = req.inputs ?? { args: [], env: {}, stdin: '' };
  const c = req.crate;
  if (!c) return runRust(req.source, { trace: true, wrapMain: true, maxSteps, world: { args: ['target/debug/main', ...inputs.args], env: inputs.env, stdin: inputs.stdin, seed: inputs.seed, files: {} } });
  const files = c.file ? { ...c.files, [c.file]: req.source } : c.files;
  const crate = { files, package: c.package, args: inputs.args, env: inputs.env, stdin: inputs.stdin, seed: inputs.seed };
  if (c.mode === 'test') return testCrate({ ...crate, filter: c.filter, harnessArgs: c.harnessArgs, testTarget: c.testTarget }, { maxSteps });
  // The trace's lines are the listing's only when its file is the binary's root (the assembly's first file).
  const traced = c.file !== undefined && /(^|\/)src\/main\.rs$/.test(c.file);
  return runCrate(crate, { trace: traced, maxSteps });
}

post({ type: 'ready' });
