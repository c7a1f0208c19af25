// Non-local control flow of the evaluator, thrown as plain objects (cheap; no JS stack capture).
// break/continue/return unwind to their loop or function; panics, exits and overflows unwind to the run boundary.
import type { Pos, Span } from '../syntax/span.ts';
import type { Value } from '../memory/value.ts';

export class BreakSignal {
  constructor(public label: string | undefined, public value: Value) {}
}
export class ContinueSignal {
  constructor(public label: string | undefined) {}
}
export class ReturnSignal {
  constructor(public value: Value) {}
}
/** A Rust panic: the message has already been printed to stderr when this is thrown; unwinding runs drops. */
export class PanicSignal {
  constructor(public message: string, public at: Pos) {}
}
/** std::process::exit: no destructors run. */
export class ExitSignal {
  constructor(public code: number) {}
}
/** The main thread's stack overflowed (deep recursion or a cyclic Debug print): abort, no unwinding. */
export class OverflowSignal {}
/** The step budget ran out. */
export class StepLimitSignal {
  constructor(public limit: number) {}
}
/** A feature the simulator does not model, met at run time. */
export class UnsupportedSignal {
  constructor(public message: string, public span: Span) {}
}
