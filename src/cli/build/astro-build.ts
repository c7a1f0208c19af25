// Runs Astro's programmatic build of this package's site into a given folder.
// The project root is the package itself, not the cwd, so `heapbook build` works from any directory.
import { fileURLToPath } from 'node:url';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { build } from 'astro';
import { withBuildLock } from './build-lock.ts';

/** The heapbook package folder (holds astro.config.mjs and src/pages). */
export const PACKAGE_ROOT = resolve(fileURLToPath(new URL('../../../', import.meta.url)));

/** True when `dir` is `root` or inside it, by path segments (not by text: '/a/book-site' is not in '/a/book'). */
export function isInsideDir(dir: string, root: string): boolean {
  const rel = relative(root, dir);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Astro decides where its prerender chunks go with a text prefix test (`outDir.startsWith(cwd)`), so an outDir
 * beside the package whose path merely starts with the package's ('/a/heapbook-site' next to '/a/heapbook') gets
 * chunks that cannot import the package's dependencies. Such a folder is built elsewhere and copied over.
 */
export function astroMisplacesChunks(outDir: string, packageRoot: string = PACKAGE_ROOT): boolean {
  return outDir.startsWith(packageRoot) && !isInsideDir(outDir, packageRoot);
}

/** `outDir` must be absolute. */
export async function astroBuild(outDir: string, opts: { verbose?: boolean } = {}): Promise<void> {
  if (!astroMisplacesChunks(outDir)) return astroBuildInto(outDir, opts);
  const detour = await mkdtemp(join(tmpdir(), 'heapbook-astro-'));
  try {
    await astroBuildInto(detour, opts);
    await cp(detour, outDir, { recursive: true });
  } finally {
    await rm(detour, { recursive: true, force: true });
  }
}

async function astroBuildInto(outDir: string, opts: { verbose?: boolean }): Promise<void> {
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
  // Astro writes its prerender chunks into the output folder when that lies under the cwd, else under
  // <cwd>/.astro, and then imports them: run from the package so their `import 'preact'` resolves.
  // Builds of this package share <root>/.astro, so concurrent ones (parallel test files) take turns.
  await withBuildLock(join(PACKAGE_ROOT, 'node_modules', '.heapbook-build.lock'), async () => {
    const cwd = process.cwd();
    if (cwd !== PACKAGE_ROOT) process.chdir(PACKAGE_ROOT);
    try {
      await build({
        root: PACKAGE_ROOT,
        outDir,
        logLevel: opts.verbose ? 'info' : 'warn',
      });
    } finally {
      if (process.cwd() !== cwd) process.chdir(cwd);
    }
  });
  // Astro's content layer leaves its (empty) module maps in a static output folder; they are not part of the site.
  for (const leftover of ['content-assets.mjs', 'content-modules.mjs']) {
    await rm(join(outDir, leftover), { force: true });
  }
}
