// Regenerates fixtures/format-errors.json: rustc's first error line for each format! call in error-cases.ts.
// Run: `npx tsx test/sim/format/gen-error-fixtures.ts` (needs rustc).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rustStrLit } from './cases.ts';
import { ERROR_CASES } from './error-cases.ts';

const dir = '/tmp/heapbook-fmt-errors';
mkdirSync(dir, { recursive: true });
const rows: Array<[string, string]> = [];
for (const c of ERROR_CASES) {
  const args = [rustStrLit(c.fmt), ...c.args, ...(c.named ?? []).map((n) => `${n} = 0`)].join(', ');
  writeFileSync(`${dir}/m.rs`, `fn main() {\n    let _ = format!(${args});\n}\n`);
  const r = spawnSync('rustc', ['--edition', '2021', '-o', `${dir}/m`, `${dir}/m.rs`], { encoding: 'utf8' });
  const first = r.stderr.split('\n').find((l) => l.startsWith('error'));
  if (r.status === 0 || first === undefined) throw new Error(`rustc accepted ${c.fmt}`);
  rows.push([c.fmt, first.replace(/^error(\[E\d+\])?: /, '')]);
}
const target = fileURLToPath(new URL('./fixtures/format-errors.json', import.meta.url));
writeFileSync(target, JSON.stringify(rows, null, 1) + '\n');
console.log(`wrote ${rows.length} errors to ${target}`);
