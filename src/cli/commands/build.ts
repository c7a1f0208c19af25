// `heapbook build [--book DIR] [--out DIR] [--strict] [--verbose]`: the book in DIR (default content/) → static site (default dist/).
// Content errors print as `file:line:col: error: message` without a stack trace and exit 1; `--strict` fails on warnings too.
import { parseArgs } from 'node:util';
import { buildSite } from '../build/build-site.ts';
import { asBookError, formatBookError, formatDiagnostic, formatSimulatorNotes, formatSummary } from '../build/report.ts';
import { buildFindings, stopOnErrors } from '../../check/build-gate.ts';

export async function run(argv: string[]): Promise<number> {
  let values: { book?: string; out?: string; verbose?: boolean; strict?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { book: { type: 'string' }, out: { type: 'string' }, verbose: { type: 'boolean' }, strict: { type: 'boolean' } },
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
        const strict = values.strict === true || book.config.strict === true;
        const findings = buildFindings(book, strict);
        findings.book.forEach((d) => console.error(formatDiagnostic(d)));
        const notes = formatSimulatorNotes(findings.simulator, values.verbose === true);
        if (notes) console.error(notes);
        stopOnErrors(findings, strict);
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
