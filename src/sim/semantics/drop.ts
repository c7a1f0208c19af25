// Drop glue: what happens when a value goes away — user Drop impls first, then fields in declaration order,
// Box/Vec/String buffers freed, Rc strong/weak counts updated, RefCell guards released. Notes go to the trace.
import type { Pos } from '../syntax/span.ts';
import type { Value } from '../memory/value.ts';
import { Heap, type Alloc } from '../memory/heap.ts';
import { type Interp, type FrameRec, SlotState, needsDrop } from './interp.ts';
import type { PortIter } from './std-port.ts';
import { NATIVE_DROP } from './native.ts';
import { interleaved } from '../memory/map-chunks.ts';

export interface DropOwner {
  name: string;
  at: Pos;
  /** How the value went away, when not by leaving its scope: '의 이전 값' (reassignment), ' (mem::drop)'. */
  how?: 'reassign' | 'mem-drop';
}

/** Drop `v`. `owner` names the variable going out of scope (for the trace note), null for temporaries/fields. */
/** Drops values a call discards (an unused argument, a payload it does not return), in order; no owner is named. */
export function dropDiscarded(ip: Interp, ...xs: Value[]): void {
  for (const x of xs) if (needsDrop(x)) dropValue(ip, x, null);
}

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
    if (a) return `${a.arc ? 'Arc' : 'Rc'} 강한 참조 ${a.strong} → ${a.strong - 1}`;
  }
  if (v.k === 'weak' && v.id !== null) {
    const a = ip.heap.allocs.get(v.id);
    if (a) return `Weak 약한 참조 ${a.weak} → ${a.weak - 1}`;
  }
  if (v.k === 'box') return 'Box 해제';
  if (v.k === 'guard') {
    if (v.cell.lock === 'Mutex') return 'MutexGuard 해제 (잠금 풀림)';
    if (v.cell.lock === 'RwLock') return v.mut ? 'RwLockWriteGuard 해제 (쓰기 잠금 풀림)' : 'RwLockReadGuard 해제 (읽기 잠금 풀림)';
    return v.mut ? 'RefMut 해제 (가변 대여 끝)' : 'Ref 해제 (대여 끝)';
  }
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

/** Work still to do after a value's parts: walk the rest of a field list, or finish a Box/Vec/Rc block. */
type DropWork =
  | { k: 'seq'; xs: Value[]; i: number; end: number; idx: number[] | null }
  | { k: 'free'; a: Alloc }
  | { k: 'rc-end'; a: Alloc };

function seq(xs: Value[], end = Infinity, idx: number[] | null = null): DropWork {
  return { k: 'seq', xs, i: 0, end, idx };
}

/**
 * Drop glue, iterative: a work list instead of recursion, so a long `Box`/`Rc` chain does not exhaust the
 * JavaScript stack. The order (fields first to last, a block freed after its contents) is that of Rust's drop.
 */
function glue(ip: Interp, v: Value, at: Pos): void {
  const work: DropWork[] = [];
  let cur: Value | null = v;
  for (;;) {
    if (cur) cur = visit(ip, cur, at, work);
    if (cur) continue;
    const w = work.pop();
    if (!w) return;
    switch (w.k) {
      case 'seq': {
        // Fields are read as they are reached, like a loop over the live list.
        if (w.i >= Math.min(w.end, w.idx ? w.idx.length : w.xs.length)) break;
        const x = w.xs[w.idx ? w.idx[w.i] : w.i];
        w.i++;
        work.push(w);
        if (x && x.k !== 'moved') cur = x;
        break;
      }
      case 'free': freeNote(ip, w.a, at); break;
      case 'rc-end':
        w.a.weak--;
        if (w.a.weak === 0) freeNote(ip, w.a, at);
        break;
    }
  }
}

/** Start dropping `v`: act on it now, queue its parts on `work`; returns a part to drop next, if any. */
function visit(ip: Interp, v: Value, at: Pos, work: DropWork[]): Value | null {
  switch (v.k) {
    case 'struct': {
      const native = NATIVE_DROP[v.name];
      if (native) native(ip, v);
      else if (ip.index.implements(v.name, 'Drop')) userDrop(ip, v, v.name);
      work.push(seq(v.f));
      return null;
    }
    case 'enum': {
      if (v.name !== 'Option' && v.name !== 'Result' && ip.index.implements(v.name, 'Drop')) userDrop(ip, v, v.name);
      work.push(seq(v.f));
      return null;
    }
    case 'tuple': case 'array':
      work.push(seq(v.f));
      return null;
    case 'refcell': case 'cell':
      return v.f[0].k !== 'moved' ? v.f[0] : null;
    case 'box': {
      const a = ip.heap.allocs.get(v.id);
      if (!a) return null;
      const inner = a.vals[0];
      work.push({ k: 'free', a });
      return inner && inner.k !== 'moved' ? inner : null;
    }
    case 'vec': {
      const a = ip.heap.allocs.get(v.id);
      if (!a) return null;
      work.push({ k: 'free', a });
      work.push(seq(a.vals));
      return null;
    }
    case 'string': {
      const a = ip.heap.allocs.get(v.id);
      if (a) freeNote(ip, a, at);
      return null;
    }
    case 'rc': {
      const a = ip.heap.allocs.get(v.id);
      if (!a) return null;
      a.strong--;
      if (a.strong !== 0) return null;
      const inner = a.vals[0];
      a.valueDropped = true;
      // The implicit weak reference held by the strong ones keeps the block alive while the value drops.
      a.weak++;
      work.push({ k: 'rc-end', a });
      return inner && inner.k !== 'moved' ? inner : null;
    }
    case 'weak': {
      if (v.id === null) return null;
      const a = ip.heap.allocs.get(v.id);
      if (!a) return null;
      a.weak--;
      if (a.strong === 0 && a.weak === 0) freeNote(ip, a, at);
      return null;
    }
    case 'guard': {
      if (v.released) return null;
      v.released = true;
      // A lock guard dropped while its thread panics poisons the lock.
      if (v.cell.lock && v.mut && ip.unwinding) v.cell.poisoned = true;
      // `RefMut::map_split` makes two guards (borrow -2): the cell is free once both are gone.
      if (v.mut) v.cell.borrow = v.cell.borrow < -1 ? v.cell.borrow + 1 : 0;
      else v.cell.borrow--;
      return null;
    }
    case 'map':
      // Entry by entry in order, each key before its value (std drops a map through its IntoIter).
      for (let c = v.chunks.length - 1; c >= 0; c--) work.push(seq(interleaved(v.chunks[c])));
      return null;
    case 'closure': {
      // What a `move` closure still owns: its captures not moved on by its body (FnOnce) or dropped already.
      const env = v.env as FrameRec | null;
      if (!env || !v.owned) return null;
      const live = v.owned.filter((s) => env.state[s] === SlotState.Live);
      for (const s of live) env.state[s] = SlotState.Dropped;
      if (live.length) work.push(seq(env.vals, Infinity, live));
      return null;
    }
    // An iterator that owns what it has not yet yielded (`v.into_iter()`) drops it, once.
    case 'iter': {
      const it = v as PortIter;
      const hook = it.drop;
      if (hook) { it.drop = undefined; hook(); }
      return null;
    }
    // Nothing to drop: scalars, borrows, and machine values.
    case 'int': case 'float': case 'bool': case 'char': case 'unit': case 'str': case 'ref': case 'slice': case 'fn':
    case 'range': case 'moved': case 'uninit': case 'formatter': case 'entry':
      return null;
  }
}

function userDrop(ip: Interp, v: Value, typeName: string): void {
  const def = ip.index.method(typeName, 'drop');
  if (!def) return;
  const holder: Value[] = [v];
  ip.callMethod(def, [{ k: 'ref', mut: true, p: { c: holder, i: 0, root: { to: 'temp' } } }], def.fn.span);
}
