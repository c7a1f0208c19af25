// Golden tests for SUMMARY.md: each fixture folder has SUMMARY.md and either expected.txt (an
// outline of the parsed Summary) or expected-error.txt (the BookError message with file:line:col).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { posix } from 'node:path';
import { parseSummary, flattenChapters, summaryPaths } from '../../../src/book/summary/index.ts';
import { BookError, type Summary, type SummaryItem } from '../../../src/book/model.ts';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const FILE = 'src/SUMMARY.md';

/** One line per item: `chapter 1.2. "Title" path @line:col`, children indented by two spaces. */
function outline(summary: Summary): string {
  const lines: string[] = summary.title !== undefined ? [`title: ${summary.title}`] : [];
  const walk = (items: SummaryItem[], indent: string) => {
    for (const item of items) {
      const at = `@${item.loc.line}:${item.loc.col}`;
      if (item.kind === 'separator') lines.push(`${indent}separator ${at}`);
      else if (item.kind === 'part') lines.push(`${indent}part "${item.title}" ${at}`);
      else {
        lines.push(`${indent}chapter ${item.number ?? '-'} "${item.title}" ${item.path ?? '(draft)'} ${at}`);
        walk(item.children, indent + '  ');
      }
    }
  };
  walk(summary.items, '');
  return lines.map((l) => l + '\n').join('');
}

describe('SUMMARY.md fixtures', () => {
  const cases = readdirSync(fixtures).sort();
  it('has fixtures', () => expect(cases.length).toBeGreaterThan(15));

  for (const name of cases) {
    const dir = posix.join(fixtures, name);
    const text = readFileSync(posix.join(dir, 'SUMMARY.md'), 'utf8');
    const errorFile = posix.join(dir, 'expected-error.txt');
    if (existsSync(errorFile)) {
      it(`${name}: fails with file:line:col`, () => {
        const expected = readFileSync(errorFile, 'utf8').trimEnd();
        let caught: unknown;
        try {
          parseSummary(text, FILE);
        } catch (e) {
          caught = e;
        }
        expect(caught).toBeInstanceOf(BookError);
        expect((caught as BookError).message).toBe(expected);
        expect((caught as BookError).loc.file).toBe(FILE);
      });
    } else {
      it(`${name}: parses as mdBook does`, () => {
        expect(outline(parseSummary(text, FILE))).toBe(readFileSync(posix.join(dir, 'expected.txt'), 'utf8'));
      });
    }
  }
});

describe('reading order', () => {
  const summary = parseSummary(readFileSync(posix.join(fixtures, 'full/SUMMARY.md'), 'utf8'), FILE);

  it('lists chapters with files depth-first: prefix, numbered, suffix; drafts skipped but not their children', () => {
    expect(flattenChapters(summary).map((c) => `${c.number ?? '-'} ${c.path}`)).toEqual([
      '- README.md',
      '- foreword.md',
      '1. ch01-00-getting-started.md',
      '1.1. ch01-01-installation.md',
      '1.2. ch01-02-hello-world.md',
      '2. ch02-00-guessing-game-tutorial.md',
      '3.1. ch03-01.md',
      '4. ch15-00-smart-pointers.md',
      '4.1. ch15-06-reference-cycles.md',
      '- appendix-00.md',
    ]);
  });

  it('gives each file with the SUMMARY line that names it', () => {
    const paths = summaryPaths(summary);
    expect(paths).toHaveLength(10);
    expect(paths[8]).toEqual({ path: 'ch15-06-reference-cycles.md', loc: { file: FILE, line: 18, col: 7 } });
  });
});
