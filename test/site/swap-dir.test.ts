// Output swap: the new folder replaces the old one whole; temp folders sit beside the target and vanish.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { swapInto, tempDirBeside } from '../../src/cli/build/swap-dir.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'heapbook-swap-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('tempDirBeside', () => {
  it('creates an empty hidden folder next to the target, creating missing parents', async () => {
    const target = join(root, 'site', 'dist');
    const tmp = await tempDirBeside(target);
    expect(dirname(tmp)).toBe(join(root, 'site'));
    expect(basename(tmp)).toMatch(/^\.heapbook-tmp-dist-/);
    expect(await readdir(tmp)).toEqual([]);
  });
});

describe('swapInto', () => {
  it('replaces an existing output entirely and leaves no temp folders', async () => {
    const target = join(root, 'dist');
    await mkdir(target);
    await writeFile(join(target, 'old.html'), 'old');
    const fresh = await tempDirBeside(target);
    await writeFile(join(fresh, 'index.html'), 'new');
    await swapInto(fresh, target);
    expect(await readdir(target)).toEqual(['index.html']);
    expect(await readFile(join(target, 'index.html'), 'utf8')).toBe('new');
    expect(await readdir(root)).toEqual(['dist']);
  });

  it('moves the new output into place when there was none', async () => {
    const target = join(root, 'dist');
    const fresh = await tempDirBeside(target);
    await writeFile(join(fresh, 'index.html'), 'new');
    await swapInto(fresh, target);
    expect(await readdir(root)).toEqual(['dist']);
  });

  it('puts the old output back when the new one cannot be moved in', async () => {
    const target = join(root, 'dist');
    await mkdir(target);
    await writeFile(join(target, 'old.html'), 'old');
    await expect(swapInto(join(root, 'missing'), target)).rejects.toThrow();
    expect(await readFile(join(target, 'old.html'), 'utf8')).toBe('old');
    expect(await readdir(root)).toEqual(['dist']);
  });
});
