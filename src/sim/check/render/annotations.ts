// Labelled spans grouped by file and line, as rustc's `FileWithAnnotatedLines::collect_annotations`:
// single-line annotations per line, multi-line spans split into start / `|` lines / end at their depths.
import type { Loc, SourceFile } from './source.ts';

export type AnnotationType =
  | { k: 'single' }
  | { k: 'start'; depth: number }
  | { k: 'end'; depth: number }
  | { k: 'line'; depth: number };

export interface Col {
  display: number;
  file: number;
}

export interface Annotation {
  start: Col;
  end: Col;
  primary: boolean;
  label: string | undefined;
  type: AnnotationType;
}

export interface Line {
  line: number;
  annotations: Annotation[];
}

export interface AnnotatedFile {
  name: string;
  file: SourceFile | undefined;
  lines: Line[];
  multilineDepth: number;
}

/** One span label resolved to locations (rustc's `SpanLabel` after `lookup_char_pos`). */
export interface ResolvedLabel {
  file: string;
  lo: Loc;
  hi: Loc;
  primary: boolean;
  label: string | undefined;
}

export function hasLabel(a: Annotation): boolean {
  return a.label !== undefined && a.label.length > 0;
}

export function takesSpace(a: Annotation): boolean {
  return a.type.k === 'start' || a.type.k === 'end';
}

export function annLen(a: Annotation): number {
  return Math.abs(a.end.display - a.start.display);
}

export function cmpCol(a: Col, b: Col): number {
  return a.display - b.display || a.file - b.file;
}

interface Multiline {
  depth: number;
  lineStart: number;
  lineEnd: number;
  start: Col;
  end: Col;
  primary: boolean;
  label: string | undefined;
  overlapsExactly: boolean;
  fileName: string;
}

function numOverlap(aStart: number, aEnd: number, bStart: number, bEnd: number, inclusive: boolean): boolean {
  const extra = inclusive ? 1 : 0;
  return (aStart >= bStart && aStart < bEnd + extra) || (bStart >= aStart && bStart < aEnd + extra);
}

export function overlaps(a1: Annotation, a2: Annotation, padding: number): boolean {
  return numOverlap(a1.start.display, a1.end.display + padding, a2.start.display, a2.end.display, false);
}

function sameSpan(a: Multiline, b: Multiline): boolean {
  return a.lineStart === b.lineStart && a.lineEnd === b.lineEnd && cmpCol(a.start, b.start) === 0 && cmpCol(a.end, b.end) === 0;
}

export function collectAnnotations(labels: ResolvedLabel[], files: (name: string) => SourceFile | undefined): AnnotatedFile[] {
  const output: AnnotatedFile[] = [];
  const add = (name: string, line: number, ann: Annotation): void => {
    let slot = output.find((f) => f.name === name);
    if (!slot) {
      slot = { name, file: files(name), lines: [], multilineDepth: 0 };
      output.push(slot);
    }
    const l = slot.lines.find((x) => x.line === line);
    if (l) {
      l.annotations.push(ann);
      return;
    }
    slot.lines.push({ line, annotations: [ann] });
    slot.lines.sort((a, b) => a.line - b.line);
  };

  const multilines: Multiline[] = [];
  for (const sl of labels) {
    const lo = sl.lo;
    const hi = { ...sl.hi };
    if (lo.display === hi.display && lo.line === hi.line) hi.display += 1;
    const start: Col = { display: lo.display, file: lo.file };
    const end: Col = { display: hi.display, file: hi.file };
    if (lo.line !== hi.line) {
      multilines.push({ depth: 1, lineStart: lo.line, lineEnd: hi.line, start, end, primary: sl.primary, label: sl.label, overlapsExactly: false, fileName: sl.file });
    } else {
      add(sl.file, lo.line, { start, end, primary: sl.primary, label: sl.label, type: { k: 'single' } });
    }
  }

  multilines.sort((a, b) => a.lineStart - b.lineStart || b.lineEnd - a.lineEnd);
  for (const ann of multilines.map((m) => ({ ...m }))) {
    for (const a of multilines) {
      if (!sameSpan(ann, a) && numOverlap(ann.lineStart, ann.lineEnd, a.lineStart, a.lineEnd, true)) {
        a.depth += 1;
      } else if (sameSpan(ann, a) && !(ann.depth === a.depth && ann.primary === a.primary && ann.label === a.label && ann.overlapsExactly === a.overlapsExactly)) {
        a.overlapsExactly = true;
      } else {
        break;
      }
    }
  }
  let maxDepth = 0;
  for (const m of multilines) maxDepth = Math.max(maxDepth, m.depth);
  for (const m of multilines) m.depth = maxDepth - m.depth + 1;

  const isContent = (s: string): boolean => {
    const t = s.trim();
    return !(t.startsWith('//') && !(t.startsWith('///') || t.startsWith('//!'))) && !['', '{', '}', '(', ')', '[', ']'].includes(t);
  };
  for (const m of multilines) {
    const file = files(m.fileName);
    const getLine = (l: number): string | undefined => file?.lines[l - 1]?.join('');
    const endAnn: Annotation = {
      start: { display: Math.max(0, m.end.display - 1), file: Math.max(0, m.end.file - 1) },
      end: m.end, primary: m.primary, label: m.label, type: { k: 'end', depth: m.depth },
    };
    if (!m.overlapsExactly) {
      add(m.fileName, m.lineStart, {
        start: m.start, end: { display: m.start.display + 1, file: m.start.file + 1 }, primary: m.primary, label: undefined, type: { k: 'start', depth: m.depth },
      });
      const middle = Math.min(m.lineStart + 4, m.lineEnd);
      let until = m.lineStart;
      for (let line = middle - 1; line >= m.lineStart; line--) {
        const s = getLine(line);
        if (s !== undefined && isContent(s)) {
          until = line + 1;
          break;
        }
      }
      const lineAnn = (): Annotation => ({ start: { display: 0, file: 0 }, end: { display: 0, file: 0 }, primary: m.primary, label: undefined, type: { k: 'line', depth: m.depth } });
      for (let line = m.lineStart + 1; line < until; line++) add(m.fileName, line, lineAnn());
      const lineEnd = m.lineEnd - 1;
      const endLine = getLine(lineEnd);
      const endIsEmpty = endLine !== undefined && !isContent(endLine);
      if (middle < lineEnd && !endIsEmpty) add(m.fileName, lineEnd, lineAnn());
    } else {
      endAnn.type = { k: 'single' };
    }
    add(m.fileName, m.lineEnd, endAnn);
  }
  for (const f of output) f.multilineDepth = maxDepth;
  return output;
}
