// Shared helpers for memory-model tests: run a fixture with tracing and look at resolved snapshots.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runRust, type RunResult } from '../../../src/sim/api.ts';
import { snapshotAt, type Snapshot } from '../../../src/sim/trace/snapshot.ts';
import type { HeapObject, Trace } from '../../../src/sim/trace/schema.ts';

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
}

/** A book listing's program, read from the book itself (content/listings/ch15-smart-pointers/<name>). */
export function listing(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../content/listings/ch15-smart-pointers/${name}/src/main.rs`, import.meta.url)), 'utf8');
}

export function traced(source: string): RunResult & { trace: Trace } {
  const r = runRust(source, { trace: true });
  if (!r.trace) throw new Error('no trace');
  return r as RunResult & { trace: Trace };
}

export function snapshots(trace: Trace): Snapshot[] {
  return trace.steps.map((_, i) => snapshotAt(trace, i));
}

export function rcBlocks(s: Snapshot, ty?: string): HeapObject[] {
  return s.heap.filter((h) => h.kind === 'Rc' && (ty === undefined || h.ty === ty));
}
