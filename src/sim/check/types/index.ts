// Type checking of a whole program: the item table once, then inference per fn body (./infer.ts), cached per
// program so the borrow checker reads the same side tables. Never throws: a body it trips on has no table.
import type * as A from '../../syntax/ast.ts';
import type { CompileDiagnostic, Span } from '../diagnostic.ts';
import { allFnBodies, collectItems, type FnBody, type ItemEnv } from './items.ts';
import { typeckFn, type Typeck } from './infer.ts';
import { supertraitErrors } from './trait-errors.ts';

export interface BodyTypeck {
  body: FnBody;
  /** Undefined when inference failed internally (then every later pass stays silent on the body). */
  tc?: Typeck;
}

export interface ProgramTypeck {
  env: ItemEnv;
  bodies: BodyTypeck[];
}

const cache = new WeakMap<A.Program, ProgramTypeck>();

export function typeckProgram(program: A.Program, file = 'src/main.rs'): ProgramTypeck {
  const hit = cache.get(program);
  if (hit) return hit;
  const env = collectItems(program);
  const bodies = allFnBodies(program).map((body): BodyTypeck => {
    try {
      return { body, tc: typeckFn(body, env, file) };
    } catch {
      return { body };
    }
  });
  const res = { env, bodies };
  cache.set(program, res);
  return res;
}

/** Type errors per body (definition order), each body's in discovery order. */
export function typeErrors(program: A.Program, file?: string): Array<{ body: Span; diagnostics: CompileDiagnostic[] }> {
  return typeckProgram(program, file).bodies
    .filter((b) => b.tc && b.tc.diags.length)
    .map((b) => ({ body: b.body.fn.span, diagnostics: b.tc?.diags ?? [] }));
}

/** Item-level trait errors (an `impl` whose trait's supertrait the type doesn't implement). */
export function itemTypeErrors(program: A.Program): CompileDiagnostic[] {
  try {
    return supertraitErrors(program, typeckProgram(program).env);
  } catch {
    return [];
  }
}
