// Drop glue: what happens when a value goes away — user Drop impls first, then fields in declaration order,
// Box/Vec/String buffers freed, Rc strong/weak counts updated, RefCell guards released. Notes go to the trace.
import type { Pos } from '../trace/schema.ts';
import type { Value } from '../memory/value.ts';
import { Heap, type Alloc } from '../memory/heap.ts';
import type { Interp } from './interp.ts';

export interface DropOwner {
  name: string;
  at: Pos;
  /** How the value went away, when not by leaving its scope: '의 이전 값' (reassignment), ' (mem::drop)'. */
  how?: 'reassign' | 'mem-drop';
}

/** Drop `v`. `owner` names the variable going out of scope (for the trace note), null for temporaries/fields. */
export function dropValue(ip: Interp, v: Value, owner: DropOwner | null): void {
  if (owner && ip.tracer) {
    const before = describeBefore(ip, v);
    // Frees caused by this drop are announced after the drop itself.
    const outer = deferred;
    deferred = [];
    const mine = deferred;
    try {
      glue(ip, v, owner.at);
    } finally {
      deferred = outer;
    }
    const who = owner.how === 'reassign' ? `\`${owner.name}\`의 이전 값 드롭` : owner.how === 'mem-drop' ? `drop(\`${owner.name}\`)` : `\`${owner.name}\` 드롭`;
    ip.note('drop', owner.at, `${who}${before ? ': ' + before : ''}`);
    for (const n of mine) ip.note('drop', owner.at, n);
    return;
  }
  glue(ip, v, owner?.at ?? ip.at);
}

function describeBefore(ip: Interp, v: Value): string {
  if (v.k === 'rc') {
    const a = ip.heap.allocs.get(v.id);
    if (a) return `Rc 강한 참조 ${a.strong} → ${a.strong - 1}`;
  }
  if (v.k === 'weak' && v.id !== null) {
    const a = ip.heap.allocs.get(v.id);
    if (a) return `Weak 약한 참조 ${a.weak} → ${a.weak - 1}`;
  }
  if (v.k === 'box') return 'Box 해제';
  if (v.k === 'guard') return v.mut ? 'RefMut 해제 (가변 대여 끝)' : 'Ref 해제 (대여 끝)';
  return '';
}

let deferred: string[] | null = null;

function freeNote(ip: Interp, a: Alloc, at: Pos): void {
  if (ip.tracer && (a.kind === 'Box' || a.kind === 'Rc' || a.cap > 0)) {
    const note = `힙 #${a.id} 해제 (${Heap.size(a)} 바이트)`;
    if (deferred) deferred.push(note);
    else ip.note('drop', at, note);
  }
  ip.heap.free(a.id);
}

function glue(ip: Interp, v: Value, at: Pos): void {
  switch (v.k) {
    case 'struct': {
      if (ip.index.implements(v.name, 'Drop')) userDrop(ip, v, v.name);
      for (const f of v.f) if (f.k !== 'moved') glue(ip, f, at);
      return;
    }
    case 'enum': {
      if (v.name !== 'Option' && v.name !== 'Result' && ip.index.implements(v.name, 'Drop')) userDrop(ip, v, v.name);
      for (const f of v.f) if (f.k !== 'moved') glue(ip, f, at);
      return;
    }
    case 'tuple': case 'array':
      for (const f of v.f) if (f.k !== 'moved') glue(ip, f, at);
      return;
    case 'refcell': case 'cell':
      if (v.f[0].k !== 'moved') glue(ip, v.f[0], at);
      return;
    case 'box': {
      const a = ip.heap.allocs.get(v.id);
      if (!a) return;
      const inner = a.vals[0];
      if (inner && inner.k !== 'moved') glue(ip, inner, at);
      freeNote(ip, a, at);
      return;
    }
    case 'vec': {
      const a = ip.heap.allocs.get(v.id);
      if (!a) return;
      for (const x of a.vals) if (x.k !== 'moved') glue(ip, x, at);
      freeNote(ip, a, at);
      return;
    }
    case 'string': {
      const a = ip.heap.allocs.get(v.id);
      if (a) freeNote(ip, a, at);
      return;
    }
    case 'rc': {
      const a = ip.heap.allocs.get(v.id);
      if (!a) return;
      a.strong--;
      if (a.strong === 0) {
        const inner = a.vals[0];
        a.valueDropped = true;
        // The implicit weak reference held by the strong ones keeps the block alive while the value drops.
        a.weak++;
        if (inner && inner.k !== 'moved') glue(ip, inner, at);
        a.weak--;
        if (a.weak === 0) freeNote(ip, a, at);
      }
      return;
    }
    case 'weak': {
      if (v.id === null) return;
      const a = ip.heap.allocs.get(v.id);
      if (!a) return;
      a.weak--;
      if (a.strong === 0 && a.weak === 0) freeNote(ip, a, at);
      return;
    }
    case 'guard': {
      if (v.released) return;
      v.released = true;
      if (v.mut) v.cell.borrow = 0;
      else v.cell.borrow--;
      return;
    }
    case 'map':
      for (const x of v.keys) if (x.k !== 'moved') glue(ip, x, at);
      for (const x of v.vals) if (x.k !== 'moved') glue(ip, x, at);
      return;
    case 'closure': {
      const env = v.env as { vals: Value[] } | null;
      if (env && v.owned) for (const s of v.owned) if (env.vals[s].k !== 'moved') glue(ip, env.vals[s], at);
      return;
    }
    default:
      return;
  }
}

function userDrop(ip: Interp, v: Value, typeName: string): void {
  const def = ip.index.method(typeName, 'drop');
  if (!def) return;
  const holder: Value[] = [v];
  ip.callMethod(def, [{ k: 'ref', mut: true, p: { c: holder, i: 0, root: { to: 'temp' } } }], def.fn.span);
}
