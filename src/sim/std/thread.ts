// std::thread on the machine: spawn / Builder (named threads) / scope, JoinHandle::join (the closure's value,
// or Err after a panic), sleep on the virtual clock, current().name()/id(). A `move` closure owns its captures.
import type { Span } from '../syntax/span.ts';
import { type Value, type ClosureV, UNIT, usize, ok, err, some, none, str, bool } from '../memory/value.ts';
import type { Interp, FrameRec } from '../semantics/interp.ts';
import { SlotState } from '../semantics/interp.ts';
import { R } from '../semantics/resolve.ts';
import { Deferred, type Step } from '../semantics/step.ts';
import { spawnThread, waitStep, now, SPAWNED_STACK_BYTES, type Thread } from '../semantics/threads.ts';
import { callValueStep } from '../semantics/exec.ts';
import { PanicSignal } from '../semantics/signals.ts';
import { dropValue } from '../semantics/drop.ts';
import { strText } from '../semantics/ops.ts';
import { derefAll } from '../semantics/place.ts';
import { NATIVE_FNS, NATIVE_METHODS, NATIVE_DEBUG, opaque, type NativeMethod } from '../semantics/native.ts';
import { nanosOf } from './time.ts';

function threadOf(ip: Interp, v: Value): Thread {
  const id = Number(((v as { f: Value[] }).f[0] as { v: number }).v);
  return ip.threads[id - 1];
}

/** A thread running a closure that borrows from the frame it was made in (not `move`): the closure's own slots
 *  (its parameters and locals) are drawn as a frame of the thread, `<creator>::{{closure}}`, over the creator's
 *  record; its captures stay the creator's (what it borrows). */
export interface ClosureFrame {
  creator: FrameRec;
  /** Slots declared inside the closure, [from, to). */
  from: number;
  to: number;
}

const closureFrames = new WeakMap<FrameRec, ClosureFrame>();
const closureFrameIds = new WeakMap<Interp, Map<number, ClosureFrame>>();
/** Creator record → the slot ranges lent to its closures' threads (not drawn in the creator's frame). */
const lentRanges = new WeakMap<FrameRec, Array<[number, number]>>();

/** The closure frame a thread runs in (see ClosureFrame), by record or by frame id. */
export function closureFrameOf(f: FrameRec): ClosureFrame | undefined {
  return closureFrames.get(f);
}
export function closureFrameById(ip: Interp, id: number): ClosureFrame | undefined {
  return closureFrameIds.get(ip)?.get(id);
}

/** Whether slot `s` of record `f` is drawn in `f`'s frame: a closure frame draws only its own slots, its creator not those. */
export function drawsSlot(f: FrameRec, s: number): boolean {
  const c = closureFrames.get(f);
  if (c) return s >= c.from && s < c.to;
  const lent = lentRanges.get(f);
  return !lent || !lent.some(([a, b]) => s >= a && s < b);
}

function borrowedEnv(ip: Interp, c: ClosureV): ClosureV {
  const env = c.env as FrameRec;
  const inner = R(c.node as import('../syntax/ast.ts').ClosureExpr).$inner;
  if (!inner) return c;
  // Same slots (the body reads and writes its captures in place), another frame id and name.
  const frame: FrameRec = { ...env, id: ip.nextFrameId++, fn: `${env.fn}::{{closure}}` };
  const info: ClosureFrame = { creator: env, from: inner[0], to: inner[1] };
  closureFrames.set(frame, info);
  let ids = closureFrameIds.get(ip);
  if (!ids) closureFrameIds.set(ip, (ids = new Map()));
  ids.set(frame.id, info);
  let lent = lentRanges.get(env);
  if (!lent) lentRanges.set(env, (lent = []));
  if (!lent.some(([a, b]) => a === inner[0] && b === inner[1])) lent.push([inner[0], inner[1]]);
  return { ...c, env: frame };
}

/** When the thread's closure is done (or unwinds), the values it owns are dropped. */
function dropCaptures(ip: Interp, c: ClosureV): void {
  const env = c.env as FrameRec;
  if (!(c.node as { move?: boolean }).move) return;
  for (const s of c.owned ?? []) {
    if (env.state[s] !== SlotState.Live) continue;
    env.state[s] = SlotState.Dropped;
    dropValue(ip, env.vals[s], null);
  }
}

function* threadBody(ip: Interp, f: Value, span: Span): Step {
  let v: Value;
  try {
    v = yield* callValueStep(ip, f, [], span);
  } catch (e) {
    if (e instanceof PanicSignal && f.k === 'closure') dropCaptures(ip, f);
    throw e;
  }
  if (f.k === 'closure') dropCaptures(ip, f);
  return v;
}

/** Scoped threads by scope id (a scope waits for all of them). */
const scopes = new WeakMap<Interp, Map<number, Thread[]>>();

function spawn(ip: Interp, f: Value, name: string | null, stack: number, span: Span, scope?: number): Value {
  let fv = f;
  while (fv.k === 'ref') fv = fv.p.c[fv.p.i];
  // A `move` closure already runs in its own record (../semantics/closure-env.ts), drawn as `<creator>::{{closure}}`.
  const body = fv.k !== 'closure' || (fv.node as { move?: boolean }).move ? fv : borrowedEnv(ip, fv);
  const t = spawnThread(ip, threadBody(ip, body, span), name, stack);
  if (scope !== undefined) scopes.get(ip)?.get(scope)?.push(t);
  return opaque(scope !== undefined ? 'ScopedJoinHandle' : 'JoinHandle', usize(t.id));
}

function joinResult(t: Thread): Value {
  return t.panic !== null ? err(opaque('Any')) : ok(t.result ?? UNIT);
}

const join: NativeMethod = (ip, _p, v, _a, span) => {
  const t = threadOf(ip, v);
  if (t === ip.cur) return ip.panic('deadlock: a thread cannot join itself', span.start);
  if (t.done) return joinResult(t);
  return new Deferred(waitStep(ip, () => t.done, () => joinResult(t), Infinity, span));
};

const handleMethods: Record<string, NativeMethod> = {
  join,
  is_finished: (ip, _p, v) => bool(threadOf(ip, v).done),
  thread: (ip, _p, v) => opaque('Thread', usize(threadOf(ip, v).id)),
};
NATIVE_METHODS.JoinHandle = handleMethods;
NATIVE_METHODS.ScopedJoinHandle = handleMethods;

NATIVE_METHODS.Thread = {
  name: (ip, _p, v) => {
    const n = threadOf(ip, v).name;
    return n === null ? none() : some(str(n));
  },
  id: (ip, _p, v) => opaque('ThreadId', usize(threadOf(ip, v).id)),
  unpark: () => UNIT,
};
NATIVE_DEBUG.ThreadId = (_ip, v) => `ThreadId(${(v.f[0] as { v: number }).v})`;
NATIVE_DEBUG.Thread = (ip, v) => {
  const t = threadOf(ip, v);
  return `Thread { id: ThreadId(${t.id}), name: ${t.name === null ? 'None' : `Some(${JSON.stringify(t.name)})`}, .. }`;
};
NATIVE_DEBUG.JoinHandle = () => 'JoinHandle { .. }';
NATIVE_DEBUG.ScopedJoinHandle = () => 'ScopedJoinHandle { .. }';
NATIVE_DEBUG.Any = () => 'Any { .. }';

function textOf(ip: Interp, v: Value): string {
  const t = strText(ip, derefAll(ip, v)) ?? '';
  if (v.k === 'string') dropValue(ip, v, null);
  return t;
}

NATIVE_METHODS.Builder = {
  name: (ip, _p, v, [n]) => opaque('Builder', str(textOf(ip, n)), (v as { f: Value[] }).f[1]),
  stack_size: (_ip, _p, v, [n]) => opaque('Builder', (v as { f: Value[] }).f[0], n),
  spawn: (ip, _p, v, [f], span) => {
    const [n, size] = (v as { f: Value[] }).f;
    const name = n.k === 'str' ? n.s : null;
    const stack = size.k === 'int' ? Math.max(Number(size.v), 64 * 1024) : SPAWNED_STACK_BYTES;
    return ok(spawn(ip, f, name, stack, span));
  },
};
NATIVE_DEBUG.Builder = () => 'Builder { .. }';

NATIVE_METHODS.Scope = {
  spawn: (ip, _p, v, [f], span) => spawn(ip, f, null, SPAWNED_STACK_BYTES, span, Number(((v as { f: Value[] }).f[0] as { v: number }).v)),
};
NATIVE_DEBUG.Scope = () => 'Scope { .. }';

let nextScope = 1;

/** `thread::scope(|s| …)`: run the closure, then wait for every thread spawned in the scope. */
function* scopeStep(ip: Interp, f: Value, span: Span): Step {
  let table = scopes.get(ip);
  if (!table) scopes.set(ip, (table = new Map()));
  const id = nextScope++;
  const ts: Thread[] = [];
  table.set(id, ts);
  const s = opaque('Scope', usize(id));
  const r = yield* callValueStep(ip, f, [{ k: 'ref', mut: false, p: { c: [s], i: 0, root: { to: 'temp' } } }], span);
  yield waitStep(ip, () => ts.every((t) => t.done), () => UNIT, Infinity, span);
  table.delete(id);
  if (ts.some((t) => t.panic !== null)) ip.panic('a scoped thread panicked', span.start);
  return r;
}

Object.assign(NATIVE_FNS, {
  'thread::spawn': (ip: Interp, [f]: Value[], span: Span) => spawn(ip, f, null, SPAWNED_STACK_BYTES, span),
  'thread::sleep': (ip: Interp, [d]: Value[], span: Span) => {
    const until = now(ip) + nanosOf(d);
    return new Deferred(waitStep(ip, () => false, () => UNIT, until, span));
  },
  'thread::yield_now': () => UNIT,
  'thread::current': (ip: Interp) => opaque('Thread', usize(ip.cur.id)),
  'thread::scope': (ip: Interp, [f]: Value[], span: Span) => new Deferred(scopeStep(ip, f, span)),
  'Builder::new': () => opaque('Builder', none(), none()),
});
