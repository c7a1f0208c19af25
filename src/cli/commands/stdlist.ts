// `heapbook stdlist` (`npm run stdlist`): regenerates the std coverage list from the toolchain's rustdoc
// HTML (src/stdlist/std-list.json) and the coverage report from the test/std goldens (src/stdlist/COVERAGE.md).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runRust } from '../../sim/api.ts';
import { recordUsage, registeredMethods } from '../../sim/std/method-table.ts';
import { STD_FN_NAMES } from '../../sim/std/calls.ts';
import { buildList, type StdList } from '../../stdlist/list.ts';
import { arityModule } from '../../stdlist/arity.ts';
import { coverage, coverageMarkdown, type Evidence } from '../../stdlist/coverage.ts';

function docsDir(argv: string[]): string | null {
  const i = argv.indexOf('--docs');
  if (i >= 0) return argv[i + 1] ?? null;
  const r = spawnSync('rustc', ['--print', 'sysroot'], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  const dir = join(r.stdout.trim(), 'share', 'doc', 'rust', 'html', 'std');
  return existsSync(dir) ? dir : null;
}

export async function run(argv: string[]): Promise<number> {
  const root = process.cwd();
  const listFile = join(root, 'src', 'stdlist', 'std-list.json');
  const docs = docsDir(argv);
  let list: StdList;
  if (docs) {
    const version = spawnSync('rustc', ['--version'], { encoding: 'utf8' }).stdout.trim() || 'rustc';
    list = buildList((p) => readFileSync(join(docs, p), 'utf8'), `the rustdoc HTML of ${version.split(' (')[0]} (share/doc/rust/html/std)`);
    writeFileSync(listFile, JSON.stringify(list, null, 1) + '\n');
    console.log(`목록: ${listFile} (${list.groups.reduce((n, g) => n + g.items.length, 0)}개 항목, 문서: ${docs})`);
  } else {
    if (!existsSync(listFile)) { console.error('stdlist: 러스트 문서도 std-list.json도 없습니다'); return 1; }
    list = JSON.parse(readFileSync(listFile, 'utf8'));
    console.log(`러스트 문서 없음: 커밋된 ${listFile}을 씁니다`);
  }

  const arityFile = join(root, 'src', 'sim', 'check', 'types', 'std-method-params.ts');
  writeFileSync(arityFile, arityModule(list));
  console.log(`메서드 인자 표: ${arityFile}`);

  const progRoot = join(root, 'test', 'std');
  const ev: Evidence = { used: new Set(), sources: [], tables: registeredMethods(), fns: STD_FN_NAMES };
  let passing = 0;
  for (const name of readdirSync(progRoot).sort()) {
    const dir = join(progRoot, name);
    if (!existsSync(join(dir, 'main.rs'))) continue;
    const source = readFileSync(join(dir, 'main.rs'), 'utf8');
    const used = new Set<string>();
    recordUsage(used);
    let r;
    try { r = runRust(source); } finally { recordUsage(null); }
    const same = r.stdout === readFileSync(join(dir, 'stdout'), 'utf8') && r.stderr === readFileSync(join(dir, 'stderr'), 'utf8') && String(r.exitCode) === readFileSync(join(dir, 'exit_code'), 'utf8').trim();
    if (!same) { console.log(`골든과 다름 (제외): test/std/${name}`); continue; }
    passing++;
    for (const k of used) ev.used.add(k);
    ev.sources.push(source);
  }
  const rows = coverage(list, ev);
  const report = join(root, 'src', 'stdlist', 'COVERAGE.md');
  writeFileSync(report, coverageMarkdown(list, rows, passing) + '\n');
  for (const r of rows) console.log(`${r.group.padEnd(10)} ${String(r.tested).padStart(4)} / ${String(r.listed).padEnd(4)} tested, ${r.implemented} implemented`);
  const t = rows.reduce((a, r) => [a[0] + r.tested, a[1] + r.listed], [0, 0]);
  console.log(`합계: ${t[0]} / ${t[1]} (${((100 * t[0]) / t[1]).toFixed(1)}%) — ${report}`);
  return 0;
}
