// How the diagram names threads and their states (the trace names the sync types itself: `Arc`, `MutexGuard`,
// `Mutex<i32>`); the lock state and cell names come from value-text.ts.
import type { ThreadSnapshot } from './snapshot.ts';

export { cellName, lockText } from './value-text.ts';

/** A thread's name as std prints it: `main`, the Builder name, or `<unnamed>`. */
export function threadName(t: Pick<ThreadSnapshot, 'name'>): string {
  return t.name ?? '<unnamed>';
}

/** Column heading of a thread: '스레드 2 · <unnamed>'. */
export function threadTitle(t: Pick<ThreadSnapshot, 'id' | 'name'>): string {
  return `스레드 ${t.id} · ${threadName(t)}`;
}

/** A thread's state in words with a sign (so it is not told by colour alone). */
export const THREAD_STATE_TEXT: Record<ThreadSnapshot['state'], string> = { running: '▶ 실행 중', waiting: '‖ 대기', done: '✓ 끝' };

/** The heading's state of a thread that has not run yet. */
export const NOT_STARTED = '‖ 시작 전';

/** What a thread column with no frames says: not started yet, or finished. */
export function emptyThreadText(t: Pick<ThreadSnapshot, 'state'>): string {
  return t.state === 'done' ? '(끝남, 스택 없음)' : '(아직 시작 전)';
}
