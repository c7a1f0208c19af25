// `heapbook conformance --book DIR …`: runs every listing crate with the real cargo (cached) and with the simulator,
// reports how many match, and with --baseline OLD.json what changed since then (exit 1 when something regressed).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { discoverCrates, type CrateUnit } from '../../conformance/discover.ts';
import { defaultCacheDir } from '../../conformance/truth-cache.ts';
import { groundTruth } from '../../conformance/truth-runner.ts';
import { truthJson, truthSummary } from '../../conformance/truth-summary.ts';

interface Args {
  book: string;
  chapter?: string;
  crate?: string;
  json?: string;
  baseline?: string;
  diff: boolean;
  truthOnly: boolean;
  cache: string;
  truthOut?: string;
  truthSummary?: string;
  jobs: number;
}

const USAGE = '사용법: heapbook conformance --book DIR [--chapter chNN] [--crate SUBPATH] [--json FILE] [--baseline OLD.json] [--diff] [--truth-only] [--cache DIR] [--truth-out FILE.json] [--truth-summary FILE.md] [--jobs N]';

function parseArgs(argv: string[]): Args | string {
  const a: Partial<Args> & { truthOnly: boolean; diff: boolean; jobs: number } = { truthOnly: false, diff: false, jobs: 2 };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const val = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${k} 뒤에 값이 필요합니다`);
      return v;
    };
    try {
      if (k === '--book') a.book = val();
      else if (k === '--chapter') a.chapter = val();
      else if (k === '--crate') a.crate = val();
      else if (k === '--json') a.json = val();
      else if (k === '--baseline') a.baseline = val();
      else if (k === '--cache') a.cache = val();
      else if (k === '--truth-out') a.truthOut = val();
      else if (k === '--truth-summary') a.truthSummary = val();
      else if (k === '--jobs') {
        a.jobs = Number(val());
        if (!Number.isInteger(a.jobs) || a.jobs < 1) return `--jobs 값이 올바르지 않습니다: ${argv[i]}`;
      } else if (k === '--truth-only') a.truthOnly = true;
      else if (k === '--diff') a.diff = true;
      else return `알 수 없는 옵션: ${k}\n${USAGE}`;
    } catch (e) {
      return (e as Error).message;
    }
  }
  if (!a.book) return USAGE;
  return { ...a, book: a.book, cache: a.cache ?? defaultCacheDir() } as Args;
}

function select(units: CrateUnit[], args: Args): CrateUnit[] {
  return units.filter((u) => (!args.chapter || u.chapter === args.chapter) && (!args.crate || u.path.includes(args.crate)));
}

function writeOut(file: string, text: string): void {
  mkdirSync(dirname(resolve(file)), { recursive: true });
  writeFileSync(file, text);
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(args);
    return 2;
  }
  const { units: all, problems } = discoverCrates(resolve(args.book));
  for (const p of problems) console.error(`${p.path}: error: ${p.message}`);
  const units = select(all, args);
  if (!units.length) {
    console.error(`크레이트가 없습니다: ${args.book}${args.chapter ? ` --chapter ${args.chapter}` : ''}${args.crate ? ` --crate ${args.crate}` : ''}`);
    return 2;
  }
  let truth;
  try {
    truth = await groundTruth(units, {
      cacheDir: args.cache,
      jobs: args.jobs,
      runTimeout: 20,
      buildTimeout: 300,
      // Cached results are instant: report only crates that really ran (and the last one, as a total).
      onResult: (rec, cached, done, total) => {
        if (!cached || done === total) process.stderr.write(`[${done}/${total}] ${rec.classification.padEnd(14)} ${cached ? '(cache) ' : `${rec.seconds.toFixed(1)}s `}${rec.path}\n`);
      },
    });
  } catch (e) {
    console.error(`heapbook conformance: 실제 cargo를 실행하지 못했습니다: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  if (args.truthOut) writeOut(args.truthOut, truthJson(units, truth));
  if (args.truthSummary) writeOut(args.truthSummary, truthSummary(units, truth));
  if (args.truthOnly) {
    process.stdout.write(truthSummary(units, truth));
    return 0;
  }
  const { compareAll } = await import('../../conformance/run-conformance.ts');
  return compareAll(units, truth, args);
}
