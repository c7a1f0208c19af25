// Dataflow over one body's graph (./cfg.ts): which locals hold which loans (forward), which locals are live
// (backward), which places may be moved or uninitialised and which locals may have been assigned (forward).
import type { Cfg, Ev } from './cfg.ts';
import { isPrefix, placeKey, type Place } from './places.ts';

export type Holders = Map<number, Set<number>>;

export interface MoveEntry {
  place: Place;
  /** Nodes of the moves (or of the `let x;`) that may reach here. */
  nodes: Set<number>;
  uninit: boolean;
}

export interface MoveState {
  moved: Map<string, MoveEntry>;
  assigned: Set<number>;
}

export interface Flow {
  /** Loans held per local, on entry to each node. */
  holdersIn: Holders[];
  /** Live locals after each node. */
  liveOut: Array<Set<number>>;
  movesIn: MoveState[];
  preds: number[][];
}

export function analyse(cfg: Cfg): Flow {
  const preds: number[][] = cfg.nodes.map(() => []);
  cfg.nodes.forEach((n, i) => n.succ.forEach((s) => preds[s].push(i)));
  const liveOut = liveness(cfg);
  return { holdersIn: holders(cfg, preds, liveOut), liveOut, movesIn: moves(cfg, preds), preds };
}

/** Reverse postorder from the entry, successors explored last-first as rustc's MIR traversal does (so a
 *  loop's exit path is visited before its body — which decides which use of a moved value rustc reports). */
export function order(cfg: Cfg): number[] {
  const seen = new Set<number>();
  const post: number[] = [];
  const stack: Array<[number, number]> = [[cfg.entry, 0]];
  seen.add(cfg.entry);
  while (stack.length) {
    const top = stack[stack.length - 1];
    const succ = cfg.nodes[top[0]].succ;
    if (top[1] < succ.length) {
      const s = succ[succ.length - 1 - top[1]++];
      if (!seen.has(s)) { seen.add(s); stack.push([s, 0]); }
    } else { post.push(top[0]); stack.pop(); }
  }
  return post.reverse();
}


/** Holder states are shared between nodes: a transfer copies the map and only the sets it changes. */
function holdersTransfer(_cfg: Cfg, ev: Ev | null, h: Holders, loansOf: Map<number, number[]>): Holders {
  if (!ev) return h;
  if (ev.k === 'flow') {
    const set = ev.whole ? new Set<number>() : new Set(h.get(ev.dest) ?? []);
    for (const l of ev.loans) set.add(l);
    for (const f of ev.from) for (const l of h.get(f) ?? []) set.add(l);
    const killed = ev.whole ? loansOf.get(ev.dest) : undefined;
    if (!set.size && !h.has(ev.dest) && !killed) return h;
    const next: Holders = new Map(h);
    if (set.size) next.set(ev.dest, set); else next.delete(ev.dest);
    if (killed) {
      // Overwriting a local kills the borrows of places based on it (rustc: `*cur` now names other memory).
      for (const [k, s2] of next) {
        if (!killed.some((l) => s2.has(l))) continue;
        const copy = new Set(s2);
        for (const l of killed) copy.delete(l);
        if (copy.size) next.set(k, copy); else next.delete(k);
      }
    }
    return next;
  }
  if (ev.k === 'dead' || (ev.k === 'access' && ev.kind === 'uninit')) {
    const local = ev.k === 'dead' ? ev.local : ev.place.local;
    if (!h.has(local)) return h;
    const next: Holders = new Map(h);
    next.delete(local);
    return next;
  }
  return h;
}

function holders(cfg: Cfg, preds: number[][], liveOut: Array<Set<number>>): Holders[] {
  const n = cfg.nodes.length;
  const loansOf = new Map<number, number[]>();
  for (const l of cfg.loans) {
    const xs = loansOf.get(l.place.local);
    if (xs) xs.push(l.id); else loansOf.set(l.place.local, [l.id]);
  }
  const statics = new Set(cfg.statics);
  const inS: Holders[] = new Array(n).fill(null).map(() => new Map());
  const outS: Array<Holders | null> = new Array(n).fill(null);
  const rpo = order(cfg);
  for (let iter = 0, changed = true; changed && iter < 50; iter++) {
    changed = false;
    for (const i of rpo) {
      const ins = preds[i].map((p) => outS[p]).filter((o): o is Holders => o !== null);
      let merged: Holders;
      if (ins.length === 1) merged = ins[0];
      else {
        merged = new Map();
        for (const o of ins) {
          for (const [k, v] of o) {
            const s0 = merged.get(k);
            if (!s0) merged.set(k, v);
            else if (s0 !== v) {
              const u = new Set(s0);
              for (const x of v) u.add(x);
              merged.set(k, u);
            }
          }
        }
      }
      inS[i] = merged;
      let out = holdersTransfer(cfg, cfg.nodes[i].ev, merged, loansOf);
      // Only live locals' loans matter further on: dropping dead holders keeps the states small (`'static`
      // holders are live to the end).
      for (const k of out.keys()) {
        if (liveOut[i].has(k) || statics.has(k)) continue;
        if (out === merged) out = new Map(out);
        out.delete(k);
      }
      if (!outS[i] || !sameHolders(outS[i] as Holders, out)) { outS[i] = out; changed = true; }
    }
  }
  return inS;
}

function sameHolders(a: Holders, b: Holders): boolean {
  if (a === b) return true;
  let na = 0;
  for (const [k, v] of a) {
    if (v.size === 0) continue;
    na++;
    const w = b.get(k);
    if (!w || w.size !== v.size) return false;
    for (const x of v) if (!w.has(x)) return false;
  }
  let nb = 0;
  for (const v of b.values()) if (v.size) nb++;
  return na === nb;
}

/** Locals an event reads (uses) and the local it overwrites entirely (defines). */
export function usesOf(ev: Ev | null): { uses: number[]; def?: number } {
  if (!ev) return { uses: [] };
  switch (ev.k) {
    case 'access':
      // A whole-local `init` follows the flow that defines the local: it neither uses nor (re)defines it.
      if (ev.kind === 'init' && ev.place.proj.length === 0) return { uses: [] };
      if (ev.kind === 'uninit' && ev.place.proj.length === 0) return { uses: [], def: ev.place.local };
      if (ev.kind === 'write' && ev.place.proj.length > 0 && ev.place.proj[0].k !== 'deref') return { uses: [] };
      return { uses: [ev.place.local] };
    case 'flow': return { uses: ev.from, def: ev.whole ? ev.dest : undefined };
    case 'use': return { uses: ev.locals };
    case 'dead': return { uses: [], def: ev.local };
  }
}

function liveness(cfg: Cfg): Array<Set<number>> {
  const n = cfg.nodes.length;
  const liveIn: Array<Set<number>> = new Array(n).fill(null).map(() => new Set());
  const liveOut: Array<Set<number>> = new Array(n).fill(null).map(() => new Set());
  const ue = cfg.nodes.map((x) => usesOf(x.ev));
  const rpo = order(cfg).reverse();
  for (let iter = 0, changed = true; changed && iter < 100; iter++) {
    changed = false;
    for (const i of rpo) {
      const out = new Set<number>(i === cfg.exit ? [cfg.ret] : []);
      for (const s of cfg.nodes[i].succ) for (const x of liveIn[s]) out.add(x);
      const inn = new Set(out);
      const { uses, def } = ue[i];
      if (def !== undefined) inn.delete(def);
      for (const u of uses) inn.add(u);
      if (inn.size !== liveIn[i].size || [...inn].some((x) => !liveIn[i].has(x))) { liveIn[i] = inn; changed = true; }
      liveOut[i] = out;
    }
  }
  return liveOut;
}

function movesTransfer(ev: Ev | null, node: number, st: MoveState, tracked: Set<number>): MoveState {
  if (!ev || ev.k !== 'access') {
    if (ev && ev.k === 'dead') {
      const moved = new Map(st.moved);
      for (const [k, e] of st.moved) if (e.place.local === ev.local) moved.delete(k);
      return { moved, assigned: st.assigned };
    }
    return st;
  }
  switch (ev.kind) {
    case 'move': {
      const moved = new Map(st.moved);
      const key = placeKey(ev.place);
      moved.set(key, { place: ev.place, nodes: new Set([node]), uninit: false });
      return { moved, assigned: st.assigned };
    }
    case 'uninit': {
      const moved = new Map(st.moved);
      for (const [k, e] of st.moved) if (e.place.local === ev.place.local) moved.delete(k);
      moved.set(placeKey(ev.place), { place: ev.place, nodes: new Set([node]), uninit: true });
      const assigned = new Set(st.assigned);
      assigned.delete(ev.place.local);
      return { moved, assigned };
    }
    case 'init': case 'write': {
      let moved = st.moved;
      for (const [k, e] of st.moved) {
        if (!isPrefix(ev.place, e.place)) continue;
        if (moved === st.moved) moved = new Map(st.moved);
        moved.delete(k);
      }
      let assigned = st.assigned;
      if (ev.place.proj.length === 0 && tracked.has(ev.place.local) && !assigned.has(ev.place.local)) { assigned = new Set(assigned); assigned.add(ev.place.local); }
      return { moved, assigned };
    }
    case 'copy': case 'read': case 'borrow': case 'mut-borrow': return st;
  }
}

function moves(cfg: Cfg, preds: number[][]): MoveState[] {
  const n = cfg.nodes.length;
  // "May have been assigned" only matters for locals declared without a value or assigned again later.
  const tracked = new Set<number>();
  for (const nd of cfg.nodes) {
    const ev = nd.ev;
    if (ev?.k !== 'access' || ev.place.proj.length) continue;
    if (ev.kind === 'uninit' || ev.kind === 'write' || (ev.kind === 'init' && ev.assign)) tracked.add(ev.place.local);
  }
  const empty: MoveState = { moved: new Map(), assigned: new Set() };
  const inS: MoveState[] = new Array(n).fill(empty);
  const outS: Array<MoveState | null> = new Array(n).fill(null);
  const rpo = order(cfg);
  for (let iter = 0, changed = true; changed && iter < 50; iter++) {
    changed = false;
    for (const i of rpo) {
      const ins = preds[i].map((p) => outS[p]).filter((o): o is MoveState => o !== null);
      if (ins.length === 1) {
        inS[i] = ins[0];
        const out1 = movesTransfer(cfg.nodes[i].ev, i, ins[0], tracked);
        if (!outS[i] || !sameMoves(outS[i] as MoveState, out1)) { outS[i] = out1; changed = true; }
        continue;
      }
      const moved = new Map<string, MoveEntry>();
      const assigned = new Set<number>();
      for (const o of ins) {
        for (const [k, e] of o.moved) {
          const cur = moved.get(k);
          if (!cur) moved.set(k, { place: e.place, nodes: new Set(e.nodes), uninit: e.uninit });
          else { for (const x of e.nodes) cur.nodes.add(x); cur.uninit = cur.uninit || e.uninit; }
        }
        for (const a of o.assigned) assigned.add(a);
      }
      const merged = { moved, assigned };
      inS[i] = merged;
      const out = movesTransfer(cfg.nodes[i].ev, i, merged, tracked);
      if (!outS[i] || !sameMoves(outS[i] as MoveState, out)) { outS[i] = out; changed = true; }
    }
  }
  return inS;
}

function sameMoves(a: MoveState, b: MoveState): boolean {
  if (a === b) return true;
  if (a.moved.size !== b.moved.size || a.assigned.size !== b.assigned.size) return false;
  for (const [k, e] of a.moved) {
    const f = b.moved.get(k);
    if (!f || f.nodes.size !== e.nodes.size || f.uninit !== e.uninit) return false;
    for (const x of e.nodes) if (!f.nodes.has(x)) return false;
  }
  for (const x of a.assigned) if (!b.assigned.has(x)) return false;
  return true;
}
