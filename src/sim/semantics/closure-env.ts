// A `move` closure's own environment: made when the closure is created (and again when it is cloned), a record
// of its creator's layout holding copies of what it captures, so each closure value keeps its own state.
import { type Value, type ClosureV } from '../memory/value.ts';
import type * as A from '../syntax/ast.ts';
import { type Interp, type FrameRec, SlotState } from './interp.ts';
import { R } from './resolve.ts';
import { isCopy, copyOf } from './copy.ts';

/** The record a `move` closure made in `creator` runs in: its captures copied (a Copy value) or moved (the
 *  creator's slot is then Moved and listed in `owned`), every other slot unset; drawn as `<creator>::{{closure}}`. */
export function ownEnv(ip: Interp, creator: FrameRec, node: A.ClosureExpr): { env: FrameRec; owned: number[] } {
  const state: SlotState[] = new Array(creator.state.length).fill(SlotState.Unset);
  const vals = creator.vals.slice();
  const owned: number[] = [];
  for (const s of R(node).$captures ?? []) {
    if (creator.state[s] !== SlotState.Live) continue;
    state[s] = SlotState.Live;
    const v = creator.vals[s];
    if (isCopy(ip, v)) vals[s] = copyOf(v);
    else {
      creator.state[s] = SlotState.Moved;
      owned.push(s);
    }
  }
  return { env: { ...creator, id: ip.nextFrameId++, fn: `${creator.fn}::{{closure}}`, vals, state }, owned };
}

/** `.clone()` of a closure: a `move` closure gets a new record with its captures cloned (`clone` deep-copies a
 *  value); one that borrows its captures is copied as is (what it borrows is shared, as in Rust). */
export function cloneClosure(ip: Interp, c: ClosureV, clone: (v: Value) => Value): ClosureV {
  if (!(c.node as A.ClosureExpr).move) return c;
  const env = c.env as FrameRec;
  const vals = env.vals.slice();
  for (let s = 0; s < vals.length; s++) if (env.state[s] === SlotState.Live) vals[s] = clone(vals[s]);
  const copy: ClosureV = { ...c, env: { ...env, id: ip.nextFrameId++, vals, state: env.state.slice() } };
  return copy;
}
