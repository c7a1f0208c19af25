// Adapts the directive expander's result (lineMap, includes) to the ChapterContext the pipeline reads:
// where a line of expanded markdown came from, and which listing folder an included line belongs to.
import type { ExpandResult } from '../directives/expand.ts';
import { listingIdFromPath } from '../directives/listing-id.ts';
import type { ChapterContext } from './chapter-data.ts';
import { listingCrate } from '../listings/listing-crate.ts';

/**
 * `path` is the page path relative to srcDir ('ch15-06.md'); `file` the chapter relative to the book
 * root ('src/ch15-06.md'). Locations point into the chapter (a line from an include → the directive's line).
 */
export function expandedContext(path: string, file: string, expanded: Pick<ExpandResult, 'lineMap' | 'includes'>, bookRoot?: string): ChapterContext {
  const { lineMap, includes } = expanded;
  // Includes are in document order with nested ones after their parent: the last match is the innermost.
  const containing = (line: number) => {
    const out = [];
    for (let i = includes.length - 1; i >= 0; i--) {
      const inc = includes[i];
      if (line >= inc.outputLineStart && line <= inc.outputLineEnd) out.push(inc);
    }
    return out;
  };
  const includeAt = (line: number) => containing(line)[0];
  return {
    path,
    locate: (line) => ({ file, line: lineMap[line - 1] ?? line }),
    listingIdAt(line) {
      for (const inc of containing(line)) {
        const id = listingIdFromPath(inc.resolvedPath);
        if (id) return id;
      }
      return null;
    },
    crateAt(line) {
      const inc = includeAt(line);
      return inc && bookRoot !== undefined ? listingCrate(bookRoot, inc.resolvedPath) : undefined;
    },
    includedFileAt(line) {
      return includeAt(line)?.resolvedPath ?? null;
    },
  };
}
