// Marks, once per function body, the expressions and blocks the machine must run as resumable frames
// (`$m`): those that contain a Rust call or a loop. Everything else is evaluated directly (it cannot call).
import type * as A from '../syntax/ast.ts';

/** Written onto Expr / Block / Stmt nodes: true when evaluating the node can run a Rust call or a loop. */
export interface Marked {
  $m?: boolean;
  /** On a Call: one of its arguments contains a call or a loop. */
  $a?: boolean;
}

export function M<T>(node: T): T & Marked {
  return node as T & Marked;
}

/** Mark a function body; closures inside get their own marks (the closure expression itself never calls). */
export function markFn(fn: A.FnItem): void {
  block(fn.body);
}

function block(b: A.Block): boolean {
  let m = false;
  for (const s of b.stmts) if (stmt(s)) m = true;
  if (b.tail && expr(b.tail)) m = true;
  return (M(b).$m = m);
}

function stmt(s: A.Stmt): boolean {
  switch (s.kind) {
    case 'LetStmt': {
      let m = s.init ? expr(s.init) : false;
      if (s.else && block(s.else)) m = true;
      return (M(s).$m = m);
    }
    case 'ExprStmt': return (M(s).$m = expr(s.expr));
    case 'ItemStmt': return false;
  }
}

function all(es: A.Expr[]): boolean {
  let m = false;
  for (const e of es) if (expr(e)) m = true;
  return m;
}

function fmt(f: A.FormatArgs | null): boolean {
  if (!f) return false;
  let m = false;
  for (const a of f.args) if (expr(a.expr)) m = true;
  return m;
}

function opt(e: A.Expr | null | undefined): boolean {
  return e ? expr(e) : false;
}

function expr(e: A.Expr): boolean {
  return (M(e).$m = calls(e));
}

function calls(e: A.Expr): boolean {
  switch (e.kind) {
    case 'Lit': case 'PathExpr': case 'Continue': return false;
    case 'Call': expr(e.callee); M(e).$a = all(e.args); return true;
    case 'MethodCall': expr(e.receiver); all(e.args); return true;
    case 'Loop': block(e.body); return true;
    case 'While': expr(e.cond); block(e.body); return true;
    case 'For': expr(e.iter); block(e.body); return true;
    case 'BlockExpr': return block(e.block);
    case 'If': { const a = expr(e.cond), b = block(e.then), c = opt(e.else); return a || b || c; }
    case 'Let': return expr(e.expr);
    case 'Break': return opt(e.value);
    case 'Return': return opt(e.value);
    case 'Match': {
      let m = expr(e.scrutinee);
      for (const arm of e.arms) {
        if (arm.guard && expr(arm.guard)) m = true;
        if (expr(arm.body)) m = true;
      }
      return m;
    }
    case 'Assign': case 'CompoundAssign': { const a = expr(e.target), b = expr(e.value); return a || b; }
    case 'Binary': { const a = expr(e.left), b = expr(e.right); return a || b; }
    case 'Unary': return expr(e.operand);
    case 'Borrow': return expr(e.operand);
    case 'Cast': return expr(e.expr);
    case 'Field': case 'TupleIndex': return expr(e.object);
    case 'Index': { const a = expr(e.object), b = expr(e.index); return a || b; }
    case 'Range': { const a = opt(e.start), b = opt(e.end); return a || b; }
    case 'Tuple': case 'Array': case 'VecMacro': return all(e.items);
    case 'ArrayRepeat': case 'VecRepeatMacro': { const a = expr(e.value), b = expr(e.count); return a || b; }
    case 'Struct': { let m = false; for (const f of e.fields) if (expr(f.value)) m = true; if (e.base && expr(e.base)) m = true; return m; }
    case 'Closure': expr(e.body); return false;
    case 'Try': return expr(e.expr);
    case 'FormatMacro': return fmt(e.format);
    case 'WriteMacro': { const a = expr(e.dest), b = fmt(e.format); return a || b; }
    case 'AssertMacro': { const a = expr(e.cond), b = fmt(e.message); return a || b; }
    case 'AssertCmpMacro': { const a = expr(e.left), b = expr(e.right), c = fmt(e.message); return a || b || c; }
    case 'MatchesMacro': { const a = expr(e.expr), b = opt(e.guard); return a || b; }
    case 'DbgMacro': return all(e.args);
  }
}
