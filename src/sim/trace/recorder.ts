// Records a Trace while the evaluator runs: one Step per event holding what changed (frames of every thread's stack,
// heap objects, threads, channels); a step re-draws only what the program touched and what depends on it.
import { Heap, type Alloc } from '../memory/heap.ts';
import type { Value } from '../memory/value.ts';
import type { FrameRec, Interp, Tracer } from '../semantics/interp.ts';
import { framesOf, type Thread } from '../semantics/threads.ts';
import { channelsOf } from '../std/mpsc.ts';
import { closureFrameOf, drawsSlot } from '../std/thread.ts';
import type { ChannelInfo, Frame, HeapObject, Pos, Slot, StackDelta, Step, StepEvent, ThreadInfo, ValueView } from './schema.ts';
import { heapTyName } from './sync-names.ts';
import { collectViewDeps, heapView, isAllocated, isFrozenView, MAX_VIEW_ITEMS, slotMaps, slotView, valueView, type SlotMaps } from './view.ts';

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
    const ty = heapTyName(this.ip.heap, a);
    const view: HeapObject = { id: a.id, kind: 'Vec', ty, size: Heap.size(a), items: memo!.views, len: a.vals.length, cap: a.cap };
    if (leaked) view.leaked = true;
    return { view, json: `${a.id}|${ty}|${view.size}|${view.len}|${view.cap}|${leaked}|${memo!.json}` };
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
  /** Each thread's drawn stack (see Mirror), and which stacks draw each frame id (a record once per stack). */
  private mirrors = new Map<Thread, Mirror>();
  private where = new Map<number, Mirror[]>();
  /** Threads made the running one since the last step (Tracer.switched), and the one running at the last step. */
  private ran = new Set<Thread>();
  private lastCur: Thread | null = null;
  /** Threads recorded so far (a prefix of ip.threads) and whether each was done when last recorded. */
  private known = 0;
  private doneOf = new Map<Thread, boolean>();
  /** Per channel: what was last recorded of it, and its drawn pending messages. */
  private chans = new Map<number, ChannelMemo>();
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
    if ((last.kind !== 'Rc' && last.kind !== 'Arc') || last.strong === 0) return idx;
    changed.push(`heap:${last.id}`);
    return this.pool.push({ ...last, strong: 0 }) - 1;
  }

  switched(t: Thread): void {
    this.ran.add(t);
  }

  step(event: StepEvent, at: Pos, note?: string, leaked = false): void {
    const final = event === 'end' || event === 'panic';
    if ((this.truncated || this.steps.length >= this.maxSnapshots) && !final) {
      // Past the cap only the final picture (end of main, or the panic) is still recorded.
      this.truncated = true;
      return;
    }
    const full = this.full || !this.watching || leaked || this.truncated;
    if (!this.watching) this.watch();
    this.viewing = true;
    try {
      this.record(event, at, note, leaked, full);
    } finally {
      this.viewing = false;
      collectViewDeps(null);
    }
  }

  private mirror(t: Thread): Mirror {
    let m = this.mirrors.get(t);
    if (!m) this.mirrors.set(t, (m = { thread: t, raw: [], rawFirst: [], occ: new Map(), stack: [], stackIdx: [], stackPos: new Map(), set: [], depth: 0 }));
    return m;
  }

  /** Bring the drawn stack of `m` up to its thread's frames (they change at the top): keep the common part, pop and
   *  push the rest, and mark what may have run since the last step for re-drawing. */
  private sync(m: Mirror, redraw: Set<FrameRec>, heapIds: Set<number>): void {
    const cur = framesOf(this.ip, m.thread);
    let k = Math.min(m.raw.length, cur.length);
    while (k > 0 && !(m.raw[k - 1] === cur[k - 1] && m.rawFirst[k - 1])) k--;
    // Frames that may have run since the last step: the previous top, the deepest frame kept (what was popped
    // returned into it) and the new top; frames below those were not running, so only references reach them.
    if (m.raw.length) redraw.add(m.raw[m.raw.length - 1]);
    if (k > 0) redraw.add(cur[k - 1]);
    while (m.raw.length > k) {
      const f = m.raw.pop()!;
      m.rawFirst.pop();
      const n = m.occ.get(f)! - 1;
      if (n > 0) m.occ.set(f, n);
      else {
        m.occ.delete(f);
        m.stack.pop();
        m.stackPos.delete(f.id);
        this.unplace(f, m, redraw, heapIds);
      }
    }
    for (let i = k; i < cur.length; i++) this.pushRaw(m, cur[i], redraw);
    if (cur.length) redraw.add(cur[cur.length - 1]);
  }

  private record(event: StepEvent, at: Pos, note: string | undefined, leaked: boolean, full: boolean): void {
    const ip = this.ip;
    const changed: string[] = [];
    const multi = ip.threads.length > 1;
    const redraw = new Set<FrameRec>();
    const heapIds = new Set<number>();
    // The stacks to look at: every one when drawing everything, else those of the threads that ran since the last step.
    const synced = new Set<Thread>(full ? ip.threads : [ip.cur, ...this.ran]);
    if (!full && this.lastCur) synced.add(this.lastCur);
    this.ran.clear();
    this.lastCur = ip.cur;
    if (full) {
      // Everything is drawn again (the frames keep their pool entries when unchanged).
      for (const f of this.where.keys()) this.forgetId(f, false);
      this.where.clear();
      this.maps = new Map();
      for (const m of this.mirrors.values()) {
        m.raw = [];
        m.rawFirst = [];
        m.occ.clear();
        m.stack = [];
        m.stackPos.clear();
      }
      for (const t of ip.threads) {
        const m = this.mirror(t);
        for (const f of framesOf(ip, t)) this.pushRaw(m, f, redraw);
      }
      for (const a of ip.heap.allocs.values()) heapIds.add(a.id);
      for (const id of this.drawn.keys()) heapIds.add(id);
      this.touched.clear();
    } else {
      for (const t of synced) this.sync(this.mirror(t), redraw, heapIds);
      for (const id of this.touched) {
        heapIds.add(id);
        this.dependents(this.onHeap.get(id), redraw, heapIds);
      }
      this.touched.clear();
      for (const key of this.volatile) {
        if (key < 0) this.redrawId(-key, redraw);
        else heapIds.add(key);
        const d = this.depsOf.get(key);
        if (!d) continue;
        for (const id of d.heap) heapIds.add(id);
        for (const fid of d.frames) this.redrawId(fid, redraw);
      }
      // A thread's closure frame writes its creator's slots (what it borrows): the creator is drawn again with it.
      for (const f of [...redraw]) {
        const cf = closureFrameOf(f);
        if (cf && this.where.has(cf.creator.id)) redraw.add(cf.creator);
      }
      // A frame whose initialised slots changed moves the slot indices references into it are drawn with.
      for (const f of [...redraw]) {
        if (!this.where.has(f.id)) continue;
        const m = slotMapOf(f);
        if (!sameMap(m, this.maps.get(f.id))) {
          this.maps.set(f.id, m);
          this.dependents(this.onFrame.get(f.id), redraw, heapIds);
          this.onFrame.delete(f.id);
        }
      }
    }
    const maps = this.maps;
    // Frames: each re-drawn once, set at its position in every stack that draws it.
    const touchedStacks = new Set<Mirror>();
    for (const t of synced) touchedStacks.add(this.mirror(t));
    for (const f of redraw) {
      const ms = this.where.get(f.id);
      if (!ms) continue;
      const idx = this.frame(f, maps, changed);
      for (const m of ms) {
        const p = m.stackPos.get(f.id)!;
        // A new frame has a new pool entry, so comparing with what the position held covers pushes too.
        if (m.stackIdx[p] !== idx) m.set.push([p, idx]);
        m.stackIdx[p] = idx;
        touchedStacks.add(m);
      }
    }
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
      const view: HeapObject = last.kind === 'Rc' || last.kind === 'Arc' ? { ...last, freed: true, strong: 0, weak: 0 } : { ...last, freed: true };
      const idxFreed = this.pool.push(view) - 1;
      changed.push(`heap:${id}`);
      heapSet.push([id, idxFreed]);
      this.freeing.delete(id);
      this.goneNext.push(id);
    }
    // Stacks: the running thread's as the step's own, the others that changed in `stackSet`.
    const run = this.mirror(ip.cur);
    const s: Step = { event, at: { line: at.line, col: at.col }, depth: run.stack.length, stdoutLen: ip.stdout.length, stderrLen: ip.stderr.length, changed };
    const stackSet: StackDelta[] = [];
    for (const m of touchedStacks) {
      m.stackIdx.length = m.stack.length;
      const set = m.set.sort((x, y) => x[0] - y[0]);
      m.set = [];
      if (m === run) {
        if (set.length) s.frameSet = set;
      } else if (set.length || m.stack.length !== m.depth) {
        const d: StackDelta = { thread: m.thread.id, depth: m.stack.length };
        if (set.length) d.frameSet = set;
        stackSet.push(d);
      }
      m.depth = m.stack.length;
    }
    if (heapSet.length) s.heapSet = heapSet.sort((x, y) => x[0] - y[0]);
    if (heapGone.length) s.heapGone = heapGone;
    if (note) s.note = note;
    if (event === 'return' && this.ret !== undefined && run.stack.length > 0) {
      s.ret = { frame: run.stack[run.stack.length - 1].id, value: valueView(ip, this.ret, maps) };
      this.ret = undefined;
    }
    if (multi) {
      s.thread = ip.cur.id;
      if (stackSet.length) s.stackSet = stackSet.sort((x, y) => x.thread - y.thread);
      const threadSet = this.threadChanges(synced, full);
      if (threadSet.length) s.threadSet = threadSet;
    }
    this.channelChanges(s, maps, heapIds, full);
    this.steps.push(s);
  }

  /** Threads that appeared since the last step (all of them at the first threaded step) or finished. */
  private threadChanges(synced: Set<Thread>, full: boolean): ThreadInfo[] {
    const ts = this.ip.threads;
    const out: ThreadInfo[] = [];
    const info = (t: Thread): ThreadInfo => {
      this.doneOf.set(t, t.done);
      return { id: t.id, name: t.name, done: t.done };
    };
    // A thread finishes while it runs, so only the threads that ran can have finished.
    for (const t of full ? ts.slice(0, this.known) : synced) if (this.doneOf.has(t) && this.doneOf.get(t) !== t.done) out.push(info(t));
    for (let i = this.known; i < ts.length; i++) out.push(info(ts[i]));
    this.known = ts.length;
    return out.sort((x, y) => x.id - y.id);
  }

  /** Channels made or changed, and their pending messages drawn anew: a message is drawn when it is sent, and again
   *  only when what its drawing depends on changed (a block it points at was touched, or it holds a reference). */
  private channelChanges(s: Step, maps: SlotMaps, heapIds: Set<number>, full: boolean): void {
    const chans = channelsOf(this.ip);
    if (!chans.length) return;
    const channelSet: ChannelInfo[] = [];
    const messageSet: Array<[number, number, ValueView]> = [];
    for (const c of chans) {
      const first = c.sent - c.queue.length + 1;
      const count = c.queue.length;
      let memo = this.chans.get(c.id);
      if (!memo) this.chans.set(c.id, (memo = { key: '', first, msgs: new Map() }));
      const info: ChannelInfo = { id: c.id, senders: c.senders, receiver: c.receiver, first, count };
      if (c.bound !== null) info.bound = c.bound;
      const key = `${c.senders}|${c.receiver}|${first}|${count}`;
      if (key !== memo.key) {
        channelSet.push(info);
        memo.key = key;
      }
      for (let n = memo.first; n < first; n++) memo.msgs.delete(n);
      memo.first = first;
      for (let i = 0; i < count; i++) {
        const n = first + i;
        const v = c.queue[i];
        const old = memo.msgs.get(n);
        if (old && old.v === v && !full && !(old.deps && (old.deps.volatile || old.deps.frames.length || old.deps.heap.some((id) => heapIds.has(id))))) continue;
        const d: HolderDeps = { heap: [], frames: [], volatile: false };
        collectViewDeps(d);
        const view = valueView(this.ip, v, maps);
        collectViewDeps(null);
        const json = JSON.stringify(view);
        if (!old || old.json !== json) messageSet.push([c.id, n, view]);
        memo.msgs.set(n, { v, json, deps: d.heap.length || d.frames.length || d.volatile ? d : null });
      }
    }
    if (channelSet.length) s.channelSet = channelSet;
    if (messageSet.length) s.messageSet = messageSet;
  }

  /** Push a record onto the mirrored frames of a thread; its first occurrence there is a new drawn frame. */
  private pushRaw(m: Mirror, f: FrameRec, redraw: Set<FrameRec>): void {
    const n = m.occ.get(f) ?? 0;
    m.occ.set(f, n + 1);
    m.raw.push(f);
    m.rawFirst.push(n === 0);
    if (n > 0) return;
    m.stackPos.set(f.id, m.stack.length);
    m.stack.push(f);
    const ms = this.where.get(f.id);
    if (ms) ms.push(m);
    else {
      this.where.set(f.id, [m]);
      this.maps.set(f.id, slotMapOf(f));
    }
    redraw.add(f);
  }

  /** A record left the drawn stack of `m`; once no stack draws it, its call returned: drop what was kept for it. */
  private unplace(f: FrameRec, m: Mirror, redraw: Set<FrameRec>, heapIds: Set<number>): void {
    const ms = this.where.get(f.id)!;
    ms.splice(ms.indexOf(m), 1);
    if (ms.length) return;
    this.where.delete(f.id);
    this.forgetId(f.id, true);
    this.dependents(this.onFrame.get(f.id), redraw, heapIds);
    this.onFrame.delete(f.id);
  }

  /** A frame left every drawn stack (`gone`: for good, its call returned): drop what was kept for it. */
  private forgetId(id: number, gone: boolean): void {
    this.maps.delete(id);
    this.setDeps(frameKey(id), null);
    if (gone) {
      this.memos.delete(id);
      this.frames.delete(id);
    }
  }

  /** Mark a drawn frame (by id) for re-drawing. */
  private redrawId(id: number, redraw: Set<FrameRec>): void {
    const ms = this.where.get(id);
    if (ms) redraw.add(ms[0].stack[ms[0].stackPos.get(id)!]);
  }

  /** Mark the holders in `keys` for re-drawing. */
  private dependents(keys: Set<number> | undefined, redraw: Set<FrameRec>, heapIds: Set<number>): void {
    if (!keys) return;
    for (const key of keys) {
      if (key > 0) heapIds.add(key);
      else this.redrawId(-key, redraw);
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
      if (st === 0 || !drawsSlot(f, s)) continue;
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
    if (this.where.has(f.id)) this.setDeps(frameKey(f.id), d);
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

/** One thread's drawn stack, mirroring its `frames`: a closure runs in its creator's record, so a record occurring
 *  again is drawn once, at its first occurrence. */
interface Mirror {
  thread: Thread;
  /** The thread's frames at the last step, whether each entry is its record's first occurrence, and occurrences. */
  raw: FrameRec[];
  rawFirst: boolean[];
  occ: Map<FrameRec, number>;
  /** The drawn stack (each record once, outermost first), its pool indices, and each frame id's position. */
  stack: FrameRec[];
  stackIdx: number[];
  stackPos: Map<number, number>;
  /** Positions set at this step, and the depth recorded at the last one. */
  set: Array<[number, number]>;
  depth: number;
}

/** What was last recorded of a channel: its counts (as a key), first pending message, and drawn messages by number. */
interface ChannelMemo {
  key: string;
  first: number;
  msgs: Map<number, { v: Value; json: string; deps: HolderDeps | null }>;
}
