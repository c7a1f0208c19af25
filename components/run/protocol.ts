// Messages between the island and the simulator worker: one request per run, one reply.
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
  | { type: 'result'; id: number; result: RunResult }
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
