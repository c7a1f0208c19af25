// Records a Trace while the evaluator runs: one Step per event, frames and heap objects interned in a pool
// so an unchanged frame/allocation keeps its pool index (structure sharing); `changed` lists what moved.
import type { Frame, HeapObject, Pos, Step, StepEvent, ThreadView, ChannelView } from './schema.ts';
import { channelsOf } from '../std/mpsc.ts';
import type { Interp, Tracer, FrameRec } from '../semantics/interp.ts';
import { framesOf } from '../semantics/threads.ts';
import type { Slot, ValueView } from './schema.ts';
import { Heap, type Alloc } from '../memory/heap.ts';
import type { Value } from '../memory/value.ts';
import { heapView, isAllocated, slotMaps, slotView, isFrozenView, valueView, MAX_VIEW_ITEMS, type SlotMaps } from './view.ts';

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
}

/** Deepest stack recorded: past it (deep recursion) only the final step is recorded, so tracing stays cheap. */
export const MAX_TRACE_FRAMES = 500;

export class Recorder implements Tracer {
  readonly pool: Array<Frame | HeapObject> = [];
  readonly steps: Step[] = [];
  truncated = false;
  /** The cap hit was the stack depth (MAX_TRACE_FRAMES), not the snapshot count. */
  tooDeep = false;
  ip!: Interp;
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
      if (memo && memo.leaked === leaked && memo.strong === a.strong && memo.weak === a.weak && memo.dropped === a.valueDropped && sameShallow(memo, a.vals[0])) return memo.out;
      const view = heapView(this.ip, a, maps, leaked);
      if (a.arc) view.arc = true;
      const out = { view, json: JSON.stringify(view) };
      const v = a.vals[0];
      if (a.kind !== 'String' && v && shallowFrozen(v)) {
        this.boxes.set(a.id, { v, fields: 'f' in v && Array.isArray(v.f) ? v.f.slice() : null, strong: a.strong, weak: a.weak, dropped: a.valueDropped, leaked, out });
      } else this.boxes.delete(a.id);
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
  /** Pool index of each allocation drawn at the previous step. */
  private drawn = new Map<number, number>();
  /** Blocks freed since the previous step whose `힙 #N 해제` step has not been recorded yet: id → last pool index. */
  private freeing = new Map<number, number>();
  /** The value handed back by the function about to return (Tracer.returning). */
  private ret: Value | undefined;

  constructor(private readonly maxSnapshots: number) {}

  returning(value: Value): void {
    this.ret = value;
  }

  /** Heap entries of blocks freed since the last step: kept as they were until the step announcing their
   *  free (`힙 #N 해제`), drawn once marked `freed` there (or at the next step that is not a drop), then gone. */
  private freedEntries(event: StepEvent, note: string | undefined, live: ReadonlyMap<number, number>, changed: string[]): Array<[number, number]> {
    for (const [id, idx] of this.drawn) if (!live.has(id) && !this.freeing.has(id)) this.freeing.set(id, this.lastStrongGone(idx, changed));
    const out: Array<[number, number]> = [];
    for (const [id, idx] of this.freeing) {
      const announced = note !== undefined && note.startsWith(`힙 #${id} 해제`);
      if (event === 'drop' && !announced) {
        out.push([id, idx]);
        continue;
      }
      // A freed Rc block has no owners left: both counts are 0 (as the drop notes just said).
      const last = this.pool[idx] as HeapObject;
      const view: HeapObject = last.kind === 'Rc' ? { ...last, freed: true, strong: 0, weak: 0 } : { ...last, freed: true };
      const idxFreed = this.pool.push(view) - 1;
      changed.push(`heap:${id}`);
      out.push([id, idxFreed]);
      this.freeing.delete(id);
    }
    return out;
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
    if ((this.truncated || this.steps.length >= this.maxSnapshots || ip.frames.length > MAX_TRACE_FRAMES) && event !== 'end' && event !== 'panic') {
      // Past the cap only the final picture (end of main, or the panic) is still recorded.
      if (!this.truncated && ip.frames.length > MAX_TRACE_FRAMES) this.tooDeep = true;
      this.truncated = true;
      return;
    }
    const changed: string[] = [];
    const stacks = ip.threads.length > 1 ? ip.threads.map((t) => uniqueFrames(framesOf(ip, t))) : [uniqueFrames(ip.frames)];
    const maps = slotMaps(stacks.flat());
    const frameIdx = (live: FrameRec[]) => live.map((f) => this.frame(f, maps, changed));
    const frames = frameIdx(uniqueFrames(ip.frames));
    const entries: Array<[number, number]> = [];
    const drawn = new Map<number, number>();
    // Allocation ids only grow, so the heap table's insertion order is id order.
    for (const a of ip.heap.allocs.values()) {
      if (!isAllocated(a)) continue;
      const { view, json } = this.heapObject(a, maps, leaked);
      const prev = this.heap.get(a.id);
      let idx: number;
      if (prev && prev.json === json) idx = prev.idx;
      else {
        changed.push(`heap:${a.id}`);
        idx = this.pool.push(view) - 1;
        this.heap.set(a.id, { json, idx, slotJson: [] });
      }
      entries.push([a.id, idx]);
      drawn.set(a.id, idx);
    }
    const freed = this.freedEntries(event, note, drawn, changed);
    this.drawn = drawn;
    if (freed.length) {
      entries.push(...freed);
      entries.sort((x, y) => x[0] - y[0]);
    }
    const heap = entries.map((e) => e[1]);
    const s: Step = { event, at: { line: at.line, col: at.col }, frames, heap, stdoutLen: ip.stdout.length, stderrLen: ip.stderr.length, changed };
    if (note) s.note = note;
    const live = uniqueFrames(ip.frames);
    if (event === 'return' && this.ret !== undefined && live.length > 0) {
      s.ret = { frame: live[live.length - 1].id, value: valueView(ip, this.ret, maps) };
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
    if (ip.threads.length > 1) {
      s.threads = ip.threads.map((t, i): ThreadView => ({
        id: t.id, name: t.name, state: t === ip.cur ? 'running' : t.done ? 'done' : 'waiting', frames: t === ip.cur ? frames : frameIdx(stacks[i]),
      }));
    }
    this.steps.push(s);
  }

  /** Intern one frame: its pool index, re-recorded only when its content changed. */
  private frame(f: FrameRec, maps: SlotMaps, changed: string[]): number {
    const ip = this.ip;
    {
      let memo = this.memos.get(f.id);
      if (!memo) this.memos.set(f.id, (memo = { vals: [], states: [], slots: [], json: [] }));
      const slots: Slot[] = [];
      const slotJson: string[] = [];
      for (let s = 0; s < f.state.length; s++) {
        const st = f.state[s];
        if (st === 0) continue;
        const v = f.vals[s];
        if (memo.vals[s] !== v || memo.states[s] !== st || !isFrozenView(v) || !memo.slots[s]) {
          const view = slotView(ip, f, s, maps);
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
      }
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
}

interface BoxMemo {
  v: Value;
  fields: Value[] | null;
  strong: number;
  weak: number;
  dropped: boolean;
  leaked: boolean;
  out: { view: HeapObject; json: string };
}

/** A value whose drawing cannot change while the same objects sit in it: scalars and Box/Rc handles, one level deep. */
function shallowFrozen(v: Value): boolean {
  if (isFrozenView(v) || v.k === 'box' || v.k === 'rc') return true;
  if (v.k !== 'struct' && v.k !== 'enum' && v.k !== 'tuple') return false;
  for (const x of v.f) if (!(isFrozenView(x) || x.k === 'box' || x.k === 'rc')) return false;
  return true;
}

function sameShallow(m: BoxMemo, v: Value): boolean {
  if (m.v !== v) return false;
  if (m.fields === null) return true;
  const f = (v as { f: Value[] }).f;
  if (f.length !== m.fields.length) return false;
  for (let i = 0; i < f.length; i++) if (f[i] !== m.fields[i]) return false;
  return true;
}

/** A closure's frame record is its creator's: list each frame once. */
function uniqueFrames(frames: FrameRec[]): FrameRec[] {
  const seen = new Set<number>();
  return frames.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
}
