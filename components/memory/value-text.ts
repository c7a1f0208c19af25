// Short, Debug-like text for a value in the memory view, and the Korean labels it uses.
// Pure: the diagram, the text alternative and the SVG figure all print values through here.
import type { BorrowState, PtrKind, PtrTarget, ValueView } from '../../src/sim/trace/schema.ts';

/** Korean RefCell borrow state: '대여 없음', '공유 대여 2', '가변 대여 중'. */
export function borrowText(b: BorrowState): string {
  if (b.state === 'unborrowed') return '대여 없음';
  if (b.state === 'shared') return `공유 대여 ${b.count}`;
  return '가변 대여 중';
}

/** True if drawing this value needs an arrow (it holds a pointer somewhere inside). */
export function hasPointer(v: ValueView): boolean {
  switch (v.k) {
    case 'ptr':
      return v.target.to === 'heap' || v.target.to === 'slot';
    case 'struct':
      return v.fields.some(([, f]) => hasPointer(f));
    case 'tuple-struct':
    case 'tuple':
    case 'array':
      return v.items.some(hasPointer);
    case 'enum':
      return (v.items ?? []).some(hasPointer) || (v.fields ?? []).some(([, f]) => hasPointer(f));
    case 'cell':
      return v.kind === 'RefCell' || hasPointer(v.value);
    default:
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
      return v.kind === 'RefCell' ? `RefCell { ${valueText(v.value)} } (${borrowText(v.borrow)})` : `Cell { ${valueText(v.value)} }`;
    case 'fn':
      return v.name;
    case 'closure':
      return v.text;
    case 'uninit':
      return '(초기화 전)';
  }
}
