// A JavaScript array whose shift / unshift are amortized O(1) (a VecDeque's element list): elements live in a
// backing array at an offset with spare room in front; every other array operation sees a normal array.
import type { Value } from '../memory/value.ts';

const RING = Symbol('ring');

interface Store { data: Value[]; off: number }

const index = (k: string | symbol): number => {
  if (typeof k !== 'string') return -1;
  const c = k.charCodeAt(0);
  if (c < 48 || c > 57) return -1;
  const i = Number(k);
  return Number.isInteger(i) && String(i) === k ? i : -1;
};

/** Room in front of the elements, so that the next `unshift`s need no copying. */
function recenter(s: Store, len: number): void {
  const slack = Math.max(16, len);
  const data = new Array<Value>(slack + len);
  for (let i = 0; i < len; i++) data[slack + i] = s.data[s.off + i];
  s.data = data;
  s.off = slack;
}

export function isRing(xs: Value[]): boolean {
  return (xs as unknown as Record<symbol, unknown>)[RING] === true;
}

/** A ring array holding `items` (copied). */
export function ringArray(items: readonly Value[]): Value[] {
  const s: Store = { data: [...items], off: 0 };
  const len = () => s.data.length - s.off;
  const methods: Record<string, (...a: never[]) => unknown> = {
    push: (...xs: Value[]) => { for (const x of xs) s.data.push(x); return len(); },
    pop: () => (len() ? s.data.pop() : undefined),
    shift: () => {
      if (!len()) return undefined;
      const x = s.data[s.off];
      (s.data as Array<Value | undefined>)[s.off++] = undefined;
      if (s.off > 1024 && s.off > len()) { s.data = s.data.slice(s.off); s.off = 0; }
      return x;
    },
    unshift: (...xs: Value[]) => {
      if (s.off < xs.length) recenter(s, len());
      for (let i = xs.length - 1; i >= 0; i--) s.data[--s.off] = xs[i];
      return len();
    },
    slice: (a?: number, b?: number) => s.data.slice(s.off).slice(a, b),
    splice: (start: number, del?: number, ...xs: Value[]) => {
      const l = len();
      const at = start < 0 ? Math.max(l + start, 0) : Math.min(start, l);
      const count = del === undefined ? l - at : Math.min(Math.max(del, 0), l - at);
      return s.data.splice(s.off + at, count, ...xs);
    },
  };
  const target: Value[] = [];
  return new Proxy(target, {
    get(t, k, r) {
      const i = index(k);
      if (i >= 0) return i < len() ? s.data[s.off + i] : undefined;
      if (k === 'length') return len();
      if (k === RING) return true;
      if (typeof k === 'string' && Object.hasOwn(methods, k)) return methods[k];
      return Reflect.get(t, k, r);
    },
    set(t, k, v, r) {
      const i = index(k);
      if (i >= 0) {
        if (i < len()) s.data[s.off + i] = v as Value;
        else { while (len() < i) s.data.push(undefined as unknown as Value); s.data.push(v as Value); }
        return true;
      }
      if (k === 'length') { const n = Number(v); if (n < len()) s.data.length = s.off + n; else while (len() < n) s.data.push(undefined as unknown as Value); return true; }
      return Reflect.set(t, k, v, r);
    },
    has(t, k) { const i = index(k); return i >= 0 ? i < len() : Reflect.has(t, k); },
    deleteProperty(t, k) { const i = index(k); if (i >= 0) { if (i < len()) (s.data as Array<Value | undefined>)[s.off + i] = undefined; return true; } return Reflect.deleteProperty(t, k); },
    ownKeys() { return [...Array.from({ length: len() }, (_, i) => String(i)), 'length']; },
    getOwnPropertyDescriptor(_t, k) {
      if (k === 'length') return { value: len(), writable: true, enumerable: false, configurable: false };
      const i = index(k);
      if (i >= 0 && i < len()) return { value: s.data[s.off + i], writable: true, enumerable: true, configurable: true };
      return undefined;
    },
    defineProperty(t, k, d) {
      const i = index(k);
      if (i >= 0 && 'value' in d) { this.set!(t, k, d.value, t); return true; }
      return Reflect.defineProperty(t, k, d);
    },
  });
}
