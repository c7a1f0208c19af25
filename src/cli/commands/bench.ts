// `heapbook bench`: simulator speed on the golden corpus and the book's listings (trace off and on),
// trace bytes per step, naive fib against `rustc -C opt-level=0` (./bench-fib.ts; `--fib` alone), traced long lists (trace cost linear in
// the steps), and book build times (`--no-build` skips).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runRust } from '../../sim/api.ts';
import { checkSource } from '../../sim/check/index.ts';
import { boxListSource, rcListSource } from '../../sim/bench/programs.ts';
import { renderTable, type Cell } from '../../sim/bench/table.ts';
import { BUILD_BENCH_HEADER, benchBuilds } from '../build/bench-build.ts';
import { benchCollections } from './bench-collections.ts';
import { benchFib, FIB_TARGET_RATIO } from './bench-fib.ts';

function listings(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) {
      if (existsSync(join(p, 'src', 'main.rs'))) out.push(join(p, 'src', 'main.rs'));
      else out.push(...listings(p));
    }
  }
  return out.sort();
}

function time(f: () => void, repeat = 5): number {
  f(); // warm-up
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    const t = performance.now();
    f();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

function benchFile(file: string, withTraceSize: boolean): Cell[] {
  const source = readFileSync(file, 'utf8');
  const off = time(() => runRust(source));
  const on = time(() => runRust(source, { trace: true }));
  const traced = runRust(source, { trace: true });
  const steps = traced.trace?.totalSteps ?? 0;
  const bytes = traced.trace ? JSON.stringify(traced.trace).length : 0;
  return [relative(process.cwd(), file), steps, off, on, withTraceSize && steps ? bytes / Math.max(1, traced.trace!.steps.length) : null];
}

/** Long Box / Rc lists traced in-process: the target is a 10,000-node Box list built and dropped in ≤ 1 s,
 *  with trace bytes per step the same whatever the list's length. */
function benchLongLists(): void {
  console.log('\n# 긴 목록 추적 (기록 비용은 바뀐 만큼)\n');
  const programs: Array<[string, string, number]> = [
    ['Box 목록 10,000개 (만들고 드롭)', boxListSource(10_000), 3],
    ['Rc 목록 1,000개', rcListSource(1_000), 3],
    ['Rc 목록 65,535개', rcListSource(65_535), 1],
  ];
  console.log(renderTable(['프로그램', '기록 단계 / 실행 단계', '추적 켬 (ms)', '추적 바이트', '단계당 추적 바이트'], programs.map(([name, source, repeat]): Cell[] => {
    const ms = time(() => runRust(source, { trace: true }), repeat);
    const t = runRust(source, { trace: true }).trace!;
    const bytes = JSON.stringify(t).length;
    return [name, `${t.steps.length.toLocaleString('en-US')} / ${t.totalSteps.toLocaleString('en-US')}${t.truncated ? ' (한도)' : ''}`, ms, bytes, Math.round(bytes / Math.max(1, t.steps.length))];
  })));
}

/** The checker alone (no run) on the repo's largest listings: the target is ≤ 20 ms each. */
function benchChecker(root: string, book: string[]): void {
  console.log('\n# 검사기 (rustc 앞단: 이름 → 구조 → 타입 → 대여), 가장 큰 예제\n');
  const corpusDir = join(root, 'test', 'programs');
  const candidates = [
    ...book,
    ...(existsSync(corpusDir) ? readdirSync(corpusDir).map((d) => join(corpusDir, d, 'main.rs')).filter((f) => existsSync(f)) : []),
    // Crate goldens' binaries (test/programs/crates/*/src/main.rs) hold the repo's largest listings.
    ...listings(join(corpusDir, 'crates')),
  ];
  const largest = candidates.sort((a, b) => statSync(b).size - statSync(a).size).slice(0, 3);
  console.log(renderTable(['예제', '줄', '검사 (ms)', '목표 (ms)'], largest.map((f): Cell[] => {
    const source = readFileSync(f, 'utf8');
    const ms = time(() => checkSource(source), 10);
    return [relative(root, f), source.split('\n').length, ms, 20];
  })));
}

export async function run(argv: string[]): Promise<number> {
  const root = process.cwd();
  const quick = argv.includes('--quick');
  if (argv.includes('--collections')) return benchCollections() ? 1 : 0;
  if (argv.includes('--fib')) {
    const r = await benchFib(quick);
    return r !== null && r > FIB_TARGET_RATIO ? 1 : 0;
  }
  if (argv.includes('--lists')) {
    benchLongLists();
    return 0;
  }
  if (argv.includes('--checker')) {
    benchChecker(root, listings(join(root, 'content', 'listings')));
    return 0;
  }
  const header = ['프로그램', '단계', '추적 끔 (ms)', '추적 켬 (ms)', '단계당 추적 바이트'];

  await benchFib(quick);

  benchCollections();
  benchLongLists();

  const book = listings(join(root, 'content', 'listings'));
  console.log('\n# 책 예제 (content/listings)\n');
  console.log(renderTable(header, book.map((f) => benchFile(f, true))));

  if (!quick) {
    const corpusDir = join(root, 'test', 'programs');
    const corpus = existsSync(corpusDir)
      ? readdirSync(corpusDir).filter((d) => existsSync(join(corpusDir, d, 'main.rs'))).sort().map((d) => join(corpusDir, d, 'main.rs'))
      : [];
    console.log('\n# 골든 프로그램 (test/programs)\n');
    console.log(renderTable(header, corpus.map((f) => benchFile(f, false))));
  }

  benchChecker(root, book);

  if (!argv.includes('--no-build')) {
    console.log('\n# 책 빌드 (불러오기 + 예제 미리 실행 + Astro + Pagefind)\n');
    console.log(renderTable(BUILD_BENCH_HEADER, await benchBuilds(join(root, 'content'), 100)));
  }

  return 0;
}
