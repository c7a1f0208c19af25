// What `heapbook build` reports and when it stops: the book's warnings (include clamping, unknown config keys…),
// broken links and fragments (warnings, as mdBook builds them), images (errors); `strict` makes every book warning an error.
import { BookError, type Book, type BookDiagnostic } from '../book/model.ts';
import { checkBookReferences } from './book-references.ts';
import { isSimulatorLimit, sortDiagnostics } from './diagnostic.ts';

export interface BuildFindings {
  /** The book's own findings, in report order, severities as the build applies them. */
  book: BookDiagnostic[];
  /** Listings the simulator could not pre-run: reported apart, never fail the build (strict or not). */
  simulator: BookDiagnostic[];
}

/** Every finding of a loaded book, as `build` reports it; with `strict`, the book's warnings become errors. */
export function buildFindings(book: Book, strict: boolean): BuildFindings {
  const all = [...book.diagnostics, ...checkBookReferences(book, undefined, { brokenLinks: 'warning' })];
  const own = sortDiagnostics(all.filter((d) => !isSimulatorLimit(d)));
  return {
    book: strict ? own.map((d) => (d.severity === 'warning' ? { ...d, severity: 'error' as const } : d)) : own,
    simulator: all.filter(isSimulatorLimit),
  };
}

/** Throws a BookError (at the first error, nothing written) when the findings hold an error. */
export function stopOnErrors(findings: BuildFindings, strict: boolean): void {
  const errors = findings.book.filter((d) => d.severity === 'error');
  if (errors.length === 0) return;
  const why = strict ? ' (--strict 또는 [output.heapbook] strict = true: 경고도 오류로 칩니다)' : '';
  throw new BookError(errors[0].loc, `오류 ${errors.length}개 때문에 빌드를 멈춥니다${why} (위 목록 참고, 이전 출력은 그대로 둡니다)`);
}
