// The machine's frame type: a resumable step frame is a generator that yields the frame it calls (or a pause
// point) and returns its value; the step loop in interp.ts keeps them on an explicit per-thread stack.
import type { Value } from '../memory/value.ts';

/** Yielded at pause points (statements, loop iterations) so a sliced run can stop between steps. */
export const PAUSE = { pause: true } as const;
export type Pause = typeof PAUSE;

/** What a step frame yields: a frame to call (its return value comes back from `yield`), or a pause point. */
export type Yielded = Step | Pause;

/** A resumable step frame. */
export type Step = Generator<Yielded, Value, Value>;

/** A frame that produces no value (statements). */
export type StepVoid = Generator<Yielded, void, Value>;

/** Returned by a pausable drive that stopped at a pause point (the stack is kept; drive again to go on). */
export const PAUSED = { paused: true } as const;

/**
 * What a std operation returns when it must run on the machine (wait for another thread, call a closure as a
 * frame): the step frame to run in its place. Machine frames run it; a direct (nested) evaluation runs it nested.
 */
export class Deferred {
  constructor(readonly step: Step) {}
}
