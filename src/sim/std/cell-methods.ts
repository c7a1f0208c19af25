// Methods of Rc, Weak, RefCell and Cell: clone/upgrade with count updates, runtime borrow tracking with
// Ref/RefMut guards and the std panic texts when a borrow rule is broken.
import { refCellAlreadyBorrowed, refCellAlreadyMutablyBorrowed } from '../format/panic-message.ts';
import type { Span } from '../syntax/span.ts';
import { type Value, type Place, UNIT, usize, some, none, ok, err } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { needsDrop } from '../semantics/interp.ts';
import { dropValue } from '../semantics/drop.ts';
import { refTo, adoptTy, defaultLike } from './method-helpers.ts';

export function rcMethod(ip: Interp, id: number, name: string): Value | null {
  if (name === 'clone') { ip.heap.get(id).strong++; return { k: 'rc', id }; }
  return null;
}

export function weakMethod(ip: Interp, id: number | null, name: string): Value | null {
  if (name === 'upgrade') {
    if (id === null) return none();
    const a = ip.heap.allocs.get(id);
    if (!a || a.strong === 0) return none();
    a.strong++;
    return some({ k: 'rc', id });
  }
  if (name === 'clone') { if (id !== null) { const a = ip.heap.allocs.get(id); if (a) a.weak++; } return { k: 'weak', id }; }
  if (name === 'strong_count') return usize(id === null ? 0 : ip.heap.allocs.get(id)?.strong ?? 0);
  if (name === 'weak_count') { const a = id === null ? undefined : ip.heap.allocs.get(id); return usize(!a || a.strong === 0 ? 0 : a.weak); }
  return null;
}

export function refcellMethod(ip: Interp, p: Place, c: Value & { k: 'refcell' }, name: string, args: Value[], span: Span): Value | null {
  switch (name) {
    case 'borrow': case 'try_borrow': {
      if (c.borrow < 0) {
        if (name === 'try_borrow') return err({ k: 'struct', name: 'BorrowError', f: [], tuple: false });
        return ip.panic(refCellAlreadyMutablyBorrowed(), span.start);
      }
      c.borrow++;
      const g: Value = { k: 'guard', mut: false, cell: c, root: p.root, released: false };
      return name === 'borrow' ? g : ok(g);
    }
    case 'borrow_mut': case 'try_borrow_mut': {
      if (c.borrow !== 0) {
        if (name === 'try_borrow_mut') return err({ k: 'struct', name: 'BorrowMutError', f: [], tuple: false });
        return ip.panic(refCellAlreadyBorrowed(), span.start);
      }
      c.borrow = -1;
      const g: Value = { k: 'guard', mut: true, cell: c, root: p.root, released: false };
      return name === 'borrow_mut' ? g : ok(g);
    }
    case 'into_inner': return c.f[0];
    case 'replace': {
      if (c.borrow !== 0) return ip.panic(refCellAlreadyBorrowed(), span.start);
      const old = c.f[0];
      c.f[0] = args[0];
      return old;
    }
    case 'take': { const old = c.f[0]; c.f[0] = defaultLike(ip, old, span); return old; }
    case 'get_mut': return refTo(c.f, 0, p.root, true);
  }
  return null;
}

export function cellMethod(ip: Interp, c: Value & { k: 'cell' }, name: string, args: Value[], span: Span): Value | null {
  switch (name) {
    case 'get': return c.f[0];
    case 'set': { const old = c.f[0]; c.f[0] = adoptTy(old, args[0]); if (needsDrop(old)) dropValue(ip, old, null); return UNIT; }
    case 'replace': { const old = c.f[0]; c.f[0] = adoptTy(old, args[0]); return old; }
    case 'take': { const old = c.f[0]; c.f[0] = defaultLike(ip, old, span); return old; }
    case 'into_inner': return c.f[0];
  }
  return null;
}
