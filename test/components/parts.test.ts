// Small pure parts of the island: output interleaving, timeline markers, line mapping, edit keys, cursor offsets.
import { describe, expect, it } from 'vitest';
import { outputUpTo, plainOutput } from '../../components/output/chunks.ts';
import { stepLabel, stepNote, timelineMarkers } from '../../components/timeline/markers.ts';
import { listingLine, visibleLineNumber } from '../../components/code/line-map.ts';
import { editKey, pageKey } from '../../components/edit/storage.ts';
import { offsetOfLineCol } from '../../components/edit/offsets.ts';
import { lineColText, panicDiagnostic, shownDiagnostics } from '../../components/run/diagnostics.ts';
import { loadTrace } from './load-fixture.ts';

describe('outputUpTo', () => {
  const t = loadTrace('box-panic');
  it('shows only what was written up to the step', () => {
    expect(outputUpTo(t, 1)).toEqual([]);
    expect(outputUpTo(t, 2)).toEqual([{ stream: 'stdout', text: 'hi\n' }]);
  });
  it('interleaves stdout and stderr in write order at the end', () => {
    const end = outputUpTo(t, 3);
    expect(end.map((c) => c.stream)).toEqual(['stdout', 'stderr']);
    expect(end[1].text).toContain("panicked at src/main.rs:4:5");
  });
  it('appends output written after the last recorded step (truncated traces)', () => {
    const cut = { ...t, steps: t.steps.slice(0, 3), truncated: true };
    expect(outputUpTo(cut, 2).map((c) => c.stream)).toEqual(['stdout', 'stderr']);
  });
  it('plain output is stdout then stderr, merging nothing empty', () => {
    expect(plainOutput('a', '')).toEqual([{ stream: 'stdout', text: 'a' }]);
  });
});

describe('timeline', () => {
  it('marks drops and panics at their relative position', () => {
    const t = loadTrace('rc-cycle');
    expect(timelineMarkers(t).map((m) => [m.step, m.kind, m.at])).toEqual([[2, 'drop', 2 / 3]]);
    const p = loadTrace('box-panic');
    expect(timelineMarkers(p).map((m) => [m.kind, m.title])).toEqual([['panic', '단계 4: 패닉: boom']]);
    expect(stepLabel(11, { ...p, steps: new Array(57).fill(p.steps[0]) })).toBe('단계 12 / 57');
  });
});

describe('step notes', () => {
  it('uses the simulator note, else describes the event in Korean with the listing line', () => {
    const t = loadTrace('rc-cycle');
    expect(stepNote(t, 1)).toBe('`b` 생성: `a`의 강한 참조 1 → 2');
    expect(stepNote(t, 0)).toBe('22번째 줄을 실행하기 전');
    expect(stepNote({ ...t, lineOffset: 2 }, 0)).toBe('20번째 줄을 실행하기 전');
  });
});

describe('line mapping', () => {
  const visible = [false, true, true, false, true];
  it('undoes the fn main wrapping and flags hidden lines', () => {
    expect(listingLine(2, 1, visible)).toEqual({ index: 0, hidden: true });
    expect(listingLine(3, 1, visible)).toEqual({ index: 1, hidden: false });
    expect(listingLine(1, 1, visible)).toBeNull();
    expect(listingLine(7, 1, visible)).toBeNull();
  });
  it('counts visible lines for the reader', () => {
    expect(visibleLineNumber(4, visible)).toBe(3);
    expect(visibleLineNumber(3, visible)).toBeNull();
  });
});

describe('edit storage keys', () => {
  it('uses the page stem and the listing id', () => {
    expect(pageKey('/ch15-06-reference-cycles.html')).toBe('ch15-06-reference-cycles');
    expect(pageKey('/')).toBe('index');
    expect(editKey('/book/ch15-06-reference-cycles.html', 'listing-15-26')).toBe('heapbook:edit:ch15-06-reference-cycles:listing-15-26');
  });
});

describe('cursor offsets and diagnostics', () => {
  it('converts line:col to an offset, clamped to the line', () => {
    const text = 'fn main() {\n    let x = ;\n}';
    expect(text.slice(offsetOfLineCol(text, 2, 13))).toBe(';\n}');
    expect(offsetOfLineCol(text, 2, 99)).toBe(text.indexOf('\n}'));
    expect(offsetOfLineCol(text, 9, 1)).toBe(text.length);
  });
  it('maps diagnostics and panics back into listing lines', () => {
    const d = shownDiagnostics([{ severity: 'error', code: 'parse', message: '구문 오류', span: { start: { line: 3, col: 5 }, end: { line: 3, col: 6 } } }], 1);
    expect(d.map(lineColText)).toEqual(['2:5']);
    expect(panicDiagnostic({ kind: 'panic', message: 'boom', at: { line: 4, col: 5 } }, 0)).toEqual({ line: 4, col: 5, message: '패닉: boom', severity: 'error' });
  });
});
