// The type a `.collect()` without turbofish is expected to build, read from where its value goes:
// `let x: T = ….collect();` or a function whose tail expression it is (`-> T`). Found once per program.
import type * as A from '../syntax/ast.ts';

const cache = new WeakMap<A.Program, WeakMap<object, A.Type>>();

function walk(node: unknown, out: WeakMap<object, A.Type>, seen: Set<object>): void {
  if (!node || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) { for (const x of node) walk(x, out, seen); return; }
  const n = node as { kind?: string };
  if (n.kind === 'LetStmt') {
    const s = node as A.LetStmt;
    if (s.ty && s.init) out.set(s.init, s.ty);
  } else if (n.kind === 'Fn') {
    const f = node as A.FnItem;
    if (f.ret && f.body.tail) out.set(f.body.tail, f.ret);
  }
  for (const k in node) if (k !== 'span' && k !== 'methodSpan') walk((node as Record<string, unknown>)[k], out, seen);
}

/** The declared type the value of `e` flows into, if `e` is a let initializer or a fn's tail. */
export function expectedTypeOf(program: A.Program, e: A.Expr): A.Type | undefined {
  let m = cache.get(program);
  if (!m) {
    m = new WeakMap();
    walk(program, m, new Set());
    cache.set(program, m);
  }
  return m.get(e);
}
