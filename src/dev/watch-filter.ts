// Which file-system events under the book folder reload the book: everything the book is made of (book.toml,
// chapters, SUMMARY, images, listings anywhere in the folder) but not build output, VCS data or editor litter.
import { isAbsolute, relative, sep } from 'node:path';

const IGNORED_DIRS = new Set(['target', 'node_modules', 'dist', 'book']);

/** `abs` is an absolute path reported by the watcher; `bookRoot` the absolute book folder. */
export function isBookInput(bookRoot: string, abs: string): boolean {
  const rel = relative(bookRoot, abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
  const parts = rel.split(sep);
  const name = parts[parts.length - 1];
  if (parts.slice(0, -1).some((p) => IGNORED_DIRS.has(p))) return false;
  if (parts.some((p) => p.startsWith('.'))) return false; // .git, .DS_Store, .ch01.md.swp…
  if (name.endsWith('~') || /\.(swp|swx|tmp|bak)$/i.test(name) || /^\d+$/.test(name) || /^#.*#$/.test(name)) return false;
  return true;
}
