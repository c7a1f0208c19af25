// Regenerates fixtures/panics.json: compiles and runs every program in panic-cases.ts with rustc (no backtrace).
// Run: `npx tsx test/sim/format/gen-panic-fixtures.ts`; the thread id in "thread 'main' (N)" is normalised to 1.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PANIC_CASES } from './panic-cases.ts';

const root = '/tmp/heapbook-panic-gen';
const env = { ...process.env };
delete env.RUST_BACKTRACE;
delete env.RUST_LIB_BACKTRACE;
const out: Record<string, { stdout: string; stderr: string; exitCode: number }> = {};
for (const c of PANIC_CASES) {
  const dir = `${root}/${c.name}`;
  mkdirSync(`${dir}/src`, { recursive: true });
  writeFileSync(`${dir}/src/main.rs`, c.src);
  execFileSync('rustc', ['--edition', '2021', '--cap-lints', 'allow', '-o', 'prog', 'src/main.rs'], { cwd: dir, stdio: 'inherit' });
  const r = spawnSync('./prog', { cwd: dir, env, encoding: 'utf8' });
  const exitCode = r.status ?? (r.signal === 'SIGABRT' ? 134 : -1);
  const stderr = r.stderr.replace(/thread 'main' \(\d+\)/g, "thread 'main' (1)");
  out[c.name] = { stdout: r.stdout, stderr, exitCode };
}
const target = fileURLToPath(new URL('./fixtures/panics.json', import.meta.url));
writeFileSync(target, JSON.stringify(out, null, 2) + '\n');
console.log(`wrote ${Object.keys(out).length} programs to ${target}`);
