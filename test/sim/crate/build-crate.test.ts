// buildCrate (`cargo build`): the checker alone on a package's targets, against goldens real cargo wrote
// (test/sim/crate/build/regen.sh): an accepted crate is built, a rejected one gives cargo's exact text.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCrate } from '../../../src/sim/api.ts';
import { readCrateFolder } from '../../../src/book/listings/crate-folder.ts';

const root = fileURLToPath(new URL('./build/', import.meta.url));
const golden = (crate: string) => ({
  stderr: readFileSync(join(root, crate + '.stderr'), 'utf8'),
  exitCode: Number(readFileSync(join(root, crate + '.exit_code'), 'utf8').trim()),
});
const build = (crate: string) => buildCrate({ files: readCrateFolder(join(root, crate)) });

describe('buildCrate', () => {
  it('a library rustc accepts is built, and nothing runs', () => {
    expect(golden('tally')).toEqual({ stderr: '', exitCode: 0 });
    expect(build('tally')).toEqual({ outcome: 'built', exitCode: 0, stderr: '', diagnostics: [] });
  });

  it('a library rustc rejects prints cargo\'s text naming the (lib) target', () => {
    const r = build('spent');
    expect(r.outcome).toBe('compile-error');
    expect({ stderr: r.stderr, exitCode: r.exitCode }).toEqual(golden('spent'));
    expect(r.compileDiagnostics?.[0]).toMatchObject({ code: 'E0382' });
  });

  it('a binary rustc rejects names the (bin "NAME") target', () => {
    const r = build('spent-bin');
    expect({ stderr: r.stderr, exitCode: r.exitCode }).toEqual(golden('spent-bin'));
  });

  it('a crate of several files rustc accepts is built, checked in its own files', () => {
    expect(golden('split').exitCode).toBe(0);
    expect(build('split')).toEqual({ outcome: 'built', exitCode: 0, stderr: '', diagnostics: [] });
  });

  it('a crate of several files rustc rejects prints cargo\'s text pointing into the module file', () => {
    const r = build('split-bad');
    expect({ stderr: r.stderr, exitCode: r.exitCode }).toEqual(golden('split-bad'));
    expect(r.compileDiagnostics?.[0]).toMatchObject({ code: 'E0382' });
  });

  it('a folder without a manifest is the simulator\'s error naming Cargo.toml', () => {
    const r = buildCrate({ files: { 'src/lib.rs': 'pub fn f() {}\n' } });
    expect(r).toMatchObject({ outcome: 'error', exitCode: 2 });
    expect(r.diagnostics[0].file).toBe('Cargo.toml');
  });
});
