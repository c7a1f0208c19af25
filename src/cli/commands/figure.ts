// `heapbook figure PATH --out FILE.svg [--step end|end-of-main|auto|panic|first|N] [--title TEXT]`: runs a Rust
// program in the simulator and writes the memory picture at that step (default: the end) as a standalone SVG,
// like the island draws it. Named steps are the island's landing steps (components/timeline/steps.ts).
import { parseArgs } from 'node:util';
import { readFile, writeFile } from 'node:fs/promises';
import { runRust } from '../../sim/api.ts';
import { snapshotOf } from '../../../components/memory/snapshot.ts';
import { renderMemorySvg } from '../../../components/memory/svg-string.ts';
import { explainLeaks } from '../../../components/memory/leaks.ts';
import { landingPosition, visibleSteps, type LandingRequest } from '../../../components/timeline/steps.ts';

const NAMED = new Set(['end-of-main', 'auto', 'panic', 'first']);

const USAGE = '사용법: heapbook figure PATH --out FILE.svg [--step end|end-of-main|auto|panic|first|N] [--title 제목]';

export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string' }, step: { type: 'string' }, title: { type: 'string' } },
      strict: true,
    });
  } catch (err) {
    console.error(`heapbook figure: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const path = positionals[0];
  if (!path || !values.out || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (err) {
    console.error(`heapbook figure: ${path}: 파일을 읽을 수 없습니다 (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    return 1;
  }
  const result = runRust(source, { trace: true, fileName: 'src/main.rs' });
  const trace = result.trace;
  if (!trace || trace.steps.length === 0) {
    for (const d of result.diagnostics) console.error(`${path}:${d.span.start.line}:${d.span.start.col}: ${d.severity === 'error' ? '오류' : '경고'}: ${d.message}`);
    console.error(`heapbook figure: ${path}: 프로그램을 실행하지 못해 그림을 만들 수 없습니다`);
    return 1;
  }
  const last = trace.steps.length - 1;
  const stepArg = values.step ?? 'end';
  const index = stepArg === 'end' ? last : NAMED.has(stepArg) ? visibleSteps(trace)[landingPosition(trace, visibleSteps(trace), stepArg as LandingRequest)] : Number(stepArg) - 1;
  if (!Number.isInteger(index) || index < 0 || index > last) {
    console.error(`heapbook figure: --step은 'end' 또는 1부터 ${last + 1} 사이의 단계 번호여야 합니다: '${stepArg}'`);
    return 2;
  }
  const snapshot = snapshotOf(trace, index);
  const title = values.title ?? `${path}의 메모리 (단계 ${index + 1} / ${trace.steps.length})`;
  const svg = renderMemorySvg(snapshot, { title, caption: index === last ? explainLeaks(snapshot, trace) : [] });
  await writeFile(values.out, svg);
  console.log(`${values.out}: 단계 ${index + 1} / ${trace.steps.length}, 스택 프레임 ${snapshot.frames.length}개, 힙 할당 ${snapshot.heap.length}개`);
  return 0;
}
