// The checker's model of `Iterator`'s adapters and consumers over an item type: closure parameter types
// (`map`, `filter`, `fold`…), and what `collect`/`sum`/`product` build, related to the item once known. Pure.
import { adt, BOOL, ref, UNIT, USIZE, type Ty } from './ty.ts';
import type { RecvMode } from './std-methods.ts';

export interface IterCall {
  recv: RecvMode;
  ret: Ty;
  /** Expected argument types (closures as `fn` types: their parameters get these types). */
  params?: Ty[];
  /** `collect`/`sum`/`product`: the built type, related to the item by `targetPairs` once inference has it. */
  target?: { kind: 'collect' | 'sum'; ty: Ty; item: Ty };
}

const fn = (params: Ty[], ret: Ty): Ty => ({ k: 'fn', params, ret });
const opt = (t: Ty): Ty => adt('Option', t);

/**
 * An iterator method on an iterator of `item` (`self` its type), or undefined when not modelled. `turbofish` is
 * the call's first generic argument (`collect::<Vec<_>>`, `sum::<u64>`); `fresh` makes inference variables.
 */
export function iterCall(item: Ty, self: Ty, name: string, turbofish: Ty | undefined, fresh: () => Ty): IterCall | undefined {
  const m = (recv: RecvMode, ret: Ty, params?: Ty[]): IterCall => ({ recv, ret, params });
  switch (name) {
    case 'map': { const r = fresh(); return m('value', adt('Iter', r), [fn([item], r)]); }
    case 'filter_map': { const r = fresh(); return m('value', adt('Iter', r), [fn([item], opt(r))]); }
    case 'filter': case 'skip_while': case 'take_while': return m('value', self, [fn([ref(item)], BOOL)]);
    case 'inspect': return m('value', self, [fn([ref(item)], UNIT)]);
    case 'for_each': return m('value', UNIT, [fn([item], UNIT)]);
    case 'any': case 'all': return m('ref-mut', BOOL, [fn([item], BOOL)]);
    case 'find': return m('ref-mut', opt(item), [fn([ref(item)], BOOL)]);
    case 'position': return m('ref-mut', opt(USIZE), [fn([item], BOOL)]);
    case 'fold': { const b = fresh(); return m('value', b, [b, fn([b, item], b)]); }
    case 'max': case 'min': case 'last': return m('value', opt(item));
    case 'nth': return m('ref-mut', opt(item), [USIZE]);
    case 'skip': case 'take': case 'step_by': return m('value', self, [USIZE]);
    case 'collect': { const t = turbofish ?? fresh(); return { recv: 'value', ret: t, target: { kind: 'collect', ty: t, item } }; }
    case 'sum': case 'product': { const t = turbofish ?? fresh(); return { recv: 'value', ret: t, target: { kind: 'sum', ty: t, item } }; }
  }
  return undefined;
}

/**
 * The types to unify once the target is known (`resolved` = the target with bindings applied): a `Vec<T>` /
 * `VecDeque` / `HashSet` / `BTreeSet` / `BinaryHeap` collects `T` items, a map `(K, V)` pairs, `Result<C, E>` /
 * `Option<C>` their wrapped items; a number sums numbers or references to them. Anything else: nothing.
 */
export function targetPairs(kind: 'collect' | 'sum', resolved: Ty, item: Ty, shallow: (t: Ty) => Ty): Array<[Ty, Ty]> {
  if (kind === 'sum') {
    if (resolved.k !== 'int' && resolved.k !== 'float') return [];
    const it = shallow(item);
    return [[it.k === 'ref' ? it.inner : item, resolved]];
  }
  if (resolved.k !== 'adt') return [];
  switch (resolved.name) {
    case 'Vec': case 'VecDeque': case 'HashSet': case 'BTreeSet': case 'BinaryHeap':
      return resolved.args.length === 1 ? [[item, resolved.args[0]]] : [];
    case 'HashMap': case 'BTreeMap':
      return resolved.args.length === 2 ? [[item, { k: 'tuple', items: [resolved.args[0], resolved.args[1]] }]] : [];
    case 'Result': case 'Option': {
      const it = shallow(item);
      if (it.k !== 'adt' || it.name !== resolved.name || !resolved.args[0] || !it.args[0]) return [];
      const inner = shallow(resolved.args[0]);
      const pairs = targetPairs('collect', inner, it.args[0], shallow);
      if (resolved.name === 'Result' && resolved.args[1] && it.args[1]) pairs.push([it.args[1], resolved.args[1]]);
      return pairs;
    }
  }
  return [];
}
