// Records a Trace while the evaluator runs: one Step per event, frames and heap objects interned in a pool
// so an unchanged frame/allocation keeps its pool index (structure sharing); `changed` lists what moved.
import type { Frame, HeapObject, Pos, Step, StepEvent } from './schema.ts';
import type { Interp, Tracer } from '../semantics/interp.ts';
import { frameView, heapView, isAllocated, slotMaps } from '../memory/view.ts';

interface Interned {
  json: string;
  idx: number;
  slotJson: string[];
}

export class Recorder implements Tracer {
  readonly pool: Array<Frame | HeapObject> = [];
  readonly steps: Step[] = [];
  truncated = false;
  ip!: Interp;
  private frames = new Map<number, Interned>();
  private heap = new Map<number, Interned>();

  constructor(private readonly maxSnapshots: number) {}

  step(event: StepEvent, at: Pos, note?: string, leaked = false): void {
    if (this.steps.length >= this.maxSnapshots) {
      this.truncated = true;
      return;
    }
    const ip = this.ip;
    const changed: string[] = [];
    const seen = new Set<number>();
    const live = ip.frames.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
    const maps = slotMaps(live);
    const frames: number[] = [];
    for (const f of live) {
      const view = frameView(ip, f, maps);
      const slotJson = view.slots.map((s) => JSON.stringify(s));
      const json = JSON.stringify(view);
      const prev = this.frames.get(f.id);
      if (prev && prev.json === json) {
        frames.push(prev.idx);
        continue;
      }
      slotJson.forEach((s, i) => {
        if (!prev || prev.slotJson[i] !== s) changed.push(`slot:${f.id}:${i}`);
      });
      const idx = this.pool.push(view) - 1;
      this.frames.set(f.id, { json, idx, slotJson });
      frames.push(idx);
    }
    const heap: number[] = [];
    for (const a of ip.heap.live()) {
      if (!isAllocated(a)) continue;
      const view = heapView(ip, a, maps, leaked);
      const json = JSON.stringify(view);
      const prev = this.heap.get(a.id);
      if (prev && prev.json === json) {
        heap.push(prev.idx);
        continue;
      }
      changed.push(`heap:${a.id}`);
      const idx = this.pool.push(view) - 1;
      this.heap.set(a.id, { json, idx, slotJson: [] });
      heap.push(idx);
    }
    const s: Step = { event, at: { line: at.line, col: at.col }, frames, heap, stdoutLen: ip.stdout.length, stderrLen: ip.stderr.length, changed };
    if (note) s.note = note;
    this.steps.push(s);
  }
}
