// Every bad-input mini book under fixtures/<case>/ through checkBook: the findings must match the case's
// expected.txt, one `file:line:col: severity: <part of the message>` per line, in report order.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBook } from '../../src/check/check-book.ts';
import { formatDiagnosticLine } from '../../src/check/report-format.ts';
import { isSimulatorLimit } from '../../src/check/diagnostic.ts';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
/** Cases whose point is the simulator; the others are checked without running listings. */
const RUNS_SIMULATOR = new Set(['good', 'sim-unsupported', 'sim-unsupported-included', 'output-mismatch', 'output-mismatch-no-listing', 'output-mismatch-not-shown', 'build-warnings', 'does-not-compile']);

interface Expected {
  place: string;
  severity: string;
  part: string;
}

function readExpected(dir: string): Expected[] {
  return readFileSync(join(dir, 'expected.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const m = /^(\S+:\d+:\d+): (error|warning|simulator): (.*)$/.exec(l);
      if (!m) throw new Error(`expected.txt 형식이 잘못되었습니다: ${l}`);
      return { place: m[1], severity: m[2], part: m[3] };
    });
}

const cases = readdirSync(FIXTURES).filter((name) => readdirSync(join(FIXTURES, name)).includes('expected.txt'));

describe('heapbook check on fixture books', () => {
  it('has a fixture for every bad-input case of the issue', () => {
    for (const name of [
      'missing-include',
      'include-escape',
      'missing-anchor',
      'range-past-end',
      'include-cycle',
      'summary-bad-nesting',
      'summary-missing-file',
      'non-utf8',
      'unclosed-fence',
      'unknown-directive',
      'broken-link',
      'missing-image',
      'sim-unsupported',
    ]) {
      expect(cases).toContain(name);
    }
  });

  for (const name of cases) {
    it(name, async () => {
      const dir = join(FIXTURES, name);
      const result = await checkBook(dir, { runListings: RUNS_SIMULATOR.has(name) });
      const lines = result.diagnostics.map(formatDiagnosticLine);
      const expected = readExpected(dir);
      expect(lines.length, lines.join('\n')).toBe(expected.length);
      expected.forEach((e, i) => {
        const d = result.diagnostics[i];
        expect(`${d.loc.file}:${d.loc.line}:${d.loc.col ?? 1}`, lines[i]).toBe(e.place);
        expect(isSimulatorLimit(d) ? 'simulator' : d.severity, lines[i]).toBe(e.severity);
        expect(d.message, lines[i]).toContain(e.part);
      });
    });
  }
});
