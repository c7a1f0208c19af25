// Where each rendered listing of a chapter comes from: its crate folder (to pair it with the `output.txt` the
// chapter also shows) and the file and lines its code is written at (so simulator errors point there).
import { posix } from 'node:path';
import type { ListingData } from '../book/model.ts';
import type { ExpandResult } from '../book/directives/expand.ts';
import { crateFolder, listingFolder } from '../book/listings/crate-folder.ts';

export { crateFolder, listingFolder };
import type { BookFiles } from './book-files.ts';
import type { TextPos } from './scan-markdown.ts';
import type { ListingToCheck } from './check-listings.ts';

/**
 * For each line of `source`, the line of `text` holding it, matching in order (a subsequence: rustdoc_include
 * drops ANCHOR lines and hides others, but keeps their text); null when some line is not found.
 */
export function subsequenceLines(source: readonly string[], text: readonly string[]): number[] | null {
  const lines: number[] = [];
  let j = 0;
  for (const line of source) {
    while (j < text.length && text[j].trimEnd() !== line.trimEnd()) j++;
    if (j === text.length) return null;
    lines.push(++j);
  }
  return lines;
}

/** Where each line of a listing's source is written: in the chapter, or in the one file an include took it from. */
function codePlace(
  listing: ListingData,
  firstLine: number,
  expanded: ExpandResult,
  files: BookFiles,
  chapterFile: string,
): ListingToCheck['code'] {
  const source = listing.source.split('\n');
  const last = firstLine + source.length - 1;
  const inside = expanded.includes.filter((x) => x.outputLineStart <= last && x.outputLineEnd >= firstLine);
  if (inside.length === 0) {
    // Written in the chapter itself: the expanded lines map back one to one.
    return { file: chapterFile, lines: source.map((_, i) => expanded.lineMap[firstLine - 1 + i] ?? firstLine + i) };
  }
  const whole = inside.find((x) => x.outputLineStart <= firstLine && x.outputLineEnd >= last);
  if (!whole) return undefined;
  let text: string | null = null;
  try {
    text = files.read(whole.resolvedPath);
  } catch {
    return undefined;
  }
  const lines = text === null ? null : subsequenceLines(source, text.split('\n'));
  return lines ? { file: whole.resolvedPath, lines } : undefined;
}

/** Pairs listings with the `output.txt` of their crate folder (shown in the chapter or not), and with their code's place. */
export function pairListings(
  listings: ListingData[],
  blocks: TextPos[],
  expanded: ExpandResult,
  files: BookFiles,
  chapterFile: string,
): ListingToCheck[] {
  const outputs = new Map<string, string>();
  for (const inc of expanded.includes) {
    const folder = posix.basename(inc.resolvedPath) === 'output.txt' ? crateFolder(inc.resolvedPath, files.isFile) : null;
    if (folder) outputs.set(folder, inc.resolvedPath);
  }
  if (blocks.length !== listings.length) return listings.map((listing) => ({ listing }));
  return listings.map((listing, i) => {
    const line = blocks[i].line + 1; // first code line
    const item: ListingToCheck = { listing };
    const code = codePlace(listing, line, expanded, files, chapterFile);
    if (code) item.code = code;
    const inc = [...expanded.includes].reverse().find((x) => line >= x.outputLineStart && line <= x.outputLineEnd);
    const folder = inc ? crateFolder(inc.resolvedPath, files.isFile) : null;
    // the crate's output.txt, whether or not the chapter shows it (every crate folder, `no-listing-*` too)
    const own = folder ? posix.join(folder, 'output.txt') : null;
    const outFile = folder ? (outputs.get(folder) ?? (own && files.isFile(own) ? own : undefined)) : undefined;
    if (!outFile) return item;
    let text: string | null = null;
    try {
      text = files.read(outFile);
    } catch {
      text = null; // already reported by the directive check
    }
    if (text !== null) item.output = { file: outFile, text };
    return item;
  });
}
