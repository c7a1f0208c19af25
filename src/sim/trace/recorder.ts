// Records a Trace while the evaluator runs: one Step per event holding what changed (frames and heap objects
// interned in a pool); a step re-draws only what the program touched and what depends on it, not the whole heap.
import { Heap, type Alloc } from '../memory/heap.ts';
import type { Value } from '../memory/value.ts';
import type { FrameRec, Interp, Tracer } from '../semantics/interp.ts';
import { framesOf } from '../semantics/threads.ts';
import { channelsOf } from '../std/mpsc.ts';
import type { ChannelView, Frame, HeapObject, Pos, Slot, Step, StepEvent, ThreadView, ValueView } from './schema.ts';
import { collectViewDeps, heapView, isAllocated, isFrozenView, MAX_VIEW_ITEMS, slotMaps, slotView, valueView, type SlotMaps } from './view.ts';

/** Deepest stack a threaded run's fully drawn steps record (see `step`). */
export const MAX_FULL_FRAMES = 500;

interface Interned {
  json: string;
  idx: number;
  slotJson: string[];
}

/** Per-Vec memo of the drawn elements (shared between pool entries while they are unchanged). */
interface ItemsMemo {
  vals: Value[];
  views: ValueView[];
  json: string;
}

/** Per-frame memo of the last drawn slots, so unchanged scalar slots are not re-rendered every step. */
interface SlotMemo {
  vals: Value[];
  states: number[];
  slots: Array<Slot | undefined>;
  json: string[];
  /** What each slot's value was made of when drawn (leavesOf), null when it holds something else. */
  leaves: Array<Value[] | null>;
  /** What each slot's drawing depends on (null: nothing outside it). */
  deps: Array<HolderDeps | null>;
}

/** SlotState.Moved (a const enum of the evaluator's). */
const MOVED_SLOT = 2;

/** The note of the step announcing a block's free: `힙 #N 해제 (…)`. */
const ANNOUNCED_FREE = /^힙 #(\d+) 해제/;

/** Holder key of a frame in the dependency index (heap blocks use their id, frames the negated frame id). */
const frameKey = (id: number): number => -id;

/** What one drawn frame or heap block depends on (see ViewDeps), kept until it is drawn again. */
interface HolderDeps {
  heap: number[];
  frames: number[];
  volatile: boolean;
}

export class Recorder implements Tracer {
  readonly pool: Array<Frame | HeapObject> = [];
  readonly steps: Step[] = [];
  truncated = false;
  /** The cap hit was a thread's stack depth (MAX_FULL_FRAMES), not the snapshot count. */
  tooDeep = false;
  ip!: Interp;
  /** Re-draw every frame and block at every step (the reference the incremental recording is tested against). */
  full = false;
  private frames = new Map<number, Interned>();
  private memos = new Map<number, SlotMemo>();
  private items = new Map<number, ItemsMemo>();

  /** Box/Rc blocks whose content is made of the same (unchangeable) values as at the last step. */
  private boxes = new Map<number, BoxMemo>();

  /** A heap object's view and comparison key; a Vec's unchanged scalar elements reuse their drawn items. */
  private heapObject(a: Alloc, maps: SlotMaps, leaked: boolean): { view: HeapObject; json: string } {
    if (a.kind !== 'Vec') {
      // Cost proportional to change: a Box/Rc whose value is the same scalars and Box/Rc handles is not redrawn.
      const memo = this.boxes.get(a.id);
      if (memo && memo.leaked === leaked && memo.strong === a.strong && memo.weak === a.weak && memo.dropped === a.valueDropped && a.vals[0] && sameLeaves(memo.leaves, a.vals[0])) return memo.out;
      const view = heapView(this.ip, a, maps, leaked);
      if (a.arc) view.arc = true;
      const out = { view, json: JSON.stringify(view) };
      const v = a.vals[0];
      const leaves = a.kind !== 'String' && v ? leavesOf(v) : null;
      if (leaves) this.boxes.set(a.id, { leaves, strong: a.strong, weak: a.weak, dropped: a.valueDropped, leaked, out });
      else this.boxes.delete(a.id);
      return out;
    }
    const shown = a.vals.length < MAX_VIEW_ITEMS ? a.vals.length : MAX_VIEW_ITEMS;
    let memo = this.items.get(a.id);
    let same = !!memo && memo.vals.length === shown;
    for (let i = 0; same && i < shown; i++) if (memo!.vals[i] !== a.vals[i] || !isFrozenView(a.vals[i])) same = false;
    if (!same) {
      const views = a.vals.slice(0, shown).map((x) => valueView(this.ip, x, maps));
      memo = { vals: a.vals.slice(0, shown), views, json: JSON.stringify(views) };
      this.items.set(a.id, memo);
    }
    const view: HeapObject = { id: a.id, kind: 'Vec', ty: a.ty, size: Heap.size(a), items: memo!.views, len: a.vals.length, cap: a.cap };
    if (leaked) view.leaked = true;
    return { view, json: `${a.id}|${a.ty}|${view.size}|${view.len}|${view.cap}|${leaked}|${memo!.json}` };
  }
  private heap = new Map<number, Interned>();
  /** Pool index of each allocation drawn at the previous step (live ones; blocks whose free is pending are in `freeing`). */
  private drawn = new Map<number, number>();
  /** Blocks freed since the previous step whose `힙 #N 해제` step has not been recorded yet: id → last pool index. */
  private freeing = new Map<number, number>();
  /** Blocks drawn `freed` at the previous step: gone from the next one. */
  private goneNext: number[] = [];
  /** The value handed back by the function about to return (Tracer.returning). */
  private ret: Value | undefined;

  // ---- incremental recording: what a step touched, the drawn stack, and what each drawn thing depends on
  /** The heap's table is watched (every get/set/delete marks the block touched) once the first step is recorded. */
  private watching = false;
  /** The recorder itself is drawing: its reads of the heap do not count as touches. */
  private viewing = false;
  /** Blocks the program looked up, created or freed since the last recorded step. */
  private touched = new Set<number>();
  /** `ip.frames` at the last recorded step, whether each entry is its record's first occurrence, and occurrences. */
  private raw: FrameRec[] = [];
  private rawFirst: boolean[] = [];
  private occ = new Map<FrameRec, number>();
  /** The drawn stack (each record once, outermost first), its pool indices, and each frame id's position. */
  private stack: FrameRec[] = [];
  private stackIdx: number[] = [];
  private stackPos = new Map<number, number>();
  /** Slot maps of the drawn frames (kept up to date for the frames re-drawn). */
  private maps: SlotMaps = new Map();
  private depsOf = new Map<number, HolderDeps>();
  /** Reverse index: heap id / frame key → holders whose drawing depends on it. */
  private onHeap = new Map<number, Set<number>>();
  private onFrame = new Map<number, Set<number>>();
  /** Holders re-drawn at every step (they hold references). */
  private volatile = new Set<number>();

  constructor(private readonly maxSnapshots: number) {}

  returning(value: Value): void {
    this.ret = value;
  }

  /** Watch the heap's table: every lookup, insertion or removal by the program marks that block touched. */
  private watch(): void {
    const m = this.ip.heap.allocs;
    const touched = this.touched;
    const get = Map.prototype.get;
    const set = Map.prototype.set;
    const del = Map.prototype.delete;
    m.get = (id: number) => {
      if (!this.viewing) touched.add(id);
      return get.call(m, id) as Alloc | undefined;
    };
    m.set = (id: number, a: Alloc) => {
      touched.add(id);
      set.call(m, id, a);
      return m;
    };
    m.delete = (id: number) => {
      touched.add(id);
      return del.call(m, id);
    };
    this.watching = true;
  }

  /** The last view of a block that went away, as it is while its free is pending: an Rc's strong count is 0 then. */
  private lastStrongGone(idx: number, changed: string[]): number {
    const last = this.pool[idx] as HeapObject;
    if (last.kind !== 'Rc' || last.strong === 0) return idx;
    changed.push(`heap:${last.id}`);
    return this.pool.push({ ...last, strong: 0 }) - 1;
  }

  step(event: StepEvent, at: Pos, note?: string, leaked = false): void {
    const ip = this.ip;
    const final = event === 'end' || event === 'panic';
    if ((this.truncated || this.steps.length >= this.maxSnapshots) && !final) {
      // Past the cap only the final picture (end of main, or the panic) is still recorded.
      this.truncated = true;
      return;
    }
    const multi = ip.threads.length > 1;
    // Threaded steps are drawn in full (every thread's stack): past MAX_FULL_FRAMES frames a deep recursion in a
    // thread would cost its depth at every step, so the picture stops there (the run and its output go on).
    if (multi && !final && ip.threads.some((t) => framesOf(ip, t).length > MAX_FULL_FRAMES)) {
      this.truncated = true;
      this.tooDeep = true;
      return;
    }
    const full = this.full || !this.watching || multi || leaked || this.truncated;
    if (!this.watching) this.watch();
    this.viewing = true;
    try {
      this.record(event, at, note, leaked, full, multi);
    } finally {
      this.viewing = false;
      collectViewDeps(null);
    }
  }

  private record(event: StepEvent, at: Pos, note: string | undefined, leaked: boolean, full: boolean, multi: boolean): void {
    const ip = this.ip;
    const changed: string[] = [];
    const stacks = multi ? ip.threads.map((t) => uniqueFrames(framesOf(ip, t))) : [];
    const redraw = new Set<FrameRec>();
    const heapIds = new Set<number>();
    if (full) {
      // Everything is drawn again (the frames keep their pool entries when unchanged).
      for (const f of this.stack) this.forget(f, false);
      this.stack = [];
      this.raw = [];
      this.rawFirst = [];
      this.occ.clear();
      this.stackPos.clear();
      for (const f of ip.frames) this.pushRaw(f, redraw);
      if (multi) {
        this.maps = slotMaps(stacks.flat());
        for (const st of stacks) for (const f of st) redraw.add(f);
      } else this.maps = slotMaps(this.stack);
      for (const a of ip.heap.allocs.values()) heapIds.add(a.id);
      for (const id of this.drawn.keys()) heapIds.add(id);
      this.touched.clear();
    } else {
      // The stack changes at its top: keep the common part, pop and push the rest.
      const cur = ip.frames;
      let k = Math.min(this.raw.length, cur.length);
      while (k > 0 && !(this.raw[k - 1] === cur[k - 1] && this.rawFirst[k - 1])) k--;
      // Frames that may have run since the last step: the previous top, the deepest frame kept (what was popped
      // returned into it) and the new top; frames below those were not running, so only references reach them.
      if (this.raw.length) redraw.add(this.raw[this.raw.length - 1]);
      if (k > 0) redraw.add(cur[k - 1]);
      while (this.raw.length > k) {
        const f = this.raw.pop()!;
        this.rawFirst.pop();
        const n = this.occ.get(f)! - 1;
        if (n > 0) this.occ.set(f, n);
        else {
          this.occ.delete(f);
          this.stack.pop();
          this.stackPos.delete(f.id);
          this.forget(f, true);
          this.dependents(this.onFrame.get(f.id), redraw, heapIds);
          this.onFrame.delete(f.id);
        }
      }
      for (let i = k; i < cur.length; i++) this.pushRaw(cur[i], redraw);
      if (cur.length) redraw.add(cur[cur.length - 1]);
      for (const id of this.touched) {
        heapIds.add(id);
        this.dependents(this.onHeap.get(id), redraw, heapIds);
      }
      this.touched.clear();
      for (const key of this.volatile) {
        if (key < 0) {
          const p = this.stackPos.get(-key);
          if (p !== undefined) redraw.add(this.stack[p]);
        } else heapIds.add(key);
        const d = this.depsOf.get(key);
        if (!d) continue;
        for (const id of d.heap) heapIds.add(id);
        for (const fid of d.frames) {
          const p = this.stackPos.get(fid);
          if (p !== undefined) redraw.add(this.stack[p]);
        }
      }
      // A frame whose initialised slots changed moves the slot indices references into it are drawn with.
      for (const f of [...redraw]) {
        if (!this.stackPos.has(f.id)) continue;
        const m = slotMapOf(f);
        if (!sameMap(m, this.maps.get(f.id))) {
          this.maps.set(f.id, m);
          this.dependents(this.onFrame.get(f.id), redraw, heapIds);
          this.onFrame.delete(f.id);
        }
      }
    }
    const maps = this.maps;
    // Frames, outermost first.
    const order = [...redraw].filter((f) => this.stackPos.has(f.id)).sort((x, y) => this.stackPos.get(x.id)! - this.stackPos.get(y.id)!);
    const frameSet: Array<[number, number]> = [];
    for (const f of order) {
      const p = this.stackPos.get(f.id)!;
      const idx = this.frame(f, maps, changed);
      // A new frame has a new pool entry, so comparing with what the position held covers pushes too.
      if (this.stackIdx[p] !== idx) frameSet.push([p, idx]);
      this.stackIdx[p] = idx;
    }
    this.stackIdx.length = this.stack.length;
    // Heap blocks, by allocation id.
    const heapSet: Array<[number, number]> = [];
    const heapGone: number[] = this.goneNext;
    this.goneNext = [];
    const ids = [...heapIds].sort((x, y) => x - y);
    const allocs = ip.heap.allocs;
    for (const id of ids) {
      const a = Map.prototype.get.call(allocs, id) as Alloc | undefined;
      if (a && isAllocated(a)) {
        const d: HolderDeps = { heap: [], frames: [], volatile: false };
        collectViewDeps(d);
        const { view, json } = this.heapObject(a, maps, leaked);
        collectViewDeps(null);
        if (d.heap.length || d.frames.length || d.volatile || !this.boxes.has(id)) this.setDeps(id, d);
        const prev = this.heap.get(id);
        let idx: number;
        if (prev && prev.json === json) idx = prev.idx;
        else {
          changed.push(`heap:${id}`);
          idx = this.pool.push(view) - 1;
          this.heap.set(id, { json, idx, slotJson: [] });
        }
        if (this.drawn.get(id) !== idx) heapSet.push([id, idx]);
        this.drawn.set(id, idx);
      } else {
        const idx = this.drawn.get(id);
        if (idx !== undefined && !this.freeing.has(id)) {
          // It went away: kept as it was until the step announcing its free.
          const last = this.lastStrongGone(idx, changed);
          if (last !== idx) heapSet.push([id, last]);
          this.freeing.set(id, last);
        }
        this.drawn.delete(id);
        this.heap.delete(id);
        this.boxes.delete(id);
        this.items.delete(id);
        this.setDeps(id, null);
        if (!a) this.onHeap.delete(id);
      }
    }
    // Blocks whose free is pending: drawn once marked `freed` at the step announcing it (or at the next step
    // that is not a drop), then gone.
    // (A drop step announces at most one free: only that block is looked at, however many are pending.)
    const announced = event === 'drop' && note !== undefined ? ANNOUNCED_FREE.exec(note) : null;
    const due = event !== 'drop' ? [...this.freeing.keys()] : announced && this.freeing.has(Number(announced[1])) ? [Number(announced[1])] : [];
    for (const id of due) {
      const idx = this.freeing.get(id)!;
      const last = this.pool[idx] as HeapObject;
      const view: HeapObject = last.kind === 'Rc' ? { ...last, freed: true, strong: 0, weak: 0 } : { ...last, freed: true };
      const idxFreed = this.pool.push(view) - 1;
      changed.push(`heap:${id}`);
      heapSet.push([id, idxFreed]);
      this.freeing.delete(id);
      this.goneNext.push(id);
    }
    const s: Step = { event, at: { line: at.line, col: at.col }, depth: this.stack.length, stdoutLen: ip.stdout.length, stderrLen: ip.stderr.length, changed };
    if (frameSet.length) s.frameSet = frameSet;
    if (heapSet.length) s.heapSet = heapSet.sort((x, y) => x[0] - y[0]);
    if (heapGone.length) s.heapGone = heapGone;
    if (note) s.note = note;
    if (event === 'return' && this.ret !== undefined && this.stack.length > 0) {
      s.ret = { frame: this.stack[this.stack.length - 1].id, value: valueView(ip, this.ret, maps) };
      this.ret = undefined;
    }
    const chans = channelsOf(ip);
    if (chans.length) {
      s.channels = chans.map((c) => {
        const view: ChannelView = { id: c.id, pending: c.queue.map((x) => valueView(ip, x, maps)), senders: c.senders, receiver: c.receiver };
        if (c.bound !== null) view.bound = c.bound;
        return view;
      });
    }
    if (multi) {
      const running = this.stackIdx.slice();
      s.threads = ip.threads.map((t, i): ThreadView => ({
        id: t.id, name: t.name, state: t === ip.cur ? 'running' : t.done ? 'done' : 'waiting', frames: t === ip.cur ? running : stacks[i].map((f) => this.frame(f, maps, changed)),
      }));
    }
    this.steps.push(s);
  }

  /** Push a record onto the mirrored `ip.frames`; its first occurrence is a new drawn frame. */
  private pushRaw(f: FrameRec, redraw: Set<FrameRec>): void {
    const n = this.occ.get(f) ?? 0;
    this.occ.set(f, n + 1);
    this.raw.push(f);
    this.rawFirst.push(n === 0);
    if (n > 0) return;
    this.stackPos.set(f.id, this.stack.length);
    this.stack.push(f);
    this.maps.set(f.id, slotMapOf(f));
    redraw.add(f);
  }

  /** A frame left the drawn stack (`gone`: for good, its call returned): drop what was kept for it. */
  private forget(f: FrameRec, gone: boolean): void {
    this.maps.delete(f.id);
    this.setDeps(frameKey(f.id), null);
    if (gone) {
      this.memos.delete(f.id);
      this.frames.delete(f.id);
    }
  }

  /** Mark the holders in `keys` for re-drawing. */
  private dependents(keys: Set<number> | undefined, redraw: Set<FrameRec>, heapIds: Set<number>): void {
    if (!keys) return;
    for (const key of keys) {
      if (key > 0) heapIds.add(key);
      else {
        const p = this.stackPos.get(-key);
        if (p !== undefined) redraw.add(this.stack[p]);
      }
    }
  }

  /** Replace what holder `key` depends on (null: it is gone). */
  private setDeps(key: number, d: HolderDeps | null): void {
    const old = this.depsOf.get(key);
    if (old && d && old.volatile === d.volatile && sameIds(old.heap, d.heap) && sameIds(old.frames, d.frames)) return;
    if (old) {
      for (const id of old.heap) this.onHeap.get(id)?.delete(key);
      for (const id of old.frames) this.onFrame.get(id)?.delete(key);
    }
    if (!d || (!d.heap.length && !d.frames.length && !d.volatile)) {
      this.depsOf.delete(key);
      this.volatile.delete(key);
      return;
    }
    this.depsOf.set(key, d);
    for (const id of d.heap) {
      let set = this.onHeap.get(id);
      if (!set) this.onHeap.set(id, (set = new Set()));
      set.add(key);
    }
    for (const id of d.frames) {
      let set = this.onFrame.get(id);
      if (!set) this.onFrame.set(id, (set = new Set()));
      set.add(key);
    }
    if (d.volatile) this.volatile.add(key);
    else this.volatile.delete(key);
  }

  /** Intern one frame: its pool index, re-recorded only when its content changed. */
  private frame(f: FrameRec, maps: SlotMaps, changed: string[]): number {
    const ip = this.ip;
    const d: HolderDeps = { heap: [], frames: [], volatile: false };
    let memo = this.memos.get(f.id);
    if (!memo) this.memos.set(f.id, (memo = { vals: [], states: [], slots: [], json: [], leaves: [], deps: [] }));
    const slots: Slot[] = [];
    const slotJson: string[] = [];
    for (let s = 0; s < f.state.length; s++) {
      const st = f.state[s];
      if (st === 0) continue;
      const v = f.vals[s];
      // A moved-out slot keeps the drawing it had when its value left (that value lives on elsewhere and may change).
      const keep = memo.slots[s] !== undefined && memo.states[s] === st && memo.vals[s] === v &&
        (isFrozenView(v) || st === MOVED_SLOT || (memo.leaves[s] !== null && memo.leaves[s] !== undefined && sameLeaves(memo.leaves[s]!, v)));
      if (!keep) {
        memo.leaves[s] = leavesOf(v);
        const sd: HolderDeps = { heap: [], frames: [], volatile: false };
        collectViewDeps(sd);
        const view = slotView(ip, f, s, maps);
        collectViewDeps(null);
        memo.deps[s] = sd.heap.length || sd.frames.length || sd.volatile ? sd : null;
        const j = JSON.stringify(view);
        if (j !== memo.json[s]) {
          memo.slots[s] = view;
          memo.json[s] = j;
        }
        memo.vals[s] = v;
        memo.states[s] = st;
      }
      slots.push(memo.slots[s]!);
      slotJson.push(memo.json[s]);
      const sd = memo.deps[s];
      if (sd) {
        for (const x of sd.heap) d.heap.push(x);
        for (const x of sd.frames) d.frames.push(x);
        if (sd.volatile) d.volatile = true;
      }
    }
    if (this.stackPos.has(f.id)) this.setDeps(frameKey(f.id), d);
    const json = `${f.line}|${f.fn}|${slotJson.join('\u0001')}`;
    const prev = this.frames.get(f.id);
    if (prev && prev.json === json) return prev.idx;
    slotJson.forEach((s, i) => {
      if (!prev || prev.slotJson[i] !== s) changed.push(`slot:${f.id}:${i}`);
    });
    const idx = this.pool.push({ id: f.id, fn: f.fn, line: f.line, slots }) - 1;
    this.frames.set(f.id, { json, idx, slotJson });
    return idx;
  }
}

/** Layout slot index → index in the drawn Frame.slots, for one frame. */
function slotMapOf(f: FrameRec): Map<number, number> {
  return slotMaps([f]).get(f.id)!;
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameMap(a: Map<number, number>, b: Map<number, number> | undefined): boolean {
  if (!b || a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

interface BoxMemo {
  leaves: Value[];
  strong: number;
  weak: number;
  dropped: boolean;
  leaked: boolean;
  out: { view: HeapObject; json: string };
}

/** Deepest struct/enum/tuple nesting a memo looks through. */
const LEAF_DEPTH = 4;

/** The objects `v`'s drawing is made of, when it cannot change while they stay the same: scalars and Box/Rc
 *  handles inside structs, enums and tuples (the aggregates themselves listed too, so a field replaced in place
 *  shows); null when it holds anything else (a reference, a Vec handle, a cell…). */
function leavesOf(v: Value): Value[] | null {
  const out: Value[] = [];
  return collectLeaves(v, out, 0) ? out : null;
}

function collectLeaves(v: Value, out: Value[], depth: number): boolean {
  out.push(v);
  if (isFrozenView(v) || v.k === 'box' || v.k === 'rc') return true;
  if ((v.k !== 'struct' && v.k !== 'enum' && v.k !== 'tuple') || depth >= LEAF_DEPTH) return false;
  const f = v.f;
  out.push(f.length as unknown as Value);
  for (let i = 0; i < f.length; i++) if (!collectLeaves(f[i], out, depth + 1)) return false;
  return true;
}

/** Whether `v` is still made of exactly `leaves` (see leavesOf). */
function sameLeaves(leaves: Value[], v: Value): boolean {
  const now = leavesOf(v);
  if (!now || now.length !== leaves.length) return false;
  for (let i = 0; i < now.length; i++) if (now[i] !== leaves[i]) return false;
  return true;
}

/** A closure's frame record is its creator's: list each frame once. */
function uniqueFrames(frames: FrameRec[]): FrameRec[] {
  const seen = new Set<number>();
  return frames.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
}
