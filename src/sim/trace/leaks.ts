// Leak report at the end of main: every allocation still live is leaked; Rc blocks held only by each other
// are explained as a reference cycle. Korean notes for the trace's final step.
import type { Interp } from '../semantics/interp.ts';
import { Heap } from '../memory/heap.ts';
import { isAllocated } from './view.ts';
import { heapTyName } from './sync-names.ts';

export function leakNotes(ip: Interp): string | undefined {
  const live = ip.heap.live().filter(isAllocated);
  if (!live.length) return undefined;
  return live
    .map((a) => {
      const inner = heapTyName(ip.heap, a);
      const ty = a.kind === 'Rc' ? `${a.arc ? 'Arc' : 'Rc'}<${inner}>` : a.kind === 'Box' ? `Box<${inner}>` : a.kind === 'Vec' ? `Vec<${inner}>` : 'String';
      const why = a.kind === 'Rc' ? ' — 순환 참조 때문에 해제되지 않음' : '';
      return `누수: 힙 #${a.id} (${ty}, ${Heap.size(a)} 바이트)${why}`;
    })
    .join('\n');
}
