// `does_not_compile` listings: the simulator's checker must reject them, and its compiler text must equal
// the listing's `output.txt` (cargo's part from the first `error`/`warning` line to `could not compile`).
import type { BookDiagnostic, SourceLoc } from '../book/model.ts';
import { error, warning } from './diagnostic.ts';
import { diffOutputs } from './listing-output.ts';

export type CheckRust = (
  source: string,
  opts: { trace: false; maxSteps?: number; fileName?: string; packageName?: string },
) => { stderr: string; outcome: { kind: string } };

/** rustc's text in a cargo transcript, or null when the transcript holds no compiler error. */
export function compilerOutput(transcript: string): string | null {
  const lines = transcript.replace(/\r\n/g, '\n').split('\n');
  const start = lines.findIndex((l) => /^(error|warning)(\[E\d{4}\])?: /.test(l));
  const end = lines.findIndex((l) => /^error: could not compile /.test(l));
  if (start < 0 || end < start) return null;
  return lines.slice(start, end + 1).join('\n') + '\n';
}

export interface CompileListing {
  id: string;
  loc: SourceLoc;
  source: string;
  /** `src/main.rs` or `src/lib.rs`. */
  fileName: string;
  packageName?: string;
  output?: { file: string; text: string };
}

export function checkCompileOutput(run: CheckRust, l: CompileListing): BookDiagnostic[] {
  const r = run(l.source, { trace: false, maxSteps: 1, fileName: l.fileName, packageName: l.packageName });
  if (r.outcome.kind !== 'compile-error') {
    return [warning(l.loc, `${l.id}: does_not_compile 예제인데 시뮬레이터의 검사기는 이 코드를 받아들입니다 (아직 모르는 오류)`)];
  }
  const expected = l.output ? compilerOutput(l.output.text) : null;
  if (!l.output || expected === null) return [];
  const diff = diffOutputs(expected, r.stderr);
  if (!diff) return [];
  return [
    error(
      l.loc,
      `${l.id}: 컴파일러 출력이 ${l.output.file}와(과) 다릅니다 (${diff.firstLine}행부터; - 예상, + 시뮬레이터):\n` + diff.lines.map((x) => '    ' + x).join('\n'),
    ),
  ];
}
