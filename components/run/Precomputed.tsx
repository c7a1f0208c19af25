// What the build computed for a listing, as static HTML the page puts in the island's named slots (so none of
// it is island JavaScript): the pre-run output with its memory picture, or why the simulator cannot run it.
import type { ComponentChildren } from 'preact';
import type { ListingData } from '../../src/book/model.ts';

export function CannotRun({ listing }: { listing: ListingData }) {
  const p = listing.precomputed;
  if (!p) return null;
  return (
    <div class="hb-cannot-run" data-cannot-run role="note">
      <p>
        <strong>이 예제는 브라우저 시뮬레이터가 아직 실행하지 못합니다.</strong> {p.diagnostic ? p.diagnostic.message : ''}
      </p>
      {p.bookOutput !== undefined && (
        <div class="hb-output hb-output-static" data-book-output>
          <div class="hb-prompt">책의 output.txt에 실린 실행 결과</div>
          <span class="hb-stdout">{p.bookOutput}</span>
        </div>
      )}
    </div>
  );
}

/** Output computed at build time, shown collapsed before the first run (works without JavaScript), with the
 *  memory picture of the step a run lands on. */
export function Precomputed({ listing, children }: { listing: ListingData; children?: ComponentChildren }) {
  const p = listing.precomputed;
  if (!p) return null;
  return (
    <details class="hb-precomputed" data-precomputed>
      <summary>미리 계산된 실행 결과와 메모리 그림</summary>
      <div class="hb-output hb-output-static">
        <div class="hb-prompt" aria-hidden="true">
          <span class="hb-dollar">$</span> cargo run
        </div>
        {p.stdout && <span class="hb-stdout">{p.stdout}</span>}
        {p.stderr && (
          <span class="hb-stderr">
            <span class="hb-stream-tag">stderr</span>
            {p.stderr}
          </span>
        )}
        {p.cut && (
          <div class="hb-notice" data-output-cut>
            ✂ 출력이 너무 길어 앞부분만 실었습니다 (전체 {p.cut.totalBytes.toLocaleString('ko-KR')}바이트 중 {p.cut.shownBytes.toLocaleString('ko-KR')}바이트).
          </div>
        )}
        {p.diagnostic && (
          <div class="hb-notice">
            ⚠ {p.diagnostic.line}:{p.diagnostic.col} {p.diagnostic.message}
          </div>
        )}
        <div class={`hb-exit${p.exitCode === 0 ? '' : ' hb-exit-fail'}`}>
          {p.exitCode === 0 ? '✓' : '✗'} 종료 코드 {p.exitCode}
        </div>
      </div>
      {children}
    </details>
  );
}
