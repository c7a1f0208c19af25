// How the diagram names threads and the sync types: the trace records an Arc as an Rc block with `arc`, a Mutex or
// RwLock as a RefCell-like cell with `lock`, an atomic as a Cell with `atomic`; these give them their Rust names.
import type { Frame, HeapObject, PtrKind, PtrTarget, ValueView } from '../../src/sim/trace/schema.ts';
import type { ThreadSnapshot } from './snapshot.ts';
import { ptrKindText } from './value-text.ts';

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

/** The value at a row path (`.name`, `.0`, `[2]`, `.value` parts) inside `v`, if it is there. */
function valueAt(v: ValueView | undefined, path: string): ValueView | undefined {
  const parts = path.match(/\.[^.[]+|\[\d+\]/g) ?? [];
  let cur = v;
  for (const p of parts) {
    if (!cur) return undefined;
    const key = p.startsWith('[') ? p.slice(1, -1) : p.slice(1);
    switch (cur.k) {
      case 'struct': cur = cur.fields.find(([n]) => n === key)?.[1]; break;
      case 'tuple-struct': case 'tuple': case 'array': cur = cur.items[Number(key)]; break;
      case 'enum': cur = cur.fields ? cur.fields.find(([n]) => n === key)?.[1] : cur.items?.[Number(key)]; break;
      case 'cell': cur = key === 'value' ? cur.value : undefined; break;
      default: return undefined;
    }
  }
  return cur;
}

/** Looks up what a pointer points at, across every thread's frames and the heap. */
export interface Targets {
  heap: ReadonlyMap<number, HeapObject>;
  frames: ReadonlyMap<number, Frame>;
}

function targetValue(t: PtrTarget, at: Targets): ValueView | undefined {
  if (t.to === 'heap') return valueAt(at.heap.get(t.id)?.value, t.path ?? '');
  if (t.to === 'slot') return valueAt(at.frames.get(t.frame)?.slots[t.slot]?.value, t.path ?? '');
  return undefined;
}

/** How a pointer row is written: `Arc` for an Rc handle to an Arc block, lock guards by their std names. */
export function ptrName(kind: PtrKind, t: PtrTarget, at: Targets): string {
  if (kind === 'Rc' && t.to === 'heap' && at.heap.get(t.id)?.arc) return 'Arc';
  if (kind === 'Ref' || kind === 'RefMut') {
    const v = targetValue(t, at);
    if (v?.k === 'cell' && v.lock === 'Mutex') return 'MutexGuard';
    if (v?.k === 'cell' && v.lock === 'RwLock') return kind === 'Ref' ? 'RwLockReadGuard' : 'RwLockWriteGuard';
  }
  return ptrKindText(kind);
}

/** A type name with the sync types named: `RefCell<i32>` of a Mutex cell is `Mutex<i32>`, `Cell<usize>` of an
 *  atomic its atomic type. */
export function syncTypeText(ty: string, v: ValueView | undefined): string {
  if (v?.k !== 'cell') return ty;
  if (v.atomic) return v.atomic;
  if (v.lock && ty.startsWith('RefCell<')) return `${v.lock}<${ty.slice('RefCell<'.length)}`;
  return ty;
}
