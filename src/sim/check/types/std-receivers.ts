// Std methods the checker doesn't model but whose rustdoc signature takes `self` by value (`into_boxed_slice`,
// `into_keys`): from the generated table (./std-method-params.ts), so borrowck moves the receiver.
import { STD_METHOD_RECEIVERS } from './std-method-params.ts';
import type { Ty } from './ty.ts';
import type { ItemEnv } from './items.ts';

/** Std types that are never `Copy`, whose own methods (not their deref target's) the table lists by group name. */
const OWNED = new Set(['String', 'Vec', 'VecDeque', 'HashMap', 'HashSet', 'BTreeMap', 'BTreeSet', 'BinaryHeap']);

/** Whether `st.name(…)` surely calls std's own by-value method on `st` itself: a known std collection the
 *  program doesn't shadow, and a name no user trait could also provide. */
export function stdTakesSelf(st: Ty, name: string, env: ItemEnv): boolean {
  if (st.k !== 'adt' || !OWNED.has(st.name) || env.traitMethods.has(name)) return false;
  if (env.structs.has(st.name) || env.enums.has(st.name) || env.methods.get(st.name)?.has(name)) return false;
  return STD_METHOD_RECEIVERS[st.name]?.[name] === 'value';
}
