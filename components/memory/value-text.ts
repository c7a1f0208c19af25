// Short, Debug-like text for a value in the memory view, and the Korean labels it uses.
// Pure: the diagram, the text alternative and the SVG figure all print values through here.
import type { BorrowState, PtrKind, PtrTarget, ValueView } from '../../src/sim/trace/schema.ts';

/** Korean RefCell borrow state: '대여 없음', '공유 대여 2', '가변 대여 중'. */
export function borrowText(b: BorrowState): string {
  if (b.state === 'unborrowed') return '대여 없음';
  if (b.state === 'shared') return `공유 대여 ${b.count}`;
  return '가변 대여 중';
}

type Cell = Extract<ValueView, { k: 'cell' }>;

/** The lock state of a Mutex / RwLock: '잠금: 스레드 2', '읽기 잠금 2', '잠금 없음', with '· 오염됨' once poisoned. */
export function lockText(c: Cell): string {
  const who = c.holder !== undefined ? `: 스레드 ${c.holder}` : '';
  let s: string;
  if (c.borrow.state === 'mut') s = c.lock === 'RwLock' ? `쓰기 잠금${who}` : `잠금${who}`;
  else if (c.borrow.state === 'shared') s = `읽기 잠금 ${c.borrow.count}`;
  else s = '잠금 없음';
  return c.poisoned ? `${s} · 오염됨(poisoned)` : s;
}

/** The Rust name of a cell: Mutex, RwLock, AtomicUsize…, RefCell or Cell. */
export function cellName(c: Cell): string {
  return c.lock ?? c.atomic ?? c.kind;
}

/** The channel id of an mpsc `Sender` / `SyncSender` / `Receiver` handle (recorded as `Sender(1)`), else null. */
export function channelHandle(v: ValueView): number | null {
  if (v.k !== 'tuple-struct' || (v.name !== 'Sender' && v.name !== 'SyncSender' && v.name !== 'Receiver') || v.items.length !== 1) return null;
  const id = v.items[0];
  return id.k === 'prim' && /^\d+$/.test(id.text) ? Number(id.text) : null;
}

/** True if drawing this value needs an arrow (it holds a pointer somewhere inside). */
export function hasPointer(v: ValueView): boolean {
  switch (v.k) {
    case 'ptr':
      return v.target.to === 'heap' || v.target.to === 'slot';
    case 'struct':
      return v.fields.some(([, f]) => hasPointer(f));
    case 'tuple-struct':
      return channelHandle(v) !== null || v.items.some(hasPointer);
    case 'tuple':
    case 'array':
      return v.items.some(hasPointer);
    case 'enum':
      return (v.items ?? []).some(hasPointer) || (v.fields ?? []).some(([, f]) => hasPointer(f));
    case 'cell':
      return v.kind === 'RefCell' || hasPointer(v.value);
    case 'prim': case 'str': case 'fn': case 'closure': case 'uninit':
      return false;
  }
}

/** How a pointer kind is written in the diagram: references as `&` / `&mut`. */
export function ptrKindText(kind: PtrKind): string {
  return kind === 'ref' ? '&' : kind === 'ref-mut' ? '&mut' : kind;
}

/** Where a pointer goes, as short text: '#3', 'static', '없음'. */
export function targetText(t: PtrTarget): string {
  switch (t.to) {
    case 'heap':
      return `#${t.id}`;
    case 'slot':
      return '스택';
    case 'static':
      return '정적 메모리';
    case 'dangling':
      return '없음';
  }
}

function quote(s: string): string {
  return JSON.stringify(s);
}

/** An empty Vec/String owns no heap block: show it as empty rather than as a dangling pointer. */
export function emptyBuffer(kind: 'Vec' | 'String'): string {
  return kind === 'Vec' ? 'Vec [] (할당 없음)' : 'String "" (할당 없음)';
}

/** Compact one-line text, close to `{:?}`; pointers print as `Rc → #2`. */
export function valueText(v: ValueView): string {
  switch (v.k) {
    case 'prim':
      return v.text;
    case 'str':
      return quote(v.text);
    case 'ptr':
      if (v.target.to === 'dangling' && (v.kind === 'Vec' || v.kind === 'String')) return emptyBuffer(v.kind);
      // `Box::new(())`: a zero-sized value is never allocated.
      if (v.target.to === 'dangling' && v.kind === 'Box') return 'Box (크기 0, 할당 없음)';
      return `${ptrKindText(v.kind)} → ${targetText(v.target)}`;
    case 'struct':
      return v.fields.length === 0 ? v.name : `${v.name} { ${v.fields.map(([n, f]) => `${n}: ${valueText(f)}`).join(', ')} }`;
    case 'tuple-struct':
      return `${v.name}(${v.items.map(valueText).join(', ')})`;
    case 'tuple':
      return `(${v.items.map(valueText).join(', ')}${v.items.length === 1 ? ',' : ''})`;
    case 'array':
      return `[${v.items.map(valueText).join(', ')}]`;
    case 'enum':
      if (v.items && v.items.length > 0) return `${v.variant}(${v.items.map(valueText).join(', ')})`;
      if (v.fields && v.fields.length > 0) return `${v.variant} { ${v.fields.map(([n, f]) => `${n}: ${valueText(f)}`).join(', ')} }`;
      return v.variant;
    case 'cell':
      if (v.atomic) return `${v.atomic}(${valueText(v.value)})`;
      if (v.lock) return `${v.lock} { ${valueText(v.value)} } (${lockText(v)})`;
      return v.kind === 'RefCell' ? `RefCell { ${valueText(v.value)} } (${borrowText(v.borrow)})` : `Cell { ${valueText(v.value)} }`;
    case 'fn':
      return v.name;
    case 'closure':
      return v.text;
    case 'uninit':
      return '(초기화 전)';
  }
}
