// Terminal-style output pane: `$ cargo run` prompt, stdout and stderr in order, exit code.
// stderr is set apart by color and by a visible 'stderr' tag, so color is never the only signal.
import type { Chunk } from './output/chunks.ts';

interface Props {
  chunks: Chunk[];
  /** Exit code once the run (or the replay) reached its end; null while stepping through the middle. */
  exitCode: number | null;
  /** Extra Korean line (timeout, crash). */
  notice?: string;
  running: boolean;
}

export function OutputPane({ chunks, exitCode, notice, running }: Props) {
  return (
    <div class="hb-output" data-output role="log" aria-live="polite" aria-label="실행 결과">
      <div class="hb-prompt" aria-hidden="true">
        <span class="hb-dollar">$</span> cargo run
      </div>
      {chunks.map((c, i) =>
        c.stream === 'stdout' ? (
          <span key={i} class="hb-stdout" data-stream="stdout">
            {c.text}
          </span>
        ) : (
          <span key={i} class="hb-stderr" data-stream="stderr">
            <span class="hb-stream-tag">stderr</span>
            {c.text}
          </span>
        ),
      )}
      {running && <div class="hb-running">실행 중…</div>}
      {notice && (
        <div class="hb-notice" data-notice role="alert">
          ⚠ {notice}
        </div>
      )}
      {exitCode !== null && (
        <div class={`hb-exit${exitCode === 0 ? '' : ' hb-exit-fail'}`} data-exit-code={exitCode}>
          {exitCode === 0 ? '✓' : '✗'} 종료 코드 {exitCode}
        </div>
      )}
    </div>
  );
}
