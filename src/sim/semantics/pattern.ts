// Pattern matching and binding: literals, ranges, tuples, structs, enum variants, refs, or-patterns, slices,
// with Rust's default binding modes (matching through a reference binds by reference) and moves out of places.
import type * as A from '../syntax/ast.ts';
import type { Place, Value } from '../memory/value.ts';
import { type Interp, SlotState, needsDrop } from './interp.ts';
import { R } from './resolve.ts';
import { valueEq, valueCmp, seqItems, strText } from './ops.ts';
import { isCopy, copyOf } from './copy.ts';
import { evalPathValue } from './calls.ts';
import { litValue } from './expr.ts';

type Mode = 'move' | 'ref' | 'refmut';
type Act = () => void;

/** Match `pat` against the value at `place` and bind its variables. `byRef`: bind by reference. */
export function bindPattern(ip: Interp, pat: A.Pattern, place: Place, byRef: boolean): boolean {
  const acts: Act[] = [];
  if (!matchPat(ip, pat, place, byRef ? 'ref' : 'move', acts)) return false;
  for (const a of acts) a();
  return true;
}

/** Test only (for `matches!` and guards); no bindings are made. */
export function testPattern(ip: Interp, pat: A.Pattern, place: Place): boolean {
  return matchPat(ip, pat, place, 'ref', []);
}

/** Take the value out of a place: copy for Copy types, otherwise mark the place moved. */
export function moveOut(ip: Interp, p: Place): Value {
  const v = p.c[p.i];
  if (isCopy(ip, v)) return copyOf(v);
  if (p.root.to === 'slot') {
    const f = ip.frames.find((x) => x.id === (p.root as { frame: number }).frame);
    if (f && f.vals === p.c) {
      // Already moved: a `move` closure owns this slot and its body moves the value on; leave a marker
      // so dropping the closure does not drop the value a second time.
      if (f.state[p.i] === SlotState.Moved && needsDrop(v)) p.c[p.i] = { k: 'moved' };
      f.state[p.i] = SlotState.Moved;
      return v;
    }
  }
  if (needsDrop(v)) p.c[p.i] = { k: 'moved' };
  return v;
}

function deref(ip: Interp, place: Place, mode: Mode): [Place, Mode] {
  for (let i = 0; i < 8; i++) {
    const v = place.c[place.i];
    if (v.k === 'ref') {
      mode = v.mut && mode !== 'ref' ? 'refmut' : 'ref';
      place = v.p;
      continue;
    }
    if ((v.k === 'rc' || v.k === 'box') && mode !== 'move') {
      // `&Rc<List>` passed where `&List` is expected was deref-coerced at the call.
      const a = ip.heap.get(v.id);
      place = { c: a.vals, i: 0, root: { to: 'heap', id: a.id } };
      continue;
    }
    break;
  }
  return [place, mode];
}

function matchPat(ip: Interp, pat: A.Pattern, place: Place, mode: Mode, acts: Act[]): boolean {
  switch (pat.kind) {
    case 'WildPat': case 'RestPat': return true;
    case 'IdentPat': {
      const slot = R(pat).$slot;
      if (slot === undefined) {
        const [p] = deref(ip, place, mode);
        const c = evalPathValue(ip, { kind: 'Path', segments: [{ name: pat.name, generics: [], span: pat.span }], text: pat.name, span: pat.span });
        return valueEq(ip, p.c[p.i], c);
      }
      if (pat.sub && !matchPat(ip, pat.sub, place, mode, acts)) return false;
      const f = ip.frame;
      acts.push(() => {
        let v: Value;
        if (pat.byRef) v = { k: 'ref', mut: pat.mut, p: place };
        else if (mode === 'move') v = moveOut(ip, place);
        else v = { k: 'ref', mut: mode === 'refmut', p: place };
        ip.setSlot(f, slot, v);
      });
      return true;
    }
    case 'LitPat': {
      const [p] = deref(ip, place, mode);
      const v = p.c[p.i];
      const lit = litValue(pat.lit);
      if (pat.negative && (lit.k === 'int' || lit.k === 'float')) {
        const n = lit.k === 'int' ? (typeof lit.v === 'number' ? -lit.v : -lit.v) : -lit.v;
        return valueEq(ip, v, { ...lit, v: n } as Value);
      }
      if (lit.k === 'str') return strText(ip, derefStr(ip, v)) === lit.s;
      return valueEq(ip, v, lit);
    }
    case 'RangePat': {
      const [p] = deref(ip, place, mode);
      const v = p.c[p.i];
      if (pat.start && valueCmp(ip, v, boundValue(ip, pat.start)) < 0) return false;
      if (pat.end) {
        const c = valueCmp(ip, v, boundValue(ip, pat.end));
        if (pat.inclusive ? c > 0 : c >= 0) return false;
      }
      return true;
    }
    case 'TuplePat': {
      const [p, m] = deref(ip, place, mode);
      const v = p.c[p.i];
      if (v.k !== 'tuple' && v.k !== 'unit') return false;
      return matchSeq(ip, pat.items, v.k === 'tuple' ? v.f : [], 0, p.root, m, acts);
    }
    case 'TupleStructPat': {
      const [p, m] = deref(ip, place, mode);
      const v = p.c[p.i];
      const want = variantOf(ip, pat.path);
      if (v.k === 'enum') {
        if (v.variant !== want) return false;
        return matchSeq(ip, pat.items, v.f, 0, p.root, m, acts);
      }
      if (v.k === 'struct') return v.name === want && matchSeq(ip, pat.items, v.f, 0, p.root, m, acts);
      // A map's `Entry` is Occupied or Vacant by whether its key is in the map; the variant's entry is itself.
      if (v.k === 'entry' && (want === 'Occupied' || want === 'Vacant')) {
        if ((ip.std.findKey(ip, v.map, v.key) !== null) !== (want === 'Occupied')) return false;
        return matchSeq(ip, pat.items, [v], 0, p.root, m, acts);
      }
      return false;
    }
    case 'StructPat': {
      const [p, m] = deref(ip, place, mode);
      const v = p.c[p.i];
      const want = variantOf(ip, pat.path);
      let names: string[] | undefined;
      if (v.k === 'enum') {
        if (v.variant !== want) return false;
        names = v.names;
      } else if (v.k === 'struct') {
        if (v.name !== want && want !== 'Self') return false;
        names = ip.index.structs.get(v.name)?.fieldNames;
      } else return false;
      if (!names) return false;
      for (const fp of pat.fields) {
        const idx = names.indexOf(fp.name.name);
        if (idx < 0) return false;
        if (!matchPat(ip, fp.pat, { c: v.f, i: idx, root: p.root }, m, acts)) return false;
      }
      return true;
    }
    case 'RefPat': {
      const v = place.c[place.i];
      if (v.k !== 'ref') return matchPat(ip, pat.inner, place, mode, acts);
      return matchPat(ip, pat.inner, v.p, 'move', acts);
    }
    case 'OrPat': {
      for (const alt of pat.alts) {
        const sub: Act[] = [];
        if (matchPat(ip, alt, place, mode, sub)) {
          acts.push(...sub);
          return true;
        }
      }
      return false;
    }
    case 'SlicePat': {
      const [p, m] = deref(ip, place, mode);
      const v = p.c[p.i];
      const items = seqItems(ip, v);
      if (!items) return false;
      const base = v.k === 'vec' ? ip.heap.get(v.id).vals : v.k === 'array' ? v.f : v.k === 'slice' ? v.c : items;
      const off = v.k === 'slice' ? v.from : 0;
      const restAt = pat.items.findIndex((x) => x.kind === 'RestPat' || (x.kind === 'IdentPat' && x.sub?.kind === 'RestPat'));
      if (restAt < 0 && items.length !== pat.items.length) return false;
      if (restAt >= 0 && items.length < pat.items.length - 1) return false;
      for (let i = 0; i < pat.items.length; i++) {
        const it = pat.items[i];
        if (i === restAt) {
          if (it.kind === 'IdentPat' && R(it).$slot !== undefined) {
            const from = off + i, to = off + items.length - (pat.items.length - 1 - i);
            const f = ip.frame, slot = R(it).$slot!;
            acts.push(() => ip.setSlot(f, slot, { k: 'slice', c: base, from, to, root: p.root, mut: m === 'refmut' }));
          }
          continue;
        }
        const idx = restAt >= 0 && i > restAt ? items.length - (pat.items.length - i) : i;
        if (!matchPat(ip, it, { c: base, i: off + idx, root: p.root }, m, acts)) return false;
      }
      return true;
    }
    case 'PathPat': {
      const [p] = deref(ip, place, mode);
      const v = p.c[p.i];
      if (v.k === 'enum') {
        const want = variantOf(ip, pat.path);
        const vd = ip.index.variant(pat.path.segments.map((s) => s.name), ip.frame?.selfName);
        if (vd || want === 'None') return v.variant === want && (vd ? v.name === vd.enumName : true);
      }
      return valueEq(ip, v, evalPathValue(ip, pat.path));
    }
  }
}

function matchSeq(ip: Interp, pats: A.Pattern[], vals: Value[], _off: number, root: Place['root'], mode: Mode, acts: Act[]): boolean {
  const restAt = pats.findIndex((x) => x.kind === 'RestPat');
  for (let i = 0; i < pats.length; i++) {
    if (i === restAt) continue;
    const idx = restAt >= 0 && i > restAt ? vals.length - (pats.length - i) : i;
    if (idx >= vals.length) return false;
    if (!matchPat(ip, pats[i], { c: vals, i: idx, root }, mode, acts)) return false;
  }
  return true;
}

function derefStr(_ip: Interp, v: Value): Value {
  while (v.k === 'ref') v = v.p.c[v.p.i];
  return v;
}

function boundValue(ip: Interp, b: A.RangeBound): Value {
  if (b.kind === 'PathPat') return evalPathValue(ip, b.path);
  const lit = litValue(b.lit);
  if (b.negative && lit.k === 'int') return { ...lit, v: typeof lit.v === 'number' ? -lit.v : -lit.v };
  if (b.negative && lit.k === 'float') return { ...lit, v: -lit.v };
  return lit;
}

/** The variant (or struct) name a pattern path names: `Some`, `List::Cons` → 'Cons', `Self::A` → 'A'. */
function variantOf(ip: Interp, path: A.Path): string {
  const last = path.segments[path.segments.length - 1].name;
  if (path.segments.length === 1) {
    const used = ip.index.uses.get(last);
    if (used) return used[used.length - 1];
  }
  if (last === 'Self' && ip.frame?.selfName) return ip.frame.selfName;
  return last;
}
