// Builds into a temporary folder beside the target, then swaps it into place in two renames.
// A failed build only removes its own temporary folder: the previous output stays untouched.
import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Creates an empty `.heapbook-tmp-<name>-XXXXXX` folder next to `target` (same filesystem, so rename works). */
export async function tempDirBeside(target: string): Promise<string> {
  await mkdir(dirname(target), { recursive: true });
  return mkdtemp(join(dirname(target), `.heapbook-tmp-${basename(target)}-`));
}

/** Replaces `target` (if any) by `fresh`; the old folder is deleted only after the new one is in place. */
export async function swapInto(fresh: string, target: string): Promise<void> {
  const hadOld = (await stat(target).catch(() => null)) !== null;
  const old = join(dirname(target), `.heapbook-tmp-${basename(target)}-old-${process.pid}-${Date.now()}`);
  if (hadOld) await rename(target, old);
  try {
    await rename(fresh, target);
  } catch (err) {
    if (hadOld) await rename(old, target);
    throw err;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}
