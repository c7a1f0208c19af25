// `heapbook bench` section: 100,000 operations per std collection in the simulator against a
// `rustc -C opt-level=0` binary of the same program (target: within 60×). Also `heapbook bench --collections`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runRust } from '../../sim/api.ts';
import { COLLECTION_BENCHES, COLLECTION_OPS } from '../../sim/bench/collections.ts';
import { renderTable, type Cell } from '../../sim/bench/table.ts';

/** The collections may be at most this many times slower than the debug binary. */
export const COLLECTION_TARGET = 60;

function best(f: () => void, repeat: number): number {
  let t = Infinity;
  for (let i = 0; i < repeat; i++) {
    const s = performance.now();
    f();
    t = Math.min(t, performance.now() - s);
  }
  return t;
}

/** Prints the table; returns how many benchmarks missed the target (0 when rustc is absent). */
export function benchCollections(): number {
  console.log(`\n# 컬렉션 (${COLLECTION_OPS.toLocaleString('en-US')}번 연산, 추적 끔) 대 rustc -C opt-level=0\n`);
  const hasRustc = spawnSync('rustc', ['--version'], { encoding: 'utf8' }).status === 0;
  const dir = mkdtempSync(join(tmpdir(), 'heapbook-bench-coll-'));
  const rows: Cell[][] = [];
  let missed = 0;
  try {
    COLLECTION_BENCHES.forEach((b, i) => {
      const first = runRust(b.source);
      const problem = first.diagnostics.find((d) => d.severity === 'error');
      const sim = problem ? null : best(() => runRust(b.source), 3);
      let native: number | null = null;
      let same: string = '—';
      if (hasRustc) {
        const src = join(dir, `b${i}.rs`), bin = join(dir, `b${i}`);
        writeFileSync(src, b.source);
        execFileSync('rustc', ['-C', 'opt-level=0', '-o', bin, src], { stdio: 'ignore' });
        const out = execFileSync(bin, { encoding: 'utf8' });
        same = out === first.stdout ? '같음' : '다름';
        native = best(() => execFileSync(bin, { stdio: 'ignore' }), 5);
      }
      const ratio = sim !== null && native ? sim / native : null;
      if (ratio !== null && ratio > COLLECTION_TARGET) missed++;
      if (problem) missed++;
      rows.push([b.name, sim, native, ratio, problem ? `시뮬레이터 오류: ${problem.message}` : same]);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(renderTable(['프로그램', '시뮬레이터 (ms)', 'rustc -O0 (ms)', '배', '출력'], rows));
  console.log(`\n목표: ${COLLECTION_TARGET}배 이하 (네이티브 시간은 프로세스 시작 포함)${missed ? ` — ${missed}개 미달` : ''}`);
  return missed;
}
