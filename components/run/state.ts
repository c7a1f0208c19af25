// The island's run state (types only: erased from the page's JavaScript), shared by the island shell and the
// lazily loaded run view that turns a worker's answer into it.
import type { RunResult } from '../../src/sim/api.ts';

export type RunState =
  | { phase: 'idle' }
  | {
      phase: 'running';
      startedAt: number;
      /** Output so far, streamed while the run goes on. */
      live?: { stdout: string; stderr: string };
      /** The run before this one, still shown until this one answers: a re-run redraws in place. */
      prev?: DoneRun;
      /** Still running after its first moments: only then is it shown as running (멈춤, 실행 중…, dimmed
       *  picture), so a quick run changes the page once, when it answers. */
      slow?: boolean;
    }
  | DoneRun
  | { phase: 'failed'; message: string };

export interface DoneRun {
  phase: 'done';
  result: RunResult;
  ms: number;
  edited: boolean;
  source: string;
  /** Who answered: the simulator worker, or the build's result for the unedited listing (run/precomputed-run.ts). */
  from: 'worker' | 'precomputed';
}
