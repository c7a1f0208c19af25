// What `heapbook build` adds from the checker: broken links, fragments and images stop the build (as errors,
// before anything is written), unclosed fences are printed as warnings. Runs over the already loaded Book.
import { BookError, type Book, type BookDiagnostic } from '../book/model.ts';
import { checkBookReferences } from './book-references.ts';

/** Prints every reference finding with `print`; throws a BookError (at the first error) when there are errors. */
export function failOnReferenceErrors(book: Book, print: (d: BookDiagnostic) => void): void {
  const found = checkBookReferences(book);
  found.forEach(print);
  const errors = found.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    throw new BookError(errors[0].loc, `깨진 링크·이미지 ${errors.length}개 때문에 빌드를 멈춥니다 (위 목록 참고, 이전 출력은 그대로 둡니다)`);
  }
}
