import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { crateFiles, discoverCrates } from '../../src/conformance/discover.ts';
import { readManifest } from '../../src/conformance/manifest.ts';
import { FIXTURE_BOOK } from './truth-fixture.ts';

describe('discoverCrates', () => {
  const { units, problems } = discoverCrates(FIXTURE_BOOK);
  const byName = (n: string) => units.find((u) => u.path.endsWith(`/${n}`))!;

  it('finds standalone crates and workspace roots, not workspace members', () => {
    expect(problems).toEqual([]);
    expect(units.map((u) => u.path)).toEqual(
      ['dice', 'divide', 'echoargs', 'greet', 'moved', 'shapes', 'tools'].map((n) => `listings/ch01-demo/${n}`).concat(units.filter((u) => u.chapter !== 'ch01').map((u) => u.path)),
    );
    expect(units.every((u) => !u.path.includes('/tools/'))).toBe(true);
    expect(byName('greet').chapter).toBe('ch01');
  });

  it('takes the command from output.txt, else cargo run for a binary and cargo build for a library', () => {
    expect(byName('echoargs')).toMatchObject({ commandSource: 'output.txt', command: { text: 'LOUD=1 cargo run -- one two' } });
    expect(byName('divide')).toMatchObject({ commandSource: 'default-run', command: { text: 'cargo run' } });
    expect(byName('shapes')).toMatchObject({ commandSource: 'default-build', command: { text: 'cargo build' } });
    expect(byName('tools')).toMatchObject({ commandSource: 'default-run', command: { text: 'cargo run -p app', cargoArgs: ['-p', 'app'] } });
  });

  it('copies a crate with its path dependencies outside its folder from their common folder', () => {
    const user = units.find((u) => u.path === 'listings/ch03-siblings/pair/user')!;
    expect(user.copyRoot).toBe(join(FIXTURE_BOOK, 'listings/ch03-siblings/pair'));
    expect(user.crateSubdir).toBe('user');
    expect(byName('greet')).toMatchObject({ copyRoot: join(FIXTURE_BOOK, 'listings/ch01-demo/greet'), crateSubdir: '' });
    expect(byName('tools').copyRoot).toBe(join(FIXTURE_BOOK, 'listings/ch01-demo/tools'));
  });

  it('collects registry dependencies (also of workspace members), not path ones', () => {
    expect(byName('dice').registryDeps).toEqual(['rand']);
    expect(byName('tools').registryDeps).toEqual([]);
  });

  it('reports an unreadable manifest with its path and a missing listings folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hb-discover-'));
    try {
      mkdirSync(join(dir, 'listings', 'ch09-bad', 'broken'), { recursive: true });
      writeFileSync(join(dir, 'listings', 'ch09-bad', 'broken', 'Cargo.toml'), '[package\nname = 1\n');
      const r = discoverCrates(dir);
      expect(r.units).toEqual([]);
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0].path).toBe('listings/ch09-bad/broken/Cargo.toml');
      expect(discoverCrates(join(dir, 'nope')).problems[0].message).toMatch(/listings/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists a crate\'s files without target/', () => {
    expect(crateFiles(join(FIXTURE_BOOK, 'listings/ch01-demo/tools'))).toEqual(['Cargo.toml', 'app/Cargo.toml', 'app/src/main.rs', 'util/Cargo.toml', 'util/src/lib.rs']);
  });
});

describe('readManifest', () => {
  it('reads workspace members, [[bin]] names and dev-dependencies', () => {
    const m = readManifest('[package]\nname = "p"\n[[bin]]\nname = "tool"\npath = "src/tool.rs"\n[dev-dependencies]\nlocal = { path = "../l" }\nquick = "1"\n');
    expect(m).toMatchObject({ packageName: 'p', binNames: ['tool'], registryDeps: ['quick'], isWorkspace: false });
    expect(readManifest('[workspace]\nmembers = ["a", "b"]\n')).toMatchObject({ isWorkspace: true, workspaceMembers: ['a', 'b'], packageName: null });
    expect(typeof readManifest('[package')).toBe('string');
  });
});
