// A cross-process lock around Astro builds of this package: concurrent builds share `<root>/.astro`
// and delete each other's prerender chunks, so builds (CLI, tests, dev) take turns. mkdir is atomic.
import { mkdir, rm, stat } from 'node:fs/promises';

const STALE_MS = 10 * 60_000;
const POLL_MS = 200;

/** Runs `fn` while holding the lock directory `lockDir`; a lock older than 10 minutes is taken over. */
export async function withBuildLock<T>(lockDir: string, fn: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const age = await stat(lockDir).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (age > STALE_MS) await rm(lockDir, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }
  try {
    return await fn();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}
