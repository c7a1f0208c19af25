// Messages between the island and the simulator worker: a run request (and maybe a stop), output as it is
// printed, one final reply.
// Plain data only (structured clone); the worker never touches the DOM.
import type { RunResult } from '../../src/sim/api.ts';

export type RunRequest =
  | { type: 'run'; id: number; source: string; /** Thread schedule seed (다른 순서로 실행); absent: the default schedule. */ seed?: number }
  /** Stop run `id` now (멈춤, or the time limit): the worker replies with the output and trace so far. */
  | { type: 'stop'; id: number; reason: 'time-limit' | 'stopped' };

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'result'; id: number; result: RunResult }
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
