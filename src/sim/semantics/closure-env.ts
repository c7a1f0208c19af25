// A `move` closure's own environment: made when the closure is created (and again when it is cloned), a record
// of its creator's layout holding copies of what it captures, so each closure value keeps its own state.
import { type Value, type ClosureV, MOVED } from '../memory/value.ts';
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
  const paths = R(node).$capturePaths;
  for (const s of R(node).$captures ?? []) {
    if (creator.state[s] !== SlotState.Live) continue;
    state[s] = SlotState.Live;
    const v = creator.vals[s];
    if (isCopy(ip, v)) vals[s] = copyOf(v);
    else {
      const part = partialCapture(ip, v, paths?.get(s) ?? null);
      if (part === null) { creator.state[s] = SlotState.Moved; owned.push(s); }
      else {
        vals[s] = part.value;
        // Only copies taken (always so from a type with a Drop impl): the closure has nothing of it to drop.
        if (part.moved) owned.push(s);
      }
    }
  }
  return { env: { ...creator, id: ip.nextFrameId++, fn: `${creator.fn}::{{closure}}`, vals, state }, owned };
}

/** A trie of field paths: a leaf (empty map) takes the place whole. */
type Trie = Map<string, Trie>;

/**
 * What a `move` closure takes of `v` when its body names only some of its fields (`p.name`, not `p`): a copy of
 * `v`'s shape holding just those places, each moved out of `v` (a Copy one copied), so the rest stays with the
 * creator and is dropped there. Null: the closure takes `v` whole (a bare use, or a struct with a `Drop` impl
 * that a field would be moved out of, or a place behind a pointer, as edition 2021 cuts a capture there).
 */
function partialCapture(ip: Interp, v: Value, paths: string[][] | null): { value: Value; moved: boolean } | null {
  if (paths === null || paths.length === 0) return null;
  const trie: Trie = new Map();
  for (const p of paths) {
    let t = trie;
    for (const f of p) { let n = t.get(f); if (!n) t.set(f, (n = new Map())); t = n; }
  }
  const seen = { moves: false, dropShell: false };
  // A closure owning moved parts drops its shell; a Drop type's shell in it would run that type's `drop`, so such a
  // capture (copies from a Drop type beside moves from elsewhere) takes the value whole.
  if (!splits(ip, v, trie, false, seen) || (seen.moves && seen.dropShell)) return null;
  const moved = { any: false };
  return { value: split(ip, v as Value & { f: Value[] }, trie, false, moved), moved: moved.any };
}

/** Whether `v` can give up just the places of `trie` (else the capture takes it whole). Under a type with a `Drop`
 *  impl (`dropping`), only copies can be taken: rustc cannot move a field out of it and captures the whole value.
 *  `seen` collects whether anything is moved and whether a Drop type's shell would be made. */
function splits(ip: Interp, v: Value, trie: Trie, dropping: boolean, seen = { moves: false, dropShell: false }): boolean {
  if (trie.size === 0 || (v.k !== 'struct' && v.k !== 'tuple')) return false;
  const own = v.k === 'struct' && ip.index.method(v.name, 'drop') !== undefined;
  if (own) seen.dropShell = true;
  const drops = dropping || own;
  for (const [name, sub] of trie) {
    const i = fieldIndex(ip, v, name);
    if (i < 0) return false;
    const x = v.f[i];
    if (isCopy(ip, x) || (sub.size > 0 && splits(ip, x, sub, drops, seen))) continue;
    if (drops) return false;
    seen.moves = true;
  }
  return true;
}

/** Moves the places of `trie` out of `v` (Copy ones copied) into a value of `v`'s shape with the rest moved. */
function split(ip: Interp, v: Value & { f: Value[] }, trie: Trie, dropping: boolean, moved: { any: boolean }): Value {
  const drops = dropping || (v.k === 'struct' && ip.index.method(v.name, 'drop') !== undefined);
  const f: Value[] = v.f.map(() => MOVED);
  for (const [name, sub] of trie) {
    const i = fieldIndex(ip, v, name);
    const x = v.f[i];
    if (isCopy(ip, x)) { f[i] = copyOf(x); continue; }
    if (sub.size > 0 && splits(ip, x, sub, drops)) { f[i] = split(ip, x as Value & { f: Value[] }, sub, drops, moved); continue; }
    // Taken whole: the creator's value keeps `moved` in its place.
    f[i] = x;
    v.f[i] = MOVED;
    moved.any = true;
  }
  return { ...v, f } as Value;
}

function fieldIndex(ip: Interp, v: Value, name: string): number {
  if (v.k !== 'struct' && v.k !== 'tuple') return -1;
  const names = v.k === 'struct' && !v.tuple ? ip.index.structs.get(v.name)?.fieldNames : undefined;
  const i = names ? names.indexOf(name) : Number(name);
  return i >= 0 && i < v.f.length ? i : -1;
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
