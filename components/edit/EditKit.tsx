// What editing needs, loaded on first use (편집, a saved edit or a permalink): the editor component and the
// permalink codec. Kept out of the island's first chunk so the page's JavaScript stays small.
export { CodeEditor, type GotoRequest } from './CodeEditor.tsx';
export { codeFromHash, permalinkHash } from './permalink.ts';

import { permalinkHash } from './permalink.ts';

interface EditButtonsProps {
  listingId: string;
  code: string;
  onReset(): void;
  /** Tell the reader the link was copied (status line). */
  onCopied(): void;
}

/** 원래대로 and 링크 복사, and the 수정됨 tag: shown while the listing's code is edited. */
export function EditButtons({ listingId, code, onReset, onCopied }: EditButtonsProps) {
  const copy = async () => {
    const hash = permalinkHash(listingId, code);
    history.replaceState(null, '', hash);
    try {
      await navigator.clipboard.writeText(location.origin + location.pathname + location.search + hash);
    } catch {
      /* the address bar holds the link too */
    }
    onCopied();
  };
  return (
    <>
      <button type="button" class="hb-btn" data-action="reset" onClick={onReset}>
        <span aria-hidden="true">↺</span> 원래대로
      </button>
      <button type="button" class="hb-btn" data-action="permalink" onClick={copy} title="고친 코드가 담긴 링크를 복사합니다">
        <span aria-hidden="true">🔗</span> 링크 복사
      </button>
      <span class="hb-modified" data-modified title="이 예제는 수정되었습니다 (이 브라우저와 주소의 #조각에 저장됨)">
        ✎ 수정됨
      </span>
    </>
  );
}

/** Shown when the code changed after the run whose results are on screen. */
export function StaleNotice() {
  return (
    <p class="hb-stale" data-stale role="status">
      ⚠ 코드가 이 실행 뒤에 바뀌었습니다. 아래 결과는 바뀌기 전 코드의 것입니다. 다시 실행해 보세요.
    </p>
  );
}
