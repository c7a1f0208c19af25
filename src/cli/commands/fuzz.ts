// `heapbook fuzz` (`npm run fuzz -- --count N --seed S [--steps N] [--save DIR] [--slowest N]`): token-level mutants
// of the golden programs, run in a worker with a time limit; prints counts by outcome, the internal errors and hangs
// and, with --slowest, the mutants that took longest (the ones closest to the hang limit).
import { Worker } from 'node:worker_threads';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mutate, rng, type Mutant } from '../../fuzz/mutate.ts';
import { OUTCOMES, type FuzzOutcome } from '../../fuzz/classify.ts';

const HANG_MS = 10_000;

function corpus(root: string): Array<{ name: string; source: string }> {
  const out: Array<{ name: string; source: string }> = [];
  for (const dir of ['test/programs', 'test/std']) {
    const base = join(root, dir);
    if (!existsSync(base)) continue;
    for (const d of readdirSync(base).sort()) if (existsSync(join(base, d, 'main.rs'))) out.push({ name: `${dir}/${d}`, source: readFileSync(join(base, d, 'main.rs'), 'utf8') });
  }
  return out;
}

function flag(argv: string[], name: string, dflt: number): number {
  const i = argv.indexOf(name);
  const v = i >= 0 ? Number(argv[i + 1]) : dflt;
  return Number.isFinite(v) ? v : dflt;
}

export async function run(argv: string[]): Promise<number> {
  const count = flag(argv, '--count', 1000), seed = flag(argv, '--seed', 1), maxSteps = flag(argv, '--steps', 200_000);
  const saveAt = argv.indexOf('--save');
  const saveDir = saveAt >= 0 ? argv[saveAt + 1] : null;
  const programs = corpus(process.cwd());
  if (!programs.length) { console.error('fuzz: 골든 프로그램이 없습니다'); return 1; }
  const rand = rng(seed);
  const mutants: Array<Mutant & { from: string }> = [];
  while (mutants.length < count) {
    const p = programs[Math.floor(rand() * programs.length)];
    const m = mutate(p.source, rand);
    if (m && m.source !== p.source) mutants.push({ ...m, from: p.name });
  }

  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<FuzzOutcome, number>;
  const internal = new Map<string, Array<{ index: number; from: string; what: string }>>();
  const diagKinds = new Map<string, number>();
  let worker: Worker | null = null;
  // A new worker loads the simulator first (seconds on a busy machine): the hang timer starts once it is ready.
  const start = (): Promise<Worker> => new Promise((resolve, reject) => {
    const w = new Worker(new URL('../../fuzz/worker-entry.mjs', import.meta.url));
    w.once('error', reject);
    w.once('message', () => { w.off('error', reject); resolve(w); });
  });
  const runOne = async (index: number): Promise<{ outcome: FuzzOutcome; message: string; ms?: number }> => {
    let w: Worker;
    try {
      w = worker ??= await start();
    } catch (e) {
      return { outcome: 'internal', message: `worker: ${e instanceof Error ? e.message : String(e)}` };
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => { void w.terminate(); worker = null; resolve({ outcome: 'hang', message: `${HANG_MS / 1000}초 넘게 응답 없음` }); }, HANG_MS);
      const onError = (e: Error) => { clearTimeout(timer); worker = null; resolve({ outcome: 'internal', message: `worker: ${e.message}` }); };
      w.once('error', onError);
      w.once('message', (r: { outcome: FuzzOutcome; message: string; ms: number }) => { clearTimeout(timer); w.off('error', onError); resolve(r); });
      w.postMessage({ index, source: mutants[index].source, maxSteps });
    });
  };

  const slowN = flag(argv, '--slowest', 0);
  const slowest: Array<{ index: number; ms: number; outcome: FuzzOutcome }> = [];
  const t0 = performance.now();
  for (let i = 0; i < mutants.length; i++) {
    const r = await runOne(i);
    counts[r.outcome]++;
    if (slowN > 0 && r.ms !== undefined) {
      slowest.push({ index: i, ms: r.ms, outcome: r.outcome });
      slowest.sort((a, b) => b.ms - a.ms);
      slowest.length = Math.min(slowest.length, slowN);
    }
    if (r.outcome === 'internal' || r.outcome === 'hang') {
      const key = r.message.replace(/\d+/g, 'N').slice(0, 160);
      if (!internal.has(key)) internal.set(key, []);
      internal.get(key)!.push({ index: i, from: mutants[i].from, what: mutants[i].what });
      if (saveDir) { mkdirSync(saveDir, { recursive: true }); writeFileSync(join(saveDir, `mutant-${seed}-${i}.rs`), `// ${mutants[i].from}: ${mutants[i].what}\n// ${r.message}\n${mutants[i].source}`); }
    }
    if (r.outcome === 'diagnostic') { const k = r.message.replace(/`[^`]*`/g, '`…`').replace(/\d+/g, 'N').slice(0, 80); diagKinds.set(k, (diagKinds.get(k) ?? 0) + 1); }
    if ((i + 1) % 1000 === 0) console.error(`… ${i + 1}/${mutants.length}`);
  }
  await (worker as Worker | null)?.terminate();

  console.log(`# fuzz: 변이 ${mutants.length}개 (seed ${seed}, 골든 ${programs.length}개, 단계 한도 ${maxSteps.toLocaleString('en-US')}, ${((performance.now() - t0) / 1000).toFixed(1)}초)\n`);
  for (const o of OUTCOMES) console.log(`${o.padEnd(11)} ${counts[o]}`);
  if (internal.size) {
    console.log('\n## 내부 오류 / 멈춤 (종류별)\n');
    for (const [msg, xs] of [...internal].sort((a, b) => b[1].length - a[1].length)) {
      console.log(`${xs.length}× ${msg}`);
      for (const x of xs.slice(0, 3)) console.log(`    #${x.index} ${x.from}: ${x.what}`);
    }
  }
  if (slowest.length) {
    console.log('\n## 가장 오래 걸린 변이\n');
    for (const x of slowest) console.log(`${(x.ms / 1000).toFixed(2).padStart(6)}초 ${x.outcome.padEnd(10)} #${x.index} ${mutants[x.index].from}: ${mutants[x.index].what}`);
  }
  if (argv.includes('--diagnostics')) {
    console.log('\n## 진단 (종류별)\n');
    for (const [k, c] of [...diagKinds].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${String(c).padStart(5)} ${k}`);
  }
  return counts.internal + counts.hang > 0 ? 1 : 0;
}
