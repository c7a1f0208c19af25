// Unclosed code fences: CommonMark silently runs such a block to the end of the document (or of the list or
// quote around it), swallowing the text after it. A warning at the opening fence; the page still builds.
import type { BookDiagnostic, SourceLoc } from '../book/model.ts';
import type { FenceInfo, TextPos } from './scan-markdown.ts';
import { warning } from './diagnostic.ts';

export function unclosedFences(fences: readonly FenceInfo[], locate: (pos: TextPos) => SourceLoc): BookDiagnostic[] {
  return fences
    .filter((f) => !f.closed)
    .map((f) =>
      warning(
        locate(f.pos),
        `코드 블록이 닫히지 않았습니다: 여는 ${f.fence}에 짝이 되는 닫는 ${f.fence}가 없어, 문서(또는 감싼 목록·인용) 끝까지 모두 코드로 보입니다`,
      ),
    );
}
