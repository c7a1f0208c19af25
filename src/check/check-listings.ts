// Runs every runnable listing in the simulator (injected, so this stays pure): a parse error, an unsupported
// feature, or output that differs from the listing's `output.txt` is a simulator limit at the listing, not a book error.
import type { BookDiagnostic, ListingData } from '../book/model.ts';
import { simulatorLimit } from './diagnostic.ts';
import { diffOutputs, programOutput } from './listing-output.ts';

export interface SimDiagnostic {
  severity: string;
  code: string;
  message: string;
  span: { start: { line: number; col: number } };
}

export type RunRust = (
  source: string,
  opts: { trace: false; maxSteps?: number },
) => { stdout: string; stderr: string; exitCode: number; diagnostics: SimDiagnostic[] };

/** A runnable listing and, when the chapter also shows it, the text of its folder's `output.txt`. */
export interface ListingToCheck {
  listing: ListingData;
  output?: { file: string; text: string };
  /** Where the code is written: line N of the source is line `lines[N - 1]` of `file` (the chapter or a listing file). */
  code?: { file: string; lines: number[] };
}

/** Step budget for check runs: generous for book examples, and a runaway loop still ends. */
export const CHECK_MAX_STEPS = 5_000_000;

const CODE_NAMES: Record<string, string> = {
  parse: '구문 오류',
  unsupported: '지원하지 않는 기능',
  type: '타입 오류',
  'step-limit': '실행 단계 한도 초과',
  internal: '시뮬레이터 내부 오류',
};

export function checkListing(run: RunRust, item: ListingToCheck): BookDiagnostic[] {
  const { listing } = item;
  if (listing.attrs.noRun) return [];
  let result: ReturnType<RunRust>;
  try {
    result = run(listing.source, { trace: false, maxSteps: CHECK_MAX_STEPS });
  } catch (e) {
    return [simulatorLimit(listing.loc, `${listing.id}: 시뮬레이터가 실행 중에 멈췄습니다 (내부 오류: ${e instanceof Error ? e.message : String(e)})`)];
  }
  const problem = result.diagnostics.find((d) => d.severity === 'error');
  if (problem) {
    const kind = CODE_NAMES[problem.code] ?? problem.code;
    const message = problem.message.startsWith(kind) ? problem.message : `${kind}: ${problem.message}`;
    const { line, col } = problem.span.start;
    const code = item.code;
    const codeLine = code?.lines[line - 1];
    if (code && codeLine !== undefined && code.file === listing.loc.file) {
      return [simulatorLimit({ file: code.file, line: codeLine, col }, `${listing.id}: 시뮬레이터가 이 예제를 실행할 수 없습니다 — ${message}`)];
    }
    const where = code && codeLine !== undefined ? `${code.file}:${codeLine}:${col}` : `예제 코드 ${line}:${col}`;
    return [simulatorLimit(listing.loc, `${listing.id}: 시뮬레이터가 이 예제를 실행할 수 없습니다 — ${message} (${where})`)];
  }
  if (!item.output) return [];
  const expected = programOutput(item.output.text);
  if (expected === null) return [];
  const diff = diffOutputs(expected, result.stdout + result.stderr);
  if (!diff) return [];
  return [
    simulatorLimit(
      listing.loc,
      `${listing.id}: 시뮬레이터 출력이 ${item.output.file}와(과) 다릅니다 (프로그램 출력 ${diff.firstLine}행부터; - 예상, + 시뮬레이터). 시뮬레이터의 한계이거나 output.txt가 코드보다 오래되었습니다 (실제 cargo로 확인하세요):\n` +
        diff.lines.map((l) => '    ' + l).join('\n'),
    ),
  ];
}
