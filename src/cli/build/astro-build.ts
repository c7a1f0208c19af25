// Runs Astro's programmatic build of this package's site into a given folder.
// The project root is the package itself, not the cwd, so `heapbook build` works from any directory.
import { fileURLToPath } from 'node:url';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'astro';

/** The heapbook package folder (holds astro.config.mjs and src/pages). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export async function astroBuild(outDir: string, opts: { verbose?: boolean } = {}): Promise<void> {
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
  await build({
    root: PACKAGE_ROOT,
    outDir,
    logLevel: opts.verbose ? 'info' : 'warn',
  });
  // Astro's content layer leaves its (empty) module maps in a static output folder; they are not part of the site.
  for (const leftover of ['content-assets.mjs', 'content-modules.mjs']) {
    await rm(join(outDir, leftover), { force: true });
  }
}
