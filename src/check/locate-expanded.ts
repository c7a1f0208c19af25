// Maps a position in a chapter's expanded markdown back to the chapter file: the line through the expander's
// lineMap; the column only where the line is the chapter's own text (an included line has no column there).
import type { SourceLoc } from '../book/model.ts';
import type { ExpandResult } from '../book/directives/expand.ts';
import type { TextPos } from './scan-markdown.ts';

export function locator(file: string, markdown: string, expanded: Pick<ExpandResult, 'text' | 'lineMap'>): (pos: TextPos) => SourceLoc {
  const original = markdown.split('\n');
  const lines = expanded.text.split('\n');
  return (pos) => {
    const line = expanded.lineMap[pos.line - 1] ?? pos.line;
    const sameText = original[line - 1] === lines[pos.line - 1];
    return { file, line, col: sameText ? pos.col : 1 };
  };
}
