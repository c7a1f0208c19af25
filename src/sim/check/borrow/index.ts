// The borrow-checking pass: for every fn body, type inference (../types/infer.ts), the control-flow graph
// (./build.ts), then the checks (./check.ts) on the body and each closure in it. Errors sorted by span per
// body, as rustc's borrowck buffers and emits them. Never throws: a body it cannot handle reports nothing.
import type * as A from '../../syntax/ast.ts';
import type { CompileDiagnostic, Span } from '../diagnostic.ts';
import { byPosition } from '../diagnostic.ts';
import { typeckProgram } from '../types/index.ts';
import type { FnBody, ItemEnv } from '../types/items.ts';
import { buildFnCfg } from './build.ts';
import { checkBody } from './check.ts';

export interface BodyDiagnostics {
  /** Span of the fn item the diagnostics belong to. */
  body: Span;
  diagnostics: CompileDiagnostic[];
}

/** Runs borrowck on every fn body of the program; bodies in definition order. Like rustc, a body with
 *  type errors is not borrow-checked. */
export function borrowck(program: A.Program, file?: string): BodyDiagnostics[] {
  const out: BodyDiagnostics[] = [];
  for (const { body, tc } of typeckProgram(program, file).bodies) {
    if (!tc || tc.diags.length || elisionFails(body.fn)) continue;
    let diagnostics: CompileDiagnostic[] = [];
    try {
      const built = buildFnCfg(body.fn, tc, traitReceiver(body, tc.env));
      diagnostics = [...built.diags, ...checkBody({ cfg: built.cfg, tc })];
      for (const c of built.closures) diagnostics.push(...checkBody({ cfg: c.cfg, tc, upvars: new Set(c.upvars.map((u) => u.local)) }));
    } catch {
      diagnostics = [];
    }
    if (diagnostics.length) out.push({ body: body.fn.span, diagnostics: dedupe(diagnostics).sort((a, b) => byPosition(a, b) || emitGroup(a) - emitGroup(b)) });
  }
  return out;
}

/**
 * For a method of the program's own trait implemented with `&self`: where the trait's declaration of it
 * takes `&self` (the `mut ` insertion point), as rustc's E0596 help changes both.
 */
function traitReceiver(body: FnBody, env: ItemEnv): A.Pos | undefined {
  const name = body.impl?.traitName;
  if (!name || body.fn.receiver?.mode !== 'ref' || body.fn.receiver.ty) return undefined;
  const decl = env.traits.get(name)?.members.find((m): m is A.TraitFn => m.kind === 'TraitFn' && m.name.name === body.fn.name.name);
  if (!decl?.receiver || decl.receiver.mode !== 'ref' || decl.receiver.ty) return undefined;
  return { line: decl.receiver.span.start.line, col: decl.receiver.span.start.col + 1 };
}

/** rustc's borrowck buffers move errors and mutability errors apart and appends them after the others before
 *  sorting by span: at one span, other errors come first, then move errors, then E0596 / E0594. */
const EMIT_GROUP: Record<string, number> = { E0382: 1, E0507: 1, E0508: 1, E0509: 1, E0596: 2, E0594: 2 };
const emitGroup = (d: CompileDiagnostic): number => EMIT_GROUP[d.code ?? ''] ?? 0;

function dedupe(ds: CompileDiagnostic[]): CompileDiagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const k = `${d.code}:${d.span.start.line}:${d.span.start.col}:${d.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A return type borrowing with no lifetime to elide from (rustc's E0106): rustc never borrow-checks the body. */
function elisionFails(fn: A.FnItem): boolean {
  if (!fn.ret || !hasElidedRef(fn.ret)) return false;
  if (fn.receiver && fn.receiver.mode !== 'value') return false;
  const inputs = fn.params.reduce((n, p) => n + refCount(p.ty), 0);
  return inputs !== 1;
}

function hasElidedRef(t: A.Type): boolean {
  switch (t.kind) {
    case 'RefType': return !t.lifetime || hasElidedRef(t.inner);
    case 'TupleType': return t.items.some(hasElidedRef);
    case 'ArrayType': case 'SliceType': return hasElidedRef(t.elem);
    case 'PathType': return t.segments.some((s) => s.args.some(hasElidedRef));
    case 'FnPtrType': case 'TraitObjectType': case 'InferType': case 'NeverType': return false;
  }
}

function refCount(t: A.Type): number {
  switch (t.kind) {
    case 'RefType': return 1 + refCount(t.inner);
    case 'TupleType': return t.items.reduce((n, x) => n + refCount(x), 0);
    case 'ArrayType': case 'SliceType': return refCount(t.elem);
    case 'PathType': return t.segments.reduce((n, s) => n + s.args.reduce((m, x) => m + refCount(x), 0), 0);
    case 'FnPtrType': case 'TraitObjectType': case 'InferType': case 'NeverType': return 0;
  }
}
