// Explains, in Korean, why allocations are still on the heap when main returned (leaks).
// Finds reference cycles among leaked Rc allocations and names the variables that pointed at them.
import type { Frame, HeapObject, Trace, ValueView } from '../../src/sim/trace/schema.ts';
import type { MemorySnapshot } from './snapshot.ts';

/** Heap ids this value points at through Rc / Arc (strong) pointers and Boxes. */
function strongTargets(v: ValueView | undefined, out: number[] = []): number[] {
  if (!v) return out;
  switch (v.k) {
    case 'ptr':
      if ((v.kind === 'Rc' || v.kind === 'Arc' || v.kind === 'Box') && v.target.to === 'heap') out.push(v.target.id);
      break;
    case 'struct':
      v.fields.forEach(([, f]) => strongTargets(f, out));
      break;
    case 'tuple-struct':
    case 'tuple':
    case 'array':
      v.items.forEach((f) => strongTargets(f, out));
      break;
    case 'enum':
      (v.items ?? []).forEach((f) => strongTargets(f, out));
      (v.fields ?? []).forEach(([, f]) => strongTargets(f, out));
      break;
    case 'cell':
      strongTargets(v.value, out);
      break;
  }
  return out;
}

/** Whether a word, read aloud in Korean, ends in a consonant (decides 와/과, 이/가). */
export function endsInConsonant(word: string): boolean {
  const last = word.replace(/[`'"\s]+$/, '').at(-1) ?? '';
  const c = last.codePointAt(0) ?? 0;
  if (c >= 0xac00 && c <= 0xd7a3) return (c - 0xac00) % 28 !== 0;
  if (/[lmnrLMNR]/.test(last)) return true; // 엘, 엠, 엔, 알
  if (/[013678]/.test(last)) return true; // 영, 일, 삼, 육, 칠, 팔
  return false;
}

/** Korean 와/과 after a word. */
export function particleWa(word: string): '와' | '과' {
  return endsInConsonant(word) ? '과' : '와';
}

/** Korean subject particle 이/가 after a word. */
export function particleGa(word: string): '이' | '가' {
  return endsInConsonant(word) ? '이' : '가';
}

/** A list of names joined the Korean way: `a`와 `b`, `a`, `b`와 `c`. */
function joinNames(names: string[]): string {
  if (names.length === 1) return names[0];
  const head = names.slice(0, -1);
  return `${head.join(', ')}${particleWa(head[head.length - 1])} ${names[names.length - 1]}`;
}

/** First variable name seen holding an Rc/Box to each heap id, scanning every recorded frame. */
function ownerNames(frames: Iterable<Frame>): Map<number, string> {
  const names = new Map<number, string>();
  for (const f of frames)
    for (const s of f.slots)
      if (s.value.k === 'ptr' && s.value.target.to === 'heap' && !names.has(s.value.target.id)) names.set(s.value.target.id, s.name);
  return names;
}

/** Leaked ids that lie on a cycle of strong pointers among leaked allocations. */
function cycleIds(leaked: HeapObject[]): number[] {
  const byId = new Map(leaked.map((h) => [h.id, h]));
  const edges = new Map(leaked.map((h) => [h.id, strongTargets(h.value).concat((h.items ?? []).flatMap((i) => strongTargets(i))).filter((t) => byId.has(t))]));
  const onCycle = (start: number): boolean => {
    const seen = new Set<number>();
    const stack = [...(edges.get(start) ?? [])];
    while (stack.length) {
      const n = stack.pop() as number;
      if (n === start) return true;
      if (seen.has(n)) continue;
      seen.add(n);
      stack.push(...(edges.get(n) ?? []));
    }
    return false;
  };
  return leaked.map((h) => h.id).filter(onCycle);
}

/** Korean sentences explaining the leaks of the final snapshot; empty when nothing leaked. */
export function explainLeaks(snap: MemorySnapshot, trace?: Trace): string[] {
  const leaked = snap.heap.filter((h) => h.leaked);
  if (leaked.length === 0) return [];
  const allFrames = trace ? (trace.pool.filter((p) => 'slots' in p) as Frame[]) : snap.frames;
  const names = ownerNames([...snap.frames, ...allFrames]);
  const cyc = cycleIds(leaked);
  const out: string[] = [];
  if (cyc.length > 0) {
    const labels = cyc.map((id) => (names.has(id) ? `\`${names.get(id)}\`` : `#${id}`));
    const joined = joinNames(labels);
    const subject = `${cyc.every((id) => names.has(id)) ? '' : '할당 '}${joined}${particleGa(joined)}`;
    out.push(`${subject} 서로를 가리키는 순환 참조 때문에 강한 참조 카운트가 0이 되지 않아 해제되지 않았습니다.`);
  }
  const rest = leaked.filter((h) => !cyc.includes(h.id) && !cyc.some((c) => reachable(leaked, c, h.id)));
  for (const h of rest) out.push(`#${h.id} ${h.kind} 할당은 프로그램이 끝날 때까지 해제되지 않았습니다(누수).`);
  return out;
}

/** True if `to` is reachable from `from` through strong pointers among the leaked allocations. */
function reachable(leaked: HeapObject[], from: number, to: number): boolean {
  const byId = new Map(leaked.map((h) => [h.id, h]));
  const seen = new Set<number>();
  const stack = [from];
  while (stack.length) {
    const n = stack.pop() as number;
    if (n === to && n !== from) return true;
    if (seen.has(n)) continue;
    seen.add(n);
    const h = byId.get(n);
    if (h) stack.push(...strongTargets(h.value), ...(h.items ?? []).flatMap((i) => strongTargets(i)));
  }
  return false;
}
