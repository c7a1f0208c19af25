// Type errors against real rustc: each golden under test/sim/check/goldens/types/ (program + rustc 1.95's
// stderr, from regen.sh) must render byte for byte; programs rustc accepts must get no type error.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { acceptedPrograms } from '../accepted-programs.ts';
import { parseProgram } from '../../../../src/sim/syntax/parse.ts';
import { itemTypeErrors, typeErrors } from '../../../../src/sim/check/types/index.ts';
import { renderDiagnostic, sourceMap } from '../../../../src/sim/check/render.ts';
import { cargoFailureLines, explainLines } from '../../../../src/sim/check/cargo.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const goldens = `${root}test/sim/check/goldens/types`;

/** Goldens where the checker gives rustc's first line and location but not yet the whole text. */
const FIRST_LINE_ONLY: Record<string, string> = {
  'e0277-add-option': "rustc's further help lists the impls in std's own source files",
  'e0277-add-option-i8': "rustc's further help lists the impls in std's own source files",
  'e0277-str-index': "rustc's further help lists the impls in std's own source files",
};
/** Goldens the checker does not detect yet: it must stay silent (never a wrong error). */
const NOT_DETECTED: Record<string, string> = {
  'e0282-vec-new': 'unresolved type parameters are not reported',
};

function errors(src: string) {
  const p = parseProgram(src);
  if (!p.ok) throw new Error(`parse: ${p.diagnostics[0]?.message}`);
  return [...itemTypeErrors(p.program), ...typeErrors(p.program).flatMap((b) => b.diagnostics)];
}

function render(src: string): string {
  const ds = errors(src);
  if (!ds.length) return '';
  const files = sourceMap({ 'src/main.rs': src });
  return ds.map((d) => renderDiagnostic(d, files)).join('') + explainLines(ds.map((d) => d.code ?? '')) +
    cargoFailureLines('main', { kind: 'bin', name: 'main' }, ds.length, 0);
}

describe('type error goldens (rustc 1.95)', () => {
  const cases = readdirSync(goldens).filter((d) => existsSync(`${goldens}/${d}/main.rs`));
  it('has goldens', () => expect(cases.length).toBeGreaterThan(10));
  for (const name of cases) {
    it(name, () => {
      const src = readFileSync(`${goldens}/${name}/main.rs`, 'utf8');
      const want = readFileSync(`${goldens}/${name}/stderr`, 'utf8');
      const got = render(src);
      if (NOT_DETECTED[name]) expect(got).toBe('');
      else if (FIRST_LINE_ONLY[name]) expect(got.split('\n').slice(0, 2)).toEqual(want.split('\n').slice(0, 2));
      else expect(got).toBe(want);
    });
  }
});

describe('no type errors on programs rustc accepts', () => {
  const files = acceptedPrograms();
  it('has programs', () => expect(files.length).toBeGreaterThan(100));
  for (const f of files) {
    it(f.slice(root.length), () => {
      const p = parseProgram(readFileSync(f, 'utf8'));
      expect(p.ok).toBe(true);
      if (!p.ok) return;
      const ds = [...itemTypeErrors(p.program), ...typeErrors(p.program).flatMap((b) => b.diagnostics)];
      expect(ds.map((d) => `${d.code} ${d.message} ${d.span.start.line}:${d.span.start.col}`)).toEqual([]);
    });
  }
});
