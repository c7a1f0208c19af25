// What the island shows for a program rustc rejects: cargo's text in stderr, the errors as listing-relative
// spans with rustc's message and a Korean explanation (also for a wrapped snippet).
import { describe, expect, it } from 'vitest';
import { runRust } from '../../src/sim/api.ts';
import { shownCompileErrors } from '../../components/output/compile-errors.ts';
import { explainKo } from '../../components/output/explain-ko.ts';

describe('compile errors in the island', () => {
  it('a use after move: outcome, exit code, spans and the Korean line', () => {
    const src = 'fn main() {\n    let s = String::from("a");\n    let t = s;\n    println!("{s} {t}");\n}\n';
    const r = runRust(src, { trace: true });
    expect(r.outcome).toEqual({ kind: 'compile-error' });
    expect(r.exitCode).toBe(101);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith('error[E0382]: borrow of moved value: `s`\n --> src/main.rs:4:16\n')).toBe(true);
    expect(r.trace?.steps).toEqual([]);
    const shown = shownCompileErrors(r.compileDiagnostics ?? []);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ severity: 'error', code: 'E0382', line: 4, col: 16, endLine: 4, endCol: 17, ko: explainKo('E0382') });
  });

  it('a snippet without fn main: spans are in the listing\'s own lines', () => {
    const r = runRust('let x = 1;\nprintln!("{}", y);\n');
    expect(r.outcome.kind).toBe('compile-error');
    const shown = shownCompileErrors(r.compileDiagnostics ?? []);
    expect(shown[0]).toMatchObject({ code: 'E0425', line: 2, col: 16 });
  });

  it('every explained code has a one-line Korean text', () => {
    for (const code of ['E0382', 'E0499', 'E0502', 'E0106', 'E0425', 'E0308', 'E0277', 'E0599', 'E0004']) {
      const ko = explainKo(code);
      expect(ko).toMatch(/[가-힣]/);
      expect(ko).not.toContain('\n');
    }
    expect(explainKo('E9999')).toBeUndefined();
  });
});
