// The island's memory diagram: renders the shared layout/element tree as inline SVG, plus its text alternative
// and, at the end of a leaking run, a Korean explanation of the leak.
import { h, type ComponentChild } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Trace } from '../../src/sim/trace/schema.ts';
import { drawMemory, type SvgNode } from './draw.ts';
import { layoutMemory } from './layout.ts';
import { explainLeaks } from './leaks.ts';
import type { MemorySnapshot } from './snapshot.ts';
import { describeMemory, memorySummary, type TextAlternative } from './text-alt.ts';
import './MemoryView.css';

function toVNode(n: SvgNode, key: number | string): ComponentChild {
  return h(n.tag, { key, ...n.attrs }, n.text !== undefined ? n.text : (n.children ?? []).map((c, i) => toVNode(c, i)));
}

/** `name` spans of a Korean sentence as <code>. */
function withCode(text: string): ComponentChild[] {
  return text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}

interface Props {
  snapshot: MemorySnapshot;
  trace: Trace;
  /** True at the final step: leaks are explained. */
  atEnd: boolean;
}

/** Last width a memory view measured: a view that mounts starts from it (every island's column is alike). */
let lastWidth: number | null = null;
/** A width measured ahead of the first view (run/RunView.tsx's rehearsal). */
export const rememberWidth = (w: number): void => void (lastWidth = w);

/** Width of an element's content box, kept current by a ResizeObserver (its first report comes after layout,
 *  before paint: no forced synchronous layout). null until measured. */
function useWidth(ref: { current: HTMLElement | null }): number | null {
  const [w, setW] = useState<number | null>(lastWidth);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    // Read inside the observer's callback, where layout is already up to date (cheap).
    const ro = new ResizeObserver(() => setW((lastWidth = el.clientWidth)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return w;
}

function stackItems(stack: TextAlternative['stack']): ComponentChild[] {
  return stack.map((f, i) => (
    <li key={`f${i}`}>
      스택 프레임 <code>{f.fn}</code>
      {f.lines.length ? (
        <ul>
          {f.lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      ) : (
        ' (변수 없음)'
      )}
    </li>
  ));
}

export function MemoryView({ snapshot, trace, atEnd }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const width = useWidth(scrollRef);
  // Drawn at its natural size: side by side when that fits, else the heap goes under the stack.
  const layout = useMemo(() => layoutMemory(snapshot, width === null ? {} : { maxWidth: width }), [snapshot, width]);
  const alt = useMemo(() => describeMemory(snapshot), [snapshot]);
  // The same vnodes while the layout is the same: Preact skips them (a re-render changes nothing in the SVG).
  const drawn = useMemo(() => drawMemory(layout).map((n, i) => toVNode(n, i)), [layout]);
  const leaks = atEnd ? explainLeaks(snapshot, trace) : [];
  return (
    <div class="hb-memory" data-memory data-layout={layout.stacked ? 'stacked' : 'side-by-side'}>
      <div class="hb-mem-scroll" ref={scrollRef}>
        <svg
          class="hb-m-svg"
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="img"
          aria-label={`메모리: ${memorySummary(snapshot)}. 자세한 내용은 아래 글 설명을 보세요.`}
        >
          {drawn}
        </svg>
      </div>
      {leaks.length > 0 && (
        <div class="hb-leak" data-leak role="note">
          <strong>⚠ 메모리 누수</strong>
          {leaks.map((l) => (
            <p key={l}>{withCode(l)}</p>
          ))}
        </div>
      )}
      <details class="hb-memtext" data-memory-text>
        <summary>메모리 내용을 글로 보기</summary>
        <ul>
          {alt.threads
            ? alt.threads.map((t) => (
                <li key={t.title} data-thread-text>
                  {t.title} ({t.state}){t.empty ? ` ${t.empty}` : ''}
                  {t.stack.length > 0 && <ul>{stackItems(t.stack)}</ul>}
                </li>
              ))
            : stackItems(alt.stack)}
          <li>
            힙{' '}
            {alt.heap.length ? (
              <ul>
                {alt.heap.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            ) : (
              '(할당 없음)'
            )}
          </li>
          {alt.channels.map((c) => (
            <li key={c} data-channel-text>
              {c}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
