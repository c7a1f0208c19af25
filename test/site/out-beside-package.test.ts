// `--out` anywhere on disk: a folder beside the package whose path merely starts with the package's path as text
// ('/x/heapbook-site…' next to '/x/heapbook') builds like any other (Astro's own prefix test would break it).
import { afterAll, describe, expect, it } from 'vitest';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSite } from '../../src/cli/build/build-site.ts';
import { PACKAGE_ROOT, astroMisplacesChunks, isInsideDir } from '../../src/cli/build/astro-build.ts';
import { FIXTURE_BOOK_DIR, loadFixtureBook } from './fixture-book.ts';

const sibling = `${PACKAGE_ROOT}-site-test-${process.pid}`;

afterAll(async () => {
  await rm(sibling, { recursive: true, force: true });
});

describe('output folder beside the package', () => {
  it('tells inside from merely sharing a text prefix', () => {
    expect(isInsideDir('/a/heapbook/dist', '/a/heapbook')).toBe(true);
    expect(isInsideDir('/a/heapbook', '/a/heapbook')).toBe(true);
    expect(isInsideDir('/a/heapbook-site', '/a/heapbook')).toBe(false);
    expect(astroMisplacesChunks('/a/heapbook-site/out', '/a/heapbook')).toBe(true);
    expect(astroMisplacesChunks('/a/heapbook/dist', '/a/heapbook')).toBe(false);
    expect(astroMisplacesChunks('/b/site', '/a/heapbook')).toBe(false);
  });

  it('builds into <package>-site-test-N/site', async () => {
    const out = join(sibling, 'site');
    const summary = await buildSite({ bookDir: FIXTURE_BOOK_DIR, outDir: out, load: loadFixtureBook });
    expect(summary.pages).toBe(3);
    const files = await readdir(out);
    expect(files).toContain('index.html');
    expect(files).toContain('ch15-01-box.html');
    expect(files.some((f) => f.endsWith('.mjs'))).toBe(false);
    expect(await readFile(join(out, 'ch15-01-box.html'), 'utf8')).toContain('<html lang="ko"');
    expect((await readdir(sibling)).filter((f) => f.startsWith('.heapbook-tmp'))).toEqual([]);
  }, 240_000);
});
