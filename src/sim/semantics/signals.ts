// Non-local control flow of the evaluator, thrown as plain objects (cheap; no JS stack capture).
// break/continue/return unwind to their loop or function; panics, exits and overflows unwind to the run boundary.
import type { Pos, Span } from '../syntax/span.ts';
import type { Value } from '../memory/value.ts';
import type { FreedBlockError } from '../memory/heap.ts';

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

/** What the run says when it meets a freed (or non-heap) block: almost always a program rustc rejects (a moved or
 *  dropped value used again, a type mismatch) that the checker missed; the run stops rather than answer from freed memory. */
export function freedBlockMessage(e: FreedBlockError): string {
  const what = e.id === undefined || !Number.isFinite(e.id)
    ? '힙 블록이 아닌 값을 Box·Rc·Vec·String처럼 썼습니다'
    : `이미 해제된 힙 블록 #${e.id}을(를) 다시 썼습니다`;
  return `실행을 멈췄습니다: ${what}. 대개 rustc가 컴파일하지 않는 프로그램(이동한 값의 사용(E0382), 타입 오류 등)인데 시뮬레이터의 검사기가 놓친 경우입니다. 해제된 메모리로 답을 내지 않도록 여기서 멈춥니다.`;
}

/** What the run says when it would negate an unsigned integer: rustc rejects that program (E0600, unsigned values
 *  cannot be negated) and the checker missed it; the run stops rather than print a negative unsigned value. */
export function unsignedNegMessage(ty: string): string {
  return `실행을 멈췄습니다: 부호 없는 정수 타입 \`${ty}\`의 값에 단항 \`-\`를 적용했습니다. rustc는 이 프로그램을 컴파일하지 않습니다(E0600: 부호 없는 값은 음수로 만들 수 없음). 시뮬레이터의 검사기가 놓친 경우로, 틀린 값을 출력하지 않도록 여기서 멈춥니다.`;
}
