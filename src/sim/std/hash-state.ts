// RandomState, the hasher builder of HashMap / HashSet, as an opaque value (Debug `RandomState { .. }`),
// and the constructors that take one: with_hasher, with_capacity_and_hasher (`hasher()` reads it back).
import type { Value, MapV } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { NATIVE_DEBUG, opaque } from '../semantics/native.ts';
import { derefAll } from '../semantics/place.ts';
import { newMap } from './maps.ts';
import { withCapacity } from './map-capacity.ts';
import { n } from './method-helpers.ts';

NATIVE_DEBUG.RandomState = () => 'RandomState { .. }';

const randomState = (): Value => opaque('RandomState');

function withHasher(kind: 'HashMap' | 'HashSet', hasher: Value, cap = 0): MapV {
  const m = withCapacity(newMap(kind), cap);
  m.hasher = [hasher];
  return m;
}

export const HASH_STATE_FNS: Record<string, (ip: Interp, args: Value[]) => Value> = {
  'RandomState::new': () => randomState(),
  'RandomState::default': () => randomState(),
  'HashMap::with_hasher': (_ip, [h]) => withHasher('HashMap', h),
  'HashSet::with_hasher': (_ip, [h]) => withHasher('HashSet', h),
  'HashMap::with_capacity_and_hasher': (ip, [c, h]) => withHasher('HashMap', h, n(derefAll(ip, c))),
  'HashSet::with_capacity_and_hasher': (ip, [c, h]) => withHasher('HashSet', h, n(derefAll(ip, c))),
};

/** The map's builder, a default RandomState when it was made without one (`HashMap::new`). */
export function hasherOf(m: MapV): Value[] {
  if (!m.hasher) m.hasher = [randomState()];
  return m.hasher;
}
