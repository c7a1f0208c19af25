// Messages between the island and the simulator worker: a run request (and maybe a stop), output as it is
// printed (a single program runs in time slices), one final reply.
// Plain data only (structured clone); the worker never touches the DOM.
import type { RunResult } from '../../src/sim/api.ts';

export interface RunRequest {
  type: 'run';
  id: number;
  source: string;
  /** What the program sees outside itself; absent: no arguments, empty stdin, the default seed. */
  inputs?: ProgramInputs;
  /** Run as part of this crate (the source replaces `crate.file`; no `file`: the crate runs as it is). */
  crate?: { files: Record<string, string>; file?: string; mode: 'run' | 'test'; package?: string; filter?: string; harnessArgs?: string[]; testTarget?: string };
  /** Thread schedule seed (다른 순서로 실행); absent: the default schedule. */
  schedule?: number;
}

/** Parse and check `source` ahead of its run (a reader approached 실행): the worker keeps the result for it. */
export interface PrepareRequest {
  type: 'prepare';
  source: string;
}

/** Stop run `id` now (멈춤, or the time limit): the worker replies with the output and trace so far. */
export interface StopRequest {
  type: 'stop';
  id: number;
  reason: 'time-limit' | 'stopped';
}

/** The reader-editable inputs of a run (components/run/ProgramInputs.tsx). */
export interface ProgramInputs {
  args: string[];
  env: Record<string, string>;
  stdin: string;
  seed?: number;
}

export type WorkerReply =
  | { type: 'ready' }
  /** `ms`: the worker's own time on the run, from the request's arrival to this reply (the rest of what a
   *  reader waits is messaging and drawing). */
  | { type: 'result'; id: number; result: RunResult; ms: number }
  /** Output printed since the last message, while the run goes on. */
  | { type: 'output'; id: number; stdout: string; stderr: string }
  | { type: 'crash'; id: number; message: string };

/** What a run ended as, seen from the island. */
export type RunOutcome =
  | { kind: 'ok'; result: RunResult; ms: number }
  | { kind: 'timeout'; ms: number }
  /** Another listing on the page started a run on the shared worker. */
  | { kind: 'cancelled' }
  | { kind: 'crash'; message: string };

/** Wall-clock limit of one run, in milliseconds. */
export const RUN_TIME_LIMIT_MS = 3000;
export const TIMEOUT_MESSAGE = '실행 시간이 너무 길어 중단했습니다 (3초).';
