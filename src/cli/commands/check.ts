// `heapbook check [--book DIR] [--format text|json]`: validates a whole book without writing pages.
// Prints every finding as `file:line:col: error|warning: 메시지` and a count; exit 0 only when there is no error.
import { parseArgs } from 'node:util';
import { checkBook } from '../../check/check-book.ts';
import { countBySeverity } from '../../check/diagnostic.ts';
import { formatReport, type ReportFormat } from '../../check/report-format.ts';

export async function run(argv: string[]): Promise<number> {
  let values: { book?: string; format?: string };
  try {
    ({ values } = parseArgs({ args: argv, options: { book: { type: 'string' }, format: { type: 'string' } }, strict: true }));
  } catch (err) {
    console.error(`heapbook check: ${(err as Error).message}`);
    return 2;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    console.error(`heapbook check: --format은 text 또는 json이어야 합니다 (받은 값: ${format})`);
    return 2;
  }
  const result = await checkBook(values.book ?? 'content');
  process.stdout.write(formatReport(result.diagnostics, format as ReportFormat));
  return countBySeverity(result.diagnostics).errors > 0 ? 1 : 0;
}
