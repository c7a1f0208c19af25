// `heapbook run DIR -- ARGS` / `--env` / stdin and `heapbook test DIR [FILTER]` on the crate corpus
// (test/programs/crates): the same output and exit codes as the cargo goldens beside them.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const crates = join(root, 'test/programs/crates');
const cli = (args: string[], input = '') => spawnSync(process.execPath, [join(root, 'src/cli/heapbook.mjs'), ...args], { cwd: root, encoding: 'utf8', input });
const golden = (name: string) => readFileSync(join(crates, name), 'utf8');

describe('heapbook run on a crate', () => {
  it('passes arguments after -- and stdin', () => {
    const r = cli(['run', join(crates, 'world'), '--', 'stdin'], golden('world.golden/stdin.stdin'));
    expect([r.stdout, r.stderr, r.status]).toEqual([golden('world.golden/stdin.stdout'), '', 0]);
  }, 60_000);
  it('sets environment variables with --env', () => {
    const r = cli(['run', join(crates, 'world'), '--env', 'HB_FLAG=on', '--', 'none']);
    expect([r.stdout, r.status]).toEqual([golden('world.golden/env.stdout'), 0]);
  }, 60_000);
  it('runs a workspace package with -p and exits like process::exit', () => {
    const r = cli(['run', join(crates, 'shop'), '-p', 'till', '--', '100', '250']);
    expect([r.stdout, r.status]).toEqual([golden('shop.golden/till.stdout'), 0]);
    const e = cli(['run', join(crates, 'world'), '--', 'exit']);
    expect([e.stdout, e.stderr, e.status]).toEqual([golden('world.golden/exit.stdout'), golden('world.golden/exit.stderr'), 3]);
  }, 60_000);
  it('names the packages when -p is wrong', () => {
    const r = cli(['run', join(crates, 'shop'), '-p', 'nope']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('패키지 `nope`이 없습니다 (till, prices)');
  }, 60_000);
});

describe('heapbook test', () => {
  it('prints libtest output and exits 101 on a failing test', () => {
    const r = cli(['test', join(crates, 'checks')]);
    expect([r.stdout, r.stderr, r.status]).toEqual([golden('checks.golden/all.stdout'), golden('checks.golden/all.stderr'), 101]);
  }, 60_000);
  it('takes a filter and harness arguments', () => {
    const r = cli(['test', join(crates, 'checks'), 'fails', '--', '--show-output']);
    expect([r.stdout, r.status]).toEqual([golden('checks.golden/show.stdout'), 0]);
  }, 60_000);
  it('rejects a folder without Cargo.toml', () => {
    const r = cli(['test', join(crates, 'shop/till/src')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Cargo.toml이 없습니다');
  }, 60_000);
});
