// The `does_not_compile` listings of a chapter that come from a crate with an output.txt: where each is
// shown, its crate folder, the crate's files and the transcript rustc's text is compared with.
import { posix } from 'node:path';
import type { SourceLoc } from '../book/model.ts';
import type { ExpandResult } from '../book/directives/expand.ts';
import { listingIdFromPath } from '../book/directives/listing-id.ts';
import { crateFolder } from '../book/listings/crate-folder.ts';
import { runConfigOf } from '../book/run-config.ts';
import type { BookFiles } from './book-files.ts';
import type { TextPos } from './scan-markdown.ts';

export interface RejectedListing {
  /** `listing-04-06`, else the crate folder's name (`no-listing-02-reference-in-struct`). */
  id: string;
  /** The block's opening fence in the chapter. */
  loc: SourceLoc;
  /** The crate folder, relative to the book root. */
  dir: string;
  files: Record<string, string>;
  /** `-p NAME` of the output.txt's `$` line. */
  package?: string;
  output: { file: string; text: string };
}

/** One entry per `does_not_compile` block included from a crate folder that has a readable output.txt. */
export function rejectedListings(
  blocks: readonly TextPos[],
  expanded: ExpandResult,
  files: BookFiles,
  locate: (pos: TextPos) => SourceLoc,
): RejectedListing[] {
  const out: RejectedListing[] = [];
  for (const block of blocks) {
    const line = block.line + 1; // first code line
    const inc = [...expanded.includes].reverse().find((x) => line >= x.outputLineStart && line <= x.outputLineEnd);
    if (!inc) continue; // written in the chapter: no crate, no transcript
    let dir = crateFolder(inc.resolvedPath, files.isFile);
    if (!dir || !files.isFile(posix.join(dir, 'Cargo.toml'))) continue;
    // A workspace member is built from its workspace (`cargo run -p adder` in the folder above).
    while (posix.dirname(dir) !== '.' && files.isFile(posix.join(posix.dirname(dir), 'Cargo.toml'))) dir = posix.dirname(dir);
    const outFile = [posix.join(dir, 'output.txt'), posix.join(posix.dirname(dir), 'output.txt')].find((f) => files.isFile(f));
    if (!outFile) continue;
    let text: string | null = null;
    try {
      text = files.read(outFile);
    } catch {
      text = null; // not UTF-8: reported where the chapter includes it, if it does
    }
    if (text === null) continue;
    const run = runConfigOf(text);
    out.push({
      id: listingIdFromPath(inc.resolvedPath) ?? posix.basename(dir),
      loc: locate(block),
      dir,
      files: files.crateFiles(dir),
      ...(run.package ? { package: run.package } : {}),
      output: { file: outFile, text },
    });
  }
  return out;
}
