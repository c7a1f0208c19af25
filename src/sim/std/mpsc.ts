// std::sync::mpsc: channel / sync_channel with Sender (cloneable), SyncSender and Receiver — send, recv,
// try_recv, recv_timeout, iteration; the channel closes when every sender (or the receiver) is dropped.
import type { Span } from '../syntax/span.ts';
import { type Value, type StructV, UNIT, usize, ok, err, some, none } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { needsDrop } from '../semantics/interp.ts';
import { Deferred } from '../semantics/step.ts';
import { waitStep, now } from '../semantics/threads.ts';
import { dropValue } from '../semantics/drop.ts';
import { NATIVE_FNS, NATIVE_METHODS, NATIVE_DROP, NATIVE_CLONE, NATIVE_DEBUG, opaque, nativeArity, type NativeMethod } from '../semantics/native.ts';
import { nanosOf } from './time.ts';

/** One channel: its queue of pending messages (owned by the channel), live senders, and a receiver. */
export interface Channel {
  id: number;
  queue: Value[];
  senders: number;
  receiver: boolean;
  /** sync_channel's bound (0: rendezvous); null for an unbounded channel. */
  bound: number | null;
  /** Messages taken so far (a rendezvous send waits for its own). */
  taken: number;
  sent: number;
}

const channels = new WeakMap<Interp, Map<number, Channel>>();

/** The program's channels (for the memory view). */
export function channelsOf(ip: Interp): Channel[] {
  return [...(channels.get(ip)?.values() ?? [])];
}

function chan(ip: Interp, v: Value): Channel {
  while (v.k === 'ref') v = v.p.c[v.p.i];
  const id = Number(((v as StructV).f[0] as { v: number }).v);
  return channels.get(ip)!.get(id)!;
}

function open(ip: Interp, bound: number | null): Value {
  let table = channels.get(ip);
  if (!table) channels.set(ip, (table = new Map()));
  const id = table.size + 1;
  table.set(id, { id, queue: [], senders: 1, receiver: true, bound, taken: 0, sent: 0 });
  return { k: 'tuple', f: [opaque(bound === null ? 'Sender' : 'SyncSender', usize(id)), opaque('Receiver', usize(id))] };
}

const sendErr = (v: Value): Value => err(opaque('SendError', v));

const send: NativeMethod = (ip, _p, v, [x], span) => {
  const c = chan(ip, v);
  if (!c.receiver) return sendErr(x);
  const push = (): Value => {
    if (!c.receiver) return sendErr(x);
    c.queue.push(x);
    c.sent++;
    return ok(UNIT);
  };
  if (c.bound === null) return push();
  if (c.bound > 0) {
    if (c.queue.length < c.bound) return push();
    return new Deferred(waitStep(ip, () => c.queue.length < c.bound! || !c.receiver, push, Infinity, span));
  }
  // Rendezvous: the send completes when the receiver has taken this message.
  const r = push();
  const mine = c.sent;
  return new Deferred(waitStep(ip, () => c.taken >= mine || !c.receiver, () => r, Infinity, span));
};

function take(c: Channel): Value {
  c.taken++;
  return c.queue.shift()!;
}

const recvError = () => opaque('RecvError');

const recv: NativeMethod = (ip, _p, v, _a, span) => {
  const c = chan(ip, v);
  const now_ = (): Value => (c.queue.length ? ok(take(c)) : err(recvError()));
  if (c.queue.length || c.senders === 0) return now_();
  return new Deferred(waitStep(ip, () => c.queue.length > 0 || c.senders === 0, now_, Infinity, span));
};

const variant = (name: string, variant: string): Value => ({ k: 'enum', name, variant, f: [] });

/** The receiving end as an iterator: `None` once the queue is empty and every sender is gone. `for x in rx` moves the
 *  receiver into it (`owned`): the receiver drops with the iterator, when the loop ends. */
function receiverIter(ip: Interp, v: Value, span: Span, owned = false): Value {
  const c = chan(ip, v);
  // On the machine (`for x in rx`) the wait is a frame; a std adaptor (`rx.iter().collect()`) waits in place.
  const nextStep = (): Value | Deferred | null => {
    if (c.queue.length) return take(c);
    if (c.senders === 0) return null;
    return new Deferred(waitStep(ip, () => c.queue.length > 0 || c.senders === 0, () => (c.queue.length ? some(take(c)) : none()), Infinity, span));
  };
  const next = (): Value | null => {
    const r = nextStep();
    if (!(r instanceof Deferred)) return r;
    const o = ip.runNested(r.step);
    return o.k === 'enum' && o.variant === 'Some' ? o.f[0] : null;
  };
  const it: Value & { nextStep?: typeof nextStep; drop?: () => void } = { k: 'iter', next, desc: 'Iter' };
  it.nextStep = nextStep;
  if (owned) it.drop = () => dropReceiver(ip, v as StructV);
  return it;
}

NATIVE_METHODS.Sender = { send };
nativeArity('Sender', { send: 1 });
nativeArity('SyncSender', { send: 1, try_send: 1 });
nativeArity('Receiver', { recv: 0, try_recv: 0, recv_timeout: 1, iter: 0, try_iter: 0, into_iter: 0 });
NATIVE_METHODS.SyncSender = { send, try_send: (ip, _p, v, [x]) => {
  const c = chan(ip, v);
  if (!c.receiver) return err({ k: 'enum', name: 'TrySendError', variant: 'Disconnected', f: [x] });
  if (c.bound !== null && c.queue.length >= Math.max(1, c.bound)) return err({ k: 'enum', name: 'TrySendError', variant: 'Full', f: [x] });
  c.queue.push(x);
  c.sent++;
  return ok(UNIT);
} };
NATIVE_METHODS.Receiver = {
  recv,
  try_recv: (ip, _p, v) => {
    const c = chan(ip, v);
    if (c.queue.length) return ok(take(c));
    return err(variant('TryRecvError', c.senders === 0 ? 'Disconnected' : 'Empty'));
  },
  recv_timeout: (ip, _p, v, [d], span) => {
    const c = chan(ip, v);
    const settle = (): Value => (c.queue.length ? ok(take(c)) : err(variant('RecvTimeoutError', c.senders === 0 ? 'Disconnected' : 'Timeout')));
    if (c.queue.length || c.senders === 0) return settle();
    return new Deferred(waitStep(ip, () => c.queue.length > 0 || c.senders === 0, settle, now(ip) + nanosOf(d), span));
  },
  iter: (ip, _p, v, _a, span) => receiverIter(ip, v, span),
  try_iter: (ip, _p, v) => {
    const c = chan(ip, v);
    return { k: 'iter', next: () => (c.queue.length ? take(c) : null), desc: 'TryIter' };
  },
  into_iter: (ip, _p, v, _a, span) => receiverIter(ip, v, span, v.k === 'struct'),
};

const dropSender = (ip: Interp, v: StructV) => {
  const c = chan(ip, v);
  c.senders--;
};
NATIVE_DROP.Sender = dropSender;
NATIVE_DROP.SyncSender = dropSender;
function dropReceiver(ip: Interp, v: StructV): void {
  const c = chan(ip, v);
  c.receiver = false;
  for (const x of c.queue.splice(0)) if (needsDrop(x)) dropValue(ip, x, null);
}
NATIVE_DROP.Receiver = dropReceiver;
const cloneSender = (ip: Interp, v: StructV): Value => {
  chan(ip, v).senders++;
  return opaque(v.name, v.f[0]);
};
NATIVE_CLONE.Sender = cloneSender;
NATIVE_CLONE.SyncSender = cloneSender;
NATIVE_DEBUG.Sender = () => 'Sender { .. }';
NATIVE_DEBUG.SyncSender = () => 'SyncSender { .. }';
NATIVE_DEBUG.Receiver = () => 'Receiver { .. }';
NATIVE_DEBUG.RecvError = () => 'RecvError';
NATIVE_DEBUG.SendError = () => 'SendError { .. }';

Object.assign(NATIVE_FNS, {
  'mpsc::channel': (ip: Interp) => open(ip, null),
  'mpsc::sync_channel': (ip: Interp, [n]: Value[]) => open(ip, n.k === 'int' ? Number(n.v) : 0),
});
