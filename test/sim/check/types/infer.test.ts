// Type inference side tables on a fixture program: literal types from context and defaulting, std calls and
// methods, auto-deref field access, closures; Copy and drop knowledge of the resulting types.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type * as A from '../../../../src/sim/syntax/ast.ts';
import { parseProgram } from '../../../../src/sim/syntax/parse.ts';
import { typeckProgram } from '../../../../src/sim/check/types/index.ts';
import { isCopy, needsDrop } from '../../../../src/sim/check/types/copy.ts';
import { showTy } from '../../../../src/sim/check/types/ty.ts';

const src = readFileSync(fileURLToPath(new URL('./fixtures/inference.rs', import.meta.url)), 'utf8');
const parsed = parseProgram(src);
if (!parsed.ok) throw new Error('fixture does not parse');
const program = parsed.program;
const { env, bodies } = typeckProgram(program);
const main = bodies.find((b) => b.body.fn.name.name === 'main');
const tc = main?.tc;
if (!tc) throw new Error('no typeck for main');

const local = (name: string) => {
  const l = tc.locals.find((x) => x.name === name);
  if (!l) throw new Error(`no local ${name}`);
  return l;
};
const localTy = (name: string) => showTy(tc.subst.resolve(local(name).ty));

function letInit(name: string): A.Expr {
  for (const st of program.items.flatMap((i) => (i.kind === 'Fn' && i.name.name === 'main' ? i.body.stmts : []))) {
    if (st.kind === 'LetStmt' && st.pat.kind === 'IdentPat' && st.pat.name === name && st.init) return st.init;
  }
  throw new Error(`no let ${name}`);
}

describe('type inference', () => {
  it('types literals from annotations and defaults the rest', () => {
    expect(localTy('a')).toBe('u64');
    expect(localTy('f')).toBe('f64');
    // `n` is only ever used as an i8: inference from its use, not defaulting.
    expect(localTy('n')).toBe('i8');
  });
  it('types `vec![0u8; 1 << 34]`: the count (and so the shift) is usize', () => {
    const init = letInit('big');
    expect(init.kind).toBe('VecRepeatMacro');
    if (init.kind !== 'VecRepeatMacro') return;
    expect(showTy(tc.typeOf(init.count))).toBe('usize');
    expect(localTy('big')).toBe('Vec<u8>');
  });
  it('types std calls, methods and auto-deref field access', () => {
    expect(localTy('s')).toBe('String');
    expect(localTy('r')).toBe('&String');
    expect(localTy('t')).toBe('usize');
    expect(localTy('first')).toBe('Option<&u16>');
    expect(localTy('rc')).toBe('Rc<P>');
    expect(localTy('x')).toBe('i32');
    expect(localTy('cr')).toBe('u32');
  });
  it('knows Copy and drop', () => {
    const ty = (n: string) => tc.subst.resolve(local(n).ty);
    expect(isCopy(ty('a'), env)).toBe(true);
    expect(isCopy(ty('s'), env)).toBe(false);
    expect(isCopy(ty('r'), env)).toBe(true);
    expect(isCopy({ k: 'adt', name: 'P', args: [] }, env)).toBe(true);
    expect(isCopy(ty('o'), env)).toBe(false);
    expect(needsDrop(ty('o'), env)).toBe(true);
    expect(needsDrop(ty('a'), env)).toBe(false);
  });
  it('reports no type error on the fixture', () => {
    expect(tc.diags).toEqual([]);
  });
});
