// Golden tests for the directive expander: each folder under fixtures/ is a mini book whose
// src/chapter.md is expanded and compared with expected.md / expected-meta.json / expected-error.txt.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { posix } from 'node:path';
import { expandDirectives } from '../../../src/book/directives/expand.ts';
import { bookFileReader } from '../../../src/book/read-source.ts';
import { BookError } from '../../../src/book/model.ts';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const cases = readdirSync(fixtures).sort();

function run(name: string) {
  const root = posix.join(fixtures, name);
  const chapter = readFileSync(posix.join(root, 'src/chapter.md'), 'utf8');
  return expandDirectives(chapter, { file: 'src/chapter.md', bookRoot: root, readFile: bookFileReader(root) });
}

describe('directive fixtures', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThan(20));

  for (const name of cases) {
    const root = posix.join(fixtures, name);
    const errorFile = posix.join(root, 'expected-error.txt');
    if (existsSync(errorFile)) {
      it(`${name}: fails with file:line`, () => {
        const expected = readFileSync(errorFile, 'utf8').trimEnd();
        let caught: unknown;
        try {
          run(name);
        } catch (e) {
          caught = e;
        }
        expect(caught).toBeInstanceOf(BookError);
        expect((caught as BookError).message).toBe(expected);
        const { loc } = caught as BookError;
        expect(expected.startsWith(`${loc.file}:${loc.line}:`)).toBe(true);
      });
      continue;
    }
    it(`${name}: expands as expected`, () => {
      const result = run(name);
      expect(result.text).toBe(readFileSync(posix.join(root, 'expected.md'), 'utf8'));
      expect(result.lineMap).toHaveLength(result.text.split('\n').length);
      const metaFile = posix.join(root, 'expected-meta.json');
      if (existsSync(metaFile)) {
        const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
        for (const key of Object.keys(meta)) {
          expect(result[key as keyof typeof result], key).toEqual(meta[key]);
        }
      } else {
        expect(result.warnings).toEqual([]);
      }
    });
  }
});
