// A deep copy of plain data (objects, arrays, primitives, bigints) that keeps shared references shared: how a
// checked AST kept pristine is handed to each run (the evaluator writes its own annotations onto the nodes it runs).
/** Thrown for anything that is not plain data (a Map, a class instance, a function): such a value is not copied. */
export class NotPlainData extends Error {}

/** A deep copy of `value`; an object reached twice is copied once (and a cycle stays a cycle). */
export function copyPlain<T>(value: T): T {
  return copy(value, new Map()) as T;
}

function copy(v: unknown, seen: Map<object, unknown>): unknown {
  if (typeof v !== 'object' || v === null) {
    if (typeof v === 'function' || typeof v === 'symbol') throw new NotPlainData(typeof v);
    return v;
  }
  const done = seen.get(v);
  if (done !== undefined) return done;
  if (Array.isArray(v)) {
    const out: unknown[] = new Array(v.length);
    seen.set(v, out);
    for (let i = 0; i < v.length; i++) out[i] = copy(v[i], seen);
    return out;
  }
  if (Object.getPrototypeOf(v) !== Object.prototype) throw new NotPlainData(v.constructor?.name ?? 'object');
  const out: Record<string, unknown> = {};
  seen.set(v, out);
  for (const k in v) out[k] = copy((v as Record<string, unknown>)[k], seen);
  return out;
}
