// The checker's only file-system edge: reads book files as UTF-8 (BookError when not), tests existence, lists
// markdown under the src folder and reads crate folders. Paths in and out are relative to the book root, forward slashes.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { bookFileReader, readSourceFile, type FileReader } from '../book/read-source.ts';
import { readCrateFolder } from '../book/listings/crate-folder.ts';

/** Files that are records of a run, not part of the crate. */
const NOT_CRATE = new Set(['output.txt', 'Cargo.lock']);

export interface BookFiles {
  /** Absolute book root (the folder holding book.toml). */
  root: string;
  /** Text of `rel`, null when missing; throws BookError for a folder or a non-UTF-8 file. */
  read(rel: string): string | null;
  /** True when `rel` is an existing regular file. */
  isFile(rel: string): boolean;
  /** `.md` files under folder `dir` (recursive), relative to the root, sorted. */
  markdownFiles(dir: string): string[];
  /** The reader the directive expander takes (absolute paths in). */
  readFile: FileReader;
  /** Every text file of the crate folder `dir` by its path inside it (the map the crate API takes), `output.txt` and `Cargo.lock` left out. */
  crateFiles(dir: string): Record<string, string>;
}

export function diskBookFiles(root: string): BookFiles {
  const rootAbs = resolve(root);
  const abs = (rel: string) => join(rootAbs, rel);
  return {
    root: rootAbs,
    read: (rel) => readSourceFile(abs(rel), rel),
    isFile(rel) {
      try {
        return statSync(abs(rel)).isFile();
      } catch {
        return false;
      }
    },
    markdownFiles(dir) {
      let entries;
      try {
        entries = readdirSync(abs(dir), { recursive: true, withFileTypes: true });
      } catch {
        return [];
      }
      return entries
        .filter((e) => e.isFile() && /\.md$/i.test(e.name))
        .map((e) => relative(rootAbs, join(e.parentPath, e.name)).split(sep).join('/'))
        .sort();
    },
    readFile: bookFileReader(rootAbs),
    crateFiles: (dir) => readCrateFolder(abs(dir), NOT_CRATE),
  };
}
