// std::sync: Arc (an Rc block counted atomically), Mutex / RwLock with guards and poisoning, Condvar,
// Barrier and the atomics (load / store / fetch_* / swap / compare_exchange); orderings are accepted and ignored.
import type { Span } from '../syntax/span.ts';
import { type Value, type RefCellV, type CellV, type Place, UNIT, usize, int, bool, ok, err } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { Deferred } from '../semantics/step.ts';
import { waitStep } from '../semantics/threads.ts';
import { tyOf } from '../semantics/types.ts';
import { tyName } from '../memory/ty.ts';
import { layoutOf } from '../memory/layout.ts';
import { valueEq } from '../semantics/ops.ts';
import { wrap, norm, toBig } from '../memory/int.ts';
import { debugText } from '../semantics/fmt-bridge.ts';
import { NATIVE_FNS, NATIVE_METHODS, NATIVE_DEBUG, opaque, type NativeMethod } from '../semantics/native.ts';
import type { IntTy } from '../memory/value.ts';

function rcId(v: Value): number | null {
  for (let i = 0; i < 8; i++) {
    if (v.k === 'rc') return v.id;
    if (v.k === 'ref') v = v.p.c[v.p.i];
    else return null;
  }
  return null;
}

function arcOf(ip: Interp, v: Value, span: Span) {
  const id = rcId(v);
  return id === null ? ip.unsupported('Arc가 아닌 인자', span) : ip.heap.get(id);
}

// ------------------------------------------------------------ locks

function guardOf(cell: RefCellV, p: Place, mut: boolean): Value {
  return { k: 'guard', mut, cell, root: p.root, released: false };
}

function acquire(ip: Interp, cell: RefCellV, p: Place, mut: boolean): Value {
  if (mut) {
    cell.borrow = -1;
    cell.holder = ip.cur.id;
  } else cell.borrow++;
  const g = guardOf(cell, p, mut);
  return cell.poisoned ? err(opaque('PoisonError', g)) : ok(g);
}

function lockMethod(mut: boolean): NativeMethod {
  return (ip, p, v, _a, span) => {
    const cell = v as RefCellV;
    const free = () => (mut ? cell.borrow === 0 : cell.borrow >= 0);
    if (free()) return acquire(ip, cell, p, mut);
    return new Deferred(waitStep(ip, free, () => acquire(ip, cell, p, mut), Infinity, span));
  };
}

function tryLock(mut: boolean): NativeMethod {
  return (ip, p, v) => {
    const cell = v as RefCellV;
    if (mut ? cell.borrow === 0 : cell.borrow >= 0) return acquire(ip, cell, p, mut);
    return err({ k: 'enum', name: 'TryLockError', variant: 'WouldBlock', f: [] });
  };
}

const lockCommon: Record<string, NativeMethod> = {
  is_poisoned: (_ip, _p, v) => bool(!!(v as RefCellV).poisoned),
  into_inner: (_ip, _p, v) => ((v as RefCellV).poisoned ? err(opaque('PoisonError', (v as RefCellV).f[0])) : ok((v as RefCellV).f[0])),
  get_mut: (_ip, p, v) => ok({ k: 'ref', mut: true, p: { c: (v as RefCellV).f, i: 0, root: p.root } }),
  clear_poison: (_ip, _p, v) => { (v as RefCellV).poisoned = false; return UNIT; },
};

NATIVE_METHODS.Mutex = { ...lockCommon, lock: lockMethod(true), try_lock: tryLock(true) };
NATIVE_METHODS.RwLock = { ...lockCommon, read: lockMethod(false), write: lockMethod(true), try_read: tryLock(false), try_write: tryLock(true) };
NATIVE_DEBUG.PoisonError = () => 'PoisonError { .. }';
NATIVE_METHODS.PoisonError = {
  into_inner: (_ip, _p, v) => (v as { f: Value[] }).f[0],
  get_ref: (_ip, p, v) => ({ k: 'ref', mut: false, p: { c: (v as { f: Value[] }).f, i: 0, root: p.root } }),
  get_mut: (_ip, p, v) => ({ k: 'ref', mut: true, p: { c: (v as { f: Value[] }).f, i: 0, root: p.root } }),
};

/** Debug of a Mutex / RwLock as std prints it. */
export function lockDebug(ip: Interp, c: RefCellV): string {
  const data = c.borrow === -1 || (c.lock === 'Mutex' && c.borrow !== 0) ? '<locked>' : debugText(ip, c.f[0]);
  return `${c.lock} { data: ${data}, poisoned: ${!!c.poisoned}, .. }`;
}

// ------------------------------------------------------------ Condvar and Barrier

interface CondState { gen: number }
interface BarrierState { n: number; count: number; gen: number }
const conds = new WeakMap<Interp, CondState[]>();
const barriers = new WeakMap<Interp, BarrierState[]>();

function table<T>(m: WeakMap<Interp, T[]>, ip: Interp): T[] {
  let t = m.get(ip);
  if (!t) m.set(ip, (t = []));
  return t;
}

const idOf = (v: Value) => Number(((v as { f: Value[] }).f[0] as { v: number }).v);

NATIVE_METHODS.Condvar = {
  wait: (ip, _p, v, [g], span) => {
    const st = table(conds, ip)[idOf(v)];
    let guard = g;
    while (guard.k === 'ref') guard = guard.p.c[guard.p.i];
    if (guard.k !== 'guard') return ip.unsupported('MutexGuard가 아닌 인자', span);
    const cell = guard.cell;
    const ticket = st.gen;
    guard.released = true;
    cell.borrow = 0;
    const place: Place = { c: cell.f, i: 0, root: guard.root };
    return new Deferred(waitStep(ip, () => st.gen > ticket && cell.borrow === 0, () => acquire(ip, cell, { ...place, c: [cell as Value], i: 0 }, true), Infinity, span));
  },
  notify_one: (ip, _p, v) => { table(conds, ip)[idOf(v)].gen++; return UNIT; },
  notify_all: (ip, _p, v) => { table(conds, ip)[idOf(v)].gen++; return UNIT; },
};
NATIVE_DEBUG.Condvar = () => 'Condvar { .. }';

NATIVE_METHODS.Barrier = {
  wait: (ip, _p, v, _a, span) => {
    const st = table(barriers, ip)[idOf(v)];
    st.count++;
    if (st.count >= st.n) {
      st.count = 0;
      st.gen++;
      return opaque('BarrierWaitResult', bool(true));
    }
    const ticket = st.gen;
    return new Deferred(waitStep(ip, () => st.gen > ticket, () => opaque('BarrierWaitResult', bool(false)), Infinity, span));
  },
};
NATIVE_METHODS.BarrierWaitResult = { is_leader: (_ip, _p, v) => (v as { f: Value[] }).f[0] };
NATIVE_DEBUG.Barrier = () => 'Barrier { .. }';
NATIVE_DEBUG.BarrierWaitResult = (_ip, v) => `BarrierWaitResult { is_leader: ${((v.f[0] as { v: boolean }).v)} }`;

// ------------------------------------------------------------ atomics

const ATOMIC_INT: Record<string, IntTy> = {
  AtomicUsize: 'usize', AtomicIsize: 'isize', AtomicU8: 'u8', AtomicI8: 'i8', AtomicU16: 'u16', AtomicI16: 'i16',
  AtomicU32: 'u32', AtomicI32: 'i32', AtomicU64: 'u64', AtomicI64: 'i64',
};

function atomicNew(name: string) {
  return (_ip: Interp, [x]: Value[]): Value => {
    const ty = ATOMIC_INT[name];
    const v = ty && x.k === 'int' ? int(ty, x.v) : x;
    const c: CellV = { k: 'cell', f: [v], atomic: name };
    return c;
  };
}

function fetch(op: string): NativeMethod {
  return (ip, _p, v, [x], span) => {
    const c = v as CellV;
    const old = c.f[0];
    if (old.k === 'bool') {
      const b = (x as { v: boolean }).v;
      c.f[0] = bool(op === '&' ? old.v && b : op === '|' ? old.v || b : op === '^' ? old.v !== b : !(old.v && b));
    } else {
      if (old.k !== 'int' || x.k !== 'int') return ip.unsupported('정수가 아닌 원자 연산', span);
      const a = toBig(old.v), b = toBig(x.v);
      const r = op === '+' ? a + b : op === '-' ? a - b : op === '&' ? a & b : op === '|' ? a | b : op === '^' ? a ^ b : ~(a & b);
      c.f[0] = int(old.ty, wrap(old.ty, norm(r)));
    }
    return old;
  };
}

NATIVE_METHODS.Atomic = {
  load: (_ip, _p, v) => (v as CellV).f[0],
  store: (_ip, _p, v, [x]) => { const c = v as CellV; const old = c.f[0]; c.f[0] = x.k === 'int' && old.k === 'int' ? int(old.ty, x.v) : x; return UNIT; },
  swap: (_ip, _p, v, [x]) => { const c = v as CellV; const old = c.f[0]; c.f[0] = x.k === 'int' && old.k === 'int' ? int(old.ty, x.v) : x; return old; },
  fetch_add: fetch('+'), fetch_sub: fetch('-'), fetch_and: fetch('&'), fetch_or: fetch('|'), fetch_xor: fetch('^'), fetch_nand: fetch('nand'),
  compare_exchange: (ip, _p, v, [cur, nw]) => {
    const c = v as CellV;
    const old = c.f[0];
    if (valueEq(ip, old, cur)) {
      c.f[0] = nw.k === 'int' && old.k === 'int' ? int(old.ty, nw.v) : nw;
      return ok(old);
    }
    return err(old);
  },
  into_inner: (_ip, _p, v) => (v as CellV).f[0],
  get_mut: (_ip, p, v) => ({ k: 'ref', mut: true, p: { c: (v as CellV).f, i: 0, root: p.root } }),
};
NATIVE_METHODS.Atomic.compare_exchange_weak = NATIVE_METHODS.Atomic.compare_exchange;

// ------------------------------------------------------------ constructors

Object.assign(NATIVE_FNS, {
  'Arc::new': (ip: Interp, [v]: Value[]) => {
    const t = tyOf(v, ip.heap);
    const a = ip.heap.alloc('Rc', tyName(t), [v], Math.ceil(layoutOf(t, ip.index).size / 8) * 8);
    a.arc = true;
    return { k: 'rc', id: a.id };
  },
  'Arc::clone': (ip: Interp, [r]: Value[], span: Span) => {
    const a = arcOf(ip, r, span);
    a.strong++;
    return { k: 'rc', id: a.id };
  },
  'Arc::strong_count': (ip: Interp, [r]: Value[], span: Span) => usize(arcOf(ip, r, span).strong),
  'Arc::weak_count': (ip: Interp, [r]: Value[], span: Span) => usize(arcOf(ip, r, span).weak),
  'Arc::downgrade': (ip: Interp, [r]: Value[], span: Span) => {
    const a = arcOf(ip, r, span);
    a.weak++;
    return { k: 'weak', id: a.id };
  },
  'Arc::ptr_eq': (_ip: Interp, [a, b]: Value[]) => bool(rcId(a) === rcId(b)),
  'Mutex::new': (_ip: Interp, [v]: Value[]) => ({ k: 'refcell', f: [v], borrow: 0, lock: 'Mutex' }) as RefCellV,
  'RwLock::new': (_ip: Interp, [v]: Value[]) => ({ k: 'refcell', f: [v], borrow: 0, lock: 'RwLock' }) as RefCellV,
  'Condvar::new': (ip: Interp) => {
    const t = table(conds, ip);
    t.push({ gen: 0 });
    return opaque('Condvar', usize(t.length - 1));
  },
  'Barrier::new': (ip: Interp, [n]: Value[]) => {
    const t = table(barriers, ip);
    t.push({ n: n.k === 'int' ? Number(n.v) : 1, count: 0, gen: 0 });
    return opaque('Barrier', usize(t.length - 1));
  },
  ...Object.fromEntries(['AtomicBool', ...Object.keys(ATOMIC_INT)].map((n) => [`${n}::new`, atomicNew(n)])),
});

