// Text alternative of the memory view, one Korean line per slot and allocation, for screen readers.
// e.g. `a: Rc → #1 (강한 참조 2, 약한 참조 0)`; pure, shared by the island and the SVG figure's <desc>.
import type { HeapObject, Slot } from '../../src/sim/trace/schema.ts';
import type { MemorySnapshot } from './snapshot.ts';
import { heapTypeText } from './rows.ts';
import { ptrKindText, valueText } from './value-text.ts';

function rcCounts(h: HeapObject | undefined): string {
  return h && h.kind === 'Rc' ? ` (강한 참조 ${h.strong ?? 0}, 약한 참조 ${h.weak ?? 0})` : '';
}

function slotLine(s: Slot, heap: Map<number, HeapObject>): string {
  if (s.state === 'moved') return `${s.name}: 이동됨`;
  if (s.state === 'dropped') return `${s.name}: 범위 끝, 드롭됨`;
  const v = s.value;
  let text: string;
  if (v.k === 'ptr' && v.target.to === 'heap') {
    const h = heap.get(v.target.id);
    text = h ? `${ptrKindText(v.kind)} → #${v.target.id}${rcCounts(h)}` : `${ptrKindText(v.kind)} → #${v.target.id} (해제됨)`;
  } else if (v.k === 'ptr') text = valueText(v);
  else text = valueText(v);
  return `${s.name}: ${text}`;
}

function heapLine(h: HeapObject): string {
  const meta = [`${h.size}바이트`];
  if (h.kind === 'Rc') meta.push(`강한 참조 ${h.strong ?? 0}`, `약한 참조 ${h.weak ?? 0}`);
  if (h.kind === 'Vec' || h.kind === 'String') meta.push(`길이 ${h.len ?? 0}`, `용량 ${h.cap ?? 0}`);
  if (h.leaked) meta.push('누수');
  if (h.freed) meta.push('방금 해제됨');
  let content: string;
  if (h.kind === 'String') content = JSON.stringify(h.text ?? '');
  else if (h.kind === 'Vec') content = `[${(h.items ?? []).map(valueText).join(', ')}]`;
  else content = h.value ? valueText(h.value) : '값 드롭됨 (Weak만 남음)';
  return `#${h.id} ${heapTypeText(h)} (${meta.join(', ')}): ${content}`;
}

export interface TextAlternative {
  stack: Array<{ fn: string; lines: string[] }>;
  heap: string[];
}

/** Korean description of everything in the picture. */
export function describeMemory(snap: MemorySnapshot): TextAlternative {
  const heap = new Map(snap.heap.map((h) => [h.id, h]));
  return {
    stack: snap.frames.map((f) => ({ fn: f.fn, lines: f.slots.map((s) => slotLine(s, heap)) })),
    heap: snap.heap.map(heapLine),
  };
}

/** The same as plain text lines (for an SVG <desc> or a log). */
export function describeMemoryText(snap: MemorySnapshot): string {
  const d = describeMemory(snap);
  const lines: string[] = [];
  for (const f of d.stack) lines.push(`스택 ${f.fn}: ${f.lines.length ? f.lines.join('; ') : '변수 없음'}`);
  lines.push(d.heap.length ? `힙: ${d.heap.join('; ')}` : '힙: 할당 없음');
  return lines.join('\n');
}
