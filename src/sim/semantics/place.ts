// Place expressions: locals, fields, tuple fields, indexing and derefs evaluate to a Place (container, index),
// with auto-deref through &, Box, Rc and RefCell guards, and bounds-checked indexing that panics like Rust.
import { declaredSlice } from './static-slice.ts';
import { indexOutOfBounds } from '../format/panic-message.ts';
import type * as A from '../syntax/ast.ts';
import { isPlaceShaped } from '../syntax/ast.ts';
import { type Place, type Value, guardPlace } from '../memory/value.ts';
import type { Interp } from './interp.ts';
import { R } from './resolve.ts';
import { evalExpr } from './expr.ts';
import { toIndex } from './ops.ts';

/** One level of deref of the value at `p` (&T, Box, Rc, Ref/RefMut), or null if it is not a pointer. */
export function derefPlace(ip: Interp, p: Place): Place | null {
  const v = p.c[p.i];
  if (v.k === 'struct' || v.k === 'enum') return userDeref(ip, p);
  return derefValue(ip, v);
}

/** `impl Deref for MyBox<T>`: call the user's `deref(&self)` and follow the reference it returns. */
export function userDeref(ip: Interp, p: Place): Place | null {
  const v = p.c[p.i] as { name?: string };
  if (!v.name || !ip.index.implements(v.name, 'Deref')) return null;
  const def = ip.index.method(v.name, 'deref');
  if (!def) return null;
  const r = ip.callMethod(def, [{ k: 'ref', mut: false, p }], def.fn.span);
  return r.k === 'ref' ? r.p : ip.temp(r);
}

export function derefValue(ip: Interp, v: Value): Place | null {
  switch (v.k) {
    case 'ref': return v.p;
    case 'box': case 'rc': {
      const a = ip.heap.get(v.id);
      return { c: a.vals, i: 0, root: { to: 'heap', id: a.id } };
    }
    case 'guard': return guardPlace(v);
    case 'int': case 'float': case 'bool': case 'char': case 'unit': case 'str': case 'string': case 'vec':
    case 'weak': case 'struct': case 'enum': case 'tuple': case 'array': case 'slice': case 'refcell':
    case 'cell': case 'fn': case 'closure': case 'iter': case 'range': case 'moved': case 'uninit':
    case 'formatter': case 'map': case 'entry': return null;
  }
}

export function evalPlace(ip: Interp, e: A.Expr): Place | null {
  if (!isPlaceShaped(e)) return null;
  switch (e.kind) {
    case 'PathExpr': {
      const s = R(e).$slot;
      if (s !== undefined) return ip.slotPlace(s);
      return null;
    }
    case 'Field': case 'TupleIndex': return fieldPlace(ip, e, evalPlaceOrTemp(ip, e.object));
    case 'Index': return indexPlace(ip, e, evalPlaceOrTemp(ip, e.object), evalExpr(ip, e.index));
    case 'Unary': {
      if (e.op !== '*') return null;
      return derefOp(ip, evalPlaceOrTemp(ip, e.operand));
    }
  }
}

/** `*inner`: one level of deref (or the place itself when it is not a pointer). */
export function derefOp(ip: Interp, inner: Place): Place {
  return derefPlace(ip, inner) ?? inner;
}

/** `base.field` / `base.0`, auto-dereferencing the base. */
export function fieldPlace(ip: Interp, e: A.FieldExpr | A.TupleIndexExpr, base: Place): Place {
  switch (e.kind) {
    case 'Field': {
      const found = autoDeref(ip, base, (v, p) => {
        const names = v.k === 'struct' ? ip.index.structs.get(v.name)?.fieldNames : v.k === 'enum' ? v.names : undefined;
        const idx = names ? names.indexOf(e.field) : -1;
        return idx >= 0 ? { c: (v as { f: Value[] }).f, i: idx, root: p.root } : null;
      });
      return found ?? ip.unsupported(`필드 접근 \`.${e.field}\``, e.fieldSpan);
    }
    case 'TupleIndex': {
      const found = autoDeref(ip, base, (v, p) =>
        (v.k === 'tuple' || v.k === 'struct' || v.k === 'enum') && e.index < v.f.length ? { c: v.f, i: e.index, root: p.root } : null,
      );
      return found ?? ip.unsupported(`튜플 필드 \`.${e.index}\``, e.indexSpan);
    }
  }
}

/** `base[idx]` once both are evaluated: bounds-checked, auto-dereferencing the base. Null: not indexable here. */
export function indexPlace(ip: Interp, e: A.IndexExpr, base: Place, idxV: Value): Place | null {
  {
    {
      return autoDeref(ip, base, (v, p) => {
        if (v.k === 'map') {
          const s = ip.std.findKey(ip, v, derefAll(ip, idxV));
          // `Index for HashMap / BTreeMap` is `get(key).expect(…)`, reported at the `[` (#[track_caller]).
          return s ? { c: v.chunks[s.c].vals, i: s.i, root: p.root } : ip.panic('no entry found for key', { line: e.index.span.start.line, col: e.index.span.start.col - 1 });
        }
        if (v.k === 'struct' || v.k === 'enum') return ip.std.userIndexPlace(ip, p, idxV, e.span);
        if (v.k !== 'vec' && v.k !== 'array' && v.k !== 'slice') return null;
        const items = v.k === 'vec' ? ip.heap.get(v.id).vals : v.k === 'array' ? v.f : v.c;
        const off = v.k === 'slice' ? v.from : 0;
        const len = v.k === 'slice' ? v.to - v.from : items.length;
        const root = v.k === 'vec' ? { to: 'heap' as const, id: v.id } : v.k === 'slice' ? v.root : p.root;
        if (idxV.k !== 'int') return null;
        const i = toIndex(idxV);
        // Vec indexing goes through `Index::index` (#[track_caller]: rustc points at the `[`);
        // arrays and slices are built-in and point at the whole expression.
        const at = v.k === 'vec' && !declaredSlice(ip, e.object) ? { line: e.index.span.start.line, col: e.index.span.start.col - 1 } : e.span.start;
        // VecDeque's Index impl: `self.get(index).expect("Out of bounds access")`.
        if (i >= len || i < 0) ip.panic(v.k === 'vec' && v.deque ? 'Out of bounds access' : indexOutOfBounds(len, i), at);
        return { c: items, i: off + i, root };
      });
    }
  }
}

/** Follow `&`, Box, Rc, guards and user Deref from `p` until `pick` finds what it wants (auto-deref). */
export function autoDeref<T>(ip: Interp, p: Place, pick: (v: Value, p: Place) => T | null): T | null {
  for (let guard = 0; guard < 16; guard++) {
    const found = pick(p.c[p.i], p);
    if (found !== null) return found;
    const d = derefPlace(ip, p);
    if (!d) return null;
    p = d;
  }
  return null;
}

/** The place `e` denotes, or a temporary holding its value (dropped at the end of the statement). */
export function evalPlaceOrTemp(ip: Interp, e: A.Expr): Place {
  const p = evalPlace(ip, e);
  if (p) return p;
  return ip.temp(evalExpr(ip, e));
}

/** Read an operand without moving it (comparisons, format arguments, method receivers). */
export function evalOperand(ip: Interp, e: A.Expr): Value {
  if (e.kind === 'PathExpr') {
    const s = R(e).$slot;
    if (s !== undefined) return ip.frame.vals[s];
  } else if (e.kind === 'Lit') return (e as A.LitExpr & { $v?: Value }).$v ?? evalExpr(ip, e);
  const p = evalPlace(ip, e);
  if (p) return p.c[p.i];
  const v = evalExpr(ip, e, true);
  ip.temp(v);
  return v;
}

/** Follow pointers until a non-pointer value (auto-deref for printing and comparisons). */
export function derefAll(ip: Interp, v: Value): Value {
  for (let i = 0; i < 64; i++) {
    const d = derefValue(ip, v);
    if (!d) return v;
    v = d.c[d.i];
  }
  return v;
}
