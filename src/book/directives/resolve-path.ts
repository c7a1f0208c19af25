// Resolves a path written in a directive against the directory of the file containing it,
// and refuses paths that leave the book root. Pure string work on POSIX-style paths.

import { posix } from 'node:path';

export type Resolved = { ok: true; path: string; absPath: string } | { ok: false; message: string };

/**
 * `fromFile` is relative to the book root ('src/ch15.md'); `target` is as written ('../listings/x.rs').
 * The result `path` is relative to the book root with forward slashes ('listings/x.rs').
 */
export function resolveIncludePath(bookRoot: string, fromFile: string, target: string): Resolved {
  const root = posix.normalize(bookRoot.replace(/\\/g, '/')).replace(/\/+$/, '') || '/';
  const joined = posix.isAbsolute(target)
    ? posix.relative(root, posix.normalize(target))
    : posix.normalize(posix.join(posix.dirname(fromFile), target));
  if (joined === '..' || joined.startsWith('../') || posix.isAbsolute(joined)) {
    return { ok: false, message: `경로가 책 루트 밖을 가리킵니다 (${target})` };
  }
  const path = joined === '.' ? '' : joined;
  return { ok: true, path, absPath: posix.join(root, path) };
}
