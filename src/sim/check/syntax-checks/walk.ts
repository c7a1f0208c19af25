// A read-only walk over every function body of a program (free fns, methods, trait defaults, nested fns)
// calling back for each expression with its context: enclosing fn item and impl, loops and closures.
import type * as A from '../../syntax/ast.ts';

export interface BodyContext {
  /** The fn item (its span keys the body in the pipeline's order). */
  fn: A.FnSig & { span: A.Span };
  impl?: A.ImplItem;
  /** Enclosing loops (innermost last), reset inside closures. */
  loops: number;
  /** Innermost enclosing closure inside this body, if any. */
  closure?: A.ClosureExpr;
  /** Labels of enclosing labelled blocks. */
  labeledBlocks: number;
}

export type ExprVisitor = (e: A.Expr, ctx: BodyContext) => void;

export function forEachBody(program: A.Program, f: (body: A.Block, ctx: BodyContext) => void): void {
  const items = (list: readonly A.Item[], impl?: A.ImplItem): void => {
    for (const it of list) item(it, impl);
  };
  const nested = (b: A.Block): void => {
    for (const s of b.stmts) if (s.kind === 'ItemStmt') item(s.item);
  };
  const item = (it: A.Item, impl?: A.ImplItem): void => {
    switch (it.kind) {
      case 'Fn':
        f(it.body, { fn: it, impl, loops: 0, labeledBlocks: 0 });
        nestedInExprs(it.body, nested);
        break;
      case 'Impl':
        for (const m of it.members) if (m.kind === 'Fn') item(m, it);
        break;
      case 'Trait':
        for (const m of it.members) {
          if (m.kind === 'TraitFn' && m.body) {
            f(m.body, { fn: m, loops: 0, labeledBlocks: 0 });
            nestedInExprs(m.body, nested);
          }
        }
        break;
      case 'Mod':
        items(it.items);
        break;
      case 'Struct': case 'Enum': case 'Use': case 'Const': case 'Static': case 'TypeAlias':
        break;
    }
  };
  items(program.items);
}

/** Calls `f` for every block nested anywhere in `b` (including `b`), to find items declared in bodies. */
function nestedInExprs(b: A.Block, f: (b: A.Block) => void): void {
  const seen: A.Block[] = [];
  walkBlock(b, { fn: { name: { name: '', span: b.span }, generics: [], params: [], attrs: [], isPub: false, qualifiers: [], span: b.span }, loops: 0, labeledBlocks: 0 }, () => {}, (blk) => seen.push(blk));
  for (const x of seen) f(x);
}

/** Visits every expression of a block in source order (not entering nested fn items). */
export function walkBlock(b: A.Block, ctx: BodyContext, visit: ExprVisitor, onBlock?: (b: A.Block) => void): void {
  onBlock?.(b);
  for (const s of b.stmts) {
    if (s.kind === 'LetStmt') {
      if (s.init) walkExpr(s.init, ctx, visit, onBlock);
      if (s.else) walkBlock(s.else, ctx, visit, onBlock);
    } else if (s.kind === 'ExprStmt') walkExpr(s.expr, ctx, visit, onBlock);
  }
  if (b.tail) walkExpr(b.tail, ctx, visit, onBlock);
}

function fmt(f: A.FormatArgs | null, ctx: BodyContext, visit: ExprVisitor, onBlock?: (b: A.Block) => void): void {
  if (f) for (const a of f.args) walkExpr(a.expr, ctx, visit, onBlock);
}

export function walkExpr(e: A.Expr, ctx: BodyContext, visit: ExprVisitor, onBlock?: (b: A.Block) => void): void {
  visit(e, ctx);
  const w = (x: A.Expr, c: BodyContext = ctx): void => walkExpr(x, c, visit, onBlock);
  const loop: BodyContext = { ...ctx, loops: ctx.loops + 1 };
  switch (e.kind) {
    case 'Lit': case 'PathExpr': case 'Continue':
      return;
    case 'BlockExpr':
      walkBlock(e.block, e.label ? { ...ctx, labeledBlocks: ctx.labeledBlocks + 1 } : ctx, visit, onBlock);
      return;
    case 'If':
      w(e.cond);
      walkBlock(e.then, ctx, visit, onBlock);
      if (e.else) w(e.else);
      return;
    case 'Let':
      w(e.expr);
      return;
    case 'While':
      w(e.cond, loop);
      walkBlock(e.body, loop, visit, onBlock);
      return;
    case 'Loop':
      walkBlock(e.body, loop, visit, onBlock);
      return;
    case 'For':
      w(e.iter);
      walkBlock(e.body, loop, visit, onBlock);
      return;
    case 'Break': case 'Return':
      if (e.value) w(e.value);
      return;
    case 'Match':
      w(e.scrutinee);
      for (const a of e.arms) {
        if (a.guard) w(a.guard);
        w(a.body);
      }
      return;
    case 'Assign': case 'CompoundAssign':
      w(e.target);
      w(e.value);
      return;
    case 'Binary':
      w(e.left);
      w(e.right);
      return;
    case 'Unary': case 'Borrow':
      w(e.operand);
      return;
    case 'Cast':
      w(e.expr);
      return;
    case 'Call':
      w(e.callee);
      for (const a of e.args) w(a);
      return;
    case 'MethodCall':
      w(e.receiver);
      for (const a of e.args) w(a);
      return;
    case 'Field': case 'TupleIndex':
      w(e.object);
      return;
    case 'Index':
      w(e.object);
      w(e.index);
      return;
    case 'Range':
      if (e.start) w(e.start);
      if (e.end) w(e.end);
      return;
    case 'Tuple': case 'Array':
      for (const x of e.items) w(x);
      return;
    case 'ArrayRepeat':
      w(e.value);
      w(e.count);
      return;
    case 'Struct':
      for (const f of e.fields) w(f.value);
      if (e.base) w(e.base);
      return;
    case 'Closure':
      w(e.body, { ...ctx, loops: 0, labeledBlocks: 0, closure: e });
      return;
    case 'Try':
      w(e.expr);
      return;
    case 'FormatMacro':
      fmt(e.format, ctx, visit, onBlock);
      return;
    case 'WriteMacro':
      w(e.dest);
      fmt(e.format, ctx, visit, onBlock);
      return;
    case 'AssertMacro':
      w(e.cond);
      fmt(e.message, ctx, visit, onBlock);
      return;
    case 'AssertCmpMacro':
      w(e.left);
      w(e.right);
      fmt(e.message, ctx, visit, onBlock);
      return;
    case 'VecMacro':
      for (const x of e.items) w(x);
      return;
    case 'VecRepeatMacro':
      w(e.value);
      w(e.count);
      return;
    case 'MatchesMacro':
      w(e.expr);
      if (e.guard) w(e.guard);
      return;
    case 'DbgMacro':
      for (const x of e.args) w(x);
      return;
  }
}
