// Which steps the reader walks (identical steps merged), where a run lands, step over / out, and the
// "다음 줄" / "실행한 줄" marks — on small programs run in the simulator (fixtures/*.rs, checked with cargo).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRust } from '../../src/sim/api.ts';
import type { Trace } from '../../src/sim/trace/schema.ts';
import { endOfMain, landingPosition, landingRequest, positionOf, stepOut, stepOver, visibleSteps } from '../../components/timeline/steps.ts';
import { lineMarks } from '../../components/code/line-marks.ts';
import { snapshotOf } from '../../components/memory/snapshot.ts';
import { indicesAt } from '../../src/sim/trace/snapshot.ts';

const run = (name: string, src?: string): Trace => {
  const r = runRust(src ?? readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'), { trace: true });
  if (!r.trace) throw new Error('no trace');
  return r.trace;
};
const listing = (n: string): string => readFileSync(new URL(`../../content/listings/ch15-smart-pointers/${n}/src/main.rs`, import.meta.url), 'utf8');

describe('visibleSteps', () => {
  it('merges a step that draws exactly what the one before drew', () => {
    const t = run('calls.rs');
    const v = visibleSteps(t);
    expect(v[0]).toBe(0);
    for (let k = 1; k < v.length; k++) {
      const a = t.steps[v[k - 1]];
      const b = t.steps[v[k]];
      const same = a.at.line === b.at.line && JSON.stringify([indicesAt(t, v[k - 1]), a.stdoutLen]) === JSON.stringify([indicesAt(t, v[k]), b.stdoutLen]) && !b.note;
      expect(same).toBe(false);
    }
    // Every step left out repeats the kept one before it.
    const kept = new Set(v);
    t.steps.forEach((s, i) => {
      if (kept.has(i)) return;
      const prev = t.steps[v[positionOf(v, i) - 1]];
      expect([s.at.line, indicesAt(t, i), s.note]).toEqual([prev.at.line, indicesAt(t, v[positionOf(v, i) - 1]), undefined]);
    });
  });

  it('merges identical consecutive steps of a hand-made trace', () => {
    const t = run('calls.rs');
    const twice: Trace = { ...t, steps: [t.steps[0], t.steps[1], { ...t.steps[1] }, t.steps[2]] };
    expect(visibleSteps(twice)).toEqual([0, 1, 3]);
  });
});

describe('landing step', () => {
  it("is the last step before main's locals drop: every local still live", () => {
    const t = run('calls.rs');
    const v = visibleSteps(t);
    const at = v[landingPosition(t, v)];
    expect(at).toBe(endOfMain(t));
    const main = snapshotOf(t, at).frames[0];
    expect(main.slots.map((s) => [s.name, s.state])).toEqual([['a', 'live'], ['b', 'live'], ['c', 'live']]);
    expect(['drop', 'return']).toContain(t.steps[at + 1].event);
  });

  it('is the panic when the program panics', () => {
    const t = run('panics.rs');
    const v = visibleSteps(t);
    expect(t.steps[v[landingPosition(t, v)]].event).toBe('panic');
  });

  it('is the end, where the leak is explained, when memory leaks (listing 15-26)', () => {
    const t = run('', listing('listing-15-26'));
    const v = visibleSteps(t);
    expect(landingPosition(t, v)).toBe(v.length - 1);
    expect(snapshotOf(t, v[v.length - 1]).heap.every((h) => h.leaked)).toBe(true);
  });

  it('follows the listing’s own step= attribute', () => {
    expect(landingRequest(['step=end-of-main'])).toBe('end-of-main');
    expect(landingRequest(['edition2021', 'step=3'])).toBe(3);
    expect(landingRequest(['step=bogus'])).toBe('auto');
    const t = run('', listing('listing-15-26'));
    const v = visibleSteps(t);
    expect(v[landingPosition(t, v, 'end-of-main')]).toBe(endOfMain(t));
    expect(landingPosition(t, v, 'first')).toBe(0);
    expect(landingPosition(t, v, 3)).toBe(2);
    expect(landingPosition(t, v, 10_000)).toBe(v.length - 1);
  });
});

describe('step over and step out', () => {
  const t = run('calls.rs');
  const v = visibleSteps(t);
  const fnAt = (p: number) => {
    const f = snapshotOf(t, v[p]).frames;
    return f[f.length - 1]?.fn;
  };
  const lineAt = (p: number) => t.steps[v[p]].at.line;

  it('over a call line goes to the next line of the same function', () => {
    const callLine = v.findIndex((i) => t.steps[i].event === 'stmt' && t.steps[i].at.line === 8);
    const next = stepOver(t, v, callLine);
    expect(fnAt(next)).toBe('main');
    expect(lineAt(next)).toBe(9);
    // Into (the next step) enters square instead.
    expect(fnAt(callLine + 1)).toBe('square');
  });

  it('out of a function stops at its return (value shown), then in the caller', () => {
    const inside = v.findIndex((i) => t.steps[i].event === 'stmt' && t.steps[i].at.line === 2);
    const ret = stepOut(t, v, inside);
    expect(t.steps[v[ret]].event).toBe('return');
    expect(snapshotOf(t, v[ret]).ret?.value).toEqual({ k: 'prim', ty: 'i32', text: '9' });
    const back = stepOut(t, v, ret);
    expect(fnAt(back)).toBe('main');
  });
});

describe('lineMarks', () => {
  it('marks the next line and the line that ran before it in the same function', () => {
    const t = run('calls.rs');
    const i = t.steps.findIndex((s) => s.event === 'stmt' && s.at.line === 9);
    expect(lineMarks(t, i)).toEqual({ next: 9, nextIsStmt: true, ran: 8 });
    // The first statement of a call has no line that ran before it in that function.
    const first = t.steps.findIndex((s) => s.event === 'stmt' && s.at.line === 2);
    expect(lineMarks(t, first)?.ran).toBeNull();
  });
});

describe('landing step of a program without locals', () => {
  it('is the end, so the output of its last statement is shown', () => {
    const t = run('', 'fn main() {\n    println!("hi");\n}\n');
    const v = visibleSteps(t);
    const at = v[landingPosition(t, v)];
    expect(t.steps[at].stdoutLen).toBe(t.stdout.length);
    expect(at).toBe(t.steps.length - 1);
  });
});
