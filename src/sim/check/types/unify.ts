// Inference variables and unification: a substitution map, `resolve` (follow bindings), `unify` (never
// throws: a clash just leaves both sides as they are — type errors are reported by a separate pass), and
// literal defaulting (`{integer}` → i32, `{float}` → f64) when a body is done.
import { UNKNOWN, type Ty } from './ty.ts';

export class Subst {
  private next = 0;
  private readonly bound = new Map<number, Ty>();

  fresh(lit?: 'int' | 'float'): Ty {
    return { k: 'var', id: this.next++, lit };
  }

  /** Follows variable bindings at the top level. */
  shallow(t: Ty): Ty {
    let cur = t;
    for (let i = 0; cur.k === 'var' && i < 1000; i++) {
      const b = this.bound.get(cur.id);
      if (!b) return cur;
      cur = b;
    }
    return cur;
  }

  /** Fully applies the substitution. */
  resolve(t: Ty, depth = 0): Ty {
    const s = this.shallow(t);
    if (depth > 40) return UNKNOWN;
    const r = (x: Ty) => this.resolve(x, depth + 1);
    switch (s.k) {
      case 'ref': return { k: 'ref', mut: s.mut, inner: r(s.inner) };
      case 'tuple': return { k: 'tuple', items: s.items.map(r) };
      case 'array': return { k: 'array', elem: r(s.elem), len: s.len };
      case 'slice': return { k: 'slice', elem: r(s.elem) };
      case 'adt': return s.args.length ? { k: 'adt', name: s.name, args: s.args.map(r) } : s;
      case 'fn': return { k: 'fn', params: s.params.map(r), ret: r(s.ret) };
      case 'closure': return { k: 'closure', id: s.id, params: s.params.map(r), ret: r(s.ret), move: s.move };
      case 'int': case 'float': case 'bool': case 'char': case 'str': case 'never': case 'param': case 'opaque': case 'var': case 'unknown':
        return s;
    }
  }

  /** Makes `a` and `b` equal where possible; returns false on a definite clash. */
  unify(a: Ty, b: Ty, depth = 0): boolean {
    const x = this.shallow(a);
    const y = this.shallow(b);
    if (depth > 40) return true;
    if (x === y) return true;
    if (x.k === 'unknown' || y.k === 'unknown' || x.k === 'never' || y.k === 'never') return true;
    if (x.k === 'var') return this.bindVar(x, y);
    if (y.k === 'var') return this.bindVar(y, x);
    const u = (p: Ty, q: Ty) => this.unify(p, q, depth + 1);
    switch (x.k) {
      case 'int': return y.k === 'int' && y.kind === x.kind;
      case 'float': return y.k === 'float' && y.kind === x.kind;
      case 'bool': case 'char': case 'str': return y.k === x.k;
      case 'ref': return y.k === 'ref' && y.mut === x.mut && u(x.inner, y.inner);
      case 'tuple': return y.k === 'tuple' && y.items.length === x.items.length && x.items.every((t, i) => u(t, y.items[i]));
      case 'array': return y.k === 'array' && u(x.elem, y.elem);
      case 'slice': return y.k === 'slice' && u(x.elem, y.elem);
      case 'adt': return y.k === 'adt' && y.name === x.name && (y.args.length !== x.args.length || x.args.every((t, i) => u(t, y.args[i])));
      case 'fn': return y.k === 'fn' && y.params.length === x.params.length && x.params.every((t, i) => u(t, y.params[i])) && u(x.ret, y.ret);
      case 'closure': return y.k === 'closure' ? y.id === x.id : true;
      case 'param': return y.k === 'param' ? y.name === x.name : true;
      case 'opaque': return true;
    }
  }

  private bindVar(v: { k: 'var'; id: number; lit?: 'int' | 'float' }, t: Ty): boolean {
    if (t.k === 'var') {
      if (t.id === v.id) return true;
      if (v.lit && t.lit && v.lit !== t.lit) return false;
      // Keep the literal restriction on the surviving variable.
      if (v.lit && !t.lit) { this.bound.set(t.id, v); return true; }
      this.bound.set(v.id, t);
      return true;
    }
    if (v.lit === 'int' && t.k !== 'int') return t.k === 'param' || t.k === 'opaque';
    if (v.lit === 'float' && t.k !== 'float') return t.k === 'param' || t.k === 'opaque';
    if (occurs(v.id, t, this)) return true;
    this.bound.set(v.id, t);
    return true;
  }

  /** Literal defaulting: every still-unbound `{integer}` becomes i32, `{float}` f64. */
  defaultLiterals(t: Ty): void {
    const s = this.resolve(t);
    const visit = (x: Ty): void => {
      switch (x.k) {
        case 'var':
          if (x.lit === 'int') this.bound.set(x.id, { k: 'int', kind: 'i32' });
          else if (x.lit === 'float') this.bound.set(x.id, { k: 'float', kind: 'f64' });
          return;
        case 'ref': return visit(x.inner);
        case 'tuple': return x.items.forEach(visit);
        case 'array': case 'slice': return visit(x.elem);
        case 'adt': return x.args.forEach(visit);
        case 'fn': case 'closure': x.params.forEach(visit); return visit(x.ret);
        case 'int': case 'float': case 'bool': case 'char': case 'str': case 'never': case 'param': case 'opaque': case 'unknown':
          return;
      }
    };
    visit(s);
  }
}

function occurs(id: number, t: Ty, s: Subst): boolean {
  const x = s.shallow(t);
  switch (x.k) {
    case 'var': return x.id === id;
    case 'ref': return occurs(id, x.inner, s);
    case 'tuple': return x.items.some((i) => occurs(id, i, s));
    case 'array': case 'slice': return occurs(id, x.elem, s);
    case 'adt': return x.args.some((i) => occurs(id, i, s));
    case 'fn': case 'closure': return x.params.some((i) => occurs(id, i, s)) || occurs(id, x.ret, s);
    case 'int': case 'float': case 'bool': case 'char': case 'str': case 'never': case 'param': case 'opaque': case 'unknown':
      return false;
  }
}
