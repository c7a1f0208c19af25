// Crate corpus: every test/programs/crates/<crate>.cases line (`case: $ cargo run|test …`) runs in the simulator
// and must reproduce the goldens real cargo wrote (regen.sh beside them): stdout, stderr, exit code.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCrate, testCrate } from '../../../src/sim/api.ts';
import { parseRunLine } from '../../../src/book/run-config.ts';
import { readCrateFolder } from '../../../src/cli/commands/run.ts';

const root = fileURLToPath(new URL('../../programs/crates/', import.meta.url));
const crates = readdirSync(root).filter((f) => f.endsWith('.cases')).map((f) => f.slice(0, -'.cases'.length)).sort();

describe('crate corpus', () => {
  it('has crates', () => expect(crates.length).toBeGreaterThan(0));
  for (const crate of crates) {
    const files = readCrateFolder(join(root, crate));
    const cases = readFileSync(join(root, crate + '.cases'), 'utf8').split('\n').filter(Boolean);
    for (const line of cases) {
      const name = line.slice(0, line.indexOf(':'));
      it(`${crate}/${name}: ${line.slice(name.length + 2)}`, () => {
        const cfg = parseRunLine(line.slice(name.length + 2));
        expect(cfg).not.toBeNull();
        const golden = join(root, crate + '.golden', name);
        const stdin = existsSync(golden + '.stdin') ? readFileSync(golden + '.stdin', 'utf8') : '';
        const r = cfg!.mode === 'test'
          ? testCrate({ files, package: cfg!.package, env: cfg!.env, stdin, filter: cfg!.filter, harnessArgs: cfg!.args, testTarget: cfg!.testTarget })
          : runCrate({ files, package: cfg!.package, env: cfg!.env, stdin, args: cfg!.args });
        expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(r.stdout).toBe(readFileSync(golden + '.stdout', 'utf8'));
        expect(r.stderr).toBe(readFileSync(golden + '.stderr', 'utf8'));
        expect(r.exitCode).toBe(Number(readFileSync(golden + '.exit_code', 'utf8').trim()));
      });
    }
  }
});
