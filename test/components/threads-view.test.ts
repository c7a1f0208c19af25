// The memory view of a threaded run: a column per thread (named, its state in words), Arc blocks and Mutex holders
// named, channel queues in order with their senders and receiver, thread switches on the timeline, Korean text.
import { describe, expect, it } from 'vitest';
import { drawMemory, type SvgNode } from '../../components/memory/draw.ts';
import { layoutMemory, type ChannelBox, type FrameBox, type HeapBox } from '../../components/memory/layout.ts';
import { snapshotOf } from '../../components/memory/snapshot.ts';
import { renderMemorySvg } from '../../components/memory/svg-string.ts';
import { describeMemory, describeMemoryText, memorySummary } from '../../components/memory/text-alt.ts';
import { stepNote, timelineMarkers } from '../../components/timeline/markers.ts';
import { stepBackOver, stepOut, stepOver, visibleSteps } from '../../components/timeline/steps.ts';
import { landingFigure } from '../../components/memory/landing-figure.ts';
import { loadTrace } from './load-fixture.ts';

const trace = loadTrace('threads');
const frames = (l: ReturnType<typeof layoutMemory>) => l.boxes.filter((b): b is FrameBox => b.kind === 'frame');
const heap = (l: ReturnType<typeof layoutMemory>) => l.boxes.filter((b): b is HeapBox => b.kind === 'heap');
const channels = (l: ReturnType<typeof layoutMemory>) => l.boxes.filter((b): b is ChannelBox => b.kind === 'channel');

/** Every node of a drawn tree, depth first. */
function all(nodes: SvgNode[]): SvgNode[] {
  return nodes.flatMap((n) => [n, ...all(n.children ?? [])]);
}
const texts = (nodes: SvgNode[]) => all(nodes).flatMap((n) => (n.text !== undefined ? [n.text] : []));

describe('threads in the memory view', () => {
  it('draws one column per thread, side by side, each with its name and its state in words', () => {
    const l = layoutMemory(snapshotOf(trace, 1));
    expect(l.stacked).toBe(false);
    expect(l.threads.map((t) => [t.id, t.title, t.stateText])).toEqual([
      [1, '스레드 1 · main', '‖ 대기'],
      [2, '스레드 2 · <unnamed>', '▶ 실행 중'],
      [3, '스레드 3 · adder', '‖ 시작 전'],
    ]);
    // Left to right, not overlapping; each thread's frames inside its own column.
    for (let i = 1; i < l.threads.length; i++) expect(l.threads[i].x).toBeGreaterThanOrEqual(l.threads[i - 1].x + l.threads[i - 1].w);
    for (const f of frames(l)) {
      const col = l.threads.find((t) => t.id === f.thread)!;
      expect(f.x).toBeGreaterThanOrEqual(col.x);
      expect(f.x + f.w).toBeLessThanOrEqual(col.x + col.w);
    }
    expect(frames(l).map((f) => [f.thread, f.title])).toEqual([[1, 'main'], [2, 'main::{{closure}}']]);
    expect(l.threads[2].empty).toBe('(아직 시작 전)');
    // The heap and channels are to the right of every column.
    const right = Math.max(...l.threads.map((t) => t.x + t.w));
    expect([...heap(l), ...channels(l)].every((b) => b.x > right)).toBe(true);
    const nodes = drawMemory(l);
    const cols = all(nodes).filter((n) => n.attrs['data-thread-col'] !== undefined);
    expect(cols.map((n) => [n.attrs['data-thread-col'], n.attrs['data-thread-state']])).toEqual([[1, 'waiting'], [2, 'running'], [3, 'waiting']]);
    expect(texts(nodes)).toEqual(expect.arrayContaining(['스레드 2 · <unnamed>', '▶ 실행 중', '‖ 시작 전', '힙', '채널']));
    expect(texts(nodes)).not.toContain('스택');
  });

  it('names Arc blocks and handles, the Mutex holder and the guard', () => {
    const l = layoutMemory(snapshotOf(trace, 1));
    const arc = heap(l).find((b) => b.heapId === 1)!;
    expect([arc.heapKind, arc.title, arc.strong, arc.weak]).toEqual(['Arc', 'Arc<Mutex<i32>>', 3, 0]);
    expect(arc.rows.map((r) => [r.label, r.text, r.badge])).toEqual([
      ['참조', '강한 3 · 약한 0', undefined],
      ['', 'Mutex', '잠금: 스레드 2'],
      ['value', '1', undefined],
    ]);
    const worker = frames(l).find((f) => f.thread === 2)!;
    expect(worker.rows.map((r) => [r.label, r.text])).toEqual([['total', 'Arc'], ['tx', 'Sender'], ['sum', 'MutexGuard']]);
    expect(all(drawMemory(l)).filter((n) => n.tag === 'g' && n.attrs['data-alloc'] === 1).map((n) => n.attrs['data-kind'])).toEqual(['Arc']);
    // Every thread's Arc handle has an arrow into the shared block.
    expect(l.arrows.filter((a) => a.key.endsWith('/s0') && a.kind === 'Arc').map((a) => a.key).sort()).toEqual(['frame:1/s0', 'frame:2/s0']);
  });

  it('says when a Mutex is poisoned', () => {
    const l = layoutMemory(snapshotOf(trace, 2));
    expect(heap(l)[0].rows.find((r) => r.text === 'Mutex')?.badge).toBe('잠금 없음 · 오염됨(poisoned)');
    expect(l.threads.map((t) => t.state)).toEqual(['waiting', 'done', 'running']);
    expect(l.threads[1].empty).toBe('(끝남, 스택 없음)');
  });

  it('draws a channel queue oldest first, its senders and receiver, with arrows from the handles', () => {
    const l = layoutMemory(snapshotOf(trace, 1));
    const [c] = channels(l);
    expect([c.title, c.meta, c.pending]).toEqual(['채널 #1', 'mpsc::channel', 2]);
    expect(c.rows.map((r) => [r.label, r.text, r.badge])).toEqual([
      ['보내는 쪽', '2개', undefined],
      ['받는 쪽', '살아 있음', undefined],
      ['대기열', '메시지 2개', undefined],
      ['[0]', '7', '다음 recv'],
      ['[1]', 'String', undefined],
    ]);
    // The String message points at its heap block; main's receiver and the worker's sender at the channel.
    expect(l.arrows.find((a) => a.key === 'chan:1/q[1]')?.kind).toBe('String');
    expect(l.arrows.filter((a) => a.kind === 'chan').map((a) => a.key).sort()).toEqual(['frame:1/s2', 'frame:2/s1']);
    const closed = channels(layoutMemory(snapshotOf(trace, 2)))[0];
    expect(closed.rows.slice(0, 3).map((r) => r.text)).toEqual(['0개 (모두 드롭됨: 닫힘)', '드롭됨', '비어 있음']);
  });

  it('stacks the columns on a phone, heap below, nothing wider than the screen', () => {
    const l = layoutMemory(snapshotOf(trace, 1), { maxWidth: 366 });
    expect(l.stacked).toBe(true);
    expect(l.width).toBeLessThanOrEqual(366);
    for (let i = 1; i < l.threads.length; i++) expect(l.threads[i].y).toBeGreaterThanOrEqual(l.threads[i - 1].y + l.threads[i - 1].h);
    const lastCol = l.threads[l.threads.length - 1];
    expect(Math.min(...heap(l).map((b) => b.y))).toBeGreaterThan(lastCol.y + lastCol.h);
    for (const b of l.boxes) expect(b.x + b.w).toBeLessThanOrEqual(l.width);
    for (const t of l.threads) expect(t.x).toBeGreaterThanOrEqual(0);
  });

  it('draws a frame listed in two threads’ stacks once, in the first', () => {
    const snap = snapshotOf(trace, 1);
    const threads = snap.threads!.map((t) => (t.id === 3 ? { ...t, frames: snap.threads![0].frames } : t));
    const l = layoutMemory({ ...snap, threads });
    expect(frames(l).map((f) => [f.thread, f.frameId])).toEqual([[1, 1], [2, 2]]);
    expect(new Set(l.boxes.map((b) => b.key)).size).toBe(l.boxes.length);
  });

  it('stacks a figure of many threads rather than growing past a page width', () => {
    const many = snapshotOf(trace, 1);
    const threads = Array.from({ length: 8 }, (_, i) => ({ id: i + 1, name: i === 0 ? 'main' : null, state: 'waiting' as const, frames: [] }));
    const l = layoutMemory({ ...many, threads });
    expect(l.stacked).toBe(true);
    expect(l.width).toBeLessThanOrEqual(1200);
    expect(layoutMemory(many).stacked).toBe(false);
  });

  it('tells the threads, the holder and the queue in the Korean text alternative and the SVG figure', () => {
    const snap = snapshotOf(trace, 1);
    const d = describeMemory(snap);
    expect(d.stack).toEqual([]);
    expect(d.threads?.map((t) => [t.title, t.state, t.empty])).toEqual([
      ['스레드 1 · main', '대기', undefined],
      ['스레드 2 · <unnamed>', '실행 중', undefined],
      ['스레드 3 · adder', '대기', '(아직 시작 전)'],
    ]);
    expect(d.threads?.[1].stack[0].lines).toEqual(['total: Arc → #1 (강한 참조 3, 약한 참조 0)', 'tx: Sender → 채널 #1', 'sum: MutexGuard → #1 (강한 참조 3, 약한 참조 0)']);
    expect(d.heap[0]).toBe('#1 Arc<Mutex<i32>> (32바이트, 강한 참조 3, 약한 참조 0): Mutex { 1 } (잠금: 스레드 2)');
    expect(d.channels).toEqual(['채널 #1 (mpsc::channel): 보내는 쪽 2개, 받는 쪽 살아 있음, 대기열 메시지 2개 (먼저 받을 것부터): 7, "hello"']);
    expect(memorySummary(snap)).toBe('스레드 3개 (실행 중: 스레드 2 · <unnamed>), 힙 할당 2개, 채널 1개');
    expect(describeMemoryText(snap).split('\n').slice(0, 2)).toEqual(['스레드 3개', '스레드 1 · main (대기)']);
    const svg = renderMemorySvg(snap, { title: '스레드' });
    expect(svg).toContain('data-thread-col="2"');
    expect(svg).toContain('잠금: 스레드 2');
    expect(svg).toContain('.hb-m-thread-running');
  });

  it('marks where the running thread changes on the timeline, with Korean titles', () => {
    const marks = timelineMarkers(trace).filter((m) => m.kind === 'switch');
    expect(marks.map((m) => [m.step, m.title])).toEqual([
      [1, '단계 2: 실행 스레드 전환 — 스레드 1 · main → 스레드 2 · <unnamed>'],
      [2, '단계 3: 실행 스레드 전환 — 스레드 2 · <unnamed> → 스레드 3 · adder'],
      [4, '단계 5: 실행 스레드 전환 — 스레드 3 · adder → 스레드 1 · main'],
    ]);
  });

  it('keeps a step where only a channel or a thread changed, and steps over within the same thread', () => {
    // Steps 2 and 3 differ only in the channels (a second one made at 3): both are shown.
    expect(visibleSteps(trace)).toEqual([0, 1, 2, 3, 4]);
    const v = visibleSteps(trace);
    // From main's step 0, step over skips the workers' steps to main's next one (the end).
    expect(stepOver(trace, v, 0)).toBe(4);
    expect(stepBackOver(trace, v, 4)).toBe(0);
    // Thread 3 at step 2: its next step is 3.
    expect(stepOver(trace, v, 2)).toBe(3);
    expect(stepOut(trace, v, 0)).toBe(4);
  });

  it('says whose step it is in the step note', () => {
    expect(stepNote(trace, 1)).toBe('스레드 2 · <unnamed>: 6번째 줄을 실행하기 전');
    expect(stepNote(trace, 4)).toBe('스레드 1 · main: 프로그램 종료');
    expect(stepNote(loadTrace('rc-cycle'), 0)).not.toContain('스레드');
  });

  it('gives the no-JavaScript figure thread columns and a Korean alt naming the threads', () => {
    const fig = landingFigure(trace, 3, '스레드 예제')!;
    expect(fig.svg).toContain('data-thread-col="3"');
    expect(fig.alt).toContain('스레드 3개');
    expect(fig.alt).toContain('스레드 3 · adder (실행 중)');
    expect(fig.alt).toContain('잠금 없음 · 오염됨(poisoned)');
  });

  it('leaves a single-threaded picture without thread columns or thread styles', () => {
    const rc = loadTrace('rc-cycle');
    const l = layoutMemory(snapshotOf(rc, 2));
    expect(l.threads).toEqual([]);
    expect(texts(drawMemory(l))).toContain('스택');
    expect(renderMemorySvg(snapshotOf(rc, 2), { title: 't' })).not.toContain('hb-m-thread');
    expect(timelineMarkers(rc).some((m) => m.kind === 'switch')).toBe(false);
  });
});
