// std::time on the machine's virtual clock: Duration (nanoseconds) and Instant, with std's Debug texts
// (`1.5s`, `20ms`, `3µs`) and the comparisons and arithmetic programs use with them.
import { type Value, type StructV, int, bool, some, none } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { now } from '../semantics/threads.ts';
import { NATIVE_FNS, NATIVE_METHODS, NATIVE_DEBUG, opaque } from '../semantics/native.ts';

/** A Duration value holding `ns` nanoseconds. */
export function duration(ns: number): StructV {
  return opaque('Duration', int('u64', Math.max(0, Math.round(ns))));
}

export function nanosOf(v: Value): number {
  for (let i = 0; i < 4 && v.k === 'ref'; i++) v = v.p.c[v.p.i];
  if (v.k === 'struct' && (v.name === 'Duration' || v.name === 'Instant')) return Number((v.f[0] as { v: number | bigint }).v);
  return 0;
}

function num(v: Value): number {
  for (let i = 0; i < 4 && v.k === 'ref'; i++) v = v.p.c[v.p.i];
  return v.k === 'int' ? Number(v.v) : v.k === 'float' ? v.v : 0;
}

/** std's `impl Debug for Duration`: the largest unit with at least 1, fractional digits trimmed. */
export function durationDebug(ns: number): string {
  const fmt = (whole: number, frac: number, digits: number, unit: string) => {
    let f = frac.toString().padStart(digits, '0').replace(/0+$/, '');
    return f ? `${whole}.${f}${unit}` : `${whole}${unit}`;
  };
  if (ns >= 1e9) return fmt(Math.floor(ns / 1e9), ns % 1e9, 9, 's');
  if (ns >= 1e6) return fmt(Math.floor(ns / 1e6), ns % 1e6, 6, 'ms');
  if (ns >= 1e3) return fmt(Math.floor(ns / 1e3), ns % 1e3, 3, 'µs');
  return `${ns}ns`;
}

Object.assign(NATIVE_FNS, {
  'Duration::from_secs': (_ip: Interp, [s]: Value[]) => duration(num(s) * 1e9),
  'Duration::from_millis': (_ip: Interp, [s]: Value[]) => duration(num(s) * 1e6),
  'Duration::from_micros': (_ip: Interp, [s]: Value[]) => duration(num(s) * 1e3),
  'Duration::from_nanos': (_ip: Interp, [s]: Value[]) => duration(num(s)),
  'Duration::from_secs_f64': (_ip: Interp, [s]: Value[]) => duration(num(s) * 1e9),
  'Duration::from_secs_f32': (_ip: Interp, [s]: Value[]) => duration(num(s) * 1e9),
  'Duration::new': (_ip: Interp, [s, n]: Value[]) => duration(num(s) * 1e9 + num(n)),
  'Duration::ZERO': () => duration(0),
  'Instant::now': (ip: Interp) => opaque('Instant', int('u64', now(ip))),
});

const d = (v: Value) => nanosOf(v);
NATIVE_METHODS.Duration = {
  as_secs: (_ip, _p, v) => int('u64', Math.floor(d(v) / 1e9)),
  as_millis: (_ip, _p, v) => int('u128', Math.floor(d(v) / 1e6)),
  as_micros: (_ip, _p, v) => int('u128', Math.floor(d(v) / 1e3)),
  as_nanos: (_ip, _p, v) => int('u128', d(v)),
  as_secs_f64: (_ip, _p, v) => ({ k: 'float', ty: 'f64', v: d(v) / 1e9 }),
  as_secs_f32: (_ip, _p, v) => ({ k: 'float', ty: 'f32', v: Math.fround(d(v) / 1e9) }),
  subsec_millis: (_ip, _p, v) => int('u32', Math.floor((d(v) % 1e9) / 1e6)),
  subsec_micros: (_ip, _p, v) => int('u32', Math.floor((d(v) % 1e9) / 1e3)),
  subsec_nanos: (_ip, _p, v) => int('u32', d(v) % 1e9),
  is_zero: (_ip, _p, v) => bool(d(v) === 0),
  checked_sub: (_ip, _p, v, [o]) => (d(v) >= d(o) ? some(duration(d(v) - d(o))) : none()),
  saturating_sub: (_ip, _p, v, [o]) => duration(Math.max(0, d(v) - d(o))),
  mul_f64: (_ip, _p, v, [x]) => duration(d(v) * num(x)),
  add: (_ip, _p, v, [o]) => duration(d(v) + d(o)),
  sub: (_ip, _p, v, [o]) => duration(d(v) - d(o)),
  mul: (_ip, _p, v, [x]) => duration(d(v) * num(x)),
  div: (_ip, _p, v, [x]) => duration(d(v) / num(x)),
};
NATIVE_METHODS.Instant = {
  elapsed: (ip, _p, v) => duration(now(ip) - d(v)),
  duration_since: (_ip, _p, v, [o]) => duration(d(v) - d(o)),
  saturating_duration_since: (_ip, _p, v, [o]) => duration(Math.max(0, d(v) - d(o))),
  add: (_ip, _p, v, [o]) => opaque('Instant', int('u64', d(v) + d(o))),
  sub: (_ip, _p, v, [o]) => (o.k === 'struct' && o.name === 'Instant' ? duration(d(v) - d(o)) : opaque('Instant', int('u64', d(v) - d(o)))),
};
NATIVE_DEBUG.Duration = (_ip, v) => durationDebug(d(v));
NATIVE_DEBUG.Instant = (_ip, v) => `Instant { t: ${durationDebug(d(v))} }`;
