// SUMMARY.md against the files on disk: every listed chapter file must exist (error at its SUMMARY line);
// markdown under src that is neither listed nor included anywhere is a warning (readers never see it).
import { posix } from 'node:path';
import type { BookDiagnostic, Summary } from '../book/model.ts';
import { summaryPaths } from '../book/summary/index.ts';
import { error, warning } from './diagnostic.ts';

/** Listed chapters whose file is missing. `isFile` takes paths relative to the book root. */
export function missingChapterFiles(summary: Summary, srcDir: string, isFile: (rel: string) => boolean): BookDiagnostic[] {
  return summaryPaths(summary)
    .filter(({ path }) => !isFile(posix.join(srcDir, path)))
    .map(({ path, loc }) => error(loc, `목차에 있는 장 파일이 없습니다: ${posix.join(srcDir, path)}`));
}

/**
 * Markdown files (relative to the book root) that are not chapters: not SUMMARY.md, not in the summary,
 * not included by any chapter.
 */
export function unlistedChapters(
  summary: Summary,
  srcDir: string,
  markdownFiles: readonly string[],
  includedFiles: ReadonlySet<string>,
): BookDiagnostic[] {
  const listed = new Set(summaryPaths(summary).map(({ path }) => posix.join(srcDir, path)));
  const summaryFile = posix.join(srcDir, 'SUMMARY.md');
  return markdownFiles
    .filter((file) => file !== summaryFile && !listed.has(file) && !includedFiles.has(file))
    .map((file) =>
      warning(
        { file, line: 1, col: 1 },
        `목차(${summaryFile})에 없는 장 파일입니다. 사이트에 페이지가 만들어지지 않습니다`,
      ),
    );
}
