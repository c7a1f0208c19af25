// Text alternative of the memory view, one Korean line per slot, allocation and channel, for screen readers;
// in a threaded run grouped by thread (name and state). e.g. `a: Rc → #1 (강한 참조 2, 약한 참조 0)`; pure,
// shared by the island and the SVG figure's <desc>.
import type { ChannelView, Frame, HeapObject, Slot, ValueView } from '../../src/sim/trace/schema.ts';
import type { MemorySnapshot } from './snapshot.ts';
import { heapTypeText } from './rows.ts';
import { channelFacts, channelTitle } from './channel-rows.ts';
import { emptyThreadText, THREAD_STATE_TEXT, threadTitle } from './sync-text.ts';
import { channelHandle, ptrKindText, valueText } from './value-text.ts';

function rcCounts(h: HeapObject | undefined): string {
  return h && (h.kind === 'Rc' || h.kind === 'Arc') ? ` (강한 참조 ${h.strong ?? 0}, 약한 참조 ${h.weak ?? 0})` : '';
}

function slotLine(s: Slot, heap: ReadonlyMap<number, HeapObject>): string {
  if (s.state === 'moved') return `${s.name}: 이동됨`;
  if (s.state === 'dropped') return `${s.name}: 범위 끝, 드롭됨`;
  const v = s.value;
  const chan = channelHandle(v);
  let text: string;
  if (v.k === 'ptr' && v.target.to === 'heap') {
    const h = heap.get(v.target.id);
    const name = ptrKindText(v.kind);
    text = h ? `${name} → #${v.target.id}${rcCounts(h)}` : `${name} → #${v.target.id} (해제됨)`;
  } else if (v.k === 'ptr' && v.target.to === 'slot') text = `${ptrKindText(v.kind)} → 스택`;
  else if (chan !== null && v.k === 'tuple-struct') text = `${v.name} → 채널 #${chan}`;
  else text = valueText(v);
  return `${s.name}: ${text}`;
}

function heapLine(h: HeapObject): string {
  const meta = [`${h.size}바이트`];
  if (h.kind === 'Rc' || h.kind === 'Arc') meta.push(`강한 참조 ${h.strong ?? 0}`, `약한 참조 ${h.weak ?? 0}`);
  if (h.kind === 'Vec' || h.kind === 'String') meta.push(`길이 ${h.len ?? 0}`, `용량 ${h.cap ?? 0}`);
  if (h.leaked) meta.push('누수');
  if (h.freed) meta.push('방금 해제됨');
  let content: string;
  if (h.kind === 'String') content = JSON.stringify(h.text ?? '');
  else if (h.kind === 'Vec') content = `[${(h.items ?? []).map(valueText).join(', ')}]`;
  else content = h.value ? valueText(h.value) : '값 드롭됨 (Weak만 남음)';
  return `#${h.id} ${heapTypeText(h)} (${meta.join(', ')}): ${content}`;
}

/** A pending message as text: a String's text itself rather than its pointer. */
function messageText(v: ValueView, heap: ReadonlyMap<number, HeapObject>): string {
  if (v.k === 'ptr' && v.kind === 'String' && v.target.to === 'heap') {
    const h = heap.get(v.target.id);
    if (h?.text !== undefined) return JSON.stringify(h.text);
  }
  return valueText(v);
}

function channelLine(c: ChannelView, heap: ReadonlyMap<number, HeapObject>): string {
  const { title, meta } = channelTitle(c);
  const f = channelFacts(c);
  const queue = c.pending.length ? `${f.queue} (먼저 받을 것부터): ${c.pending.map((m) => messageText(m, heap)).join(', ')}` : f.queue;
  return `${title} (${meta}): 보내는 쪽 ${f.senders}, 받는 쪽 ${f.receiver}, 대기열 ${queue}`;
}

export interface TextAlternative {
  /** The stack of a single-threaded run (empty in a threaded one: see `threads`). */
  stack: Array<{ fn: string; lines: string[] }>;
  /** A threaded run: each thread (main first) with its state and its stack. */
  threads?: Array<{ title: string; state: string; stack: Array<{ fn: string; lines: string[] }>; empty?: string }>;
  heap: string[];
  channels: string[];
}

/** Korean description of everything in the picture. */
export function describeMemory(snap: MemorySnapshot): TextAlternative {
  const heap = new Map(snap.heap.map((h) => [h.id, h]));
  const stackOf = (frames: Frame[]) => frames.map((f) => ({ fn: f.fn, lines: f.slots.map((s) => slotLine(s, heap)) }));
  const out: TextAlternative = {
    stack: snap.threads ? [] : stackOf(snap.frames),
    heap: snap.heap.map(heapLine),
    channels: (snap.channels ?? []).map((c) => channelLine(c, heap)),
  };
  if (snap.threads) {
    out.threads = snap.threads.map((t) => {
      const th = { title: threadTitle(t), state: THREAD_STATE_TEXT[t.state].slice(2), stack: stackOf(t.frames) };
      return t.frames.length ? th : { ...th, empty: emptyThreadText(t) };
    });
  }
  return out;
}

/** The diagram's short label: how many threads, frames, allocations and channels it shows. */
export function memorySummary(snap: MemorySnapshot): string {
  const parts = snap.threads
    ? [`스레드 ${snap.threads.length}개 (실행 중: ${snap.threads.filter((t) => t.state === 'running').map(threadTitle).join(', ') || '없음'})`]
    : [`스택 프레임 ${snap.frames.length}개`];
  parts.push(`힙 할당 ${snap.heap.length}개`);
  if (snap.channels?.length) parts.push(`채널 ${snap.channels.length}개`);
  return parts.join(', ');
}

/** The same as plain text lines (for an SVG <desc> or a log). */
export function describeMemoryText(snap: MemorySnapshot): string {
  const d = describeMemory(snap);
  const lines: string[] = [];
  const stack = (s: TextAlternative['stack'], indent = '') => {
    for (const f of s) lines.push(`${indent}스택 ${f.fn}: ${f.lines.length ? f.lines.join('; ') : '변수 없음'}`);
  };
  if (d.threads) {
    lines.push(`스레드 ${d.threads.length}개`);
    for (const t of d.threads) {
      lines.push(`${t.title} (${t.state})${t.empty ? ` ${t.empty}` : ''}`);
      stack(t.stack, '  ');
    }
  } else stack(d.stack);
  lines.push(d.heap.length ? `힙: ${d.heap.join('; ')}` : '힙: 할당 없음');
  for (const c of d.channels) lines.push(c);
  return lines.join('\n');
}
