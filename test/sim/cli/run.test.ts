// `heapbook run`: a crate directory prints the program's own output on the same streams and exits with
// its exit code (101 for this panic); simulator diagnostics print as `src/main.rs:L:C: error: …`, exit 2.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TRACE_VERSION } from '../../../src/sim/trace/schema.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const cli = (...args: string[]) => spawnSync(process.execPath, [join(root, 'src/cli/heapbook.mjs'), 'run', ...args], { cwd: root, encoding: 'utf8' });

describe('heapbook run', () => {
  it('runs a crate like cargo run and writes the trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'heapbook-run-'));
    try {
      const out = join(dir, 'trace.json');
      const r = cli(join(fixtures, 'crate'), '--trace', out);
      expect(r.stdout).toBe('sum = 6\n');
      expect(r.stderr).toContain('to stderr\n');
      expect(r.stderr).toContain("panicked at src/main.rs:6:21:\nindex out of bounds: the len is 3 but the index is 3\n");
      expect(r.status).toBe(101);
      expect(existsSync(out)).toBe(true);
      const trace = JSON.parse(readFileSync(out, 'utf8'));
      expect(trace.version).toBe(TRACE_VERSION);
      expect(trace.outcome.kind).toBe('panic');
      expect(trace.steps.some((s: { event: string }) => s.event === 'panic')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('prints diagnostics with file:line:col and exits 2', () => {
    const r = cli(join(fixtures, 'unsupported.rs'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unsupported\.rs:2:13: error: 지원하지 않는 기능: 함수 `std::net::TcpListener::bind`/);
  }, 60_000);

  it('stops an endless loop at --max-steps', () => {
    const r = cli(join(fixtures, 'crate', '..', 'unsupported.rs').replace('unsupported.rs', 'loop.rs'), '--max-steps', '1000');
    expect(r.status).toBe(2);
  }, 60_000);
});
