// On-disk cache of real cargo results, keyed by a hash of the crate's files, the command and the
// toolchain version, so a rerun of the conformance script does not rebuild anything. Node I/O.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { TruthClass } from './classify.ts';

export interface TruthRecord {
  key: string;
  path: string;
  command: string;
  commandSource: string;
  toolchain: string;
  stdout: string;
  stderr: string;
  exitCode: number | null;
  timedOut: boolean;
  classification: TruthClass;
  /** Seconds the cargo command took (build + run). */
  seconds: number;
  /**
   * A second run of the same built program, to detect output that changes from run to run (threads).
   * Null when not sampled (nothing ran: compile error, timeout, registry); absent in older cache entries.
   */
  second?: { stdout: string; stderr: string; exitCode: number | null; timedOut: boolean } | null;
}

export function defaultCacheDir(): string {
  return process.env.XDG_CACHE_HOME ? join(process.env.XDG_CACHE_HOME, 'heapbook-conformance') : join(homedir(), '.cache', 'heapbook-conformance');
}

/** The cache key: sha256 over the toolchain, the command and every file (path and bytes) of the crate. */
export function truthKey(crateDir: string, files: readonly string[], command: string, toolchain: string): string {
  const h = createHash('sha256');
  h.update(`toolchain\0${toolchain}\0command\0${command}\0`);
  for (const f of files) {
    const bytes = readFileSync(join(crateDir, f));
    h.update(`file\0${f}\0${bytes.length}\0`);
    h.update(bytes);
  }
  return h.digest('hex');
}

export function readCached(cacheDir: string, key: string): TruthRecord | null {
  const file = join(cacheDir, `${key}.json`);
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as TruthRecord;
  } catch {
    return null;
  }
}

export function writeCached(cacheDir: string, rec: TruthRecord): void {
  mkdirSync(cacheDir, { recursive: true });
  const file = join(cacheDir, `${rec.key}.json`);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(rec));
  renameSync(tmp, file);
}
