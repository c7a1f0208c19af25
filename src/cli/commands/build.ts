// `heapbook build [--book DIR] [--out DIR] [--verbose]`: the book in DIR (default content/) → static site (default dist/).
// Content errors print as `file:line:col: error: message` without a stack trace and exit 1.
import { parseArgs } from 'node:util';
import { buildSite } from '../build/build-site.ts';
import { asBookError, formatBookError, formatDiagnostic, formatSummary } from '../build/report.ts';
import { failOnReferenceErrors } from '../../check/build-gate.ts';

export async function run(argv: string[]): Promise<number> {
  let values: { book?: string; out?: string; verbose?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { book: { type: 'string' }, out: { type: 'string' }, verbose: { type: 'boolean' } },
      strict: true,
    }));
  } catch (err) {
    console.error(`heapbook build: ${(err as Error).message}`);
    return 2;
  }
  try {
    const summary = await buildSite({
      bookDir: values.book ?? 'content',
      outDir: values.out ?? 'dist',
      verbose: values.verbose,
      onBook: (book) => {
        book.diagnostics.forEach((d) => console.error(formatDiagnostic(d)));
        failOnReferenceErrors(book, (d) => console.error(formatDiagnostic(d))); // links, fragments, images
      },
    });
    console.log(formatSummary(summary));
    return 0;
  } catch (err) {
    const bookErr = asBookError(err);
    if (bookErr) {
      console.error(formatBookError(bookErr));
    } else {
      console.error(`heapbook build: 빌드 실패 — 이전 출력은 그대로 둡니다.`);
      console.error(values.verbose ? err : `${(err as Error)?.message ?? err}`);
    }
    return 1;
  }
}
