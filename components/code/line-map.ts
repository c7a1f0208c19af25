// Maps a line of the program the simulator ran to a line of the listing on the page.
// Pure: undoes the fn-main wrapping (lineOffset) and reports whether that line is a hidden `# ` line.

export interface ListingLine {
  /** 0-based index into the listing's lines (hidden lines included, as in the static code block). */
  index: number;
  hidden: boolean;
}

/** Listing line for a 1-based trace line, or null when it falls outside the listing (wrapper lines). */
export function listingLine(traceLine: number, lineOffset: number, visible: readonly boolean[]): ListingLine | null {
  const index = traceLine - lineOffset - 1;
  if (index < 0 || index >= visible.length) return null;
  return { index, hidden: visible[index] === false };
}

/** Number of the line as the reader sees it (counting visible lines only), 1-based; null when hidden. */
export function visibleLineNumber(index: number, visible: readonly boolean[]): number | null {
  if (visible[index] === false) return null;
  let n = 0;
  for (let i = 0; i <= index && i < visible.length; i++) if (visible[i] !== false) n++;
  return n;
}
