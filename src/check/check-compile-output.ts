// `does_not_compile` listings: the simulator's checker must reject their crate, and its compiler text must equal
// the crate's `output.txt` (cargo's part from the first `error`/`warning` line to `could not compile`). Pure.
import type { BookDiagnostic, SourceLoc } from '../book/model.ts';
import { simulatorLimit } from './diagnostic.ts';
import { diffOutputs } from './listing-output.ts';

/** What the simulator's `cargo build` of the crate said (see buildCrate in src/sim/api.ts). */
export interface CompileResult {
  /** 'built': the checker accepts it; 'compile-error': `stderr` is its cargo text; 'error': it could not check it. */
  outcome: 'built' | 'compile-error' | 'error';
  stderr: string;
  /** The simulator's own first problem when outcome is 'error'. */
  problem?: string;
}

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
  output: { file: string; text: string };
}

/** Findings for one listing; every one is a simulator limit (the book's transcript is real cargo's). */
export function checkCompileOutput(l: CompileListing, r: CompileResult): BookDiagnostic[] {
  const expected = compilerOutput(l.output.text);
  if (expected === null) return []; // the transcript shows no compile failure: nothing to compare
  switch (r.outcome) {
    case 'built':
      return [simulatorLimit(l.loc, `${l.id}: does_not_compile 예제인데 시뮬레이터의 검사기는 이 크레이트를 받아들입니다 (아직 모르는 오류; ${l.output.file} 참고)`)];
    case 'error':
      return [simulatorLimit(l.loc, `${l.id}: 시뮬레이터가 이 크레이트를 검사할 수 없습니다 — ${r.problem ?? '알 수 없는 이유'}`)];
    case 'compile-error': {
      const diff = diffOutputs(expected, r.stderr);
      if (!diff) return [];
      return [
        simulatorLimit(
          l.loc,
          `${l.id}: 시뮬레이터의 컴파일러 출력이 ${l.output.file}와(과) 다릅니다 (${diff.firstLine}행부터; - 예상, + 시뮬레이터). 시뮬레이터의 한계이거나 output.txt가 코드나 rustc보다 오래되었습니다 (실제 cargo로 확인하세요):\n` + diff.lines.map((x) => '    ' + x).join('\n'),
        ),
      ];
    }
  }
}
